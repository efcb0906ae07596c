#include "cli/io.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>

#include "input/limits.h"
#include "package/atomic_file.h"

namespace vanban::cli {

std::optional<std::string> read_input(const std::string& path, Error& error) {
  error = {ErrorCode::Io, path, 0, 0, {}};
  std::string data;
  if (path == "-") {
    char buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) {
      data.append(buf, n);
      if (data.size() > limits::kMaxInputBytes) {
        error.code = ErrorCode::Limit;
        error.message = "input is larger than the " + std::to_string(limits::kMaxInputBytes >> 20) + " MiB limit";
        return std::nullopt;
      }
    }
    return data;
  }
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    error.message = std::string("cannot read: ") + std::strerror(errno);
    return std::nullopt;
  }
  if (!S_ISREG(st.st_mode)) {
    error.message = "cannot read: not a regular file";
    return std::nullopt;
  }
  if (static_cast<size_t>(st.st_size) > limits::kMaxInputBytes) {
    error.code = ErrorCode::Limit;
    error.message = "input is " + std::to_string(st.st_size >> 20) + " MiB; the limit is " +
                    std::to_string(limits::kMaxInputBytes >> 20) + " MiB";
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error.message = std::string("cannot read: ") + std::strerror(errno);
    return std::nullopt;
  }
  data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
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

}  // namespace vanban::cli
