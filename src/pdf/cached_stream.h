// A stream's stored bytes made once and shared by every file that embeds it (font
// programs, ToUnicode maps, images, the ICC profile), with their digest, which stands
// in for the bytes in the file identifier (ObjectWriter::stream).
#pragma once
#include <string>

#include "pdf/digest.h"

namespace vanban::pdf {

struct CachedStream {
  std::string data;     // as stored: Flate-compressed
  size_t raw_size = 0;  // before compression
  Digest digest;

  static CachedStream compress(std::string_view raw);
};

}  // namespace vanban::pdf
