// pdf_engine() for the vanban program: the typesetter and the PDF writer are loaded on
// the first PDF from vanban-typeset.so (engine/direct.cpp built with the typesetter
// and the writer), looked for beside the program (a build tree), then in the package's
// library folder relative to the program (VANBAN_PDF_MODULE_RELDIR), then at the path
// it was installed to (VANBAN_PDF_MODULE_DIR). Loaded once, never unloaded.
#include <dlfcn.h>

#include <string>

#include "core/module_path.h"
#include "render/pdf_engine.h"

namespace vanban {
namespace {

constexpr const char* kModule = "vanban-typeset.so";
#define VANBAN_STRINGIFY2(x) #x
#define VANBAN_STRINGIFY(x) VANBAN_STRINGIFY2(x)

struct Loaded {
  const PdfEngine* engine = nullptr;
  std::string why;
};

Loaded load_module() {
  std::string tried;
  std::string why;
  for (const std::string& candidate :
       module_candidates(kModule, VANBAN_PDF_MODULE_RELDIR, VANBAN_PDF_MODULE_DIR, tried)) {
    void* handle = ::dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
      const char* e = ::dlerror();
      why = "PDF writing is not available: " + std::string(e ? e : candidate + " does not load");
      continue;
    }
    using Entry = const PdfEngine* (*)();
    if (auto* entry = reinterpret_cast<Entry>(::dlsym(handle, VANBAN_STRINGIFY(VANBAN_PDF_ENGINE_SYMBOL))))
      return {entry(), {}};
    // Another build's module (a stale copy beside the program): the next place may hold ours.
    ::dlclose(handle);
    why = "PDF writing is not available: " + candidate + " is of another vanban build";
  }
  if (!why.empty()) return {nullptr, why};
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
