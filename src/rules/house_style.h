// House styles: the Decree 30 page, type and spacing rules kept as data in templates/styles/.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "rules/template_error.h"

namespace vanban::rules {

struct HouseStyle {
  std::string id, name;
  // Every value comes from the style file (templates/styles/*.xml or the user's); the
  // schema (schemas/templates-1.xsd) holds their ranges.
  double page_w{}, page_h{}, top{}, bottom{}, left{}, right{}, header{};  // mm
  std::string font;
  double header_left_share{}, header_gap_after{};  // share of text width; pt
  struct Sizes {
    double quoc_hieu, tieu_ngu, superior, issuer, number, date, vv, title, subject, kinh_gui, body, authority, signer,
        recipients_label, recipients, table, footnote, page_number, appendix, stamp, contact;
  } size{};
  double indent{}, space_before{}, line{};              // mm, pt, %
  double rule_issuer{}, rule_subject{}, rule_weight{};  // shares of the line; pt
  double signature_space{}, signature_left_share{};     // mm; share of text width

  double text_width_mm() const { return page_w - left - right; }

  // The value written as <element attribute="…"> in the style file, by its path
  // "element/attribute" ("body/indent", "size/body"): how the role table of
  // templates/layout.xml names it. Throws std::out_of_range for a path no style has.
  double value(std::string_view path) const;
  enum class Unit { Mm, Pt, Share, Percent };
  static Unit unit(std::string_view path);
};

// Parses a house style XML (templates/styles/*.xml form) after validating it against
// schemas/templates-1.xsd, where Decree 30's legal ranges are: a value out of range or
// missing throws TemplateError with the file (`origin`), line and column.
HouseStyle parse_house_style(std::string_view xml, std::string_view origin);
// A built-in style by id ("nd30", "nd30-13pt", "cong-doan").
const HouseStyle* builtin_style(std::string_view id);
std::vector<std::string> builtin_style_ids();

}  // namespace vanban::rules
