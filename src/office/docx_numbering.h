// Word's automatic numbering (word/numbering.xml): a .docx keeps list labels ("I.",
// "1.", "a)", "-") out of the text. This counts the numbered paragraphs as Word does and
// gives each the label Word shows, and each level's paragraph properties (its indents).
#pragma once
#include <pugixml.hpp>

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "office/docx_styles.h"

namespace vanban::office::docx {

// The n-th number in a w:numFmt: decimal, decimalZero, upperRoman, lowerRoman,
// upperLetter, lowerLetter (a … z, aa … zz as Word counts); any other format decimal.
// Romans beyond 3,999 and letters or romans below 1 are decimal.
std::string format_number(std::string_view num_fmt, int n);

class Numbering {
 public:
  static constexpr int kLevels = 9;
  struct Level {
    std::string format = "decimal";   // w:numFmt
    std::optional<std::string> text;  // w:lvlText
    std::optional<int> start;         // w:start
    std::optional<int> restart;       // w:lvlRestart
    bool legal = false;               // w:isLgl
    ParaProps para;                   // the level's w:pPr (its indents)
    std::string font;                 // the level's w:rFonts w:ascii (a bullet's font)
  };

  Numbering() = default;  // a document without lists
  // From the parsed numbering.xml (numbering styles through `styles`).
  Numbering(const pugi::xml_document& numbering, const Styles& styles);

  // The level a paragraph's w:numId / w:ilvl use (its w:lvlOverride applied); nullptr
  // when that is no list (w:numId 0, an unknown id, a level out of range).
  const Level* level(std::string_view num_id, int ilvl) const;
  // Counts one paragraph of that list at that level and gives the label Word shows
  // ("I.", "1.2.", "a)", "•", "-"); "" when not numbered or the level shows nothing.
  std::string next(std::string_view num_id, int ilvl);

  // The label import has always put in front of a paragraph, from the w:numPr the
  // paragraph states itself: counted per w:numId, the number formats in 1/I/i/A/a,
  // every bullet "-" but "+" (a point of the second rank). Counts that paragraph.
  std::string stated_label(const pugi::xml_node& num_pr);

 private:
  using Levels = std::array<Level, kLevels>;
  struct Num {
    size_t abstract = 0;  // into abstracts_, as named
    size_t levels = 0;    // into abstracts_: the one whose levels count (through w:numStyleLink)
    std::array<std::optional<int>, kLevels> start_override;
    std::array<std::optional<Level>, kLevels> level_override;
    bool used = false;
  };
  struct Counter {
    std::array<int, kLevels> value{};
    std::array<bool, kLevels> started{};
  };
  const Num* num(std::string_view id) const;

  std::vector<Levels> abstracts_;
  std::vector<Counter> counters_;                                              // per abstract
  std::map<std::string, Num, std::less<>> nums_;                               // numId →
  std::map<std::string, std::array<int, kLevels>, std::less<>> stated_count_;  // numId → counters
};

}  // namespace vanban::office::docx
