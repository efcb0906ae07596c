// The tokens of PDF syntax the writer emits: numbers, names, strings. Every value that
// came from outside (titles, font names, coordinates) goes through these, so a stray
// byte or a NaN cannot break the file's syntax.
#pragma once
#include <string>
#include <string_view>

namespace vanban::pdf {

// A real with at most `decimals` digits after the point, trailing zeros dropped, no
// exponent, no "-0"; not-a-number and infinities are written as 0. Locale-free.
void append_number(std::string& out, double v, int decimals = 3);
std::string number(double v, int decimals = 3);

// "/Name" with the bytes outside the regular characters written as #xx.
std::string name(std::string_view bytes);

// A PDF text string (Info, outline titles, /Lang): a literal string when the text is
// printable ASCII, otherwise <FEFF…> in UTF-16BE. `utf8` should be sanitised first
// (see sanitize_text); invalid sequences become U+FFFD.
std::string text_string(std::string_view utf8);

// Valid UTF-8 without the control characters XML 1.0 forbids (kept: tab, LF, CR):
// what the Info dictionary and the XMP both carry, so that they stay equal. Cut at a
// character boundary to at most `max_bytes` (PDF/A bounds a string to 32,767 bytes;
// 4,000 UTF-8 bytes stay under it as UTF-16).
std::string sanitize_text(std::string_view utf8, size_t max_bytes = 4000);

// Decodes one code point at `i` and moves `i` past it; U+FFFD for a bad sequence
// (one byte consumed).
char32_t next_code_point(std::string_view utf8, size_t& i);

// Appends UTF-16BE of `c` as upper-case hex (4 or 8 digits).
void append_utf16_hex(std::string& out, char32_t c);

// Appends `v` (0…0xFFFF) as 4 upper-case hex digits.
void append_hex4(std::string& out, unsigned v);

}  // namespace vanban::pdf
