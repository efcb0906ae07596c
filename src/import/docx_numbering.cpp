#include "import/docx_numbering.h"

#include <cstdlib>

#include "rules/numbering.h"

namespace vanban::import {

std::string list_number(std::string_view format, int n) {
  if (format == "I" || format == "i") {
    std::string r = rules::roman(n);
    if (format == "i")
      for (char& c : r) c = static_cast<char>(c - 'A' + 'a');
    return r;
  }
  if (format == "a" || format == "A")
    return std::string(1, static_cast<char>((format == "a" ? 'a' : 'A') + (n - 1) % 26));
  return std::to_string(n);
}

namespace {

// Word's numFmt names in ODF's letters.
std::string_view odf_format(const std::string& word) {
  if (word == "upperRoman") return "I";
  if (word == "lowerRoman") return "i";
  if (word == "upperLetter") return "A";
  if (word == "lowerLetter") return "a";
  return "1";
}

}  // namespace

DocxNumbering::DocxNumbering(const pugi::xml_document& doc) {
  const auto root = doc.child("w:numbering");
  for (auto a : root.children("w:abstractNum")) {
    Levels levels;
    for (auto lvl : a.children("w:lvl")) {
      const int i = std::atoi(lvl.attribute("w:ilvl").value());
      if (i < 0 || i > 8) continue;
      Level& l = levels[static_cast<size_t>(i)];
      if (auto f = lvl.child("w:numFmt")) l.format = f.attribute("w:val").value();
      if (auto t = lvl.child("w:lvlText")) l.text = t.attribute("w:val").value();
      if (auto s = lvl.child("w:start")) l.start = std::atoi(s.attribute("w:val").value());
    }
    abstract_[a.attribute("w:abstractNumId").value()] = levels;
  }
  for (auto n : root.children("w:num"))
    num_[n.attribute("w:numId").value()] = n.child("w:abstractNumId").attribute("w:val").value();
}

std::string DocxNumbering::label(const pugi::xml_node& p) {
  const auto num_pr = p.child("w:pPr").child("w:numPr");
  if (!num_pr) return {};
  const std::string id = num_pr.child("w:numId").attribute("w:val").value();
  const auto n = num_.find(id);
  if (id.empty() || id == "0" || n == num_.end()) return {};
  const auto a = abstract_.find(n->second);
  if (a == abstract_.end()) return {};
  const int ilvl = std::atoi(num_pr.child("w:ilvl").attribute("w:val").value());
  if (ilvl < 0 || ilvl > 8) return {};
  const Levels& levels = a->second;
  auto [it, fresh] = count_.try_emplace(id);
  if (fresh)
    for (size_t i = 0; i < 9; ++i) it->second[i] = levels[i].start - 1;
  auto& count = it->second;
  ++count[static_cast<size_t>(ilvl)];
  for (size_t i = static_cast<size_t>(ilvl) + 1; i < 9; ++i) count[i] = levels[i].start - 1;
  const Level& level = levels[static_cast<size_t>(ilvl)];
  if (level.format == "bullet" || level.format == "none") {
    // Bullets are points: "+" stays "+", every other mark reads as "-".
    return level.format == "none" ? "" : level.text == "+" ? "+" : "-";
  }
  // lvlText: "%1.", "%2)", "%1.%2." with each %n the counter of level n.
  std::string out;
  for (size_t i = 0; i < level.text.size(); ++i) {
    if (level.text[i] == '%' && i + 1 < level.text.size() && level.text[i + 1] >= '1' && level.text[i + 1] <= '9') {
      const size_t k = static_cast<size_t>(level.text[i + 1] - '1');
      out += list_number(odf_format(levels[k].format), count[k]);
      ++i;
    } else {
      out += level.text[i];
    }
  }
  return out;
}

}  // namespace vanban::import
