#include "package/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace vanban::package {
namespace {

// The process umask, read once: reading it means setting it, which must not race with
// other threads writing files.
mode_t process_umask() {
  static const mode_t mask = [] {
    const mode_t m = ::umask(0);
    ::umask(m);
    return m;
  }();
  return mask;
}

}  // namespace

std::string write_atomically(const std::string& path, std::string_view data, bool sync) {
  // mkstemp in the target's directory: rename(2) is atomic only within one file system.
  std::vector<char> tmpl(path.begin(), path.end());
  const std::string suffix = ".vanban-XXXXXX";
  tmpl.insert(tmpl.end(), suffix.begin(), suffix.end());
  tmpl.push_back('\0');
  const int fd = mkstemp(tmpl.data());
  if (fd < 0) return path + ": cannot create a temporary file: " + std::strerror(errno);
  const std::string tmp(tmpl.data());
  size_t done = 0;
  while (done < data.size()) {
    const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      const std::string why = std::strerror(errno);
      ::close(fd);
      ::unlink(tmp.c_str());
      return path + ": cannot write: " + why;
    }
    done += static_cast<size_t>(n);
  }
  // Files made by mkstemp are 0600; an output document should get the usual mode.
  ::fchmod(fd, 0666 & ~process_umask());
  if ((sync && ::fsync(fd) != 0) || ::close(fd) != 0) {
    const std::string why = std::strerror(errno);
    ::unlink(tmp.c_str());
    return path + ": cannot write: " + why;
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    ::unlink(tmp.c_str());
    return path + ": cannot rename the temporary file into place: " + why;
  }
  return {};
}

std::string sync_directory(const std::string& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return dir + ": cannot open: " + std::strerror(errno);
  const bool ok = ::syncfs(fd) == 0 && ::fsync(fd) == 0;
  const std::string why = ok ? "" : std::strerror(errno);
  ::close(fd);
  return ok ? "" : dir + ": cannot sync: " + why;
}

}  // namespace vanban::package
