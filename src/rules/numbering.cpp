#include "rules/numbering.h"
#include "text/numerals.h"

#include <array>
#include <string_view>

namespace vanban::rules {

std::string roman(int n) { return text::roman(n); }

std::string vietnamese_letter(int n) {
  // Decree 30 letters points "theo thứ tự bảng chữ cái tiếng Việt": no f, j, w, z; đ after d.
  static constexpr std::array<std::string_view, 23> kLetters{"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
                                                             "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"};
  std::string out;
  // Past y: aa, ab … (never reached by real documents, but never undefined either).
  while (n > 0) {
    --n;
    out.insert(0, kLetters[static_cast<size_t>(n) % kLetters.size()]);
    n /= static_cast<int>(kLetters.size());
  }
  return out;
}

std::string section_label(int depth, int n) {
  if (depth == 1) return roman(n) + ".";
  if (depth % 2 == 0) return std::to_string(n) + ".";
  return vietnamese_letter(n) + ")";
}

std::string item_mark(int depth) { return depth == 2 ? "+" : "-"; }

}  // namespace vanban::rules
