// WordprocessingML property containers, written in the XSD sequence order of
// CT_PPr and CT_RPr (the schema rejects any other order).
#pragma once
#include <cmath>
#include <functional>
#include <optional>
#include <string>

#include "page/page.h"
#include "xml/xml_writer.h"

namespace vanban::docx {

inline long twips(double mm) { return std::lround(mm * 1440.0 / 25.4); }
inline long half_points(double pt) { return std::lround(pt * 2); }

// What a paragraph or style sets; unset fields are not written.
struct ParaProps {
  std::string style;
  bool keep_next = false;
  bool widow_control = false;
  std::optional<double> rule_top;  // pt
  std::optional<double> box;       // pt: frame on all four sides
  std::string border_color = "000000";
  std::optional<double> before, after, line;        // pt, pt, %
  std::optional<double> left, right, first_indent;  // mm
  std::optional<layout::Align> align;
  int outline = 0;  // 1-9, written as w:outlineLvl 0-8
};
struct RunProps {
  std::string font;
  bool bold = false, italic = false, superscript = false;
  std::optional<double> size;  // pt
  std::string lang;
  std::string color;  // "RRGGBB"
};

// Writes <w:pPr> (nothing when empty). `sect`, if set, writes the <w:sectPr> that ends
// a section; it is the last child of w:pPr.
void write_ppr(xml::Writer& w, const ParaProps& p, const std::function<void(xml::Writer&)>& sect = {});
void write_rpr(xml::Writer& w, const RunProps& r);
ParaProps para_props(const layout::ParaStyle& s);
// Direct formatting of one paragraph: only what differs from its style.
ParaProps para_overrides(const layout::Paragraph& p);

}  // namespace vanban::docx
