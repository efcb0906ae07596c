// The format-neutral page description: what the writers turn into DOCX or ODT.
// It knows paragraphs, runs, tables, borders and fields; nothing of Decree 30.
#pragma once
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace vanban::layout {

enum class Align { Left, Center, Right, Justify };

// A named paragraph style (a "role"): clerks restyle a document by editing these.
struct ParaStyle {
  std::string id;    // stable identifier, ASCII: "VbBody"
  std::string name;  // shown in the word processor: "VB Body"
  double size{};     // pt
  bool bold = false, italic = false;
  Align align = Align::Left;
  double first_indent = 0, left = 0, right = 0;  // mm
  double before = 0, after = 0;                  // pt
  double line{};                                 // % of single spacing (100: single)
  bool keep_next = false;
  int outline = 0;  // heading level shown in the navigator (1-9); 0 = body text
  bool operator==(const ParaStyle&) const = default;
};

struct Run {
  enum class Kind { Text, LineBreak, FootnoteRef };
  Kind kind = Kind::Text;
  std::string text;
  bool bold = false, italic = false;
  int footnote = -1;  // FootnoteRef: index into Layout::footnotes
};

struct Paragraph {
  std::string style;  // ParaStyle::id
  std::vector<Run> runs;
  // Direct formatting, only where a single paragraph needs it (rules sized to text).
  std::optional<double> left, right;   // mm, overrides the style's indents
  std::optional<double> first_indent;  // mm, overrides the style's first-line indent
  std::optional<Align> align;          // overrides the style's alignment (table cells)
  std::optional<double> before;        // pt, overrides the style's space before
  double rule_top = 0;                 // pt: a solid border above the paragraph (0 = none)
  double box = 0;                      // pt: a solid frame around the paragraph (0 = none)
  std::string color;                   // colour of its text and frame, "RRGGBB"; "" = automatic
  bool keep_next = false;              // in addition to the style's
  // Its space before is the room for the signature and seal (the signer's name line):
  // the PDF typesetter places the signature image and the signature field there.
  bool signature_room = false;
};

struct Cell {
  std::vector<Paragraph> paragraphs;
  int span = 1;
};
struct Row {
  std::vector<Cell> cells;
  bool header = false;     // repeated at the top of each page
  bool cant_split = true;  // a row is never split over two pages
};
struct Table {
  std::vector<double> columns;  // mm
  double padding{};             // mm of space inside each cell, left and right
  std::vector<Row> rows;
  bool borders = false;        // single 0.5 pt grid, or none (header/signature tables)
  bool keep_together = false;  // never break between rows
};

using Block = std::variant<Paragraph, Table>;

// A run of pages with one page set-up and its own page numbering: the document, and
// each appendix (Decree 30 numbers appendix pages separately). Every section starts
// a page that shows no number; its following pages are numbered from 2.
struct Section {
  std::vector<Block> blocks;
  bool landscape = false;  // the page set-up turned: width and height swapped, same margins
  // Its first page shows Layout::first_page_footer (the address block): the document's
  // own pages, not an appendix's; in a merged file, every letter's.
  bool address_page = false;
};

struct PageSetup {
  double width{}, height{}, top{}, bottom{}, left{}, right{};  // mm
  double header{};                                             // mm from the top edge to the page-number line
  // mm from the bottom edge to the foot of the footer area (Word's "footer from
  // bottom"), inside the bottom margin. A footer that holds text (the address block,
  // Layout::first_page_footer) is lifted from there onto the bottom margin, so its text
  // lies inside the text area; an empty footer stays in the margin and takes no room.
  double footer{};
};

struct Footnote {
  std::vector<Run> runs;
};

struct Layout {
  PageSetup page;
  // From the house style and templates/layout.xml: the font family, the text's
  // language ("vi-VN") and the size of text outside every ParaStyle (the document default).
  std::string font;
  std::string language;
  double default_size{};  // pt
  std::string title;      // for document properties
  std::string author;     // the issuing body, for document properties
  std::vector<ParaStyle> styles;
  std::string page_number_style;  // ParaStyle id used in the page header
  std::string footnote_style;     // ParaStyle id of footnote text
  std::vector<Section> sections;
  std::vector<Footnote> footnotes;
  // Shown at the foot of the document's first page only (not of each appendix): at the
  // foot of the text area, its last line on the bottom margin, the body text above it.
  std::vector<Paragraph> first_page_footer;

  const ParaStyle* style(const std::string& id) const {
    for (const auto& s : styles)
      if (s.id == id) return &s;
    return nullptr;
  }
};

// Plain text of a run list (line breaks as "\n", footnote refs as their number).
std::string plain_text(const std::vector<Run>& runs);

}  // namespace vanban::layout
