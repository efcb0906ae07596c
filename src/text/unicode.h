// Vietnamese text with ICU: normalisation, case mapping, whitespace.
#pragma once
#include <unicode/utf8.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::text {

// NFC, the form Decree 30 (TCVN 6909) text is exchanged in.
std::string nfc(std::string_view utf8);
// Upper case with Vietnamese rules (ICU "vi" locale): "Liên đoàn" → "LIÊN ĐOÀN".
std::string upper_vi(std::string_view utf8);
// Case folded (ICU full folding), for comparing names case-insensitively.
std::string fold_case(std::string_view utf8);
// Collapses runs of XML white space to one space and trims the ends: the input
// XML may be indented and wrapped freely without changing the document.
std::string collapse_space(std::string_view s);
// True for the code points XML 1.0 allows (tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD,
// U+10000–U+10FFFF); the XML writer drops every other one at the boundary.
constexpr bool is_xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}
// The words of `s`: the non-empty runs between ASCII spaces (views into `s`).
std::vector<std::string_view> words(std::string_view s);
// True when `s` is well-formed UTF-8 (no stray, overlong or surrogate sequences).
bool valid_utf8(std::string_view s);
// Text every byte of which can go into XML: ill-formed UTF-8 becomes U+FFFD and
// characters XML does not allow (NUL, other controls, U+FFFE/U+FFFF) become spaces.
std::string xml_safe(std::string_view s);
// Untrusted text made safe to quote in a message: bytes that are not UTF-8 and control
// characters become U+FFFD, and it is cut to `max_chars` characters (with "…").
std::string printable(std::string_view s, size_t max_chars = 80);
// Calls f(code point, its bytes) for each character of UTF-8 text, in order, until f
// returns false; an ill-formed sequence comes as a negative code point with the bytes
// that were skipped.
template <class F>
void each_code_point(std::string_view s, F&& f) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  while (i < n) {
    const int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(s.data(), i, n, c);
    if (!f(c, s.substr(static_cast<size_t>(start), static_cast<size_t>(i - start)))) return;
  }
}
// Trim ASCII spaces at both ends.
std::string_view trim(std::string_view s);

}  // namespace vanban::text
