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

// Calls f(line) for each line of an embedded data file that is neither empty nor a
// comment ('#' first): the shape of every table in templates/.
template <class F>
void each_data_line(std::string_view path, F&& f) {
  const std::string_view data = embedded(path);
  size_t pos = 0;
  while (pos < data.size()) {
    size_t eol = data.find('\n', pos);
    if (eol == std::string_view::npos) eol = data.size();
    const std::string_view line = data.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line[0] != '#') f(line);
  }
}

}  // namespace vanban::data
