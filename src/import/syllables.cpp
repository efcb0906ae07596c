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
constexpr char32_t kGrave = 0x0300, kAcute = 0x0301, kTilde = 0x0303, kHook = 0x0309, kDot = 0x0323;

bool is_tone(char32_t c) { return c == kGrave || c == kAcute || c == kTilde || c == kHook || c == kDot; }

// One letter with its shape mark (â, ă, ơ, ư); tones are counted apart.
struct Letter {
  char base;  // a-z, or 'D' for đ
  char32_t shape;
};

bool is_vowel_base(char b) { return b == 'a' || b == 'e' || b == 'i' || b == 'o' || b == 'u' || b == 'y'; }

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

// A vowel as one character for the nucleus tables below: a ă â e ê i o ô ơ u ư y.
std::string vowel_text(const Letter& l) {
  if (l.shape == kBreve) return "ă";
  if (l.shape == kHorn) return l.base == 'o' ? "ơ" : "ư";
  if (l.shape == kCircumflex) return l.base == 'a' ? "â" : l.base == 'e' ? "ê" : "ô";
  return std::string(1, l.base);
}

// The vowel groups of Vietnamese spelling (tones aside), after the initial consonant
// (gi and qu included in it). A wrong decoding of a legacy encoding leaves groups such
// as "ei", "aâ", "ôo" or "iou" that no Vietnamese word has: the tables are what tells
// mojibake from text, so they are the groups the spelling allows, no more.
// Groups that end a syllable (no final consonant after them):
constexpr std::array<std::string_view, 50> kOpenGroups{
    "a",   "e",   "ê",   "i",   "o",   "ô",   "ơ",   "u",   "ư",   "y",   "ai",  "ao",  "au",  "ay",  "âu",  "ây", "eo",
    "êu",  "ia",  "iu",  "oi",  "ôi",  "ơi",  "ui",  "ưi",  "ưu",  "ua",  "ưa",  "uy",  "oa",  "oe",  "uê",  "uơ", "ya",
    "iêu", "yêu", "oai", "oay", "oeo", "uây", "uôi", "ươi", "ươu", "uya", "uyu", "oao", "uai", "uay", "uao", "uêu"};
// Groups that a final consonant closes (c, ch, m, n, ng, nh, p, t):
constexpr std::array<std::string_view, 23> kClosedGroups{"a",  "ă",  "â",  "e",   "ê",  "i",  "o",  "ô",
                                                         "ơ",  "u",  "ư",  "iê",  "yê", "oa", "oă", "oe",
                                                         "uâ", "uô", "ươ", "uyê", "uê", "oo", "uy"};

bool matches_plain(const std::vector<Letter>& ls, size_t at, std::string_view s) {
  if (at + s.size() > ls.size()) return false;
  for (size_t i = 0; i < s.size(); ++i)
    if (ls[at + i].base != s[i] || ls[at + i].shape != 0) return false;
  return true;
}

// c, g and ng never go before e, ê, i (y), gh and ngh only there: the spelling rule
// that makes "Céng" (legacy bytes shown as Latin-1) no Vietnamese. k is free: place
// names keep it before any vowel (Bắc Kạn, Kon Tum).
bool initial_fits(std::string_view initial, const Letter& first_vowel) {
  const bool front = first_vowel.base == 'e' || first_vowel.base == 'i' || first_vowel.base == 'y';
  if (initial == "gh" || initial == "ngh") return front;
  if (initial == "c") return !front;
  if (initial == "ng") return !front;
  if (initial == "g") return first_vowel.base != 'e';  // "gì" is g + ì
  return true;
}

bool parse_after_initial(const std::vector<Letter>& ls, std::string_view initial, char32_t tone) {
  const size_t at = initial.size();
  size_t v = at;
  while (v < ls.size() && v - at < 3 && vowel_ok(ls[v])) ++v;
  if (v == at || !initial_fits(initial, ls[at])) return false;
  std::string group;
  for (size_t k = at; k < v; ++k) group += vowel_text(ls[k]);
  // k closes ă in the Tây Nguyên place names written the Vietnamese way (Đắk Lắk).
  static constexpr std::array<std::string_view, 9> kFinals{"c", "ch", "m", "n", "ng", "nh", "p", "t", "k"};
  if (v == ls.size()) {
    for (auto g : kOpenGroups)
      if (g == group) return true;
    return false;
  }
  std::string_view final_consonant;
  for (auto f : kFinals)
    if (v + f.size() == ls.size() && matches_plain(ls, v, f)) final_consonant = f;
  if (final_consonant.empty() || (final_consonant == "k" && group != "ă")) return false;
  bool closed = false;
  for (auto g : kClosedGroups) closed = closed || g == group;
  if (!closed) return false;
  // ch and nh close only a, ê, i and y (anh, ếch, inh, uynh); "uy" takes no other final
  // than those and t, n.
  const Letter& last = ls[v - 1];
  if ((final_consonant == "ch" || final_consonant == "nh") &&
      !((last.base == 'a' && last.shape == 0) || (last.base == 'e' && last.shape == kCircumflex) || last.base == 'i' ||
        last.base == 'y'))
    return false;
  if (last.base == 'y' && group != "uy") return false;
  // A syllable closed by a stop (c, ch, p, t) has the sắc or the nặng tone, or none.
  const bool stop = final_consonant == "c" || final_consonant == "ch" || final_consonant == "p" ||
                    final_consonant == "t" || final_consonant == "k";
  return !stop || tone == 0 || tone == kAcute || tone == kDot;
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
  char32_t tone = 0;
  for (int32_t i = 0; i < s.length();) {
    const UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (is_tone(static_cast<char32_t>(c))) {
      // A tone sits on a vowel: "ñ" (n + tilde) is Spanish, not Vietnamese.
      if (letters.empty() || !is_vowel_base(letters.back().base)) return false;
      ++tones;
      tone = static_cast<char32_t>(c);
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
    if (matches_plain(letters, 0, ini) && parse_after_initial(letters, ini, tone)) return true;
  return false;
}

}  // namespace vanban::import
