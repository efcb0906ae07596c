#include "import/font_decoding.h"

#include <algorithm>
#include <utility>

#include "text/unicode.h"

namespace vanban::import {
namespace {

// `s` cut to `n` characters (code points).
std::string first_chars(std::string s, size_t n) {
  size_t count = 0, i = 0;
  while (i < s.size() && count < n) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    ++count;
  }
  s.resize(i);
  return s;
}

size_t length(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace

std::string FontDecoder::shown(std::string_view text, std::string_view font_name,
                               const std::optional<LegacyFont>& legacy, bool caps) {
  if (!legacy) return caps ? text::upper_vi(text) : std::string(text);
  std::string decoded = decode_font_text(text, *legacy);
  if (caps) decoded = text::upper_vi(decoded);
  const std::string how = "font " + std::string(font_name) + ": " + describe(*legacy);
  Note* note = nullptr;
  for (auto& n : notes_)
    if (n.decoding.how == how) note = &n;
  if (!note) note = &notes_.emplace_back(Note{{how, {}}, false});
  // Enough of the text to find the line by; the rest of a long paragraph is not kept.
  std::string& kept = note->decoding.text;
  std::string_view more = decoded;
  if (kept.empty()) more.remove_prefix(std::min(more.size(), more.find_first_not_of(' ')));
  if (length(kept) < kNoteChars) kept = first_chars(kept.append(more), kNoteChars);
  note->changed = note->changed || decoded != text;
  return decoded;
}

std::vector<Decoding> FontDecoder::take() {
  std::vector<Decoding> out;
  // Runs the font does not change (digits, dashes, ASCII words) are not news.
  for (auto& n : notes_)
    if (n.changed) out.push_back({std::move(n.decoding.how), std::string(text::trim(n.decoding.text))});
  notes_.clear();
  return out;
}

}  // namespace vanban::import
