#include <stdexcept>

#include "layout/layout.h"

namespace vanban::layout {
namespace {

Align align_of(const std::string& name) {
  if (name == "left") return Align::Left;
  if (name == "center") return Align::Center;
  if (name == "right") return Align::Right;
  if (name == "justify") return Align::Justify;
  throw std::logic_error("unknown alignment " + name);
}

}  // namespace

std::vector<ParaStyle> make_styles(const rules::HouseStyle& hs, const rules::LayoutTemplate& lt) {
  using Unit = rules::HouseStyle::Unit;
  std::vector<ParaStyle> v;
  for (const rules::Role& r : lt.roles) {
    ParaStyle s;
    s.id = r.id;
    s.name = r.name;
    s.size = r.size.in(hs, Unit::Pt);
    s.bold = r.bold;
    s.italic = r.italic;
    s.align = align_of(r.align);
    s.first_indent = r.first_indent.in(hs, Unit::Mm);
    s.left = r.left.in(hs, Unit::Mm);
    s.right = r.right.in(hs, Unit::Mm);
    s.before = r.before.in(hs, Unit::Pt);
    s.after = r.after.in(hs, Unit::Pt);
    s.line = r.line.in(hs, Unit::Percent);
    s.keep_next = r.keep_next;
    s.outline = r.outline;
    v.push_back(std::move(s));
  }
  return v;
}

std::vector<ParaStyle> make_styles(const rules::HouseStyle& hs) { return make_styles(hs, rules::layout_template()); }

}  // namespace vanban::layout
