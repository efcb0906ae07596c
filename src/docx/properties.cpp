#include "docx/properties.h"

#include <cmath>

namespace vanban::docx {
namespace {

const char* jc(layout::Align a) {
  switch (a) {
    case layout::Align::Left:
      return "left";
    case layout::Align::Center:
      return "center";
    case layout::Align::Right:
      return "right";
    case layout::Align::Justify:
      return "both";
  }
  return "left";
}

bool empty(const ParaProps& p) {
  return p.style.empty() && !p.keep_next && !p.widow_control && !p.rule_top && !p.box && !p.before && !p.after &&
         !p.line && !p.left && !p.right && !p.first_indent && !p.align && p.outline == 0;
}

}  // namespace

void write_ppr(xml::Writer& w, const ParaProps& p, const std::function<void(xml::Writer&)>& sect) {
  if (empty(p) && !sect) return;
  w.start("w:pPr");
  if (!p.style.empty()) w.empty("w:pStyle", "w:val", p.style);
  if (p.keep_next) w.empty("w:keepNext");
  if (p.widow_control) w.empty("w:widowControl");
  if (p.rule_top || p.box) {
    // CT_PBdr order: top, left, bottom, right.
    w.start("w:pBdr");
    const double weight = p.box ? *p.box : *p.rule_top;
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right"}) {
      if (!p.box && std::string_view(side) != "w:top") continue;
      w.start(side).attr("w:val", "single").attr("w:sz", std::lround(weight * 8));
      w.attr("w:space", p.box ? 2L : 1L).attr("w:color", p.border_color);
      w.end();
    }
    w.end();
  }
  if (p.before || p.after || p.line) {
    w.start("w:spacing");
    if (p.before) w.attr("w:before", std::lround(*p.before * 20));
    if (p.after) w.attr("w:after", std::lround(*p.after * 20));
    if (p.line) w.attr("w:line", std::lround(*p.line * 2.4)).attr("w:lineRule", "auto");
    w.end();
  }
  if (p.left || p.right || p.first_indent) {
    w.start("w:ind");
    if (p.left) w.attr("w:left", twips(*p.left));
    if (p.right) w.attr("w:right", twips(*p.right));
    // CT_Ind takes no negative first line: a hanging indent has its own attribute.
    if (p.first_indent && *p.first_indent >= 0) w.attr("w:firstLine", twips(*p.first_indent));
    if (p.first_indent && *p.first_indent < 0) w.attr("w:hanging", twips(-*p.first_indent));
    w.end();
  }
  if (p.align) w.empty("w:jc", "w:val", jc(*p.align));
  if (p.outline > 0) w.empty("w:outlineLvl", "w:val", std::to_string(p.outline - 1));
  if (sect) sect(w);
  w.end();
}

void write_rpr(xml::Writer& w, const RunProps& r) {
  if (r.font.empty() && !r.bold && !r.italic && !r.superscript && !r.size && r.lang.empty() && r.color.empty()) return;
  w.start("w:rPr");
  if (!r.font.empty()) {
    w.start("w:rFonts").attr("w:ascii", r.font).attr("w:hAnsi", r.font).attr("w:eastAsia", r.font).attr("w:cs", r.font);
    w.end();
  }
  if (r.bold) {
    w.empty("w:b");
    w.empty("w:bCs");
  }
  if (r.italic) {
    w.empty("w:i");
    w.empty("w:iCs");
  }
  if (!r.color.empty()) w.empty("w:color", "w:val", r.color);  // EG_RPrBase: color before sz
  if (r.size) {
    w.empty("w:sz", "w:val", std::to_string(half_points(*r.size)));
    w.empty("w:szCs", "w:val", std::to_string(half_points(*r.size)));
  }
  if (r.superscript) w.empty("w:vertAlign", "w:val", "superscript");
  if (!r.lang.empty()) w.empty("w:lang", "w:val", r.lang);
  w.end();
}

ParaProps para_props(const layout::ParaStyle& s) {
  ParaProps p;
  p.keep_next = s.keep_next;
  p.before = s.before;
  p.after = s.after;
  p.line = s.line;
  if (s.left != 0) p.left = s.left;
  if (s.right != 0) p.right = s.right;
  if (s.first_indent != 0) p.first_indent = s.first_indent;
  p.align = s.align;
  p.outline = s.outline;
  return p;
}

ParaProps para_overrides(const layout::Paragraph& para) {
  ParaProps p;
  p.style = para.style;
  p.keep_next = para.keep_next;
  if (para.rule_top > 0) p.rule_top = para.rule_top;
  if (para.box > 0) p.box = para.box;
  if (!para.color.empty()) p.border_color = para.color;
  p.left = para.left;
  p.right = para.right;
  p.first_indent = para.first_indent;
  p.align = para.align;
  p.before = para.before;
  return p;
}

}  // namespace vanban::docx
