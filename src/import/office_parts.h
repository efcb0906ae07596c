// What the .docx and .odt halves of office_text share (internal to import): a
// paragraph's runs joined with their emphasis as markup, tables as "|" cells or
// tab-separated rows, footnotes as "[n] text" lines, and the report's notes put on the
// lines they are about.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "import/font_decoding.h"
#include "import/legacy_fonts.h"
#include "import/office_lines.h"
#include "office/document.h"

namespace vanban::import {

// The n-th label of a numbered list in ODF's format letters: "1" (1, 2 …), "I"/"i"
// (roman), "a"/"A" (letters).
std::string list_number(std::string_view format, int n);

// Tabs, line breaks and carriage returns inside a run's text as spaces.
std::string clean(std::string s);

// A run's text with its emphasis; neighbours with the same emphasis are marked up
// together ("**IV. KINH PHÍ**", not "**IV.****KINH PHÍ**").
struct Piece {
  std::string text;
  bool bold = false, italic = false;
};
std::string join_pieces(const std::vector<Piece>& pieces);

// A paragraph's text, what its legacy-font runs were decoded as, and the body paragraph
// it is (Paragraph::index; 0 for none).
struct Para {
  std::string text;
  std::vector<Decoding> decodings;
  int index = 0;
};

// A table's rows → cells → paragraphs.
using Rows = std::vector<std::vector<std::vector<Para>>>;

// Puts each paragraph's decodings on the line of the output text it lands on, and
// notes which body paragraph each line came from (the lines are counted as the text
// grows, so a long document costs one pass).
class LineNotes {
 public:
  explicit LineNotes(std::vector<DecodingNote>* notes, std::vector<int>* paragraph_of_line = nullptr)
      : notes_(notes), paragraphs_(paragraph_of_line) {}
  // `decodings` are for the line `out` (empty, or ending in a line break) gets next,
  // which comes from body paragraph `index` (0: none).
  void next_line(const std::string& out, const std::vector<Decoding>& decodings, int index = 0);

 private:
  std::vector<DecodingNote>* notes_;
  std::vector<int>* paragraphs_;
  size_t counted_ = 0;
  int lines_ = 0;
};

// A layout table (the header, the signature block) goes out as "|" cells, which the
// line reader flattens back into lines; a data table as tab-separated rows.
void emit_table(const Rows& rows, std::string& out, LineNotes& notes);

// The footnotes as "[n] text" lines after the text.
std::string with_notes(std::string out, const std::vector<std::string>& notes,
                       const std::vector<std::vector<Decoding>>& decodings, LineNotes& lines);

// The end of both formats' OfficeLines: one paragraph_of_line entry per line of
// out.text, and each body paragraph's text decoded by `decoded` (which says whether a
// run was in a legacy font).
void finish_lines(const office::Document& d, std::string (*decoded)(const office::Paragraph&, bool& legacy),
                  OfficeLines& out);

}  // namespace vanban::import
