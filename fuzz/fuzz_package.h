// For the fuzz targets that read packages: mutating a real zip mostly breaks its CRCs,
// so a target puts the fuzzer's bytes into one part of an otherwise valid package.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "package/zip_writer.h"

namespace vanban::fuzz {

// `entries` with `part` holding `data` (added when the defaults have no such part).
inline std::string package_with(std::vector<package::Entry> entries, std::string_view part, std::string_view data) {
  for (auto& e : entries)
    if (e.name == part) {
      e.data = std::string(data);
      return package::zip(entries);
    }
  entries.push_back({std::string(part), std::string(data)});
  return package::zip(entries);
}

// The first byte picks where the rest goes: 0 = the rest is the whole file, k = into
// parts[k - 1] of its package. `defaults(k)` gives that package's entries.
template <class Defaults>
std::string choose_input(const uint8_t* data, size_t size, const std::vector<std::string_view>& parts,
                         Defaults&& defaults) {
  const std::string_view rest(reinterpret_cast<const char*>(data + 1), size - 1);
  const size_t mode = data[0] % (parts.size() + 1);
  if (mode == 0) return std::string(rest);
  return package_with(defaults(mode - 1), parts[mode - 1], rest);
}

}  // namespace vanban::fuzz
