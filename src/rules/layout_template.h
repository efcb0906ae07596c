// templates/layout.xml: how Decree 30 is laid out, as data. The fixed texts of the
// header (Quốc hiệu, Tiêu ngữ), the stamps and their frames, the measures of the layout
// tables and the paragraph roles, each role taking its sizes and spacing from the
// house style by name ("size/body", "body/space-before") or giving its own.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "rules/house_style.h"

namespace vanban::rules {

// A role's measure: a number of its own, or the house-style value at `ref`.
struct Measure {
  double value{};
  std::string ref;  // "element/attribute" of a house style; empty: `value`
  // In `unit` for house style `hs`: a millimetre value asked for in points is converted.
  double in(const HouseStyle& hs, HouseStyle::Unit unit) const;
};

// A named paragraph style of the documents vanban writes.
struct Role {
  std::string id;    // stable, ASCII: "VbBody"
  std::string name;  // shown to the clerk: "VB Nội dung"
  Measure size;      // pt
  bool bold{}, italic{};
  std::string align;                  // "left", "center", "right" or "justify"
  Measure first_indent, left, right;  // mm
  Measure before, after;              // pt
  Measure line;                       // % of single spacing
  bool keep_next{};
  int outline{};  // heading level in the navigator (1–9); 0: body text
};

// A secrecy or urgency stamp (Decree 30 §4.12), by the id the input names it with.
struct Stamp {
  std::string id, text;
  double width{};     // mm; 0: as wide as the text and the frame margin
  std::string color;  // "RRGGBB"; empty: black
};

struct LayoutTemplate {
  std::string language;   // of the text: "vi-VN"
  double default_size{};  // pt: text outside every role
  std::string national_title, motto;
  double fit_scale{}, fit_extra{};                     // measured text gets width × scale + extra mm
  double layout_cell_padding{}, ruled_cell_padding{};  // mm, left and right in each cell
  double signature_gap{};                              // pt between the text and the signature block
  double footer_distance{};                            // mm from the bottom edge to the footer area
  double stamp_frame{};                                // pt: the frame's line
  double stamp_margin{};                               // mm added to a frame sized to its text
  std::vector<Stamp> stamps;
  std::string draft, draft_round;  // "DỰ THẢO", "DỰ THẢO LẦN" (followed by the round)
  std::vector<Role> roles;
};

// Parses a layout template (templates/layout.xml's form) after validating it against
// schemas/templates-1.xsd; throws TemplateError. `origin` names the file in messages.
LayoutTemplate parse_layout_template(std::string_view xml, std::string_view origin);
// The embedded templates/layout.xml, read once.
const LayoutTemplate& layout_template();

}  // namespace vanban::rules
