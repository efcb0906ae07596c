#include "layout/line_breaks.h"

#include <pugixml.hpp>

#include <stdexcept>

#include "data/embedded.h"
#include "text/unicode.h"

namespace vanban::layout {
namespace {

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> words;
  for (size_t pos = 0; pos < s.size();) {
    size_t end = s.find(' ', pos);
    if (end == std::string_view::npos) end = s.size();
    if (end > pos) words.emplace_back(s.substr(pos, end - pos));
    pos = end + 1;
  }
  return words;
}

}  // namespace

bool LineBreakRules::forbidden(const std::vector<std::string>& w, size_t i) const {
  if (i > 0 && before.count(w[i - 1])) return true;  // "QUẬN / HẢI AN"
  for (const auto& phrase : keep) {
    // Is the gap before w[i] inside an occurrence of `phrase`?
    for (size_t split = 1; split < phrase.size(); ++split) {
      if (i < split || i - split + phrase.size() > w.size()) continue;
      bool match = true;
      for (size_t k = 0; k < phrase.size() && match; ++k) match = w[i - split + k] == phrase[k];
      if (match) return true;
    }
  }
  return false;
}

bool LineBreakRules::preferred(const std::vector<std::string>& w, size_t i) const {
  return before.count(w[i]) && !forbidden(w, i);
}

const LineBreakRules& line_break_rules() {
  static const LineBreakRules rules = [] {
    LineBreakRules r;
    const std::string_view xml = data::embedded("templates/line-breaks.xml");
    pugi::xml_document doc;
    if (!doc.load_buffer(xml.data(), xml.size()))
      throw std::runtime_error("templates/line-breaks.xml: not well-formed");
    const auto root = doc.child("line-breaks");
    for (auto k : root.children("keep")) r.keep.insert(split_words(text::upper_vi(k.text().as_string())));
    for (auto b : root.children("before")) r.before.insert(text::upper_vi(b.text().as_string()));
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
