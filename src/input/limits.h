// Input limits, named so the README and the tests can refer to them.
#pragma once
#include <cstddef>

namespace vanban::limits {

inline constexpr std::size_t kMaxInputBytes = 32u << 20;  // one document's XML: 32 MiB
inline constexpr int kMaxNesting = 32;                    // sections, items, articles inside each other

}  // namespace vanban::limits
