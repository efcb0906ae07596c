// open_pdf for the vanban program: poppler is loaded on the first PDF, from the module
// vanban-pdf.so (poppler_reader.cpp built alone), looked for beside the program (a
// build tree), then in the package's library folder relative to the program (an
// installed, possibly moved, tree: VANBAN_PDF_MODULE_RELDIR), then at the path it was
// installed to (VANBAN_PDF_MODULE_DIR). Loaded once, never unloaded.
#include <dlfcn.h>
#include <unistd.h>

#include <climits>
#include <string>

#include "import/pdf/pdf_reader.h"

namespace vanban::import {
namespace {

constexpr const char* kModule = "vanban-pdf.so";

std::string program_dir() {
  char path[PATH_MAX];
  const ssize_t n = ::readlink("/proc/self/exe", path, sizeof path - 1);
  if (n <= 0) return {};
  const std::string exe(path, static_cast<size_t>(n));
  return exe.substr(0, exe.rfind('/'));
}

struct Loaded {
  PdfOpenEntry open = nullptr;
  std::string why;  // when open is null
};

Loaded load_module() {
  const std::string dir = program_dir();
  std::string tried;
  for (const std::string& candidate : {dir.empty() ? std::string() : dir + "/" + kModule,
                                       dir.empty() ? std::string() : dir + "/" VANBAN_PDF_MODULE_RELDIR "/" + kModule,
                                       std::string(VANBAN_PDF_MODULE_DIR "/") + kModule}) {
    if (candidate.empty() || ::access(candidate.c_str(), F_OK) != 0) {
      if (!candidate.empty()) tried += (tried.empty() ? "" : ", ") + candidate;
      continue;
    }
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
