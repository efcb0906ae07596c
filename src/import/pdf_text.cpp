#include "import/pdf_text.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <memory>

#include "core/limits.h"
#include "import/legacy_images.h"
#include "import/pdf/pdf_reader.h"
#include "import/pdf_layout.h"
#include "text/unicode.h"

namespace vanban::import {
namespace {

// "ABCDEF+.VnTime" → ".VnTime": the subset tag says nothing to the reader of a report.
std::string shown_name(const std::string& font) {
  if (font.size() > 7 && font[6] == '+') return font.substr(7);
  return font;
}

// A box as a word: runs of glyphs in a legacy font decoded through the font's table
// (and flagged, so that the search for legacy bytes leaves them alone); glyphs in
// any other font kept as they are.
PdfWord word_of(const PdfBox& box) {
  PdfWord w;
  w.left = box.left;
  w.top = box.top;
  w.right = box.right;
  w.bottom = box.bottom;
  w.space_after = box.space_after;
  const int glyphs = static_cast<int>(box.fonts.size());
  if (glyphs > 0) {
    std::string font = box.fonts[0];
    for (char& c : font) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    w.bold = font.find("bold") != std::string::npos || font.find("black") != std::string::npos ||
             font.find("heavy") != std::string::npos;
    w.italic = font.find("italic") != std::string::npos || font.find("oblique") != std::string::npos;
  }
  const std::string& raw = box.text;
  std::string run, run_font;
  auto flush = [&] {
    if (run.empty()) return;
    const auto legacy = run_font.empty() ? std::nullopt : legacy_font(run_font);
    const std::string text = legacy ? decode_font_text(run, *legacy) : text::nfc(run);
    w.text += text;
    w.kept.resize(w.text.size(), legacy.has_value());
    if (legacy && w.font_note.empty())
      w.font_note = "font " + text::printable(shown_name(run_font), 60) + ": " + describe(*legacy);
    run.clear();
  };
  int glyph = 0;
  text::each_code_point(raw, [&](UChar32, std::string_view bytes) {
    const std::string font = glyphs > 0 ? box.fonts[static_cast<size_t>(std::min(glyph, glyphs - 1))] : std::string();
    ++glyph;
    if (font != run_font) {
      flush();
      run_font = font;
    }
    run += bytes;
    return true;
  });
  flush();
  return w;
}

}  // namespace

bool is_pdf(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 1024);
  return head.find("%PDF-1.") != std::string_view::npos || head.find("%PDF-2.") != std::string_view::npos;
}

std::optional<PdfText> pdf_text(std::string_view bytes, PdfFailure& failure) {
  std::string& why = failure.why;
  if (bytes.size() > static_cast<size_t>(std::numeric_limits<int>::max())) {
    why = "the PDF is too large to read";
    failure.limit = true;
    return std::nullopt;
  }
  PdfOpenStatus status = PdfOpenStatus::Ok;
  const std::unique_ptr<PdfDocument> doc = open_pdf(bytes, status, why);
  if (!doc) {
    if (status == PdfOpenStatus::NoReader) return std::nullopt;
    const bool encrypted = status == PdfOpenStatus::Locked || bytes.find("/Encrypt") != std::string_view::npos;
    why = encrypted ? "the PDF is encrypted: it cannot be read without its password"
                    : "the PDF is damaged: poppler cannot read it";
    return std::nullopt;
  }
  PdfText out;
  out.pages = doc->pages();
  if (out.pages > limits::kMaxPdfPages) {
    why = "the PDF has " + std::to_string(out.pages) + " pages, more than the import limit of " +
          std::to_string(limits::kMaxPdfPages);
    failure.limit = true;
    return std::nullopt;
  }
  PdfPageText laid;
  for (int p = 0; p < out.pages; ++p) {
    std::vector<PdfBox> boxes;
    if (!doc->page_boxes(p, boxes)) {
      out.empty_pages.push_back(p + 1);
      continue;
    }
    std::vector<PdfWord> words;
    for (const PdfBox& box : boxes) {
      words.push_back(word_of(box));
      words.back().order = static_cast<int>(words.size());
    }
    const size_t before = laid.text.size();
    lay_out_page(std::move(words), laid);
    if (laid.text.size() == before) out.empty_pages.push_back(p + 1);
    if (laid.text.size() > limits::kMaxImportBytes) {
      why = "the PDF's text is larger than " + std::to_string(limits::kMaxImportBytes >> 20) + " MiB, the import limit";
      failure.limit = true;
      return std::nullopt;
    }
  }
  if (static_cast<int>(out.empty_pages.size()) == out.pages) {
    why = out.pages == 0 ? "the PDF has no pages"
                         : "the PDF has no text layer: a scanned PDF; run OCR first (e.g. ocrmypdf), then import";
    return std::nullopt;
  }
  // Words in fonts of no known legacy name may still be legacy bytes (a font renamed,
  // or embedded as "F1"): found as in any Unicode text.
  ImageDecoding images = decode_legacy_images(laid.text, laid.kept);
  out.text = std::move(images.text);
  out.notes = std::move(laid.notes);
  out.notes.insert(out.notes.end(), images.notes.begin(), images.notes.end());
  std::stable_sort(out.notes.begin(), out.notes.end(),
                   [](const DecodingNote& a, const DecodingNote& b) { return a.line < b.line; });
  return out;
}

}  // namespace vanban::import
