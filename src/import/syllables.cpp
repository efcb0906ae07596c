#include "import/syllables.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <string>
#include <vector>

namespace vanban::import {
namespace {

constexpr char32_t kCircumflex = 0x0302, kBreve = 0x0306, kHorn = 0x031B;

bool is_tone(char32_t c) { return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323; }

// One letter with its shape mark (â, ă, ơ, ư); tones are counted apart.
struct Letter {
  char base;  // a-z, or 'D' for đ
  char32_t shape;
};

bool vowel_ok(const Letter& l) {
  switch (l.base) {
    case 'a':
      return l.shape == 0 || l.shape == kCircumflex || l.shape == kBreve;
    case 'e':
      return l.shape == 0 || l.shape == kCircumflex;
    case 'o':
      return l.shape == 0 || l.shape == kCircumflex || l.shape == kHorn;
    case 'u':
      return l.shape == 0 || l.shape == kHorn;
    case 'i':
    case 'y':
      return l.shape == 0;
    default:
      return false;
  }
}

bool matches_plain(const std::vector<Letter>& ls, size_t at, std::string_view s) {
  if (at + s.size() > ls.size()) return false;
  for (size_t i = 0; i < s.size(); ++i)
    if (ls[at + i].base != s[i] || ls[at + i].shape != 0) return false;
  return true;
}

bool parse_after_initial(const std::vector<Letter>& ls, size_t at) {
  size_t v = at;
  while (v < ls.size() && v - at < 3 && vowel_ok(ls[v])) ++v;
  if (v == at) return false;
  static constexpr std::array<std::string_view, 9> kFinals{"", "c", "ch", "m", "n", "ng", "nh", "p", "t"};
  for (auto f : kFinals)
    if (v + f.size() == ls.size() && matches_plain(ls, v, f)) return true;
  return false;
}

}  // namespace

bool has_non_ascii(std::string_view word) {
  for (unsigned char c : word)
    if (c >= 0x80) return true;
  return false;
}

bool is_vietnamese_syllable(std::string_view word) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return false;
  icu::UnicodeString s = nfd->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), static_cast<int32_t>(word.size()))), status);
  if (U_FAILURE(status) || s.length() == 0 || s.length() > 24) return false;
  std::vector<Letter> letters;
  int tones = 0;
  for (int32_t i = 0; i < s.length();) {
    const UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (is_tone(static_cast<char32_t>(c))) {
      if (letters.empty()) return false;
      ++tones;
      continue;
    }
    if (c == kCircumflex || c == kBreve || c == kHorn) {
      if (letters.empty() || letters.back().shape != 0) return false;
      letters.back().shape = static_cast<char32_t>(c);
      continue;
    }
    const UChar32 lower = u_tolower(c);
    if (lower == 0x0111) {
      letters.push_back({'D', 0});
    } else if (lower >= 'a' && lower <= 'z') {
      letters.push_back({static_cast<char>(lower), 0});
    } else {
      return false;
    }
  }
  if (tones > 1) return false;
  // ă is always the last vowel and closed by a consonant (ăn, ắt), never "ăê".
  for (size_t k = 0; k < letters.size(); ++k)
    if (letters[k].base == 'a' && letters[k].shape == kBreve && (k + 1 >= letters.size() || vowel_ok(letters[k + 1])))
      return false;
  for (const auto& l : letters)
    if (l.shape != 0 && !vowel_ok(l)) return false;
  static constexpr std::array<std::string_view, 28> kInitials{
      "ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu", "b", "c", "d",
      "D",   "g",  "h",  "k",  "l",  "m",  "n",  "p",  "r",  "s",  "t",  "v", "x", ""};
  for (auto ini : kInitials)
    if (matches_plain(letters, 0, ini) && parse_after_initial(letters, ini.size())) return true;
  return false;
}

}  // namespace vanban::import
