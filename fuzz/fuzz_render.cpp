// The render path on untrusted XML: parse (libxml2, no DTD), schema validation, the
// rules, layout per Decree 30, and all three writers.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "api/vanban.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  const auto result =
      vanban::render(xml, "fuzz.xml", {vanban::Format::Docx, vanban::Format::Odt, vanban::Format::Text});
  // A document that passes the checks must produce every file.
  if (result.errors.empty() && (result.files.size() != 3 || result.files[0].empty() || result.files[1].empty()))
    __builtin_trap();
  // render() reports an exception inside it (a bug) as an Internal error: as much a
  // finding as the crash it would otherwise be.
  for (const auto& e : result.errors)
    if (e.code == vanban::ErrorCode::Internal) __builtin_trap();
  return 0;
}
