#include "layout/line_breaks.h"

#include <pugixml.hpp>

#include <algorithm>
#include <stdexcept>

#include "data/embedded.h"
#include "text/unicode.h"

namespace vanban::layout {
namespace {

std::vector<std::string> upper_words(std::string_view s) {
  const std::string upper = text::upper_vi(s);  // the views below point into it
  std::vector<std::string> out;
  for (const auto w : text::words(upper)) out.emplace_back(w);
  return out;
}

}  // namespace

namespace {

// Does `phrase` occur in `w` starting at word i?
bool occurs_at(const std::vector<std::string>& w, size_t i, const std::vector<std::string>& phrase) {
  if (i + phrase.size() > w.size()) return false;
  for (size_t k = 0; k < phrase.size(); ++k)
    if (w[i + k] != phrase[k]) return false;
  return true;
}

}  // namespace

size_t LineBreakRules::unit_at(const std::vector<std::string>& w, size_t i) const {
  size_t unit = 0, kept = 0;
  for (const auto& p : before)
    if (occurs_at(w, i, p)) unit = std::max(unit, p.size());
  for (const auto& p : keep)
    if (occurs_at(w, i, p) && !before.count(p)) kept = std::max(kept, p.size());
  return kept > unit ? 0 : unit;
}

bool LineBreakRules::forbidden(const std::vector<std::string>& w, size_t i) const {
  if (w[i] == "-" || w[i] == "–") return true;  // a spaced dash never starts a line
  for (size_t start = 0; start < i; ++start)    // inside or right after a unit
    if (const size_t n = unit_at(w, start); n > 0 && start + n >= i) return true;
  for (const auto& phrase : keep)  // inside a kept phrase
    for (size_t start = i >= phrase.size() ? i - phrase.size() + 1 : 0; start < i; ++start)
      if (occurs_at(w, start, phrase)) return true;
  return false;
}

bool LineBreakRules::preferred(const std::vector<std::string>& w, size_t i) const {
  return unit_at(w, i) > 0 && !forbidden(w, i);
}

const LineBreakRules& line_break_rules() {
  static const LineBreakRules rules = [] {
    LineBreakRules r;
    const std::string_view xml = data::embedded("templates/line-breaks.xml");
    pugi::xml_document doc;
    if (!doc.load_buffer(xml.data(), xml.size()))
      throw std::runtime_error("templates/line-breaks.xml: not well-formed");
    const auto root = doc.child("line-breaks");
    for (auto k : root.children("keep")) r.keep.insert(upper_words(k.text().as_string()));
    for (auto b : root.children("before")) r.before.insert(upper_words(b.text().as_string()));
    return r;
  }();
  return rules;
}

const LineBreakRules& prose_line_break_rules() {
  static const LineBreakRules rules = [] {
    LineBreakRules r = line_break_rules();
    r.before.clear();
    return r;
  }();
  return rules;
}

}  // namespace vanban::layout
