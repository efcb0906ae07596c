// The PNG reader (a user's signature or seal image) on untrusted bytes, and the image
// it reads written into a PDF page (RGB and alpha streams).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "pdf/pdf_writer.h"
#include "pdf/png.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string why;
  const auto image = vanban::pdf::read_png(std::string_view(reinterpret_cast<const char*>(data), size), &why);
  if (!image) {
    if (why.empty()) __builtin_trap();  // a refusal always says why
    return 0;
  }
  // What read_png promises: sizes within bounds, pixels and alpha of those sizes.
  const size_t pixels = static_cast<size_t>(image->width) * static_cast<size_t>(image->height);
  if (image->width < 1 || image->height < 1 || image->width > 10000 || image->height > 10000 ||
      image->rgb.size() != pixels * 3 || (!image->alpha.empty() && image->alpha.size() != pixels))
    __builtin_trap();
  vanban::typeset::Document d;
  vanban::typeset::Page page;
  page.width = 595.28;
  page.height = 841.89;
  page.pictures.push_back({0, {100, 100, 120, 40}});
  d.pages.push_back(page);
  vanban::pdf::Options o;
  o.images = {&*image};
  const std::string pdf = vanban::pdf::write_pdf(d, o);
  // A whole file, with the transparency as a soft mask when the image has any.
  if (!pdf.starts_with("%PDF-1.7") || (!image->alpha.empty() && pdf.find("/SMask") == std::string::npos))
    __builtin_trap();
  return 0;
}
