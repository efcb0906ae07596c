// The vanban library: render a vanban XML document to DOCX, ODT, PDF or plain text.
// render and validate never throw: an exception inside (a bug) is reported as an
// Internal error naming the file (core/error.h).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/choices.h"
#include "core/error.h"

namespace vanban {

struct RenderResult {
  std::string bytes;  // the file, when errors is empty
  Errors errors;
  // Not failures: what the file cannot show ("plan.xml: warning: the font has no glyph
  // for ✓ (U+2713): it is left out of the PDF"), for the caller to pass on.
  std::vector<std::string> warnings;
};

// Reads, validates and lays out `xml` (named `file` in messages) and writes it.
// A PDF is typeset by vanban itself; `pdf` adds the signature and seal images (null: none).
RenderResult render(std::string_view xml, std::string_view file, Format format, const StyleChoice* style = nullptr,
                    const PdfChoice* pdf = nullptr);

struct MultiRenderResult {
  std::vector<std::string> files;  // one per requested format, in order, when errors is empty
  Errors errors;
  std::vector<std::string> warnings;  // as RenderResult::warnings
};
// Reads, validates and lays out once, then writes each format.
MultiRenderResult render(std::string_view xml, std::string_view file, const std::vector<Format>& formats,
                         const StyleChoice* style = nullptr, const PdfChoice* pdf = nullptr);
// Only reads and validates.
Errors validate(std::string_view xml, std::string_view file);

// The document kinds vanban knows (templates/kinds.xml), in their file order.
struct KindEntry {
  std::string id;    // "ke-hoach"
  std::string name;  // "Kế hoạch"
  std::string abbr;  // symbol abbreviation, "KH"; empty for công văn
};
std::vector<KindEntry> document_kinds();

// The built-in house styles (templates/styles/).
struct StyleEntry {
  std::string id;    // "nd30"
  std::string name;  // shown to users
};
std::vector<StyleEntry> house_styles();

// The font family vanban's PDFs are set in, as fontconfig finds it: "Times New Roman",
// or "Liberation Serif (Times New Roman is not installed)"; with an error when neither
// is installed.
std::string pdf_fonts(Errors& errors);

}  // namespace vanban
