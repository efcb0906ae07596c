// The legacy-text importer on untrusted bytes, through every decoding path: the first
// byte picks detection or one forced encoding, the rest is the file.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "api/import.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const char* const kEncodings[] = {"", "utf-8", "utf-16le", "utf-16be", "windows-1258", "tcvn3", "vni"};
  if (size == 0) return 0;
  vanban::ImportOptions options;
  options.encoding = kEncodings[data[0] % (sizeof kEncodings / sizeof *kEncodings)];
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  const auto result = vanban::import_document(bytes, "fuzz.txt", options);
  // Anything the importer accepts, our own schema must accept: an Internal error is a bug.
  for (const auto& e : result.errors)
    if (e.code == vanban::ErrorCode::Internal) __builtin_trap();
  return 0;
}
