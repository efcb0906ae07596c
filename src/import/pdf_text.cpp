#include "import/pdf_text.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <cctype>
#include <limits>
#include <memory>
#include <mutex>

#include "core/limits.h"
#include "import/legacy_images.h"
#include "import/pdf_layout.h"
#include "text/unicode.h"

namespace vanban::import {
namespace {

// Poppler reports every flaw of a damaged file on stderr; the import says what went
// wrong itself, once.
void quiet(const std::string&, void*) {}

std::string utf8(const poppler::ustring& s) {
  const poppler::byte_array b = s.to_utf8();
  return std::string(b.begin(), b.end());
}

// "ABCDEF+.VnTime" → ".VnTime": the subset tag says nothing to the reader of a report.
std::string shown_name(const std::string& font) {
  if (font.size() > 7 && font[6] == '+') return font.substr(7);
  return font;
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

// A box as a word: runs of glyphs in a legacy font decoded through the font's table
// (and flagged, so that the search for legacy bytes leaves them alone); glyphs in
// any other font kept as they are.
PdfWord word_of(const poppler::text_box& box) {
  PdfWord w;
  const poppler::rectf r = box.bbox();
  w.left = r.left();
  w.top = r.top();
  w.right = r.right();
  w.bottom = r.bottom();
  w.space_after = box.has_space_after();
  const int glyphs = box.has_font_info() ? glyph_count(box) : 0;
  if (glyphs > 0) {
    std::string font = box.get_font_name(0);
    for (char& c : font) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    w.bold = font.find("bold") != std::string::npos || font.find("black") != std::string::npos ||
             font.find("heavy") != std::string::npos;
    w.italic = font.find("italic") != std::string::npos || font.find("oblique") != std::string::npos;
  }
  const std::string raw = utf8(box.text());
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
    const std::string font = glyphs > 0 ? box.get_font_name(std::min(glyph, glyphs - 1)) : std::string();
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
  static std::once_flag silenced;
  std::call_once(silenced, [] { poppler::set_debug_error_function(quiet, nullptr); });
  if (bytes.size() > static_cast<size_t>(std::numeric_limits<int>::max())) {
    why = "the PDF is too large to read";
    failure.limit = true;
    return std::nullopt;
  }
  // Poppler reads the bytes in place; they outlive the document.
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc || doc->is_locked()) {
    const bool encrypted = (doc && doc->is_locked()) || bytes.find("/Encrypt") != std::string_view::npos;
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
    std::unique_ptr<poppler::page> page(doc->create_page(p));
    if (!page) {
      out.empty_pages.push_back(p + 1);
      continue;
    }
    std::vector<PdfWord> words;
    for (const auto& box : page->text_list(poppler::page::text_list_include_font)) {
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
