// Output that is never half-written: data goes to a temporary file beside the target,
// is flushed to disk, and is renamed over the target only when complete.
#pragma once
#include <string>
#include <string_view>

namespace vanban::package {

// Returns "" on success, else a message naming the path and the system error.
std::string write_atomically(const std::string& path, std::string_view data);

}  // namespace vanban::package
