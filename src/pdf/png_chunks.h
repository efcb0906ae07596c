// A PNG file's chunk structure, read before libpng sees it: whether the bytes are a
// PNG at all, where they end too early, the image's size (so that a huge one is
// refused before anything is allocated) and its resolution (pHYs, which libpng's
// simplified API does not report).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace vanban::pdf {

struct PngChunks {
  uint32_t width = 0, height = 0;  // from IHDR
  double dpi_x = 0, dpi_y = 0;     // from pHYs in pixels per metre; 0 when absent
  int bit_depth = 0;
  bool colour_space = false;  // a gAMA, sRGB or iCCP chunk says how samples encode
};

// false with `why` ("not a PNG file", "truncated at byte N (in the IDAT chunk)", "no
// IHDR chunk first", "no IEND chunk") when the structure is broken; the chunks'
// contents are libpng's to check.
bool read_png_chunks(std::string_view bytes, PngChunks& out, std::string* why);

}  // namespace vanban::pdf
