// open_pdf for the vanban program: poppler is loaded on the first PDF, from the module
// vanban-pdf.so (poppler_reader.cpp built alone), looked for beside the program (a
// build tree), then in the package's library folder relative to the program (an
// installed, possibly moved, tree: VANBAN_PDF_MODULE_RELDIR), then at the path it was
// installed to (VANBAN_PDF_MODULE_DIR). Loaded once, never unloaded.
#include <dlfcn.h>

#include <string>

#include "core/module_path.h"
#include "import/pdf/pdf_reader.h"

namespace vanban::import {
namespace {

constexpr const char* kModule = "vanban-pdf.so";

struct Loaded {
  PdfOpenEntry open = nullptr;
  std::string why;  // when open is null
};

Loaded load_module() {
  std::string tried;
  const auto candidates = module_candidates(kModule, VANBAN_PDF_MODULE_RELDIR, VANBAN_PDF_MODULE_DIR, tried);
  for (const std::string& candidate : candidates) {
    void* handle = ::dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
      const char* e = ::dlerror();
      return {nullptr, "PDF reading is not available: " + std::string(e ? e : candidate + " does not load")};
    }
    if (auto* entry = reinterpret_cast<PdfOpenEntry>(::dlsym(handle, VANBAN_PDF_READER_ENTRY))) return {entry, {}};
    return {nullptr, "PDF reading is not available: " + candidate + " is of another vanban version"};
  }
  return {nullptr, "PDF reading is not installed: " + std::string(kModule) + " (vanban's PDF reader, built with " +
                       "poppler) was not found (looked for " + tried + ")"};
}

}  // namespace

std::unique_ptr<PdfDocument> open_pdf(std::string_view bytes, PdfOpenStatus& status, std::string& why) {
  static const Loaded loaded = load_module();
  if (!loaded.open) {
    status = PdfOpenStatus::NoReader;
    why = loaded.why;
    return nullptr;
  }
  return std::unique_ptr<PdfDocument>(loaded.open(bytes.data(), bytes.size(), &status));
}

}  // namespace vanban::import
