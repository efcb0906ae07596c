// Natural line breaks in Vietnamese names and titles (templates/line-breaks.xml).
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::rules {

struct LineBreakRules {
  using Phrase = std::vector<std::string>;  // upper-cased words
  // Phrases indexed by their first word: a lookup costs one map search per word.
  std::map<std::string, std::vector<Phrase>, std::less<>> keep;    // never broken inside
  std::map<std::string, std::vector<Phrase>, std::less<>> before;  // units a line should start with

  // For every gap i (before word i, 1 ≤ i < words.size()): bad[i] = 1 where a break
  // splits a kept phrase, follows a unit or precedes a lone dash; good[i] = 1 where it
  // starts a line with a unit and is not bad. Index 0 is unused.
  void classify(const std::vector<std::string>& upper_words, std::vector<int>& bad, std::vector<int>& good) const;
  // Length of the unit starting at word i (0 if none): the longest <before> phrase
  // there, unless a longer <keep> phrase that is no unit starts there too ("XÃ HỘI").
  size_t unit_at(const std::vector<std::string>& upper_words, size_t i) const;
};

// Loaded once from the embedded templates/line-breaks.xml. Names (the header's issuer
// and superior) follow all the rules; prose (trích yếu, appendix titles) only <keep>:
// in a sentence "huyện" is no unit heading a name, and balance matters more.
const LineBreakRules& line_break_rules();
const LineBreakRules& prose_line_break_rules();

}  // namespace vanban::rules
