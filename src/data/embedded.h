// Files the library carries (schema, templates, font metrics), embedded at build time
// by cmake/embed.cmake so an installed library needs no data directory.
#pragma once
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::data {

struct EmbeddedFile {
  std::string_view path;  // relative to the source tree, e.g. "templates/kinds.xml"
  std::string_view bytes;
};

const std::vector<EmbeddedFile>& embedded_files();

// The bytes of an embedded file; throws std::out_of_range for an unknown path.
inline std::string_view embedded(std::string_view path) {
  for (const auto& f : embedded_files())
    if (f.path == path) return f.bytes;
  throw std::out_of_range("no embedded file " + std::string(path));
}

}  // namespace vanban::data
