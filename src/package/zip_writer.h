// Deterministic zip packages (libzip), built in memory: fixed 1980 timestamps, entries
// in the order added, the first one optionally stored (ODF's "mimetype").
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace vanban::package {

struct Entry {
  std::string name;
  std::string data;
  bool stored = false;  // no compression (ODF mimetype)
};

// Returns the zip bytes; throws std::runtime_error if libzip fails.
std::string zip(const std::vector<Entry>& entries);

}  // namespace vanban::package
