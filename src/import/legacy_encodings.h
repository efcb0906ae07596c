// The encodings Vietnamese office files come in: Unicode, Windows-1258 (through ICU),
// and the font encodings of the 1990s, TCVN3 (ABC), VNI-Windows, VISCII and VPS, whose
// code tables are data (templates/encodings/, sources named there).
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace vanban::import {

enum class Encoding { Utf8, Utf16Le, Utf16Be, Windows1258, Tcvn3, Vni, Viscii, Vps };

// "utf-8", "utf-16le", "utf-16be", "windows-1258" (also cp1258), "tcvn3" (also abc),
// "vni" (also vni-windows), "viscii", "vps"; case-insensitive.
std::optional<Encoding> encoding_from_name(std::string_view name);
const char* encoding_name(Encoding e);

// Bytes → UTF-8 (not yet normalised). Invalid UTF-8 or UTF-16 becomes U+FFFD.
std::string decode_bytes(std::string_view bytes, Encoding e);
// UTF-8 → bytes, for building legacy test files; a character the encoding lacks
// becomes '?'. Windows-1258 is written as Vietnamese Windows writes it: base letter
// (â, ơ …) then the tone as a combining mark.
std::string encode_text(std::string_view utf8, Encoding e);

}  // namespace vanban::import
