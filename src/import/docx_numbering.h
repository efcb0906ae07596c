// Word's automatic numbering: a .docx keeps list labels ("I.", "1.", "a)", "-") out of
// the text, in numbering.xml. This gives each numbered paragraph the label Word shows,
// so the recogniser sees the same structure as in a typed document.
#pragma once
#include <array>
#include <map>
#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace vanban::import {

// The n-th label of a numbered list in ODF's format letters: "1" (1, 2 …), "I"/"i"
// (roman), "a"/"A" (letters). Word's and LibreOffice's lists both come through here.
std::string list_number(std::string_view format, int n);

class DocxNumbering {
 public:
  DocxNumbering() = default;  // a document without lists
  // From the parsed numbering.xml.
  explicit DocxNumbering(const pugi::xml_document& numbering);
  // The label of paragraph `p` ("1.", "a)", "-"), or "" when it is not numbered.
  std::string label(const pugi::xml_node& p);

 private:
  struct Level {
    std::string format = "decimal";  // decimal, upperRoman, lowerRoman, upperLetter, lowerLetter, bullet
    std::string text = "%1.";        // lvlText
    int start = 1;
  };
  using Levels = std::array<Level, 9>;
  std::map<std::string, Levels> abstract_;           // abstractNumId → levels
  std::map<std::string, std::string> num_;           // numId → abstractNumId
  std::map<std::string, std::array<int, 9>> count_;  // numId → counters
};

}  // namespace vanban::import
