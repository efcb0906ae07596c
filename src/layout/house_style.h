// House styles and document kinds: the Decree 30 rules kept as data in templates/.
#pragma once
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::layout {

struct HouseStyle {
  std::string id, name;
  double page_w = 210, page_h = 297, top = 20, bottom = 20, left = 30, right = 15, header = 10;  // mm
  std::string font = "Times New Roman";
  double header_left_share = 0.42, header_gap_after = 12;  // share of text width; pt
  struct Sizes {
    double quoc_hieu, tieu_ngu, superior, issuer, number, date, vv, title, subject, kinh_gui, body, authority, signer,
        recipients_label, recipients, table, footnote, page_number, appendix;
  } size{};
  double indent = 12.7, space_before = 6, line = 100;  // mm, pt, %
  double rule_issuer = 0.4, rule_subject = 0.4, rule_weight = 0.75;
  double signature_space = 28, signature_left_share = 0.45;  // mm; share of text width

  double text_width_mm() const { return page_w - left - right; }
};

struct KindInfo {
  std::string id;
  std::string name;  // "Kế hoạch"
  std::string abbr;  // "KH"; empty for công văn
  bool has_title = true;
  bool kinh_gui = false;
  std::string formula;  // "QUYẾT ĐỊNH:"
};

// A template file that breaks the rules it encodes (a margin outside Decree 30's range).
struct TemplateError : std::runtime_error {
  TemplateError(std::string origin_, std::string detail_)
      : std::runtime_error(origin_ + ": " + detail_), origin(std::move(origin_)), detail(std::move(detail_)) {}
  std::string origin;  // the template file
  std::string detail;  // what is wrong, without the file name
};

// Parses a house style XML (templates/styles/*.xml form); checks every size and margin
// against Decree 30's legal range. `origin` names the file in messages.
HouseStyle parse_house_style(std::string_view xml, std::string_view origin);
// A built-in style by id ("nd30", "nd30-13pt", "cong-doan").
const HouseStyle* builtin_style(std::string_view id);
std::vector<std::string> builtin_style_ids();

const std::vector<KindInfo>& kinds();
const KindInfo* find_kind(std::string_view id);

}  // namespace vanban::layout
