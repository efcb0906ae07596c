// File and stream helpers for the command line.
#pragma once
#include <optional>
#include <string>

#include "api/error.h"

namespace vanban::cli {

// Reads a whole file ("-" = standard input), refusing inputs over the size limit.
std::optional<std::string> read_input(const std::string& path, Error& error);
// Writes atomically to `path` ("-" = standard output); "" on success, else a message.
std::string write_output(const std::string& path, const std::string& bytes);

}  // namespace vanban::cli
