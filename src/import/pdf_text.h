// The text of a PDF, read through poppler: each page's words in reading order
// (pdf_layout.h), words in a legacy font (.VnTime, VNI-Times …) decoded by their font,
// and legacy bytes in fonts of no known name found as in any Unicode text
// (legacy_images.h). The text then goes through the same recognition as extracted
// text. A PDF without a text layer (a scan), an encrypted or a damaged one is an
// error that says so.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import/legacy_fonts.h"

namespace vanban::import {

// By content: "%PDF-1." or "%PDF-2." in the first KiB (some writers put bytes before it).
bool is_pdf(std::string_view bytes);

struct PdfText {
  std::string text;                 // NFC, lines ending in \n, a blank line between pages
  std::vector<DecodingNote> notes;  // fonts and detected encodings, by line of text
  std::vector<int> empty_pages;     // pages (from 1) with no text: scanned, or only drawings
  int pages = 0;
};

struct PdfFailure {
  std::string why;     // a sentence for the user
  bool limit = false;  // over an import limit (else: unreadable)
};

// nullopt (and `failure`) when the PDF cannot be read, has no text at all, or holds
// more than the import limits.
std::optional<PdfText> pdf_text(std::string_view bytes, PdfFailure& failure);

}  // namespace vanban::import
