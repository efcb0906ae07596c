// Untrusted XML all the way to PDF: parse, validate, lay out, typeset (fonts, lines,
// pages, footnotes, tables) and write the PDF.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "api/vanban.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  const auto result = vanban::render(xml, "fuzz.xml", vanban::Format::Pdf);
  // A document that passes the checks must give a whole PDF file.
  if (result.errors.empty() &&
      (!result.bytes.starts_with("%PDF-1.7") || result.bytes.find("%%EOF") == std::string::npos))
    __builtin_trap();
  for (const auto& e : result.errors)
    if (e.code == vanban::ErrorCode::Internal) __builtin_trap();
  return 0;
}
