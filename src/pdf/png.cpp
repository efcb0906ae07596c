#include "pdf/png.h"

#include <png.h>
#include <zlib.h>

#include <cstring>

#include "pdf/png_chunks.h"

namespace vanban::pdf {
namespace {

constexpr uint32_t kMaxSide = 10000;

// libpng's simplified API takes 16-bit samples without a gAMA, sRGB or iCCP chunk for
// linear light, and would lighten them (0x8080 → 186), while viewers show such files
// as sRGB like 8-bit ones. An sRGB chunk after IHDR (signature 8 + IHDR 25 bytes)
// makes libpng read them as viewers do.
std::string with_srgb_chunk(std::string_view bytes) {
  static const std::string chunk = [] {
    const std::string body("sRGB\0", 5);  // rendering intent 0, perceptual
    const auto crc = static_cast<uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(body.data()), 5));
    return std::string("\0\0\0\1", 4) + body + static_cast<char>(crc >> 24) + static_cast<char>(crc >> 16) +
           static_cast<char>(crc >> 8) + static_cast<char>(crc);
  }();
  std::string out(bytes.substr(0, 33));
  out += chunk;
  out += bytes.substr(33);
  return out;
}

}  // namespace

std::optional<Image> read_png(std::string_view bytes, std::string* why) {
  PngChunks chunks;
  if (!read_png_chunks(bytes, chunks, why)) return std::nullopt;
  if (chunks.width == 0 || chunks.height == 0) {
    if (why) *why = "bad PNG: an image without pixels";
    return std::nullopt;
  }
  if (chunks.width > kMaxSide || chunks.height > kMaxSide) {
    if (why)
      *why = "too large: " + std::to_string(chunks.width) + " × " + std::to_string(chunks.height) +
             " pixels (at most " + std::to_string(kMaxSide) + " × " + std::to_string(kMaxSide) + ")";
    return std::nullopt;
  }
  // libpng's simplified API: it converts every bit depth and colour type (palette,
  // grey, 16-bit, tRNS) to 8-bit sRGB with alpha, and catches its own errors (its
  // longjmp never crosses a C++ frame).
  std::string patched;
  if (chunks.bit_depth == 16 && !chunks.colour_space) {
    patched = with_srgb_chunk(bytes);
    bytes = patched;
  }
  png_image image;
  std::memset(&image, 0, sizeof image);
  image.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_memory(&image, bytes.data(), bytes.size())) {
    if (why) *why = std::string("bad PNG: ") + image.message;
    return std::nullopt;
  }
  if (image.width != chunks.width || image.height != chunks.height) {
    png_image_free(&image);
    if (why) *why = "bad PNG: the header disagrees with itself";
    return std::nullopt;
  }
  image.format = PNG_FORMAT_RGBA;
  const size_t pixels = static_cast<size_t>(image.width) * image.height;
  std::string rgba(pixels * 4, '\0');
  if (!png_image_finish_read(&image, nullptr, rgba.data(), 0, nullptr)) {
    if (why) *why = std::string("bad PNG: ") + image.message;
    png_image_free(&image);
    return std::nullopt;
  }
  png_image_free(&image);

  Image out;
  out.width = static_cast<int>(chunks.width);
  out.height = static_cast<int>(chunks.height);
  out.dpi_x = chunks.dpi_x;
  out.dpi_y = chunks.dpi_y;
  out.rgb.resize(pixels * 3);
  out.alpha.resize(pixels);
  bool opaque = true;
  for (size_t i = 0; i < pixels; ++i) {
    out.rgb[3 * i] = rgba[4 * i];
    out.rgb[3 * i + 1] = rgba[4 * i + 1];
    out.rgb[3 * i + 2] = rgba[4 * i + 2];
    out.alpha[i] = rgba[4 * i + 3];
    opaque = opaque && static_cast<unsigned char>(rgba[4 * i + 3]) == 255;
  }
  if (opaque) out.alpha.clear();
  return out;
}

}  // namespace vanban::pdf
