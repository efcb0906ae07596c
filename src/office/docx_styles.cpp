#include "office/docx_styles.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "office/units.h"

namespace vanban::office::docx {
namespace {

// Deeper than any real style sheet (Word's own stop far sooner); a basedOn loop or a
// hostile chain ends here.
constexpr size_t kMaxChain = 16;

const char* val(const pugi::xml_node& n) { return n.attribute("w:val").value(); }

template <class T>
void take(std::optional<T>& into, const std::optional<T>& over) {
  if (over) into = over;
}

std::optional<double> twips_mm(const pugi::xml_attribute& a) {
  if (!a) return std::nullopt;
  const auto t = units::twips(a.value());
  if (!t) return std::nullopt;
  return units::twips_to_mm(*t);
}

std::optional<double> twips_pt(const pugi::xml_attribute& a) {
  if (!a) return std::nullopt;
  const auto t = units::twips(a.value());
  if (!t) return std::nullopt;
  return units::twips_to_pt(*t);
}

// A border's width in points (w:sz in eighths of a point); 0 for none. A border whose
// size is missing or bad is Word's default single line, ½ pt.
std::optional<double> border(const pugi::xml_node& b) {
  if (!b) return std::nullopt;
  const std::string_view v = val(b);
  if (v == "none" || v == "nil") return 0.0;
  const auto sz = units::number(b.attribute("w:sz").value());
  if (!sz || *sz < 0) return 0.5;
  return units::eighths_to_pt(*sz);
}

bool hex_colour(std::string_view s) {
  return s.size() == 6 &&
         std::all_of(s.begin(), s.end(), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)); });
}

}  // namespace

bool is(const pugi::xml_node& n, const char* name) { return std::strcmp(n.name(), name) == 0; }

bool on_value(std::string_view v) { return !(v == "0" || v == "false" || v == "off"); }

std::string capped(std::string_view s) {
  if (s.size() <= kMaxName) return std::string(s);
  size_t n = kMaxName;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return std::string(s.substr(0, n));
}

bool on(const pugi::xml_node& n) { return on_value(n.attribute("w:val").value()); }

Theme::Theme(const pugi::xml_document& theme) {
  // w:asciiTheme="minorHAnsi" names a typeface of the theme's font scheme: the Latin one
  // for ASCII and high-ANSI text, the East Asian and complex-script ones for the rest.
  const auto scheme = theme.child("a:theme").child("a:themeElements").child("a:fontScheme");
  for (const std::string kind : {"major", "minor"}) {
    const auto f = scheme.child(kind == "major" ? "a:majorFont" : "a:minorFont");
    const std::string latin = f.child("a:latin").attribute("typeface").value();
    fonts_[kind + "Ascii"] = latin;
    fonts_[kind + "HAnsi"] = latin;
    fonts_[kind + "EastAsia"] = f.child("a:ea").attribute("typeface").value();
    fonts_[kind + "Bidi"] = f.child("a:cs").attribute("typeface").value();
  }
}

std::string Theme::font(std::string_view name) const {
  const auto it = fonts_.find(name);
  return it == fonts_.end() ? std::string() : it->second;
}

void RunProps::overlay(const RunProps& over) {
  for (size_t i = 0; i < fonts.size(); ++i) take(fonts[i], over.fonts[i]);
  take(hint, over.hint);
  take(size, over.size);
  take(bold, over.bold);
  take(italic, over.italic);
  take(caps, over.caps);
  take(small_caps, over.small_caps);
  take(underline, over.underline);
  take(strike, over.strike);
  take(color, over.color);
}

std::string RunProps::font_for(std::string_view text) const {
  const bool wide = std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  const bool cs_first = hint && *hint == "cs";
  const std::array<Slot, 4> order{wide ? HAnsi : Ascii, wide ? Ascii : HAnsi, cs_first ? Cs : EastAsia,
                                  cs_first ? EastAsia : Cs};
  for (const Slot s : order)
    if (fonts[s] && !fonts[s]->empty()) return *fonts[s];
  return {};
}

RunLook RunProps::look(std::string_view text) const {
  RunLook l;
  l.font = font_for(text);
  l.size = size.value_or(0);
  l.bold = bold.value_or(false);
  l.italic = italic.value_or(false);
  l.caps = caps.value_or(false);
  l.small_caps = small_caps.value_or(false);
  l.underline = underline.value_or(false);
  l.strike = strike.value_or(false);
  l.color = color.value_or("");
  return l;
}

void ParaProps::overlay(const ParaProps& over) {
  take(align, over.align);
  take(first_indent, over.first_indent);
  take(left, over.left);
  take(right, over.right);
  take(before, over.before);
  take(after, over.after);
  take(before_auto, over.before_auto);
  take(after_auto, over.after_auto);
  take(line, over.line);
  take(keep_next, over.keep_next);
  take(keep_lines, over.keep_lines);
  take(page_break_before, over.page_break_before);
  take(border_top, over.border_top);
  take(border_bottom, over.border_bottom);
  take(outline, over.outline);
  take(num_id, over.num_id);
  take(num_level, over.num_level);
}

RunProps read_run_props(const pugi::xml_node& rpr, const Theme& theme) {
  RunProps p;
  if (!rpr) return p;
  if (const auto f = rpr.child("w:rFonts")) {
    static constexpr std::array<std::pair<const char*, const char*>, 4> kSlots{{{"w:ascii", "w:asciiTheme"},
                                                                                {"w:hAnsi", "w:hAnsiTheme"},
                                                                                {"w:eastAsia", "w:eastAsiaTheme"},
                                                                                {"w:cs", "w:cstheme"}}};
    for (size_t i = 0; i < kSlots.size(); ++i) {
      // A theme font wins over the name beside it (which is what older readers use).
      if (const auto t = f.attribute(kSlots[i].second)) {
        if (std::string typeface = capped(theme.font(t.value())); !typeface.empty()) {
          p.fonts[i] = std::move(typeface);
          continue;
        }
      }
      if (const auto a = f.attribute(kSlots[i].first)) p.fonts[i] = capped(a.value());
    }
    if (const auto h = f.attribute("w:hint")) p.hint = capped(h.value());
  }
  if (const auto sz = rpr.child("w:sz")) {
    // Half-points, 1 to 3,276 (ST_HpsMeasure); "-5", "abc" and the like are ignored.
    if (const auto v = units::number(val(sz)); v && *v >= 1 && *v <= 3276) p.size = units::half_points_to_pt(*v);
  }
  if (const auto n = rpr.child("w:b")) p.bold = on(n);
  if (const auto n = rpr.child("w:i")) p.italic = on(n);
  if (const auto n = rpr.child("w:caps")) p.caps = on(n);
  if (const auto n = rpr.child("w:smallCaps")) p.small_caps = on(n);
  if (const auto n = rpr.child("w:strike")) p.strike = on(n);
  if (const auto n = rpr.child("w:dstrike"); n && on(n)) p.strike = true;
  if (const auto n = rpr.child("w:u")) {
    const std::string_view v = val(n);
    p.underline = v != "none" && v != "0" && v != "false" && v != "off";
  }
  if (const auto n = rpr.child("w:color")) {
    const std::string_view v = val(n);
    if (v == "auto") {
      p.color = "";
    } else if (hex_colour(v)) {
      std::string c(v);
      for (char& ch : c) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      p.color = c;
    }
  }
  return p;
}

ParaProps read_para_props(const pugi::xml_node& ppr) {
  ParaProps p;
  if (!ppr) return p;
  if (const auto jc = ppr.child("w:jc")) {
    const std::string_view v = val(jc);
    if (v == "both" || v == "distribute" || v == "lowKashida" || v == "mediumKashida" || v == "highKashida" ||
        v == "thaiDistribute")
      p.align = Align::Justify;
    else if (v == "left" || v == "start")
      p.align = Align::Left;
    else if (v == "right" || v == "end")
      p.align = Align::Right;
    else if (v == "center")
      p.align = Align::Center;
  }
  if (const auto ind = ppr.child("w:ind")) {
    if (auto v = twips_mm(ind.attribute("w:start"))) p.left = v;
    if (auto v = twips_mm(ind.attribute("w:left"))) p.left = v;
    if (auto v = twips_mm(ind.attribute("w:end"))) p.right = v;
    if (auto v = twips_mm(ind.attribute("w:right"))) p.right = v;
    if (auto v = twips_mm(ind.attribute("w:firstLine"))) p.first_indent = v;
    // A hanging indent wins over a first-line one stated beside it.
    if (auto v = twips_mm(ind.attribute("w:hanging"))) p.first_indent = -*v;
  }
  if (const auto sp = ppr.child("w:spacing")) {
    if (auto v = twips_pt(sp.attribute("w:before")); v && *v >= 0) p.before = v;
    if (auto v = twips_pt(sp.attribute("w:after")); v && *v >= 0) p.after = v;
    if (const auto a = sp.attribute("w:beforeAutospacing")) p.before_auto = on_value(a.value());
    if (const auto a = sp.attribute("w:afterAutospacing")) p.after_auto = on_value(a.value());
    if (const auto line = sp.attribute("w:line")) {
      const std::string_view rule = sp.attribute("w:lineRule").value();
      if (const auto v = units::twips(line.value()); v && *v > 0) {
        if (rule == "exact")
          p.line = LineSpacing{LineSpacing::Rule::Exact, units::twips_to_pt(*v)};
        else if (rule == "atLeast")
          p.line = LineSpacing{LineSpacing::Rule::AtLeast, units::twips_to_pt(*v)};
        else if (rule.empty() || rule == "auto")
          p.line = LineSpacing{LineSpacing::Rule::Multiple, *v / 240 * 100};
      }
    }
  }
  if (const auto n = ppr.child("w:keepNext")) p.keep_next = on(n);
  if (const auto n = ppr.child("w:keepLines")) p.keep_lines = on(n);
  if (const auto n = ppr.child("w:pageBreakBefore")) p.page_break_before = on(n);
  if (const auto b = ppr.child("w:pBdr")) {
    if (auto v = border(b.child("w:top"))) p.border_top = v;
    if (auto v = border(b.child("w:bottom"))) p.border_bottom = v;
  }
  if (const auto o = ppr.child("w:outlineLvl")) {
    if (const auto v = units::integer(val(o)); v && *v >= 0 && *v <= 9) p.outline = *v;
  }
  if (const auto np = ppr.child("w:numPr")) {
    if (const auto id = np.child("w:numId")) p.num_id = val(id);
    if (const auto l = np.child("w:ilvl")) {
      if (const auto v = units::integer(val(l)); v && *v >= 0 && *v <= 8) p.num_level = *v;
    }
  }
  return p;
}

Styles::Styles(const pugi::xml_document& styles, const Theme& theme) : theme_(&theme) {
  const auto root = styles.child("w:styles");
  run_defaults_ = read_run_props(root.child("w:docDefaults").child("w:rPrDefault").child("w:rPr"), theme);
  para_defaults_ = read_para_props(root.child("w:docDefaults").child("w:pPrDefault").child("w:pPr"));
  for (auto s : root.children("w:style")) {
    const std::string type = s.attribute("w:type").value(), id = s.attribute("w:styleId").value();
    if (!index_.emplace(type + ':' + id, styles_.size()).second) continue;  // the first definition counts
    styles_.push_back({kNone, s});
    const char* is_default = s.attribute("w:default").value();
    if (std::strcmp(is_default, "1") == 0 || std::strcmp(is_default, "true") == 0 ||
        std::strcmp(is_default, "on") == 0) {
      if (type == "paragraph" && default_paragraph_.empty()) default_paragraph_ = id;
      if (type == "table" && default_table_.empty()) default_table_ = id;
    }
  }
  for (auto& style : styles_) {
    const auto based = style.node.child("w:basedOn");
    if (!based) continue;
    const auto it = index_.find(std::string(style.node.attribute("w:type").value()) + ':' + val(based));
    if (it != index_.end()) style.parent = it->second;
  }
}

const Styles::Folded* Styles::fold(size_t index) const {
  if (const auto done = folded_.find(index); done != folded_.end()) return &done->second;
  std::vector<size_t> chain;
  for (size_t k = index; k != kNone && chain.size() < kMaxChain; k = styles_[k].parent) {
    if (std::find(chain.begin(), chain.end(), k) != chain.end()) break;  // a loop
    chain.push_back(k);
  }
  Folded f;
  f.name = capped(styles_[index].node.child("w:name").attribute("w:val").value());
  for (auto k = chain.rbegin(); k != chain.rend(); ++k) {
    const auto node = styles_[*k].node;
    f.para.overlay(read_para_props(node.child("w:pPr")));
    f.run.overlay(read_run_props(node.child("w:rPr"), *theme_));
  }
  return &folded_.emplace(index, std::move(f)).first->second;
}

const Styles::Folded* Styles::find(std::string_view type, std::string_view id) const {
  if (styles_.empty()) return nullptr;
  const auto it = index_.find(std::string(type) + ':' + std::string(id));
  return it == index_.end() ? nullptr : fold(it->second);
}

const Styles::Folded* Styles::paragraph_style(std::string_view id) const {
  // A paragraph without w:pStyle, or naming a style that is not there, is in the
  // default paragraph style (Normal).
  if (const auto* s = id.empty() ? nullptr : find("paragraph", id)) return s;
  return default_paragraph_.empty() ? nullptr : find("paragraph", default_paragraph_);
}

const Styles::Folded* Styles::character_style(std::string_view id) const {
  return id.empty() ? nullptr : find("character", id);
}

const Styles::Folded* Styles::table_style(std::string_view id) const {
  if (const auto* s = id.empty() ? nullptr : find("table", id)) return s;
  return default_table_.empty() ? nullptr : find("table", default_table_);
}

const Styles::Folded* Styles::numbering_style(std::string_view id) const {
  return id.empty() ? nullptr : find("numbering", id);
}

}  // namespace vanban::office::docx
