// Deflate compression with zlib, one stream per thread, format and level, reset and
// reused: deflateInit allocates about 260 KB, which costs more than compressing a small
// part (a zip's part, a PDF's content stream). The same input and level always give the
// same bytes.
#pragma once
#include <string>
#include <string_view>

namespace vanban {

enum class DeflateFormat {
  Raw,   // bare deflate data: a zip entry
  Zlib,  // with zlib's header and checksum: a PDF's FlateDecode stream
};

// Throws std::runtime_error only when zlib cannot allocate; `level` 1–9 (else 6).
std::string deflate(std::string_view data, int level, DeflateFormat format);

}  // namespace vanban
