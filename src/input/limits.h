// Input limits, named so the README and the tests can refer to them.
#pragma once
#include <cstddef>

namespace vanban::limits {

inline constexpr std::size_t kMaxInputBytes = 32u << 20;  // one document's XML: 32 MiB
inline constexpr int kMaxNesting = 32;                    // sections, items, articles inside each other
inline constexpr int kMaxColumns = 64;                    // wider tables cannot be printed on A4 anyway
// A legacy document to import: its XML (indented, escaped, with set-aside text) stays
// well under kMaxInputBytes, so the result can always be rendered.
inline constexpr std::size_t kMaxImportBytes = 8u << 20;

}  // namespace vanban::limits
