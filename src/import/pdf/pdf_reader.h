// The part of PDF import that talks to poppler, behind a small interface: a document's
// pages and, on each page, its words as poppler gives them (pdf_text.cpp makes text of
// them). Poppler and the ~25 libraries it loads are needed by `import x.pdf` only, so
// the vanban program does not link them: it loads this reader on the first PDF from a
// module of its own, vanban-pdf.so (module_loader.cpp). libvanban.a links the reader
// in (poppler_reader.cpp), as do the tests and fuzzers.
//
// The interface crosses the module's boundary: plain types only, and a new version in
// the entry point's name whenever it changes, so that a module of another build is
// refused rather than misread.
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::import {

// One word box of a page, as poppler reads it.
struct PdfBox {
  double left = 0, top = 0, right = 0, bottom = 0;  // points, y growing downwards
  bool space_after = false;
  std::string text;                // UTF-8, as in the file (not normalised)
  std::vector<std::string> fonts;  // the font of each glyph in order; empty without font information
};

class [[gnu::visibility("default")]] PdfDocument {
 public:
  virtual ~PdfDocument() = default;
  virtual int pages() const = 0;
  // The boxes of page `page` (from 0) in poppler's reading order; false when poppler
  // cannot create the page.
  virtual bool page_boxes(int page, std::vector<PdfBox>& boxes) const = 0;
};

enum class PdfOpenStatus { Ok, Damaged, Locked, NoReader };

// Opens `bytes`, read in place (they must outlive the document). On failure nullptr
// and `status` says why; NoReader (with `why`) when PDF reading is not installed.
std::unique_ptr<PdfDocument> open_pdf(std::string_view bytes, PdfOpenStatus& status, std::string& why);

// The module's one entry point (extern "C"), named with the interface's version.
#define VANBAN_PDF_READER_ENTRY "vanban_pdf_open_v1"
using PdfOpenEntry = PdfDocument* (*)(const char* data, size_t size, PdfOpenStatus* status);

}  // namespace vanban::import
