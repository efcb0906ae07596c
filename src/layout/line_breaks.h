// Natural line breaks in Vietnamese names and titles (templates/line-breaks.xml).
#pragma once
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::layout {

struct LineBreakRules {
  std::set<std::vector<std::string>> keep;    // upper-cased word sequences never broken inside
  std::set<std::vector<std::string>> before;  // upper-cased units a line should start with

  // For the gap before word i (1 ≤ i < words.size()): a break there splits a kept phrase.
  bool forbidden(const std::vector<std::string>& upper_words, size_t i) const;
  // A break there starts a line with a unit and does not follow one.
  bool preferred(const std::vector<std::string>& upper_words, size_t i) const;
  // Length of the unit starting at word i (0 if none): the longest <before> phrase
  // there, unless a longer <keep> phrase starts there too ("XÃ HỘI").
  size_t unit_at(const std::vector<std::string>& upper_words, size_t i) const;
};

// Loaded once from the embedded templates/line-breaks.xml. Names (the header's issuer
// and superior) follow all the rules; prose (trích yếu, appendix titles) only <keep>:
// in a sentence "huyện" is no unit heading a name, and balance matters more.
const LineBreakRules& line_break_rules();
const LineBreakRules& prose_line_break_rules();

}  // namespace vanban::layout
