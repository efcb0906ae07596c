#include "office/odt_styles.h"

#include <algorithm>
#include <charconv>
#include <cstring>

#include "office/odt_values.h"

namespace vanban::office::odt {
namespace {

// Deeper than any real style sheet; a parent loop or a hostile chain ends here.
constexpr size_t kMaxChain = 16;

char scope_char(Scope s) { return s == Scope::Common ? '0' : s == Scope::Content ? '1' : '2'; }

std::string key(Scope scope, std::string_view family, std::string_view name) {
  std::string k(1, scope_char(scope));
  k += family;
  k += ':';
  k += name;
  return k;
}

bool is(const char* a, const char* b) { return std::strcmp(a, b) == 0; }

std::optional<int> small_int(std::string_view s, int lo, int hi) {
  int v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size() || v < lo || v > hi) return std::nullopt;
  return v;
}

// An on/off keyword: `yes` → true, any of `no` → false, anything else unstated.
std::optional<bool> keyword(const pugi::xml_attribute& a, std::initializer_list<const char*> yes,
                            std::initializer_list<const char*> no) {
  if (!a) return std::nullopt;
  for (const char* y : yes)
    if (is(a.value(), y)) return true;
  for (const char* n : no)
    if (is(a.value(), n)) return false;
  return std::nullopt;
}

// A line style (underline, line-through): "none" off, any other style on.
std::optional<bool> line_style(const pugi::xml_node& tp, const char* style_attr, const char* type_attr) {
  std::optional<bool> on;
  if (const auto s = tp.attribute(style_attr); s && *s.value()) on = !is(s.value(), "none");
  if (const auto t = tp.attribute(type_attr); t && is(t.value(), "none")) on = false;
  return on;
}

void apply_para(const ParaProps& p, ParaLook& look) {
  if (p.align) look.align = *p.align;
  if (p.first_indent) look.first_indent = *p.first_indent;
  if (p.left) look.left = *p.left;
  if (p.right) look.right = *p.right;
  if (p.before) look.before = *p.before;
  if (p.after) look.after = *p.after;
  if (p.line) look.line = *p.line;
  if (p.keep_next) look.keep_next = *p.keep_next;
  if (p.keep_lines) look.keep_lines = *p.keep_lines;
  if (p.page_break_before) look.page_break_before = *p.page_break_before;
  if (p.border_top) look.border_top = *p.border_top;
  if (p.border_bottom) look.border_bottom = *p.border_bottom;
  if (p.outline) look.outline = *p.outline;
}

ListLevels read_list_style(const pugi::xml_node& ls) {
  ListLevels levels;
  for (auto lvl : ls.children()) {
    const auto i = small_int(lvl.attribute("text:level").value(), 1, 10);
    if (!i) continue;
    ListLevel& l = levels[static_cast<size_t>(*i - 1)];
    if (is(lvl.name(), "text:list-level-style-number")) {
      l.kind = ListLevel::Kind::Number;
      l.format = lvl.attribute("style:num-format").value();
      l.prefix = lvl.attribute("style:num-prefix").value();
      l.suffix = lvl.attribute("style:num-suffix").value();
      l.display = small_int(lvl.attribute("text:display-levels").value(), 1, 10).value_or(1);
      l.start = small_int(lvl.attribute("text:start-value").value(), 0, 1000000).value_or(1);
      l.letter_sync = is(lvl.attribute("style:num-letter-sync").value(), "true");
    } else if (is(lvl.name(), "text:list-level-style-bullet")) {
      l.kind = ListLevel::Kind::Bullet;
      l.bullet = lvl.attribute("text:bullet-char").value();
      l.prefix = lvl.attribute("style:num-prefix").value();
      l.suffix = lvl.attribute("style:num-suffix").value();
    } else if (is(lvl.name(), "text:list-level-style-image")) {
      l.kind = ListLevel::Kind::Image;
    }
  }
  return levels;
}

PageLayout::Area area(const pugi::xml_node& hf_style) {
  PageLayout::Area a;
  const auto p = hf_style.child("style:header-footer-properties");
  if (!p) return a;
  a.stated = true;
  const bool header = is(hf_style.name(), "style:header-style");
  auto mm = [&](const char* name) { return length_mm(p.attribute(name).value()).value_or(0); };
  a.min_height = std::max(mm("fo:min-height"), mm("svg:height"));
  const double margin = length_mm(p.attribute("fo:margin").value()).value_or(0);
  // The gap between the header and the body (its bottom margin), or the footer and the
  // body (its top margin).
  a.spacing = length_mm(p.attribute(header ? "fo:margin-bottom" : "fo:margin-top").value()).value_or(margin);
  const double padding = length_mm(p.attribute("fo:padding").value()).value_or(0);
  a.padding = length_mm(p.attribute("fo:padding-top").value()).value_or(padding) +
              length_mm(p.attribute("fo:padding-bottom").value()).value_or(padding);
  return a;
}

void read_layout(const pugi::xml_node& layout, PageLayout& out) {
  const auto p = layout.child("style:page-layout-properties");
  auto set = [&](std::optional<double>& field, const char* name) {
    if (const auto v = length_mm(p.attribute(name).value())) field = v;
  };
  set(out.width, "fo:page-width");
  set(out.height, "fo:page-height");
  for (auto* f : {&out.top, &out.bottom, &out.left, &out.right}) set(*f, "fo:margin");
  set(out.top, "fo:margin-top");
  set(out.bottom, "fo:margin-bottom");
  set(out.left, "fo:margin-left");
  set(out.right, "fo:margin-right");
  if (const auto o = p.attribute("style:print-orientation"); o && *o.value()) out.orientation = o.value();
  if (const auto h = area(layout.child("style:header-style")); h.stated) out.header = h;
  if (const auto f = area(layout.child("style:footer-style")); f.stated) out.footer = f;
}

}  // namespace

void Styles::add_faces(const pugi::xml_node& root) {
  for (auto f : root.child("office:font-face-decls").children("style:font-face"))
    faces_.emplace(f.attribute("style:name").value(), first_family(f.attribute("svg:font-family").value()));
}

void Styles::add(const pugi::xml_node& group, Scope scope) {
  resolved_.clear();  // a style added may be in a chain folded before
  defaults_look_.reset();
  for (auto s : group.children()) {
    const char* name = s.name();
    if (is(name, "style:style")) {
      auto& family = styles_[key(scope, s.attribute("style:family").value(), "")];
      const auto [it, added] = family.try_emplace(std::string_view(s.attribute("style:name").value()));
      if (added) {
        it->second.node = s;
        it->second.scope = scope;
      }
    } else if (is(name, "style:default-style")) {
      defaults_.emplace(s.attribute("style:family").value(), s);
    } else if (is(name, "text:list-style")) {
      lists_.emplace(key(scope, "", s.attribute("style:name").value()), read_list_style(s));
    } else if (is(name, "style:page-layout")) {
      layouts_.emplace(s.attribute("style:name").value(), s);
    } else if (is(name, "style:default-page-layout")) {
      if (!default_layout_) default_layout_ = s;
    }
  }
}

const Styles::Style* Styles::find(Scope scope, std::string_view family, std::string_view name) const {
  auto in = [&](Scope sc) -> const Style* {
    const auto f = styles_.find(key(sc, family, ""));
    if (f == styles_.end()) return nullptr;
    const auto it = f->second.find(name);
    return it == f->second.end() ? nullptr : &it->second;
  };
  if (scope != Scope::Common)
    if (const Style* s = in(scope)) return s;
  return in(Scope::Common);
}

pugi::xml_node Styles::node(Scope scope, std::string_view family, std::string_view name) const {
  const Style* s = find(scope, family, name);
  return s ? s->node : pugi::xml_node();
}

std::vector<const Styles::Style*> Styles::chain(Scope scope, std::string_view family, std::string_view name) const {
  std::vector<const Style*> out;
  if (name.empty()) return out;
  for (const Style* s = find(scope, family, name); s && out.size() < kMaxChain;) {
    if (std::find(out.begin(), out.end(), s) != out.end()) break;  // a loop
    out.push_back(s);
    const auto parent = s->node.attribute("style:parent-style-name");
    if (!parent || !*parent.value()) break;
    // An automatic style's parent is common; a producer that names an automatic one
    // finds it in the same scope first.
    s = find(s->scope, family, parent.value());
  }
  return out;
}

TextProps Styles::text_props(const pugi::xml_node& tp) const {
  TextProps t;
  if (!tp) return t;
  // style:font-name (a declared face) overrides fo:font-family beside it.
  if (const auto name = tp.attribute("style:font-name"); name && *name.value()) {
    const auto it = faces_.find(name.value());
    t.font = it != faces_.end() && !it->second.empty() ? it->second : first_family(name.value());
  } else if (const auto family = tp.attribute("fo:font-family"); family && *family.value()) {
    t.font = first_family(family.value());
  }
  if (const auto size = tp.attribute("fo:font-size")) {
    if (const auto pct = percent(size.value()))
      t.size_pct = pct;
    else if (const auto pt = length_pt(size.value()); pt && *pt > 0)
      t.size = pt;
  }
  if (const auto w = tp.attribute("fo:font-weight")) {
    if (is(w.value(), "bold"))
      t.bold = true;
    else if (is(w.value(), "normal"))
      t.bold = false;
    else if (const auto n = small_int(w.value(), 1, 1000))
      t.bold = *n >= 600;
  }
  t.italic = keyword(tp.attribute("fo:font-style"), {"italic", "oblique"}, {"normal"});
  if (const auto tt = tp.attribute("fo:text-transform"); tt && *tt.value()) t.caps = is(tt.value(), "uppercase");
  t.small_caps = keyword(tp.attribute("fo:font-variant"), {"small-caps"}, {"normal"});
  t.underline = line_style(tp, "style:text-underline-style", "style:text-underline-type");
  t.strike = line_style(tp, "style:text-line-through-style", "style:text-line-through-type");
  if (is(tp.attribute("style:use-window-font-color").value(), "true")) {
    t.color = "";
  } else if (const auto c = tp.attribute("fo:color")) {
    if (const auto hex = color(c.value()))
      t.color = hex;
    else if (is(c.value(), "transparent") || is(c.value(), "none") || is(c.value(), "automatic"))
      t.color = "";
  }
  return t;
}

ParaProps Styles::para_props(const pugi::xml_node& style) {
  ParaProps p;
  if (const auto o = style.attribute("style:default-outline-level")) {
    if (!*o.value())
      p.outline = 0;
    else if (const auto n = small_int(o.value(), 0, 10))
      p.outline = *n;
  }
  if (const auto l = style.attribute("style:list-style-name")) p.list_style = l.value();
  const auto pp = style.child("style:paragraph-properties");
  if (!pp) return p;
  if (const auto a = pp.attribute("fo:text-align")) {
    const char* v = a.value();
    if (is(v, "start") || is(v, "left"))
      p.align = Align::Left;
    else if (is(v, "end") || is(v, "right"))
      p.align = Align::Right;
    else if (is(v, "center"))
      p.align = Align::Center;
    else if (is(v, "justify"))
      p.align = Align::Justify;
  }
  p.first_indent = length_mm(pp.attribute("fo:text-indent").value(), true);
  const char* margin = pp.attribute("fo:margin").value();
  auto side = [&](const char* name, bool negative_ok) {
    const auto a = pp.attribute(name);
    return length_mm(a ? a.value() : margin, negative_ok);
  };
  p.left = side("fo:margin-left", true);
  p.right = side("fo:margin-right", true);
  auto side_pt = [&](const char* name) {
    const auto a = pp.attribute(name);
    return length_pt(a ? a.value() : margin);
  };
  p.before = side_pt("fo:margin-top");
  p.after = side_pt("fo:margin-bottom");
  if (const auto lh = pp.attribute("fo:line-height")) {
    if (is(lh.value(), "normal"))
      p.line = LineSpacing{LineSpacing::Rule::Multiple, 100};
    else if (const auto pct = percent(lh.value()))
      p.line = LineSpacing{LineSpacing::Rule::Multiple, *pct};
    else if (const auto pt = length_pt(lh.value()); pt && *pt > 0)
      p.line = LineSpacing{LineSpacing::Rule::Exact, *pt};
  }
  if (!p.line)
    if (const auto pt = length_pt(pp.attribute("style:line-height-at-least").value()))
      p.line = LineSpacing{LineSpacing::Rule::AtLeast, *pt};
  p.keep_next = keyword(pp.attribute("fo:keep-with-next"), {"always"}, {"auto"});
  p.keep_lines = keyword(pp.attribute("fo:keep-together"), {"always"}, {"auto"});
  p.page_break_before = keyword(pp.attribute("fo:break-before"), {"page"}, {"auto", "column"});
  const char* border = pp.attribute("fo:border").value();
  auto edge = [&](const char* name) {
    const auto a = pp.attribute(name);
    return border_pt(a ? a.value() : border);
  };
  p.border_top = edge("fo:border-top");
  p.border_bottom = edge("fo:border-bottom");
  return p;
}

const Styles::Props& Styles::parsed(const Style& s) const {
  if (!s.props) {
    s.props = std::make_unique<Props>();
    s.props->text = text_props(s.node.child("style:text-properties"));
    s.props->para = para_props(s.node);
  }
  return *s.props;
}

void Styles::apply(const TextProps& t, RunLook& look) const {
  if (t.font) look.font = *t.font;
  if (t.size)
    look.size = *t.size;
  else if (t.size_pct && look.size > 0)
    look.size = look.size * *t.size_pct / 100;
  if (t.bold) look.bold = *t.bold;
  if (t.italic) look.italic = *t.italic;
  if (t.caps) look.caps = *t.caps;
  if (t.small_caps) look.small_caps = *t.small_caps;
  if (t.underline) look.underline = *t.underline;
  if (t.strike) look.strike = *t.strike;
  if (t.color) look.color = *t.color;
}

RunLook Styles::defaults() const {
  if (!defaults_look_) {
    defaults_look_ = std::make_unique<RunLook>();
    if (const auto d = defaults_.find("paragraph"); d != defaults_.end())
      apply(text_props(d->second.child("style:text-properties")), *defaults_look_);
  }
  return *defaults_look_;
}

const ParaLook& Styles::paragraph(Scope scope, std::string_view name) const {
  const std::string k = key(scope, "", name);
  // Every paragraph asks: each style's chain is folded once.
  if (const auto done = resolved_.find(k); done != resolved_.end()) return done->second;
  ParaLook look;
  look.mark = defaults();
  if (const auto d = defaults_.find("paragraph"); d != defaults_.end()) {
    ParaProps p = para_props(d->second);
    p.outline.reset();  // not a default style's to give
    apply_para(p, look);
  }
  const auto styles = chain(scope, "paragraph", name);
  for (auto it = styles.rbegin(); it != styles.rend(); ++it) {
    const Props& s = parsed(**it);
    apply_para(s.para, look);
    apply(s.text, look.mark);
  }
  // The style LibreOffice names: the first common style up the chain (an automatic
  // style is direct formatting over its parent).
  for (const Style* s : styles)
    if (s->scope == Scope::Common) {
      const auto display = s->node.attribute("style:display-name");
      look.style = display ? display.value() : decoded_name(s->node.attribute("style:name").value());
      break;
    }
  return resolved_.emplace(k, std::move(look)).first->second;
}

std::string Styles::paragraph_list_style(Scope scope, std::string_view name) const {
  for (const Style* s : chain(scope, "paragraph", name))
    if (const auto& l = parsed(*s).para.list_style) return *l;
  return {};
}

std::string Styles::master_page(Scope scope, std::string_view name) const {
  if (name.empty()) return {};
  const Style* s = find(scope, "paragraph", name);
  return s ? s->node.attribute("style:master-page-name").value() : "";
}

std::string Styles::table_master_page(Scope scope, std::string_view name) const {
  if (name.empty()) return {};
  const Style* s = find(scope, "table", name);
  return s ? s->node.attribute("style:master-page-name").value() : "";
}

RunLook Styles::span(Scope scope, std::string_view name, const RunLook& outer) const {
  RunLook look = outer;
  const auto styles = chain(scope, "text", name);
  for (auto it = styles.rbegin(); it != styles.rend(); ++it) apply(parsed(**it).text, look);
  return look;
}

std::optional<double> Styles::column_width(Scope scope, std::string_view name) const {
  const Style* s = name.empty() ? nullptr : find(scope, "table-column", name);
  if (!s) return std::nullopt;
  return length_mm(s->node.child("style:table-column-properties").attribute("style:column-width").value());
}

std::optional<double> Styles::rel_column_width(Scope scope, std::string_view name) const {
  const Style* s = name.empty() ? nullptr : find(scope, "table-column", name);
  if (!s) return std::nullopt;
  std::string_view v = s->node.child("style:table-column-properties").attribute("style:rel-column-width").value();
  if (v.empty() || v.back() != '*') return std::nullopt;
  v.remove_suffix(1);
  double d = 0;
  const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), d);
  if (ec != std::errc() || end != v.data() + v.size() || !(d > 0) || d > 1e9) return std::nullopt;
  return d;
}

std::optional<double> Styles::table_width(Scope scope, std::string_view name) const {
  const Style* s = name.empty() ? nullptr : find(scope, "table", name);
  if (!s) return std::nullopt;
  return length_mm(s->node.child("style:table-properties").attribute("style:width").value());
}

const ListLevels* Styles::list_style(Scope scope, std::string_view name) const {
  if (name.empty()) return nullptr;
  if (scope != Scope::Common)
    if (const auto it = lists_.find(key(scope, "", name)); it != lists_.end()) return &it->second;
  const auto it = lists_.find(key(Scope::Common, "", name));
  return it == lists_.end() ? nullptr : &it->second;
}

PageLayout Styles::page_layout(std::string_view name) const {
  PageLayout out;
  if (default_layout_) read_layout(default_layout_, out);
  if (const auto it = layouts_.find(name); it != layouts_.end()) read_layout(it->second, out);
  return out;
}

}  // namespace vanban::office::odt
