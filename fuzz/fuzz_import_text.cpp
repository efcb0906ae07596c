// The legacy-text importer on untrusted bytes, through every decoding path: the first
// byte picks detection or one forced encoding, the rest is the file. Two properties
// are asserted on every input: the importer's output passes our own schema, and no
// source word is lost (api/import_accounting.h: each is printed, set aside or named in
// the report as dropped or repaired).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "api/import.h"
#include "api/import_accounting.h"

namespace {

// Inputs accounted for, told at exit: the figure behind "no word lost in N runs".
size_t accounted = 0;

void tell_count() { std::fprintf(stderr, "fuzz_import_text: %zu inputs accounted, no word lost\n", accounted); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const char* const kEncodings[] = {"", "utf-8", "utf-16le", "utf-16be", "windows-1258", "tcvn3", "vni"};
  static const bool registered = std::atexit(tell_count) == 0;
  (void)registered;
  if (size == 0) return 0;
  vanban::ImportOptions options;
  options.encoding = kEncodings[data[0] % (sizeof kEncodings / sizeof *kEncodings)];
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  const auto result = vanban::import_document(bytes, "fuzz.txt", options);
  // Anything the importer accepts, our own schema must accept: an Internal error is a bug.
  for (const auto& e : result.errors)
    if (e.code == vanban::ErrorCode::Internal) __builtin_trap();
  if (!result.errors.empty()) return 0;
  const vanban::WordAccount account = vanban::account_words(result.text, result);
  if (!account.ok()) {
    std::fprintf(stderr, "import lost words: %s\n", account.to_string().c_str());
    __builtin_trap();
  }
  ++accounted;
  return 0;
}
