// The text itself: Unicode in NFC (§2: TCVN 6909; decomposed accents print apart in
// some fonts and do not match in searches), no empty paragraphs standing in for space
// before and after, no runs of spaces or tabs standing in for indents and alignment.
// The last two are practice, not the decree's words: warnings.
#include <algorithm>
#include <set>

#include "check/paragraph_text.h"
#include "check/rules.h"
#include "check/shapes.h"
#include "text/unicode.h"

namespace vanban::check {
namespace {

bool ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
}

void check_nfc(const Context& c) {
  for (size_t pos = 0; pos < c.at.size(); ++pos) {
    const std::string& raw = c.texts.raw[pos];
    // Legacy-font text is bytes in disguise: its own finding (font-legacy).
    if (c.texts.legacy[pos] || ascii(raw)) continue;
    if (text::nfc(raw) != raw) c.add_at(pos, Code::NotNfc, Severity::Error, "NFC", "not NFC", "§2");
  }
}

void check_empty(const Context& c) {
  const auto& paras = c.doc.paragraphs;
  // An empty paragraph that holds a drawing, an image or a text box is not empty.
  std::set<int> anchors;
  for (const auto& s : c.doc.shapes) anchors.insert(s.paragraph);
  for (const auto& u : c.doc.unsupported) anchors.insert(u.paragraph);
  auto spacer = [&](size_t pos) {
    const auto& p = paras[pos];
    return c.texts.text[pos].empty() && p.table < 0 && c.at[pos].part != Part::Rule && p.look.border_top <= 0 &&
           p.look.border_bottom <= 0 && !p.look.page_break_before && !anchors.contains(p.index);
  };
  for (size_t pos = 0; pos < paras.size();) {
    if (!spacer(pos)) {
      ++pos;
      continue;
    }
    size_t end = pos;
    while (end + 1 < paras.size() && spacer(end + 1)) ++end;
    // One empty paragraph closing a section or the document is where the word
    // processor keeps the section break (or the mark after a final table), not spacing.
    const bool closing = end + 1 == paras.size() || paras[end + 1].section != paras[end].section;
    if (!(closing && end == pos))
      c.add(Code::EmptyParagraph, Severity::Warning, Component::Document, c.paragraph(pos), "0",
            std::to_string(end - pos + 1), "§4.8");
    pos = end + 1;
  }
}

void check_spacing(const Context& c) {
  for (size_t pos = 0; pos < c.at.size(); ++pos) {
    std::string_view raw = c.texts.raw[pos];
    while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t' || raw.back() == '\n')) raw.remove_suffix(1);
    for (size_t i = 0; i < raw.size();) {
      if (raw[i] != ' ' && raw[i] != '\t') {
        ++i;
        continue;
      }
      size_t j = i, tabs = 0;
      for (; j < raw.size() && (raw[j] == ' ' || raw[j] == '\t'); ++j) tabs += raw[j] == '\t';
      const size_t spaces = j - i - tabs;
      if ((tabs > 0 || spaces >= 3) && !fill_in_blank(raw.substr(0, i))) {
        c.add_at(pos, Code::SpacingCharacters, Severity::Warning, "none",
                 tabs ? std::to_string(tabs) + (tabs > 1 ? " tabs" : " tab") : std::to_string(spaces) + " spaces",
                 "§4.8");
        break;
      }
      i = j;
    }
  }
}

}  // namespace

void check_text(const Context& c) {
  check_nfc(c);
  check_empty(c);
  check_spacing(c);
}

}  // namespace vanban::check
