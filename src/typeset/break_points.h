// Where a paragraph's text may break: ICU's line-break opportunities (UAX #14, locale
// "vi"), and the grapheme boundaries for emergency breaks inside a word wider than the
// line. Our own rules on top of them (break only after white space, never before a dash
// or a closing mark) are applied by the item builder (line_items.cpp).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace vanban::typeset {

// For each byte offset 0..text.size() of UTF-8 text, 1 where ICU's line break iterator
// allows a line to start (offset 0 and mandatory breaks included), else 0.
std::vector<uint8_t> line_opportunities(std::string_view utf8);

// The grapheme-cluster boundaries strictly inside [begin, end) of `utf8` (byte offsets).
std::vector<size_t> grapheme_boundaries(std::string_view utf8, size_t begin, size_t end);

// A character no line may start with: dashes (- – — and the other hyphens) and closing
// marks () ] } ” ’ » , . ; : ! ? % …). A break in front of one leaves it dangling.
bool never_starts_line(char32_t c);

}  // namespace vanban::typeset
