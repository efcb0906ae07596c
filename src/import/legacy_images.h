// Legacy-font text that lost its font: a .txt that Word saved as Unicode from a
// .VnTime or VNI-Times document, text pasted from one, a PDF's text in a font with no
// name we know. Such text is valid UTF-8 whose characters are the Windows-1252 images
// of TCVN3, VNI … bytes ("Céng hßa x· héi chñ nghÜa", "UÛY BAN NHAÂN DAÂN"), or
// U+F0xx for symbol-charset fonts, often mixed with real Unicode on one line.
//
// It is found span by span: a span is a run of words whose every character stands for
// a byte (legacy_byte), between words that hold a character that does not ("ệ", "Đ").
// Only a text with a character that Vietnamese Unicode does not use (ß, µ, ¸, Ö,
// U+F0xx …) is searched, and only spans with a word that is no Vietnamese. Each is
// decoded with every candidate table (TCVN3, VNI, VISCII, VPS, Windows-1258) and
// replaced only when the decoding reads clearly more like Vietnamese (syllables.h):
// two words or more that were no Vietnamese become Vietnamese, and few decoded words
// are not. A span with a single such word is replaced only when clear spans of the
// same text found its table; the text's own table wins a tie. Unicode Vietnamese whose
// letters happen to be Latin-1 ("hòa và các") is Vietnamese already, so it never
// changes, nor do foreign words ("Café", "Müller"); where legacy text meets Unicode on
// one line, the Vietnamese-looking words at the edge stay Unicode. A text that is all
// legacy (hardly a word that is surely Unicode) is decoded whole, except where the
// decoding reads worse.
//
// Limit: a capitals-only TCVN3 font (.VnTimeH) drew lower-case codes as capitals; in
// text without the font nothing tells them apart, so they are decoded in lower case.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "import/legacy_fonts.h"

namespace vanban::import {

struct ImageDecoding {
  std::string text;                 // the input, each detected span decoded (NFC)
  std::vector<DecodingNote> notes;  // one a line and encoding, lines counted from 1
};

// Cheap test (one pass over the characters): does the text hold any character that a
// legacy image has and Vietnamese Unicode text does not (ß, µ, ¸, Ö, U+F0xx …)?
// Without one, decode_legacy_images has nothing to do.
bool may_hold_legacy_images(std::string_view utf8);

// `keep`: empty, or one flag a byte of `utf8`; a word holding a flagged byte (text
// already decoded by its font) is left as it is and ends a span.
ImageDecoding decode_legacy_images(std::string_view utf8, const std::vector<bool>& keep = {});

}  // namespace vanban::import
