#include "on_demand.h"

#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>
#include <unordered_map>

namespace vanban::cli::ondemand {

void* symbol(const char* soname, const char* name) {
  static std::mutex mutex;
  static std::unordered_map<std::string, void*> libraries;
  void* library;
  {
    std::lock_guard lock(mutex);
    void*& handle = libraries[soname];
    if (!handle) handle = ::dlopen(soname, RTLD_NOW | RTLD_LOCAL);  // never closed
    if (!handle) {
      const char* e = ::dlerror();
      std::fprintf(stderr, "vanban: error while loading shared libraries: %s\n", e ? e : soname);
      std::_Exit(127);
    }
    library = handle;
  }
  void* f = ::dlsym(library, name);
  if (!f) {
    std::fprintf(stderr, "vanban: symbol lookup error: %s: undefined symbol: %s\n", soname, name);
    std::_Exit(127);
  }
  return f;
}

}  // namespace vanban::cli::ondemand
