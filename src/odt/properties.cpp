#include "odt/properties.h"

namespace vanban::odt {

void write_paragraph_properties(xml::Writer& w, const ParaProps& p) {
  w.start("style:paragraph-properties");
  if (p.left) w.attr("fo:margin-left", mm(*p.left));
  if (p.right) w.attr("fo:margin-right", mm(*p.right));
  if (p.first_indent) w.attr("fo:text-indent", mm(*p.first_indent));
  if (p.before) w.attr("fo:margin-top", pt(*p.before));
  if (p.after) w.attr("fo:margin-bottom", pt(*p.after));
  if (p.line) w.attr("fo:line-height", xml::fixed(*p.line, 0) + "%");
  if (p.align) {
    switch (*p.align) {
      case layout::Align::Left:
        w.attr("fo:text-align", "start");
        break;
      case layout::Align::Center:
        w.attr("fo:text-align", "center");
        break;
      case layout::Align::Right:
        w.attr("fo:text-align", "end");
        break;
      case layout::Align::Justify:
        w.attr("fo:text-align", "justify");
        break;
    }
  }
  if (p.keep_next) w.attr("fo:keep-with-next", "always");
  if (p.rule_top > 0) {
    w.attr("fo:border-top", pt(p.rule_top) + " solid #000000");
    w.attr("fo:padding-top", "0mm");
  }
  if (p.box > 0) {
    w.attr("fo:border", pt(p.box) + " solid #" + (p.color.empty() ? std::string("000000") : p.color));
    w.attr("fo:padding", "0.5mm");
  }
  if (!p.page_number.empty()) w.attr("style:page-number", p.page_number);
  if (p.widows_orphans) w.attr("fo:orphans", "2").attr("fo:widows", "2");
  w.end();
}

void write_text_properties(xml::Writer& w, const TextProps& t) {
  w.start("style:text-properties");
  if (!t.font.empty()) w.attr("style:font-name", t.font);
  if (t.size) w.attr("fo:font-size", pt(*t.size));
  if (!t.language.empty()) w.attr("fo:language", t.language).attr("fo:country", t.country);
  if (t.bold) w.attr("fo:font-weight", "bold").attr("style:font-weight-complex", "bold");
  if (t.italic) w.attr("fo:font-style", "italic").attr("style:font-style-complex", "italic");
  if (t.size) w.attr("style:font-size-complex", pt(*t.size));
  w.end();
}

ParaProps para_props(const layout::ParaStyle& s) {
  ParaProps p;
  p.left = s.left;
  p.right = s.right;
  p.first_indent = s.first_indent;
  p.before = s.before;
  p.after = s.after;
  p.line = s.line;
  p.align = s.align;
  p.keep_next = s.keep_next;
  return p;
}

}  // namespace vanban::odt
