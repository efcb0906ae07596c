// Vietnamese text with ICU: normalisation, case mapping, whitespace.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace vanban::text {

// NFC, the form Decree 30 (TCVN 6909) text is exchanged in.
std::string nfc(std::string_view utf8);
// Upper case with Vietnamese rules (ICU "vi" locale): "Liên đoàn" → "LIÊN ĐOÀN".
std::string upper_vi(std::string_view utf8);
// Collapses runs of XML white space to one space and trims the ends: the input
// XML may be indented and wrapped freely without changing the document.
std::string collapse_space(std::string_view s);
// Drops code points XML 1.0 forbids (C0 controls other than tab/LF/CR, U+FFFE/FFFF,
// lone surrogates); the writers call it on every string at the boundary.
std::string xml_clean(std::string_view utf8);
// The words of `s`: the non-empty runs between ASCII spaces (views into `s`).
std::vector<std::string_view> words(std::string_view s);
// Trim ASCII spaces at both ends.
std::string_view trim(std::string_view s);

}  // namespace vanban::text
