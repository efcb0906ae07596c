#include "import/docx_styles.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

namespace vanban::import {
namespace {

// Deeper than any real style sheet (Word's own stop far sooner); a basedOn loop or a
// hostile chain ends here.
constexpr size_t kMaxChain = 16;

// A toggle such as <w:caps/>, <w:caps w:val="0"/>.
bool on(const pugi::xml_node& n) {
  const char* v = n.attribute("w:val").value();
  return !(std::strcmp(v, "0") == 0 || std::strcmp(v, "false") == 0 || std::strcmp(v, "off") == 0);
}

}  // namespace

void DocxRunLook::overlay(const DocxRunLook& over) {
  for (size_t i = 0; i < fonts.size(); ++i)
    if (over.fonts[i]) fonts[i] = over.fonts[i];
  if (over.hint) hint = over.hint;
  if (over.caps) caps = over.caps;
}

std::string DocxRunLook::font_for(std::string_view text) const {
  const bool wide = std::any_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  const bool cs_first = hint && *hint == "cs";
  const std::array<Slot, 4> order{wide ? HAnsi : Ascii, wide ? Ascii : HAnsi, cs_first ? Cs : EastAsia,
                                  cs_first ? EastAsia : Cs};
  for (const Slot s : order)
    if (fonts[s] && !fonts[s]->empty()) return *fonts[s];
  return {};
}

DocxStyles::DocxStyles(const pugi::xml_document& styles, const pugi::xml_document& theme) {
  // w:asciiTheme="minorHAnsi" names a typeface of the theme's font scheme: the Latin one
  // for ASCII and high-ANSI text, the East Asian and complex-script ones for the rest.
  const auto scheme = theme.child("a:theme").child("a:themeElements").child("a:fontScheme");
  for (const std::string kind : {"major", "minor"}) {
    const auto f = scheme.child(kind == "major" ? "a:majorFont" : "a:minorFont");
    const std::string latin = f.child("a:latin").attribute("typeface").value();
    theme_[kind + "Ascii"] = latin;
    theme_[kind + "HAnsi"] = latin;
    theme_[kind + "EastAsia"] = f.child("a:ea").attribute("typeface").value();
    theme_[kind + "Bidi"] = f.child("a:cs").attribute("typeface").value();
  }
  const auto root = styles.child("w:styles");
  defaults_ = read(root.child("w:docDefaults").child("w:rPrDefault").child("w:rPr"));
  std::vector<std::string> bases;  // each style's type:basedOn
  for (auto s : root.children("w:style")) {
    const std::string type = s.attribute("w:type").value(), id = s.attribute("w:styleId").value();
    if (!index_.emplace(type + ':' + id, styles_.size()).second) continue;  // the first definition counts
    Style style;
    if (const auto rpr = s.child("w:rPr"); rpr.child("w:rFonts") || rpr.child("w:caps")) {
      style.own = looks_.size();
      looks_.push_back(read(rpr));
    }
    styles_.push_back(style);
    bases.push_back(type + ':' + s.child("w:basedOn").attribute("w:val").value());
    const char* is_default = s.attribute("w:default").value();
    if (type == "paragraph" && default_paragraph_.empty() &&
        (std::strcmp(is_default, "1") == 0 || std::strcmp(is_default, "true") == 0))
      default_paragraph_ = id;
  }
  for (size_t i = 0; i < styles_.size(); ++i)
    if (const auto it = index_.find(bases[i]); it != index_.end()) styles_[i].parent = it->second;
}

DocxRunLook DocxStyles::read(const pugi::xml_node& rpr) const {
  DocxRunLook look;
  if (const auto f = rpr.child("w:rFonts")) {
    static constexpr std::array<std::pair<const char*, const char*>, 4> kSlots{{{"w:ascii", "w:asciiTheme"},
                                                                                {"w:hAnsi", "w:hAnsiTheme"},
                                                                                {"w:eastAsia", "w:eastAsiaTheme"},
                                                                                {"w:cs", "w:cstheme"}}};
    for (size_t i = 0; i < kSlots.size(); ++i) {
      // A theme font wins over the name beside it (which is what older readers use).
      if (const auto t = f.attribute(kSlots[i].second)) {
        const auto it = theme_.find(t.value());
        if (it != theme_.end() && !it->second.empty()) {
          look.fonts[i] = it->second;
          continue;
        }
      }
      if (const auto a = f.attribute(kSlots[i].first)) look.fonts[i] = a.value();
    }
    if (const auto h = f.attribute("w:hint")) look.hint = h.value();
  }
  if (const auto c = rpr.child("w:caps")) look.caps = on(c);
  return look;
}

const DocxRunLook* DocxStyles::style(std::string_view type, std::string_view id) const {
  const auto it = index_.find(std::string(type) + ':' + std::string(id));
  if (it == index_.end()) return nullptr;
  if (const auto done = folded_.find(it->second); done != folded_.end()) return &done->second;
  std::vector<size_t> chain;
  for (size_t k = it->second; k != kNone && chain.size() < kMaxChain; k = styles_[k].parent) {
    if (std::find(chain.begin(), chain.end(), k) != chain.end()) break;  // a loop
    chain.push_back(k);
  }
  DocxRunLook look;
  for (auto k = chain.rbegin(); k != chain.rend(); ++k)
    if (styles_[*k].own != kNone) look.overlay(looks_[styles_[*k].own]);
  return &folded_.emplace(it->second, std::move(look)).first->second;
}

DocxRunLook DocxStyles::run_look(const pugi::xml_node& run_props, const pugi::xml_node& paragraph) const {
  DocxRunLook look = defaults_;
  // A paragraph without w:pStyle, or naming a style that is not there, is in the
  // default paragraph style (Normal).
  const DocxRunLook* p = style("paragraph", paragraph.child("w:pPr").child("w:pStyle").attribute("w:val").value());
  if (!p) p = style("paragraph", default_paragraph_);
  if (p) look.overlay(*p);
  if (const auto* r = style("character", run_props.child("w:rStyle").attribute("w:val").value())) look.overlay(*r);
  look.overlay(read(run_props));
  return look;
}

}  // namespace vanban::import
