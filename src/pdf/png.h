// PNG images for the PDF (the signature and the seal), read with libpng.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace vanban::pdf {

struct Image {
  int width = 0, height = 0;    // pixels
  std::string rgb;              // 8-bit RGB, width*height*3 bytes
  std::string alpha;            // 8-bit alpha, width*height bytes; empty when opaque
  double dpi_x = 0, dpi_y = 0;  // from the pHYs chunk; 0 when the file does not say
};

// nullopt with `why` ("not a PNG file", "truncated at …", "too large: …") for bad
// bytes. Any bit depth and colour type is converted to 8-bit RGB(+A). Images over
// 10,000 × 10,000 pixels are refused.
std::optional<Image> read_png(std::string_view bytes, std::string* why);

}  // namespace vanban::pdf
