#include "cli/io.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iterator>

#include "core/limits.h"
#include "package/atomic_file.h"

namespace vanban::cli {

namespace {

// Reads a stream to its end, stopping with an error past the input size limit.
std::optional<std::string> read_stream(std::FILE* f, Error& error) {
  std::string data;
  char buf[65536];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    data.append(buf, n);
    if (data.size() > limits::kMaxInputBytes) {
      error.code = ErrorCode::Limit;
      error.message = "input is larger than the " + std::to_string(limits::kMaxInputBytes >> 20) + " MiB limit";
      return std::nullopt;
    }
  }
  if (std::ferror(f)) {
    error.message = std::string("cannot read: ") + std::strerror(errno);
    return std::nullopt;
  }
  return data;
}

}  // namespace

std::optional<std::string> read_input(const std::string& path, Error& error) {
  error = {ErrorCode::Io, path, 0, 0, {}};
  if (path == "-") return read_stream(stdin, error);
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    error.message = std::string("cannot read: ") + std::strerror(errno);
    return std::nullopt;
  }
  if (S_ISREG(st.st_mode) && static_cast<size_t>(st.st_size) > limits::kMaxInputBytes) {
    error.code = ErrorCode::Limit;
    error.message = "input is " + std::to_string(st.st_size >> 20) + " MiB; the limit is " +
                    std::to_string(limits::kMaxInputBytes >> 20) + " MiB";
    return std::nullopt;
  }
  // Regular files, pipes (<(…), /dev/stdin) and character devices are read as streams;
  // anything else (a directory, a socket) is not a document.
  if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode) && !S_ISCHR(st.st_mode)) {
    error.message = S_ISDIR(st.st_mode) ? "cannot read: is a directory" : "cannot read: not a file";
    return std::nullopt;
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    error.message = std::string("cannot read: ") + std::strerror(errno);
    return std::nullopt;
  }
  auto data = read_stream(f, error);
  std::fclose(f);
  return data;
}

std::string write_output(const std::string& path, const std::string& bytes) {
  if (path == "-") {
    if (std::fwrite(bytes.data(), 1, bytes.size(), stdout) != bytes.size() || std::fflush(stdout) != 0)
      return "standard output: cannot write";
    return {};
  }
  return package::write_atomically(path, bytes);
}

bool style_choice(const std::string& name, std::optional<StyleChoice>& out, Error& error) {
  if (name.empty()) return true;
  out.emplace();
  if (name.find('/') != std::string::npos || name.ends_with(".xml")) {
    const auto xml = read_input(name, error);
    if (!xml) return false;
    out->xml = *xml;
    out->origin = name;
  } else {
    out->builtin = name;
  }
  return true;
}

}  // namespace vanban::cli
