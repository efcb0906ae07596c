#include "pdf/cached_stream.h"

#include "pdf/deflate.h"

namespace vanban::pdf {

CachedStream CachedStream::compress(std::string_view raw) {
  CachedStream s;
  s.data = deflate(raw);
  s.raw_size = raw.size();
  s.digest.add(s.data);
  return s;
}

}  // namespace vanban::pdf
