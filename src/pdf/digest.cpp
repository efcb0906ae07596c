#include "pdf/digest.h"

#include <cstring>

namespace vanban::pdf {
namespace {

uint64_t load64(const unsigned char* p) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | p[i];  // little-endian on every host
  return v;
}

uint64_t rotl(uint64_t v, int r) { return (v << r) | (v >> (64 - r)); }

// SplitMix64's finaliser: every input bit reaches every output bit.
uint64_t mix(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

}  // namespace

// Two independent multiply-rotate lanes over 16-byte blocks.
void Digest::block(const unsigned char* p) {
  a_ = rotl((a_ ^ load64(p)) * 0x87C37B91114253D5ull, 31) * 0x4CF5AD432745937Full;
  b_ = rotl((b_ ^ load64(p + 8)) * 0x4CF5AD432745937Full, 33) * 0x87C37B91114253D5ull;
}

void Digest::add(std::string_view bytes) {
  auto p = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t n = bytes.size();
  length_ += n;
  if (tail_size_ > 0) {
    const size_t take = n < 16 - tail_size_ ? n : 16 - tail_size_;
    std::memcpy(tail_ + tail_size_, p, take);
    tail_size_ += static_cast<unsigned>(take);
    p += take;
    n -= take;
    if (tail_size_ < 16) return;
    block(tail_);
    tail_size_ = 0;
  }
  for (; n >= 16; p += 16, n -= 16) block(p);
  std::memcpy(tail_, p, n);
  tail_size_ = static_cast<unsigned>(n);
}

void Digest::finish(uint64_t& a, uint64_t& b) const {
  unsigned char last[16] = {};
  std::memcpy(last, tail_, tail_size_);
  a = a_ ^ load64(last) ^ length_;
  b = b_ ^ load64(last + 8) ^ (length_ * 0x9E3779B97F4A7C15ull);
  a = mix(a + b);
  b = mix(b ^ a);
}

std::string Digest::hex() const {
  uint64_t a = 0, b = 0;
  finish(a, b);
  constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (uint64_t v : {a, b})
    for (int s = 60; s >= 0; s -= 4) out += kHex[(v >> s) & 15];
  return out;
}

uint64_t Digest::low() const {
  uint64_t a = 0, b = 0;
  finish(a, b);
  return b;
}

}  // namespace vanban::pdf
