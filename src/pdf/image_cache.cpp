#include "pdf/image_cache.h"

#include <algorithm>
#include <list>
#include <mutex>
#include <vector>

namespace vanban::pdf {
namespace {

// A signature and a seal, a few times over; the least recently used go first. The
// samples are kept to compare with, so their total is bounded too (a 1,000 × 500 RGBA
// signature is 2 MB).
constexpr size_t kMaxImages = 8;
constexpr size_t kMaxCachedBytes = 64u << 20;

size_t samples(const Image& i) { return i.rgb.size() + i.alpha.size(); }

struct Entry {
  int width = 0, height = 0;
  std::string rgb, alpha;
  ImageStreams streams;
};

bool same(const Entry& e, const Image& i) {
  return e.width == i.width && e.height == i.height && e.rgb == i.rgb && e.alpha == i.alpha;
}

}  // namespace

std::optional<ImageStreams> image_streams(const Image& image) {
  if (image.width <= 0 || image.height <= 0) return std::nullopt;
  const size_t pixels = static_cast<size_t>(image.width) * static_cast<size_t>(image.height);
  if (image.rgb.size() != pixels * 3 || (!image.alpha.empty() && image.alpha.size() != pixels)) return std::nullopt;

  static std::mutex mu;
  static std::list<std::shared_ptr<const Entry>> cache;  // most recently used first
  static size_t cached_bytes = 0;
  // The pixels are compared outside the lock: two threads writing letters with the same
  // signature do not wait for each other's comparison.
  std::vector<std::shared_ptr<const Entry>> entries;
  {
    std::lock_guard lock(mu);
    entries.assign(cache.begin(), cache.end());
  }
  for (const auto& e : entries) {
    if (!same(*e, image)) continue;
    std::lock_guard lock(mu);
    const auto it = std::find(cache.begin(), cache.end(), e);
    if (it != cache.end()) cache.splice(cache.begin(), cache, it);
    return e->streams;
  }
  ImageStreams s;
  s.rgb = std::make_shared<const CachedStream>(CachedStream::compress(image.rgb));
  if (!image.alpha.empty()) s.alpha = std::make_shared<const CachedStream>(CachedStream::compress(image.alpha));
  if (samples(image) <= kMaxCachedBytes / 2) {
    auto entry = std::make_shared<const Entry>(Entry{image.width, image.height, image.rgb, image.alpha, s});
    std::lock_guard lock(mu);
    cache.push_front(std::move(entry));
    cached_bytes += samples(image);
    while (cache.size() > kMaxImages || cached_bytes > kMaxCachedBytes) {
      cached_bytes -= cache.back()->rgb.size() + cache.back()->alpha.size();
      cache.pop_back();
    }
  }
  return s;
}

}  // namespace vanban::pdf
