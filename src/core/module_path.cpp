#include "core/module_path.h"

#include <unistd.h>

#include <climits>

namespace vanban {
namespace {

std::string program_dir() {
  char path[PATH_MAX];
  const ssize_t n = ::readlink("/proc/self/exe", path, sizeof path - 1);
  if (n <= 0) return {};
  const std::string exe(path, static_cast<size_t>(n));
  return exe.substr(0, exe.rfind('/'));
}

}  // namespace

std::vector<std::string> module_candidates(const std::string& name, const std::string& reldir,
                                           const std::string& installed_dir, std::string& tried) {
  const std::string dir = program_dir();
  std::vector<std::string> found;
  for (const std::string& candidate :
       {dir.empty() ? std::string() : dir + "/" + name, dir.empty() ? std::string() : dir + "/" + reldir + "/" + name,
        installed_dir + "/" + name}) {
    if (candidate.empty()) continue;
    if (::access(candidate.c_str(), F_OK) == 0)
      found.push_back(candidate);
    else
      tried += (tried.empty() ? "" : ", ") + candidate;
  }
  return found;
}

}  // namespace vanban
