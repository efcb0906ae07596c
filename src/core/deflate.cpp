#include "core/deflate.h"

#include <zlib.h>

#include <array>
#include <memory>
#include <stdexcept>

namespace vanban {
namespace {

// Every zip part gets zlib's largest window: raw deflate's output does not depend on
// the window size
// while the part fits in the window (so it is the same as with a window fitted to each
// part, checked on every level for 3,000 parts of 0–33 KB), and a reset stream touches
// only the memory its part needs. (A stream for each window size gave each of a
// document's window sizes a hash table of its own: 80 of a render's 600 page faults.)
class Deflater {
 public:
  ~Deflater() {
    for (auto& s : streams_)
      if (s) deflateEnd(s.get());
  }
  std::string deflate_all(std::string_view data, int level, DeflateFormat format) {
    z_stream& z = stream(level, format);
    std::string out;
    out.resize(deflateBound(&z, static_cast<uLong>(data.size())));
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    const int rc = ::deflate(&z, Z_FINISH);
    if (rc != Z_STREAM_END) throw std::runtime_error("deflate failed");
    out.resize(z.total_out);
    deflateReset(&z);
    return out;
  }

 private:
  z_stream& stream(int level, DeflateFormat format) {
    if (level < 1 || level > 9) level = 6;
    const bool zlib = format == DeflateFormat::Zlib;
    auto& s = streams_[static_cast<size_t>(level) + (zlib ? 10 : 0)];
    if (!s) {
      s = std::make_unique<z_stream>();
      // A zlib stream with compress2's parameters, so its bytes are compress2's.
      if (deflateInit2(s.get(), level, Z_DEFLATED, zlib ? 15 : -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        s.reset();
        throw std::runtime_error("cannot initialise zlib");
      }
    }
    return *s;
  }
  std::array<std::unique_ptr<z_stream>, 20> streams_;  // by level, raw then zlib
};

}  // namespace

std::string deflate(std::string_view data, int level, DeflateFormat format) {
  thread_local Deflater deflater;
  return deflater.deflate_all(data, level, format);
}

}  // namespace vanban
