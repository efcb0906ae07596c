// An office document (src/office/document.h) as the text import recognises: the markup
// office_text gives (bold runs as **…**, italic as *…*, a centred paragraph as a "## "
// line, tables as "|" cells or tab-separated rows, footnotes as [n] marks and "[n] text"
// lines at the end), with legacy-font runs decoded by the font they are drawn in, and
// which body paragraph each line came from.
#pragma once
#include <string>
#include <vector>

#include "import/legacy_fonts.h"
#include "office/document.h"

namespace vanban::import {

struct OfficeLines {
  std::string text;                    // the markup text import recognises (office_text's result)
  std::vector<int> paragraph_of_line;  // [n-1]: body Paragraph::index that line n of `text` came from (0: none)
  std::vector<std::string>
      decoded;  // [i-1]: body paragraph i's text in Unicode (legacy-font runs decoded), list label excluded
  std::vector<bool> legacy;             // [i-1]: paragraph i had runs in a legacy font
  std::vector<DecodingNote> decodings;  // what was decoded on which line of `text`
};

// A .docx's (import/docx_text.cpp) or an .odt's (import/odt_text.cpp). `decoded` is as
// Paragraph::text() gives it (tabs '\t', breaks '\n', page numbers '#', footnote marks
// left out), each run in a legacy font decoded by that font (a capitals-only font in
// capitals; w:caps is not applied), soft hyphens and symbol-font glyphs of Unicode
// fonts left out.
OfficeLines office_lines(const office::Document& d);
// The halves: `d` must be of their kind.
OfficeLines docx_lines(const office::Document& d);
OfficeLines odt_lines(const office::Document& d);

}  // namespace vanban::import
