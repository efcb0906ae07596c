#include "import/odt_styles.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace vanban::import {
namespace {

// Deeper than any real style sheet; a parent loop or a hostile chain ends here.
constexpr size_t kMaxChain = 16;

// "'Times New Roman', serif" → Times New Roman: the first family of a CSS-like list.
std::string first_family(std::string_view list) {
  list = list.substr(0, list.find(','));
  while (!list.empty() && list.front() == ' ') list.remove_prefix(1);
  while (!list.empty() && list.back() == ' ') list.remove_suffix(1);
  if (list.size() >= 2 && (list.front() == '\'' || list.front() == '"') && list.back() == list.front())
    list = list.substr(1, list.size() - 2);
  return std::string(list);
}

}  // namespace

void OdtTextLook::overlay(const OdtTextLook& over) {
  if (over.font) font = over.font;
  if (over.caps) caps = over.caps;
}

void OdtStyles::add(const pugi::xml_node& root) {
  resolved_.clear();  // a style added may be in a chain folded before
  for (auto f : root.child("office:font-face-decls").children("style:font-face"))
    faces_.emplace(f.attribute("style:name").value(), first_family(f.attribute("svg:font-family").value()));
  for (const char* group : {"office:styles", "office:automatic-styles"}) {
    for (auto s : root.child(group).children("style:style"))
      styles_.emplace(std::string(s.attribute("style:family").value()) + ':' + s.attribute("style:name").value(), s);
    for (auto s : root.child(group).children("style:default-style"))
      defaults_.emplace(s.attribute("style:family").value(), s);
  }
}

OdtTextLook OdtStyles::own(const pugi::xml_node& style) const {
  OdtTextLook look;
  const auto tp = style.child("style:text-properties");
  // style:font-name (a declared face) overrides fo:font-family beside it.
  if (const auto name = tp.attribute("style:font-name")) {
    const auto it = faces_.find(name.value());
    look.font = it != faces_.end() && !it->second.empty() ? it->second : first_family(name.value());
  } else if (const auto family = tp.attribute("fo:font-family")) {
    look.font = first_family(family.value());
  }
  if (const auto t = tp.attribute("fo:text-transform")) look.caps = std::strcmp(t.value(), "uppercase") == 0;
  return look;
}

const OdtTextLook& OdtStyles::chain(std::string_view family, std::string_view name) const {
  std::string key = std::string(family) + ':' + std::string(name);
  // Every paragraph asks: each style's chain is folded once.
  if (const auto done = resolved_.find(key); done != resolved_.end()) return done->second;
  const std::string asked = key;
  std::vector<pugi::xml_node> styles;
  for (auto it = styles_.find(key); it != styles_.end() && styles.size() < kMaxChain;) {
    if (std::find(styles.begin(), styles.end(), it->second) != styles.end()) break;  // a loop
    styles.push_back(it->second);
    key = std::string(family) + ':' + it->second.attribute("style:parent-style-name").value();
    it = styles_.find(key);
  }
  OdtTextLook look;
  for (auto it = styles.rbegin(); it != styles.rend(); ++it) look.overlay(own(*it));
  return resolved_.emplace(asked, look).first->second;
}

OdtTextLook OdtStyles::paragraph(std::string_view name) const {
  OdtTextLook look;
  if (const auto d = defaults_.find("paragraph"); d != defaults_.end()) look = own(d->second);
  look.overlay(chain("paragraph", name));
  return look;
}

OdtTextLook OdtStyles::span(const OdtTextLook& outer, std::string_view name) const {
  OdtTextLook look = outer;
  look.overlay(chain("text", name));
  return look;
}

}  // namespace vanban::import
