// House styles: the Decree 30 page, type and spacing rules kept as data in templates/styles/.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "rules/template_error.h"

namespace vanban::rules {

struct HouseStyle {
  std::string id, name;
  double page_w = 210, page_h = 297, top = 20, bottom = 20, left = 30, right = 15, header = 10;  // mm
  std::string font = "Times New Roman";
  double header_left_share = 0.42, header_gap_after = 12;  // share of text width; pt
  struct Sizes {
    double quoc_hieu, tieu_ngu, superior, issuer, number, date, vv, title, subject, kinh_gui, body, authority, signer,
        recipients_label, recipients, table, footnote, page_number, appendix, stamp, contact;
  } size{};
  double indent = 12.7, space_before = 6, line = 100;  // mm, pt, %
  double rule_issuer = 0.4, rule_subject = 0.4, rule_weight = 0.75;
  double signature_space = 28, signature_left_share = 0.45;  // mm; share of text width

  double text_width_mm() const { return page_w - left - right; }

  // The value written as <element attribute="…"> in the style file, by its path
  // "element/attribute" ("body/indent", "size/body"): how the role table of
  // templates/layout.xml names it. Throws std::out_of_range for a path no style has.
  double value(std::string_view path) const;
  enum class Unit { Mm, Pt, Share, Percent };
  static Unit unit(std::string_view path);
};

// Parses a house style XML (templates/styles/*.xml form); checks every size and margin
// against Decree 30's legal range. `origin` names the file in messages.
HouseStyle parse_house_style(std::string_view xml, std::string_view origin);
// A built-in style by id ("nd30", "nd30-13pt", "cong-doan").
const HouseStyle* builtin_style(std::string_view id);
std::vector<std::string> builtin_style_ids();

}  // namespace vanban::rules
