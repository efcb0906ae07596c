// A .docx or .odt as the word processor shows it: every paragraph and run with its
// formatting resolved the way Word and LibreOffice resolve it (document defaults →
// paragraph style chain → numbering → table style → direct properties), the page
// set-up of each section, headers and footers with their page-number fields,
// footnotes, drawn lines, and what the package holds that is not text (images, text
// boxes, charts …). Import reads text from it; the checker reads the formatting.
// Format-neutral: nothing here is DOCX or ODT, and nothing is Decree 30.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace vanban::office {

enum class Kind { None, Docx, Odt };
// By content: a ZIP with word/document.xml, or with an ODF text mimetype.
Kind kind_of(std::string_view bytes);

enum class Align { Left, Center, Right, Justify };

// A run's look, resolved. Unknown values (a document that never states a size) keep
// their defaults and the `known` flags say so.
struct RunLook {
  std::string font;  // the family that draws the run's text (theme fonts resolved), unquoted
  double size = 0;   // pt; 0 when nothing in the chain sets it
  bool bold = false, italic = false;
  bool caps = false;        // shown in capitals (w:caps, fo:text-transform="uppercase")
  bool small_caps = false;  // w:smallCaps, fo:font-variant="small-caps"
  bool underline = false;   // any underline but none
  bool strike = false;
  std::string color;  // "RRGGBB"; "" automatic
  bool operator==(const RunLook&) const = default;
};

struct Run {
  enum class Kind {
    Text,         // `text`
    Tab,          // a tab character
    Break,        // a line break inside the paragraph
    FootnoteRef,  // `footnote`: index into Document::footnotes
    PageNumber,   // a PAGE field / text:page-number: the number shown
    PageCount,    // NUMPAGES / text:page-count
  };
  Kind kind = Kind::Text;
  std::string text;  // as stored (legacy-font text is not decoded here)
  RunLook look;
  int footnote = -1;
  // Emphasis the run states itself (direct formatting: the run's own w:rPr), apart from
  // what its styles give: import marks up only this as **…** and *…*, as it always has.
  bool stated_bold = false, stated_italic = false;
};

struct LineSpacing {
  enum class Rule { Multiple, Exact, AtLeast };
  Rule rule = Rule::Multiple;
  double value = 100;  // Multiple: % of single spacing; Exact, AtLeast: pt
  bool operator==(const LineSpacing&) const = default;
};

struct ParaLook {
  std::string style;  // the paragraph style's display name ("Normal", "VB Quốc hiệu"); "" none
  Align align = Align::Left;
  double first_indent = 0;       // mm; negative: a hanging indent
  double left = 0, right = 0;    // mm
  double before = 0, after = 0;  // pt
  LineSpacing line;
  bool keep_next = false, keep_lines = false, page_break_before = false;
  double border_top = 0, border_bottom = 0;  // pt: width of a solid line; 0 none
  int outline = 0;                           // outline level 1–9; 0 body text
  // Automatic numbering: the label the word processor shows ("I.", "1.", "a)", "-",
  // "•"), and the list level (0-based); "" and -1 when not numbered.
  std::string list_label;
  int list_level = -1;
  RunLook mark;  // the look of the paragraph's own text before any run property (and of an empty paragraph)
};

enum class Place { Body, Header, Footer, Footnote };

// Where a paragraph sits in the package, for writing a comment on it (annotate):
// the part ("word/document.xml", "content.xml") and the ordinal (0-based) of its
// paragraph element (w:p; text:p or text:h) among all paragraph elements of that
// part, in document order.
struct Anchor {
  std::string part;
  int ordinal = -1;
};

struct Paragraph {
  int index = 0;  // Body: 1-based, in document order, table cells included; others: 1-based within their list
  Place place = Place::Body;
  int section = 0;  // index into Document::sections
  // In a table: the table (0-based, in document order), row and cell (0-based, a
  // spanned cell counts once); the cell's width (mm, 0 when not stated).
  int table = -1, row = -1, cell = -1;
  double cell_width = 0;
  int nesting = 0;  // tables around it (0: none)
  ParaLook look;
  std::vector<Run> runs;
  Anchor anchor;
  // Direct formatting import has always read, apart from the styles: centred by the
  // paragraph's own properties (w:jc="center": a "## " line), and the label of the
  // numbering the paragraph states itself (w:numPr), counted per list in body and footer
  // order, numbers as 1/I/i/A/a, every bullet "-" but "+". "" when it states none.
  bool stated_centred = false;
  std::string stated_label;

  // The runs' text: tabs as '\t', breaks as '\n', page numbers as "#", footnote refs left out.
  std::string text() const;
};

// The text of `p` as Paragraph::text() gives it (tabs '\t', breaks '\n', page numbers
// '#', footnote references left out), each Text run's text as `text_of(run)` gives it:
// import and the checker read legacy-font runs decoded.
template <class TextOf>
std::string text_of_runs(const Paragraph& p, TextOf&& text_of) {
  std::string s;
  for (const auto& r : p.runs) switch (r.kind) {
      case Run::Kind::Text:
        s += text_of(r);
        break;
      case Run::Kind::Tab:
        s += '\t';
        break;
      case Run::Kind::Break:
        s += '\n';
        break;
      case Run::Kind::PageNumber:
      case Run::Kind::PageCount:
        s += '#';
        break;
      case Run::Kind::FootnoteRef:
        break;
    }
  return s;
}

// A header or footer: what page it is shown on and what it holds.
struct HeaderFooter {
  bool present = false;
  std::string part;  // the package part it is read from ("word/footer1.xml"); "" none
  std::vector<Paragraph> paragraphs;
  bool page_number() const;  // holds a page-number field
};

struct Section {
  double width = 0, height = 0;                     // mm, as stated (landscape: width > height)
  double top = 0, bottom = 0, left = 0, right = 0;  // mm
  double header = 0, footer = 0;                    // mm from the edge to the header / footer
  bool landscape = false;                           // the orientation the file states
  bool title_page = false;  // a different first page (w:titlePg; ODT: a first-page master or style)
  HeaderFooter header_first, header_other, footer_first, footer_other;
  int first_paragraph = 1;  // Paragraph::index of its first body paragraph
};

// A drawn line or shape (DOCX DrawingML or VML, ODF draw:*), anchored at a body paragraph.
struct Shape {
  enum class Kind { Line, Rectangle, Other };
  Kind kind = Kind::Other;
  double width = 0, height = 0;  // mm (a horizontal line: height 0)
  int paragraph = 0;             // Paragraph::index of its anchor
};

// Content a document can hold that vanban cannot carry into its own documents.
struct Unsupported {
  enum class Kind { Image, TextBox, Chart, Equation, EmbeddedObject, TrackedChange, Comment, Field, Other };
  Kind kind = Kind::Other;
  int paragraph = 0;   // the body paragraph it is in or anchored at; 0 not in the body
  std::string detail;  // e.g. the element's name
};
const char* unsupported_name(Unsupported::Kind k);  // "image", "text box" …

struct Document {
  Kind kind = Kind::None;
  std::vector<Section> sections;      // at least one
  std::vector<Paragraph> paragraphs;  // the body, in document order
  std::vector<std::vector<Paragraph>> footnotes;
  std::vector<Shape> shapes;
  std::vector<Unsupported> unsupported;
  RunLook defaults;  // the document defaults (docDefaults; the default paragraph style)
  // Footers the package holds that no section names, which Word shows nowhere (DOCX:
  // word/footer1.xml … word/footer6.xml): import has always read them.
  std::vector<HeaderFooter> unused_footers;
};

// Reads a .docx or .odt. A package that cannot be read (not a zip, a damaged or missing
// part, XML that is not well-formed or nested too deep, over limits::kMaxUnzippedBytes)
// is an Unreadable or Limit error naming `file`; never throws for bad input.
std::optional<Document> read_document(std::string_view bytes, std::string_view file, Errors& errors);

}  // namespace vanban::office
