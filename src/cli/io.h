// File and stream helpers for the command line.
#pragma once
#include <optional>
#include <string>

#include "api/vanban.h"
#include "core/error.h"

namespace vanban::cli {

// Reads a whole file ("-" = standard input), refusing inputs over the size limit.
std::optional<std::string> read_input(const std::string& path, Error& error);
// Writes atomically to `path` ("-" = standard output); "" on success, else a message.
std::string write_output(const std::string& path, const std::string& bytes);

// --style NAME: a built-in style, or a style file when the value has a path separator
// or ends in .xml. Leaves `out` empty for an empty name; false with `error` when the
// file cannot be read.
bool style_choice(const std::string& name, std::optional<StyleChoice>& out, Error& error);

}  // namespace vanban::cli
