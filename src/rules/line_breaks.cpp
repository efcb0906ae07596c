#include "rules/line_breaks.h"

#include <pugixml.hpp>

#include <algorithm>
#include <stdexcept>

#include "data/embedded.h"
#include "rules/template_schema.h"
#include "text/unicode.h"

namespace vanban::rules {
namespace {

std::vector<std::string> upper_words(std::string_view s) {
  const std::string upper = text::upper_vi(s);  // the views below point into it
  std::vector<std::string> out;
  for (const auto w : text::words(upper)) out.emplace_back(w);
  return out;
}

// Does `phrase` occur in `w` starting at word i?
bool occurs_at(const std::vector<std::string>& w, size_t i, const LineBreakRules::Phrase& phrase) {
  if (i + phrase.size() > w.size()) return false;
  for (size_t k = 0; k < phrase.size(); ++k)
    if (w[i + k] != phrase[k]) return false;
  return true;
}

// The longest phrase of `index` occurring at word i, skipping those `skip` also holds.
size_t longest_at(const std::map<std::string, std::vector<LineBreakRules::Phrase>, std::less<>>& index,
                  const std::vector<std::string>& w, size_t i,
                  const std::map<std::string, std::vector<LineBreakRules::Phrase>, std::less<>>* skip = nullptr) {
  auto it = index.find(w[i]);
  if (it == index.end()) return 0;
  size_t best = 0;
  for (const auto& p : it->second) {
    if (!occurs_at(w, i, p)) continue;
    if (skip) {
      auto s = skip->find(w[i]);
      if (s != skip->end() && std::find(s->second.begin(), s->second.end(), p) != s->second.end()) continue;
    }
    best = std::max(best, p.size());
  }
  return best;
}

}  // namespace

size_t LineBreakRules::unit_at(const std::vector<std::string>& w, size_t i) const {
  const size_t unit = longest_at(before, w, i);
  return unit > 0 && longest_at(keep, w, i, &before) > unit ? 0 : unit;
}

void LineBreakRules::classify(const std::vector<std::string>& w, std::vector<int>& bad, std::vector<int>& good) const {
  const size_t n = w.size();
  bad.assign(n, 0);
  good.assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && (w[i] == "-" || w[i] == "–")) bad[i] = 1;  // a spaced dash never starts a line
    const size_t kept = longest_at(keep, w, i);
    for (size_t k = 1; k < kept; ++k) bad[i + k] = 1;  // inside a kept phrase
    if (const size_t unit = unit_at(w, i); unit > 0) {
      for (size_t k = 1; k <= unit && i + k < n; ++k) bad[i + k] = 1;  // inside or right after a unit
      if (i > 0) good[i] = 1;
    }
  }
  for (size_t i = 0; i < n; ++i)
    if (bad[i]) good[i] = 0;
}

const LineBreakRules& line_break_rules() {
  static const LineBreakRules rules = [] {
    LineBreakRules r;
    const std::string_view xml = data::embedded("templates/line-breaks.xml");
    validate_template(xml, "templates/line-breaks.xml", "line-breaks");
    pugi::xml_document doc;
    if (!doc.load_buffer(xml.data(), xml.size()))
      throw std::runtime_error("templates/line-breaks.xml: not well-formed");
    const auto root = doc.child("line-breaks");
    for (auto k : root.children("keep")) {
      auto p = upper_words(k.text().as_string());
      if (!p.empty()) r.keep[p.front()].push_back(std::move(p));
    }
    for (auto b : root.children("before")) {
      auto p = upper_words(b.text().as_string());
      if (!p.empty()) r.before[p.front()].push_back(std::move(p));
    }
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

}  // namespace vanban::rules
