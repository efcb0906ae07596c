// What a caller chooses for a render: the output format and the house style. Plain
// values shared by the public API, the render pipeline and merge, so they sit at the bottom.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace vanban {

enum class Format { Docx, Odt, Text, Pdf };

// "docx", "odt", "txt", "pdf" (or a path ending so) → format.
std::optional<Format> format_from_name(std::string_view name);
const char* format_extension(Format f);

// A house style chosen by the caller instead of the document's style attribute: a
// built-in id ("nd30", "nd30-13pt", "cong-doan"), or the XML of a style file in the
// form of templates/styles/*.xml (its values are checked against Decree 30's ranges).
struct StyleChoice {
  std::string builtin;
  std::string xml;
  std::string origin;  // names the style file in messages
};

// Real seals are 20 to 50 mm across (Decree 99/2016 on seals); with a margin, the
// diameters (mm) a caller may ask for and a PNG's resolution may give.
constexpr double kMinSealDiameter = 10, kMaxSealDiameter = 80;

// What a PDF carries beyond the document (Decree 30, Appendix I, Part II).
struct PdfChoice {
  std::string signature_png;     // the signer's signature image (PNG bytes), or empty
  std::string signature_origin;  // names it in messages
  std::string seal_png;          // the organisation's seal image (PNG bytes), or empty
  std::string seal_origin;
  // The seal's real diameter in mm; 0 = from the image's resolution (pHYs), else 35 mm.
  double seal_diameter = 0;
  bool signature_field = true;  // an empty signature field over the signature room
  // "2026-12-01T08:30:00+07:00": written as the file's dates; empty: no dates, so the
  // same document always gives the same bytes.
  std::string date;
};

}  // namespace vanban
