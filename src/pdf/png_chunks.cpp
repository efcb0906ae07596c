#include "pdf/png_chunks.h"

namespace vanban::pdf {
namespace {

uint32_t be32(std::string_view b, size_t at) {
  return static_cast<uint32_t>(static_cast<unsigned char>(b[at])) << 24 |
         static_cast<uint32_t>(static_cast<unsigned char>(b[at + 1])) << 16 |
         static_cast<uint32_t>(static_cast<unsigned char>(b[at + 2])) << 8 |
         static_cast<uint32_t>(static_cast<unsigned char>(b[at + 3]));
}

constexpr std::string_view kSignature("\x89PNG\r\n\x1a\n", 8);

bool fail(std::string* why, std::string text) {
  if (why) *why = std::move(text);
  return false;
}

}  // namespace

bool read_png_chunks(std::string_view b, PngChunks& out, std::string* why) {
  if (b.size() < kSignature.size() || b.substr(0, kSignature.size()) != kSignature) return fail(why, "not a PNG file");
  bool seen_idat = false;
  for (size_t at = kSignature.size(); at < b.size();) {
    if (b.size() - at < 8) return fail(why, "truncated at byte " + std::to_string(b.size()) + " (in a chunk header)");
    const uint32_t length = be32(b, at);
    const std::string type(b.substr(at + 4, 4));
    if (length > 0x7FFFFFFFu) return fail(why, "bad chunk length at byte " + std::to_string(at));
    if (b.size() - at - 8 < static_cast<size_t>(length) + 4)
      return fail(why, "truncated at byte " + std::to_string(b.size()) + " (in the " + type + " chunk)");
    const std::string_view data = b.substr(at + 8, length);
    if (at == kSignature.size()) {
      if (type != "IHDR" || length != 13) return fail(why, "no IHDR chunk first");
      out.width = be32(data, 0);
      out.height = be32(data, 4);
      out.bit_depth = static_cast<unsigned char>(data[8]);
    } else if (type == "pHYs" && length == 9 && !seen_idat && data[8] == 1) {
      out.dpi_x = be32(data, 0) * 0.0254;  // pixels per metre
      out.dpi_y = be32(data, 4) * 0.0254;
    } else if ((type == "gAMA" || type == "sRGB" || type == "iCCP") && !seen_idat) {
      out.colour_space = true;
    } else if (type == "IDAT") {
      seen_idat = true;
    } else if (type == "IEND") {
      return true;
    }
    at += 12 + static_cast<size_t>(length);
  }
  return fail(why, "truncated at byte " + std::to_string(b.size()) + " (no IEND chunk)");
}

}  // namespace vanban::pdf
