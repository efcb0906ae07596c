// A fast 128-bit digest of bytes (not cryptographic): the file identifier of the
// trailer and the subset tags of the fonts, both of which must follow from the content
// alone. Speed matters more than strength here: it runs over every file written.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace vanban::pdf {

class Digest {
 public:
  void add(std::string_view bytes);
  // 32 upper-case hex digits.
  std::string hex() const;
  uint64_t low() const;

 private:
  uint64_t a_ = 0x9E3779B97F4A7C15ull, b_ = 0xC2B2AE3D27D4EB4Full;
  uint64_t length_ = 0;
  unsigned char tail_[16] = {};
  unsigned tail_size_ = 0;
  void block(const unsigned char* p);
  void finish(uint64_t& a, uint64_t& b) const;
};

}  // namespace vanban::pdf
