// The values of ODF attributes the ODT reader resolves: lengths, percentages, colours,
// borders, font-family lists and style names. Every parser returns nullopt for a value
// it cannot read ("abc", "-5cm" where a length cannot be negative, "1e309pt"), so a
// bad value is ignored as LibreOffice ignores it, never trusted.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace vanban::office::odt {

// A length in mm: "2cm", "20mm", "0.5in", "12pt", "1pc", "96px" (ODF's units). Signed
// only when `negative_ok` (a hanging indent); never beyond 10 m either way.
std::optional<double> length_mm(std::string_view s, bool negative_ok = false);
// The same length in pt.
std::optional<double> length_pt(std::string_view s, bool negative_ok = false);
// "150%" → 150 (positive, at most 10000).
std::optional<double> percent(std::string_view s);
// "#1a2b3c" → "1A2B3C"; nullopt for anything else (none, transparent, a name).
std::optional<std::string> color(std::string_view s);
// The width of a border ("0.5pt solid #000000", "thin solid", "none") in pt: 0 for
// none or hidden; nullopt when no width can be read.
std::optional<double> border_pt(std::string_view s);
// "'Times New Roman', serif" → Times New Roman: the first family, unquoted.
std::string first_family(std::string_view list);
// A style name as LibreOffice shows it when no style:display-name says: ODF's encoded
// characters decoded ("Heading_20_1" → "Heading 1").
std::string decoded_name(std::string_view name);

}  // namespace vanban::office::odt
