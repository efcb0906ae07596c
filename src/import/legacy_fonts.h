// Legacy font encodings in office and PDF files. There a TCVN3 or VNI byte arrives as
// a Unicode character, the Windows-1252 image of the byte (or U+F0xx for a font of
// the symbol character set), tagged with the font that drew it. The font decides the
// code table: the families are data (templates/encodings/fonts.txt).
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "import/legacy_encodings.h"

namespace vanban::import {

struct LegacyFont {
  Encoding encoding = Encoding::Tcvn3;
  bool capitals = false;  // a capitals-only font (.VnTimeH): the text shows in upper case
};

// The legacy encoding of a font, or nullopt for a Unicode font (any font not listed).
std::optional<LegacyFont> legacy_font(std::string_view font_name);

// The byte a character of a legacy-font run stands for: itself below 0x100 (Latin-1
// and the C1 codes LibreOffice leaves for bytes Windows-1252 lacks), the Windows-1252
// byte of € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ, and the low byte of
// U+F020-U+F0FF (symbol-charset fonts); nullopt for any other character.
std::optional<unsigned char> legacy_byte(char32_t c);

// The text a run in `font` shows, as Unicode (NFC): every stretch of characters that
// stand for bytes is decoded with the font's table; a character that stands for no
// byte (real Unicode typed into a legacy-font run) is kept as it is. Capitals-only
// fonts give upper case (Vietnamese rules).
std::string decode_font_text(std::string_view utf8, const LegacyFont& font);

// "tcvn3", "tcvn3, capitals", "vni" … for reports.
std::string describe(const LegacyFont& font);

// What a reader decoded, for --report: one note a line (or run) and way of decoding.
struct DecodingNote {
  int line = 0;      // in the text handed to recognition, from 1
  std::string how;   // "font .VnTimeH: tcvn3, capitals", "detected vni (score 12 > 0)"
  std::string text;  // the decoded text, or its start
};

}  // namespace vanban::import
