// PDF reading through poppler-cpp (pdf_reader.h): linked into libvanban.a, and built
// alone as the module vanban-pdf.so that the program loads on demand.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <mutex>

#include "import/pdf/pdf_reader.h"

namespace vanban::import {
namespace {

// Poppler reports every flaw of a damaged file on stderr; the import says what went
// wrong itself, once.
void quiet(const std::string&, void*) {}

std::string utf8(const poppler::ustring& s) {
  const poppler::byte_array b = s.to_utf8();
  return std::string(b.begin(), b.end());
}

// Glyphs of a box: poppler keeps a font name a glyph, and answers past the last one
// with an empty box (and with no bound check for the font).
int glyph_count(const poppler::text_box& box) {
  int n = 0;
  while (n < 4096) {
    const poppler::rectf r = box.char_bbox(static_cast<size_t>(n));
    if (r.x() == 0 && r.y() == 0 && r.width() == 0 && r.height() == 0) break;
    ++n;
  }
  return n;
}

PdfBox box_of(const poppler::text_box& box) {
  PdfBox b;
  const poppler::rectf r = box.bbox();
  b.left = r.left();
  b.top = r.top();
  b.right = r.right();
  b.bottom = r.bottom();
  b.space_after = box.has_space_after();
  b.text = utf8(box.text());
  const int glyphs = box.has_font_info() ? glyph_count(box) : 0;
  b.fonts.reserve(static_cast<size_t>(glyphs));
  for (int g = 0; g < glyphs; ++g) b.fonts.push_back(box.get_font_name(g));
  return b;
}

class PopplerDocument final : public PdfDocument {
 public:
  explicit PopplerDocument(std::unique_ptr<poppler::document> doc) : doc_(std::move(doc)) {}
  int pages() const override { return doc_->pages(); }
  bool page_boxes(int page, std::vector<PdfBox>& boxes) const override {
    std::unique_ptr<poppler::page> p(doc_->create_page(page));
    if (!p) return false;
    for (const auto& box : p->text_list(poppler::page::text_list_include_font)) boxes.push_back(box_of(box));
    return true;
  }

 private:
  std::unique_ptr<poppler::document> doc_;
};

PdfDocument* open_with_poppler(const char* data, size_t size, PdfOpenStatus* status) {
  static std::once_flag silenced;
  std::call_once(silenced, [] { poppler::set_debug_error_function(quiet, nullptr); });
  // Poppler reads the bytes in place; they outlive the document.
  std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(data, static_cast<int>(size)));
  if (!doc || doc->is_locked()) {
    *status = doc ? PdfOpenStatus::Locked : PdfOpenStatus::Damaged;
    return nullptr;
  }
  *status = PdfOpenStatus::Ok;
  return new PopplerDocument(std::move(doc));
}

}  // namespace

#ifndef VANBAN_PDF_MODULE
std::unique_ptr<PdfDocument> open_pdf(std::string_view bytes, PdfOpenStatus& status, std::string&) {
  return std::unique_ptr<PdfDocument>(open_with_poppler(bytes.data(), bytes.size(), &status));
}
#endif

}  // namespace vanban::import

#ifdef VANBAN_PDF_MODULE
// The module's entry point (module_loader.cpp), the one symbol it exports.
extern "C" [[gnu::visibility("default")]] vanban::import::PdfDocument* vanban_pdf_open_v1(
    const char* data, size_t size, vanban::import::PdfOpenStatus* status) {
  return vanban::import::open_with_poppler(data, size, status);
}
#endif
