// Extracted text → lines ready for recognition: markup parsed, rules and empty
// emphasis dropped, tables gathered. Tables come in three shapes: TVPL-style cells
// with a "|" line between them (a "|" line after another ends the row),
// markdown "| a | b |" rows, and tab-separated rows. Layout tables (the two-column
// header, the Nơi nhận | signature block) are flattened back into lines, cell after cell.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace vanban::import {

struct SourceLine {
  int n = 0;          // 1-based line number in the decoded text
  std::string raw;    // the text with its inline markup
  std::string plain;  // the text without markup, spaces collapsed
  bool heading = false;
  bool bold =
      false;  // every letter of the line is bold (its own markers only)                       // a markdown "#" heading
  bool cell_start = false;                    // first line of a flattened layout cell: never joins the line before
  bool whole = false;                         // a whole paragraph (from a .docx or .odt): never joined to another
  std::shared_ptr<const model::Table> table;  // a whole data table
  bool blank() const { return plain.empty() && !table; }
};

// `whole_paragraphs`: each line is a paragraph of its own (office files), not a
// fragment that extraction wrapped.
std::vector<SourceLine> read_source_lines(std::string_view text, bool whole_paragraphs = false);
// Text that marks a layout table (the header or the signature block), not data: the
// Quốc hiệu, "Số:", a place and date, "Nơi nhận", an authority prefix.
bool layout_text(const std::string& cell_text);

}  // namespace vanban::import
