#include "pdf/srgb_profile.h"

namespace vanban::pdf {
namespace {

constexpr unsigned char kProfile[] = {
#include "srgb_icc.inc"
};

}  // namespace

const CachedStream& srgb_profile() {
  static const CachedStream s =
      CachedStream::compress(std::string_view(reinterpret_cast<const char*>(kProfile), sizeof kProfile));
  return s;
}

}  // namespace vanban::pdf
