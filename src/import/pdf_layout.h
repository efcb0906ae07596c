// The words of a PDF page (boxes with their place, in whatever order the file drew
// them) → lines of text in reading order, in the markup the importer reads (as the
// office reader writes it): words on one baseline make a line, sorted left to right;
// a wider vertical gap is a blank line (a paragraph break); bold and italic words
// are marked **…** and *…*; a stretch of lines set in two columns (the header, the
// Nơi nhận | signature block) becomes a layout cell region ("|" lines), so that each
// column reads as a whole, left then right; a table of three columns or more becomes
// tab-separated rows, its columns found where no word of its rows falls.
#pragma once
#include <string>
#include <vector>

#include "import/legacy_fonts.h"

namespace vanban::import {

struct PdfWord {
  double left = 0, top = 0, right = 0, bottom = 0;  // points, y growing downwards
  std::string text;                                 // UTF-8, NFC
  std::vector<bool> kept;  // a flag a byte of text: decoded by its font already (legacy_images.h)
  std::string font_note;   // "font .VnTime: tcvn3" when its font was a legacy one, else empty
  bool space_after = false;
  bool bold = false, italic = false;  // from the font's name ("…-Bold", "…,Italic")
  int order = 0;                      // place in the file's (poppler's) reading order
};

struct PdfPageText {
  std::string text;
  std::vector<bool> kept;           // as in PdfWord, for the whole text
  std::vector<DecodingNote> notes;  // one a line and legacy font, lines of `text` counted from 1
};

// Appends the page's lines to `out` (a blank line first if `out` has text already);
// `out.notes` get line numbers in out.text.
void lay_out_page(std::vector<PdfWord> words, PdfPageText& out);

}  // namespace vanban::import
