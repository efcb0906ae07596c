// pdf_engine() for the vanban program: the typesetter and the PDF writer are loaded on
// the first PDF from vanban-typeset.so (engine/direct.cpp built with the typesetter
// and the writer), looked for beside the program (a build tree), then in the package's
// library folder relative to the program (VANBAN_PDF_MODULE_RELDIR), then at the path
// it was installed to (VANBAN_PDF_MODULE_DIR). Loaded once, never unloaded.
#include <dlfcn.h>
#include <unistd.h>

#include <climits>
#include <string>

#include "render/pdf_engine.h"

namespace vanban {
namespace {

constexpr const char* kModule = "vanban-typeset.so";
#define VANBAN_STRINGIFY2(x) #x
#define VANBAN_STRINGIFY(x) VANBAN_STRINGIFY2(x)

std::string program_dir() {
  char path[PATH_MAX];
  const ssize_t n = ::readlink("/proc/self/exe", path, sizeof path - 1);
  if (n <= 0) return {};
  const std::string exe(path, static_cast<size_t>(n));
  return exe.substr(0, exe.rfind('/'));
}

struct Loaded {
  const PdfEngine* engine = nullptr;
  std::string why;
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
      return {nullptr, "PDF writing is not available: " + std::string(e ? e : candidate + " does not load")};
    }
    using Entry = const PdfEngine* (*)();
    if (auto* entry = reinterpret_cast<Entry>(::dlsym(handle, VANBAN_STRINGIFY(VANBAN_PDF_ENGINE_SYMBOL))))
      return {entry(), {}};
    return {nullptr, "PDF writing is not available: " + candidate + " is of another vanban build"};
  }
  return {nullptr, "PDF writing is not installed: " + std::string(kModule) + " (vanban's typesetter) was not found " +
                       "(looked for " + tried + ")"};
}

}  // namespace

const PdfEngine* pdf_engine(std::string* why) {
  static const Loaded loaded = load_module();
  if (!loaded.engine && why) *why = loaded.why;
  return loaded.engine;
}

}  // namespace vanban
