// The PDF importer on untrusted bytes: poppler parses them (it is not instrumented, so
// the fuzzer steers by our code), then the layout of its words, the font decoding and
// the search for legacy bytes run on whatever it found. Inputs without a PDF header
// get one, so that every input takes the PDF path.
#include <cstddef>
#include <cstdint>
#include <string>

#include "api/import.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (bytes.substr(0, 1024).find("%PDF-1.") == std::string::npos) bytes.insert(0, "%PDF-1.4\n");
  const auto result = vanban::import_document(bytes, "fuzz.pdf");
  // Anything the importer accepts, our own schema must accept: an Internal error is a bug.
  for (const auto& e : result.errors)
    if (e.code == vanban::ErrorCode::Internal) __builtin_trap();
  return 0;
}
