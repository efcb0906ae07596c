// ODF formatting properties shared by styles.xml and content.xml.
#pragma once
#include <optional>
#include <string>

#include "page/page.h"
#include "xml/xml_writer.h"

namespace vanban::odt {

inline std::string mm(double v) { return xml::fixed(v, 2) + "mm"; }
inline std::string pt(double v) { return xml::fixed(v, 2) + "pt"; }

struct ParaProps {
  std::optional<double> left, right, first_indent;  // mm
  std::optional<double> before, after, line;        // pt, pt, %
  std::optional<layout::Align> align;
  bool keep_next = false;
  double rule_top = 0;          // pt
  double box = 0;               // pt: frame on all four sides
  std::string color;            // frame colour "RRGGBB"
  std::string page_number;      // "1": restart page numbering here
  bool widows_orphans = false;  // at least 2 lines of a paragraph on each page
};
struct TextProps {
  std::string font;
  std::optional<double> size;
  bool bold = false, italic = false;
  std::string language, country;
};

void write_paragraph_properties(xml::Writer& w, const ParaProps& p);
void write_text_properties(xml::Writer& w, const TextProps& t);
ParaProps para_props(const layout::ParaStyle& s);

}  // namespace vanban::odt
