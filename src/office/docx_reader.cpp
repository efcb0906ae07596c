// Reads a .docx as Word shows it. Formatting is resolved in the order of ECMA-376 Part 1,
// §17.7.2 (style hierarchy): document defaults (w:docDefaults) → the table style of the
// enclosing table (w:tblStyle, else the default table style; its basedOn chain) → the
// numbering level's w:pPr (w:numPr → numbering.xml) → the paragraph style chain
// (w:pStyle, else the default paragraph style; w:basedOn followed 16 deep at most, a
// loop ends it) → the character style chain (w:rStyle) → direct formatting (w:pPr,
// w:rPr). Toggle properties (w:b, w:i, w:caps …), which §17.7.3 flips at each style
// that states them, are taken as "the last one stated wins"; w:val 0/false/off turns
// one off. A numbering level's w:rPr formats its label only (§17.9.7), so it is not in
// the looks of runs or of the paragraph mark.
//
// What is simplified, and how:
//   - w:beforeAutospacing / w:afterAutospacing: 14 pt, as Word gives HTML-style spacing
//     (Word also drops it at the top of a page and in tables; not here).
//   - w:br w:type="page" is a Break run (the line ends there too); when it is the last
//     thing in its paragraph the next paragraph gets page_break_before; when it is the
//     first (LibreOffice writes a page break so), its own paragraph does.
//   - Conditional table formatting (w:tblStylePr: header row, banded rows) is not
//     applied; the table style's own w:pPr/w:rPr are.
//   - A text box's paragraphs are not body paragraphs: its text (paragraphs joined by
//     "\n") is the `detail` of its Unsupported TextBox, anchored at the body paragraph
//     that holds the text box.
//   - Shapes are recorded in the body only (Shape::paragraph is a body paragraph);
//     Unsupported content anywhere (paragraph 0 outside the body).
//   - Element names are matched with the prefixes Word writes (w:, wp:, a:, wps:, v: …).
#include "office/docx_reader.h"

#include <pugixml.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <map>
#include <set>
#include <tuple>

#include "office/docx_numbering.h"
#include "office/docx_styles.h"
#include "office/part_reader.h"
#include "office/units.h"
#include "package/zip_reader.h"
#include "text/unicode.h"

namespace vanban::office {
namespace {

using docx::is;
using docx::on;

// Word's space before and after for w:beforeAutospacing / w:afterAutospacing.
constexpr double kAutoSpacing = 14;
// Fields inside fields deeper than this are not followed (their text is shown).
constexpr size_t kMaxFieldDepth = 32;

// The character of a w:sym's code, as UTF-8 ("" for a code that is no character, or a
// control character XML cannot carry).
std::string utf8_of(unsigned long code) {
  if (code < 0x20 || (code >= 0xD800 && code < 0xE000) || code > 0x10FFFF) return {};
  std::string out;
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else if (code < 0x10000) {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code >> 18));
    out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
  return out;
}

// The 0-based ordinal of a w:p of a part among all its w:p elements in document order
// (preorder, as pugixml's descendants: paragraphs in table cells, in text boxes, in both
// branches of mc:AlternateContent and in deleted content all count). The reader asks in
// document order, so a cursor that only walks forward finds each in time linear in the
// part, without a table of all of them.
class Ordinals {
 public:
  Ordinals() = default;
  // Within `root`, whose first w:p has ordinal `first`.
  Ordinals(pugi::xml_node root, int first) : root_(root), cur_(root), first_(first), last_(first - 1) {}

  int of(const pugi::xml_node& p) {
    if (!root_) return -1;
    if (p == cur_) return last_;
    if (const int k = walk(p); k >= 0) return k;
    // Asked out of order: from the start again.
    cur_ = root_;
    last_ = first_ - 1;
    return walk(p);
  }

 private:
  pugi::xml_node next(pugi::xml_node n) const {
    if (n.first_child()) return n.first_child();
    while (n && n != root_ && !n.next_sibling()) n = n.parent();
    if (!n || n == root_) return {};
    return n.next_sibling();
  }
  int walk(const pugi::xml_node& p) {
    int last = last_;
    for (auto n = next(cur_); n; n = next(n)) {
      if (n.type() == pugi::node_element && is(n, "w:p")) ++last;
      if (n == p) {
        cur_ = n;
        last_ = last;
        return last;
      }
    }
    return -1;
  }

  pugi::xml_node root_, cur_;
  int first_ = 0, last_ = -1;
};

// The w:p elements below `root`.
int paragraphs_in(const pugi::xml_node& root) {
  int count = 0;
  pugi::xml_node n = root.first_child();
  while (n) {
    if (n.type() == pugi::node_element && is(n, "w:p")) ++count;
    if (n.first_child()) {
      n = n.first_child();
      continue;
    }
    while (n && n != root && !n.next_sibling()) n = n.parent();
    if (!n || n == root) break;
    n = n.next_sibling();
  }
  return count;
}

// The first word of a field's instructions, in capitals: "PAGE", "NUMPAGES" …
std::string field_name(std::string_view instr) {
  while (!instr.empty() && (instr.front() == ' ' || instr.front() == '\t' || instr.front() == '\n'))
    instr.remove_prefix(1);
  std::string name;
  for (char c : instr) {
    if (c == ' ' || c == '\t' || c == '\\' || c == '\n') break;
    name += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return name;
}

std::optional<Run::Kind> page_field(std::string_view instr) {
  const std::string name = field_name(instr);
  if (name == "PAGE") return Run::Kind::PageNumber;
  if (name == "NUMPAGES") return Run::Kind::PageCount;
  return std::nullopt;
}

double emu_mm(const pugi::xml_attribute& a) {
  const auto v = units::number(a.value());
  return v && *v >= 0 ? units::emu_to_mm(*v) : 0;
}

// A VML style's width or height ("width:155.95pt;height:.75pt"); a bare number is px.
double vml_size(std::string_view style, std::string_view key) {
  while (!style.empty()) {
    const size_t semi = style.find(';');
    std::string_view item = style.substr(0, semi);
    style = semi == std::string_view::npos ? std::string_view() : style.substr(semi + 1);
    const size_t colon = item.find(':');
    if (colon == std::string_view::npos) continue;
    std::string_view k = item.substr(0, colon), v = item.substr(colon + 1);
    while (!k.empty() && k.front() == ' ') k.remove_prefix(1);
    while (!k.empty() && k.back() == ' ') k.remove_suffix(1);
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    if (k != key) continue;
    const auto pt = units::length_pt(v, 0.75);
    return pt ? std::fabs(units::pt_to_mm(*pt)) : 0;
  }
  return 0;
}

// A VML point ("0,0", "155.95pt,3pt"); a bare number is in points.
std::pair<double, double> vml_point(std::string_view s) {
  const size_t comma = s.find(',');
  const auto x = units::length_pt(s.substr(0, comma), 1);
  const auto y = comma == std::string_view::npos ? std::optional<double>(0) : units::length_pt(s.substr(comma + 1), 1);
  return {x.value_or(0), y.value_or(0)};
}

bool has_token(std::string_view list, std::string_view token) {
  while (!list.empty()) {
    const size_t space = list.find(' ');
    if (list.substr(0, space) == token) return true;
    if (space == std::string_view::npos) break;
    list.remove_prefix(space + 1);
  }
  return false;
}

// The branch of an mc:AlternateContent to read: a Choice of DrawingML shapes (wps, wpg,
// wpc), else the Fallback; never both.
pugi::xml_node choose(const pugi::xml_node& alternate) {
  for (auto c : alternate.children("mc:Choice")) {
    const std::string_view requires_ = c.attribute("Requires").value();
    if (has_token(requires_, "wps") || has_token(requires_, "wpg") || has_token(requires_, "wpc")) return c;
  }
  return alternate.child("mc:Fallback");
}

struct TableContext {
  int table = -1, row = -1, cell = -1;
  double width = 0;
  int nesting = 0;
  const docx::Styles::Folded* style = nullptr;
};

struct Field {
  std::string instr;
  bool separated = false;
  bool page = false;  // a PAGE or NUMPAGES field: its cached result is not shown
};

// One story being read: the body, a header or footer, a footnote, a text box.
struct Story {
  Place place = Place::Body;
  std::string part;
  Ordinals* ordinals = nullptr;
  std::vector<Paragraph>* out = nullptr;
  bool main = false;           // the body itself (not a text box in it)
  bool stated_labels = false;  // counts the labels import reads (body and footers)
  int section = 0;
  int anchor = 0;           // the body paragraph being read; 0 outside the body
  int tables = 0;           // tables seen so far
  bool page_break = false;  // the last paragraph ended in a page break
  std::vector<Field> fields;
  size_t lost_fields = 0;  // begun beyond kMaxFieldDepth
};

struct SectionRefs {
  std::map<std::string, std::string> header, footer;  // type → part
};

class Reader {
 public:
  Reader(std::string_view bytes, std::string_view file, Errors& errors)
      : bytes_(bytes), file_(file), errors_(errors), parts_(bytes) {}

  std::optional<Document> read();

 private:
  // ---- reporting ----
  bool fail(ErrorCode code, std::string why) {
    errors_.push_back({code, std::string(file_), 0, 0, std::move(why)});
    return false;
  }
  // Counts paragraphs and runs; false (once, with the error) beyond kMaxDocxItems.
  bool count(size_t n = 1) {
    items_ += n;
    if (items_ > kMaxDocxItems && !stopped_) {
      stopped_ = true;
      fail(ErrorCode::Limit,
           "the document has more than " + std::to_string(kMaxDocxItems) + " paragraphs and runs (the limit)");
    }
    return !stopped_;
  }
  // Content at `s.anchor` (or, `next`, at the body paragraph read next: a table's row).
  void unsupported(Unsupported::Kind kind, const Story& s, std::string detail, bool next = false) {
    const int paragraph = s.place != Place::Body ? 0 : next && s.main ? static_cast<int>(s.out->size()) + 1 : s.anchor;
    if (!unsupported_seen_.emplace(static_cast<int>(kind), paragraph, detail).second) return;
    doc_.unsupported.push_back({kind, paragraph, std::move(detail)});
  }
  void shape(Shape::Kind kind, double width, double height, const Story& s) {
    if (s.place != Place::Body || s.anchor == 0) return;
    doc_.shapes.push_back({kind, width, height, s.anchor});
  }
  void comment(const pugi::xml_node& n, const Story& s) {
    comments_ = true;
    if (comment_ids_.insert(n.attribute("w:id").value()).second) unsupported(Unsupported::Kind::Comment, s, n.name());
  }

  // ---- blocks ----
  void blocks(const pugi::xml_node& parent, Story& s, const TableContext& t);
  void table(const pugi::xml_node& tbl, Story& s, const TableContext& outer);
  void rows(const pugi::xml_node& parent, Story& s, TableContext& t, const std::vector<double>& grid);
  void cells(const pugi::xml_node& parent, Story& s, TableContext& t, const std::vector<double>& grid, size_t& col);
  void paragraph(const pugi::xml_node& p, Story& s, const TableContext& t);

  // ---- inline content ----
  struct Inline {
    Paragraph& para;
    Story& story;
    const docx::RunProps& base;  // defaults → table style → paragraph style
  };
  void content(const pugi::xml_node& parent, Inline& in);
  void run(const pugi::xml_node& r, Inline& in);
  void run_children(const pugi::xml_node& parent, Inline& in, const docx::RunProps& props, bool bold, bool italic,
                    size_t& segment);
  void field_char(const pugi::xml_node& c, Inline& in, const docx::RunProps& props, bool bold, bool italic);
  bool hidden(const Story& s) const;
  void simple_field(const pugi::xml_node& f, Inline& in);
  void drawing(const pugi::xml_node& d, Inline& in);
  void graphic(const pugi::xml_node& g, double width, double height, Inline& in);
  void group(const pugi::xml_node& g, double sx, double sy, Inline& in);
  void vml(const pugi::xml_node& pict, Inline& in);
  void text_box(const pugi::xml_node& content, Inline& in);

  // ---- parts ----
  void read_rels();
  std::string target(const std::string& id) const;
  Section read_section(const pugi::xml_node& sect, SectionRefs& refs) const;
  void end_section(const pugi::xml_node& sect, Story& s);
  const HeaderFooter* header_footer(const std::string& part, bool footer);
  void footnotes();

  std::string_view bytes_, file_;
  Errors& errors_;
  PartReader parts_;
  std::string why_;  // an optional part over the budget
  bool stopped_ = false;
  size_t items_ = 0;

  pugi::xml_document document_, styles_xml_, theme_xml_, numbering_xml_, footnotes_xml_;
  docx::Theme theme_;
  docx::Styles styles_;
  docx::Numbering numbering_;
  Ordinals body_ordinals_;
  std::map<std::string, std::string> rels_;  // rId → part
  std::vector<SectionRefs> section_refs_;
  std::map<std::string, HeaderFooter> header_footers_;  // part →
  std::vector<std::string> footnote_ids_;               // each reference's w:id, in order
  std::vector<int> footnote_sections_;                  // the section of each reference
  std::set<std::tuple<int, int, std::string>> unsupported_seen_;
  std::set<std::string> comment_ids_;
  bool comments_ = false;

  Document doc_;
  bool section_open_ = false;  // body paragraphs since the last section break
  int next_first_ = 1;         // the first paragraph of the section being read
  // The run of the paragraph being read that is a page break, while it is its last.
  size_t page_break_ = SIZE_MAX;
  bool leading_page_break_ = false;  // the paragraph being read begins with one
};

// ---- blocks ----

void Reader::blocks(const pugi::xml_node& parent, Story& s, const TableContext& t) {
  for (auto n : parent.children()) {
    if (stopped_) return;
    if (n.type() != pugi::node_element) continue;
    if (is(n, "w:p")) {
      paragraph(n, s, t);
    } else if (is(n, "w:tbl")) {
      table(n, s, t);
    } else if (is(n, "w:sdt")) {
      blocks(n.child("w:sdtContent"), s, t);
    } else if (is(n, "w:customXml") || is(n, "w:ins") || is(n, "w:moveTo")) {
      if (!is(n, "w:customXml")) unsupported(Unsupported::Kind::TrackedChange, s, n.name(), true);
      blocks(n, s, t);
    } else if (is(n, "w:del") || is(n, "w:moveFrom")) {
      unsupported(Unsupported::Kind::TrackedChange, s, n.name(), true);
    } else if (is(n, "mc:AlternateContent")) {
      blocks(choose(n), s, t);
    } else if (is(n, "w:altChunk")) {
      unsupported(Unsupported::Kind::Other, s, n.name(), true);
    } else if (is(n, "m:oMathPara") || is(n, "m:oMath")) {
      unsupported(Unsupported::Kind::Equation, s, n.name(), true);
    }
  }
}

void Reader::table(const pugi::xml_node& tbl, Story& s, const TableContext& outer) {
  TableContext t;
  t.table = s.tables++;
  t.nesting = outer.nesting + 1;
  const auto pr = tbl.child("w:tblPr");
  t.style = styles_.table_style(pr.child("w:tblStyle").attribute("w:val").value());
  if (pr.child("w:tblPrChange")) unsupported(Unsupported::Kind::TrackedChange, s, "w:tblPrChange", true);
  std::vector<double> grid;  // twips
  for (auto c : tbl.child("w:tblGrid").children("w:gridCol")) {
    const auto w = units::twips(c.attribute("w:w").value());
    grid.push_back(w && *w > 0 ? *w : 0);
  }
  t.row = 0;
  rows(tbl, s, t, grid);
}

void Reader::rows(const pugi::xml_node& parent, Story& s, TableContext& t, const std::vector<double>& grid) {
  for (auto n : parent.children()) {
    if (stopped_) return;
    if (is(n, "w:tr")) {
      const auto pr = n.child("w:trPr");
      if (pr.child("w:ins") || pr.child("w:del") || pr.child("w:trPrChange"))
        unsupported(Unsupported::Kind::TrackedChange, s, "w:trPr", true);
      size_t col = 0;
      if (const auto before = units::integer(pr.child("w:gridBefore").attribute("w:val").value());
          before && *before > 0)
        col = static_cast<size_t>(std::min(*before, 1000));
      t.cell = 0;
      cells(n, s, t, grid, col);
      ++t.row;
    } else if (is(n, "w:sdt")) {
      rows(n.child("w:sdtContent"), s, t, grid);
    } else if (is(n, "w:customXml")) {
      rows(n, s, t, grid);
    }
  }
}

void Reader::cells(const pugi::xml_node& parent, Story& s, TableContext& t, const std::vector<double>& grid,
                   size_t& col) {
  for (auto n : parent.children()) {
    if (stopped_) return;
    if (is(n, "w:tc")) {
      const auto pr = n.child("w:tcPr");
      if (pr.child("w:tcPrChange") || pr.child("w:cellIns") || pr.child("w:cellDel"))
        unsupported(Unsupported::Kind::TrackedChange, s, "w:tcPr", true);
      size_t span = 1;
      if (const auto v = units::integer(pr.child("w:gridSpan").attribute("w:val").value()); v && *v > 1)
        span = static_cast<size_t>(std::min(*v, 1000));
      // w:tcW in twips (dxa, or no type); a percentage, auto or nothing: the grid columns
      // it spans.
      double width = 0;
      const auto w = pr.child("w:tcW");
      const std::string_view type = w.attribute("w:type").value();
      if (const auto v = units::twips(w.attribute("w:w").value()); v && *v > 0 && (type.empty() || type == "dxa")) {
        width = units::twips_to_mm(*v);
      } else {
        double twips = 0;
        for (size_t k = col; k < col + span && k < grid.size(); ++k) twips += grid[k];
        width = units::twips_to_mm(twips);
      }
      col += span;
      TableContext c = t;
      c.width = width;
      blocks(n, s, c);
      ++t.cell;
    } else if (is(n, "w:sdt")) {
      cells(n.child("w:sdtContent"), s, t, grid, col);
    } else if (is(n, "w:customXml")) {
      cells(n, s, t, grid, col);
    }
  }
}

void Reader::paragraph(const pugi::xml_node& p, Story& s, const TableContext& t) {
  if (!count()) return;
  Paragraph para;
  para.index = static_cast<int>(s.out->size()) + 1;
  para.place = s.place;
  para.section = s.section;
  para.table = t.table;
  para.row = t.row;
  para.cell = t.cell;
  para.cell_width = t.width;
  para.nesting = t.nesting;
  para.anchor.part = s.part;
  if (s.ordinals) para.anchor.ordinal = s.ordinals->of(p);
  if (s.main) {
    s.anchor = para.index;
    section_open_ = true;
  }
  page_break_ = SIZE_MAX;
  leading_page_break_ = false;

  const auto ppr = p.child("w:pPr");
  const docx::ParaProps direct = docx::read_para_props(ppr);
  const auto* style = styles_.paragraph_style(ppr.child("w:pStyle").attribute("w:val").value());
  // The list: w:numId and w:ilvl each from the paragraph, else from its style.
  std::optional<std::string> num_id = direct.num_id;
  if (!num_id && style) num_id = style->para.num_id;
  int level = direct.num_level.value_or(style && style->para.num_level ? *style->para.num_level : 0);
  const docx::Numbering::Level* list = num_id ? numbering_.level(*num_id, level) : nullptr;

  docx::ParaProps pp = styles_.para_defaults();
  docx::RunProps base = styles_.run_defaults();
  if (t.style) {
    pp.overlay(t.style->para);
    base.overlay(t.style->run);
  }
  if (list) pp.overlay(list->para);
  if (style) {
    pp.overlay(style->para);
    base.overlay(style->run);
  }
  pp.overlay(direct);

  ParaLook& look = para.look;
  look.style = style ? style->name : "";
  look.align = pp.align.value_or(Align::Left);
  look.first_indent = pp.first_indent.value_or(0);
  look.left = pp.left.value_or(0);
  look.right = pp.right.value_or(0);
  look.before = pp.before_auto.value_or(false) ? kAutoSpacing : pp.before.value_or(0);
  look.after = pp.after_auto.value_or(false) ? kAutoSpacing : pp.after.value_or(0);
  look.line = pp.line.value_or(LineSpacing{});
  look.keep_next = pp.keep_next.value_or(false);
  look.keep_lines = pp.keep_lines.value_or(false);
  look.page_break_before = pp.page_break_before.value_or(false) || s.page_break;
  look.border_top = pp.border_top.value_or(0);
  look.border_bottom = pp.border_bottom.value_or(0);
  look.outline = pp.outline && *pp.outline < 9 ? *pp.outline + 1 : 0;
  if (list) {
    look.list_label = numbering_.next(*num_id, level);
    look.list_level = level;
  }
  // Import has always counted the paragraphs of the body, of its top-level tables and of
  // footers (not of nested tables, headers, footnotes or text boxes).
  if (s.stated_labels && t.nesting <= 1) para.stated_label = numbering_.stated_label(ppr.child("w:numPr"));
  para.stated_centred = std::strcmp(ppr.child("w:jc").attribute("w:val").value(), "center") == 0;
  s.page_break = false;

  // The paragraph mark: its own w:rPr (and character style) over the paragraph's.
  {
    const auto mark = ppr.child("w:rPr");
    docx::RunProps m = base;
    if (const auto* cs = styles_.character_style(mark.child("w:rStyle").attribute("w:val").value())) m.overlay(cs->run);
    m.overlay(docx::read_run_props(mark, theme_));
    look.mark = m.look("");
    if (mark.child("w:ins") || mark.child("w:del") || mark.child("w:rPrChange") || mark.child("w:moveFrom") ||
        mark.child("w:moveTo"))
      unsupported(Unsupported::Kind::TrackedChange, s, "w:rPr");
  }
  if (ppr.child("w:pPrChange")) unsupported(Unsupported::Kind::TrackedChange, s, "w:pPrChange");

  Inline in{para, s, base};
  content(p, in);
  // A page break that ends the paragraph starts the next one on a new page.
  if (!para.runs.empty() && page_break_ == para.runs.size() - 1) s.page_break = true;
  if (leading_page_break_) para.look.page_break_before = true;
  page_break_ = SIZE_MAX;
  leading_page_break_ = false;

  const auto sect = ppr.child("w:sectPr");
  s.out->push_back(std::move(para));
  if (s.main && t.nesting == 0 && sect) end_section(sect, s);
}

// ---- inline content ----

void Reader::content(const pugi::xml_node& parent, Inline& in) {
  for (auto c : parent.children()) {
    if (stopped_) return;
    if (c.type() != pugi::node_element) continue;
    if (is(c, "w:r")) {
      run(c, in);
    } else if (is(c, "w:hyperlink") || is(c, "w:smartTag") || is(c, "w:customXml") || is(c, "w:dir") ||
               is(c, "w:bdo")) {
      content(c, in);
    } else if (is(c, "w:sdt")) {
      content(c.child("w:sdtContent"), in);
    } else if (is(c, "w:ins") || is(c, "w:moveTo")) {
      // Inserted text shows; the change itself is not carried.
      unsupported(Unsupported::Kind::TrackedChange, in.story, c.name());
      content(c, in);
    } else if (is(c, "w:del") || is(c, "w:moveFrom")) {
      unsupported(Unsupported::Kind::TrackedChange, in.story, c.name());
    } else if (is(c, "w:fldSimple")) {
      simple_field(c, in);
    } else if (is(c, "mc:AlternateContent")) {
      content(choose(c), in);
    } else if (is(c, "m:oMath") || is(c, "m:oMathPara")) {
      unsupported(Unsupported::Kind::Equation, in.story, c.name());
    } else if (is(c, "w:commentRangeStart")) {
      comment(c, in.story);
    } else if (is(c, "w:subDoc")) {
      unsupported(Unsupported::Kind::Other, in.story, c.name());
    }
  }
}

bool Reader::hidden(const Story& s) const {
  // Field instructions, and the cached result of a page-number field, are not text.
  return std::any_of(s.fields.begin(), s.fields.end(), [](const Field& f) { return !f.separated || f.page; });
}

void Reader::run(const pugi::xml_node& r, Inline& in) {
  const auto rpr = r.child("w:rPr");
  docx::RunProps props = in.base;
  if (const auto* cs = styles_.character_style(rpr.child("w:rStyle").attribute("w:val").value()))
    props.overlay(cs->run);
  props.overlay(docx::read_run_props(rpr, theme_));
  if (rpr.child("w:rPrChange")) unsupported(Unsupported::Kind::TrackedChange, in.story, "w:rPrChange");
  const auto b = rpr.child("w:b"), i = rpr.child("w:i");
  size_t segment = in.para.runs.size();
  run_children(r, in, props, b && on(b), i && on(i), segment);
  // The runs of the last stretch of text take the font that draws it.
  std::string text;
  for (size_t k = segment; k < in.para.runs.size(); ++k) text += in.para.runs[k].text;
  for (size_t k = segment; k < in.para.runs.size(); ++k) in.para.runs[k].look = props.look(text);
}

// The children of a w:r (or of an mc:AlternateContent branch inside one). Consecutive
// text, tabs and breaks form a stretch whose font is chosen by all its text together
// (as Word stores a run: one w:rFonts for all of it); a symbol, a footnote reference or
// a field ends the stretch.
void Reader::run_children(const pugi::xml_node& parent, Inline& in, const docx::RunProps& props, bool bold, bool italic,
                          size_t& segment) {
  auto& runs = in.para.runs;
  auto close_segment = [&] {
    std::string text;
    for (size_t k = segment; k < runs.size(); ++k) text += runs[k].text;
    for (size_t k = segment; k < runs.size(); ++k) runs[k].look = props.look(text);
    segment = runs.size();
  };
  auto add = [&](Run::Kind kind, std::string text = {}) -> Run* {
    if (!count()) return nullptr;
    Run& run = runs.emplace_back();
    run.kind = kind;
    run.text = std::move(text);
    run.stated_bold = bold;
    run.stated_italic = italic;
    return &run;
  };
  auto add_text = [&](std::string_view text) {
    if (hidden(in.story) || text.empty()) return;
    if (!runs.empty() && runs.size() > segment && runs.back().kind == Run::Kind::Text)
      runs.back().text += text;
    else
      add(Run::Kind::Text, std::string(text));
  };
  for (auto c : parent.children()) {
    if (stopped_) return;
    if (c.type() != pugi::node_element) continue;
    if (is(c, "w:t")) {
      add_text(c.text().get());
    } else if (is(c, "w:softHyphen")) {
      add_text("\u00AD");
    } else if (is(c, "w:noBreakHyphen")) {
      add_text("-");
    } else if (is(c, "w:tab") || is(c, "w:ptab")) {
      if (!hidden(in.story)) add(Run::Kind::Tab);
    } else if (is(c, "w:br") || is(c, "w:cr")) {
      if (hidden(in.story)) continue;
      if (add(Run::Kind::Break) && std::strcmp(c.attribute("w:type").value(), "page") == 0) {
        page_break_ = runs.size() - 1;
        leading_page_break_ = leading_page_break_ || runs.size() == 1;
      }
    } else if (is(c, "w:sym")) {
      close_segment();
      if (hidden(in.story)) continue;
      const std::string ch = utf8_of(std::strtoul(c.attribute("w:char").value(), nullptr, 16));
      if (ch.empty()) continue;
      if (Run* run = add(Run::Kind::Text, ch)) {
        run->look = props.look(ch);
        run->look.font = docx::capped(c.attribute("w:font").value());
      }
      segment = runs.size();
    } else if (is(c, "w:footnoteReference")) {
      close_segment();
      if (in.story.place != Place::Body || !in.story.main) continue;
      if (Run* run = add(Run::Kind::FootnoteRef)) {
        run->footnote = static_cast<int>(footnote_ids_.size());
        run->look = props.look("");
        footnote_ids_.push_back(c.attribute("w:id").value());
        footnote_sections_.push_back(in.story.section);
      }
      segment = runs.size();
    } else if (is(c, "w:fldChar")) {
      close_segment();
      field_char(c, in, props, bold, italic);
      segment = runs.size();
    } else if (is(c, "w:instrText")) {
      if (!in.story.fields.empty() && !in.story.fields.back().separated && in.story.fields.back().instr.size() < 4096)
        in.story.fields.back().instr += c.text().get();
    } else if (is(c, "w:drawing")) {
      drawing(c, in);
    } else if (is(c, "w:pict")) {
      vml(c, in);
    } else if (is(c, "w:object")) {
      unsupported(Unsupported::Kind::EmbeddedObject, in.story, c.name());
    } else if (is(c, "mc:AlternateContent")) {
      run_children(choose(c), in, props, bold, italic, segment);
    } else if (is(c, "w:commentReference")) {
      comment(c, in.story);
    }
  }
}

void Reader::field_char(const pugi::xml_node& c, Inline& in, const docx::RunProps& props, bool bold, bool italic) {
  auto& fields = in.story.fields;
  const std::string_view type = c.attribute("w:fldCharType").value();
  if (type == "begin") {
    if (fields.size() >= kMaxFieldDepth) {
      ++in.story.lost_fields;
      return;
    }
    fields.emplace_back();
    return;
  }
  if (in.story.lost_fields > 0) {
    if (type == "end") --in.story.lost_fields;
    return;
  }
  if (fields.empty()) return;
  auto emit = [&] {
    Field& f = fields.back();
    const auto kind = page_field(f.instr);
    if (!kind) return;
    // Shown unless the field sits in another's instructions or page-number result.
    const bool shown =
        std::all_of(fields.begin(), fields.end() - 1, [](const Field& o) { return o.separated && !o.page; });
    f.page = true;
    if (!shown || !count()) return;
    Run& run = in.para.runs.emplace_back();
    run.kind = *kind;
    run.look = props.look("1");
    run.stated_bold = bold;
    run.stated_italic = italic;
  };
  if (type == "separate") {
    if (fields.back().separated) return;
    emit();
    fields.back().separated = true;
  } else if (type == "end") {
    if (!fields.back().separated) emit();
    fields.pop_back();
  }
}

void Reader::simple_field(const pugi::xml_node& f, Inline& in) {
  const auto kind = page_field(f.attribute("w:instr").value());
  if (!kind) {
    content(f, in);  // the result Word shows
    return;
  }
  if (hidden(in.story) || !count()) return;
  // The look of the field's first run, if it has one.
  const auto rpr = f.child("w:r").child("w:rPr");
  docx::RunProps props = in.base;
  if (const auto* cs = styles_.character_style(rpr.child("w:rStyle").attribute("w:val").value()))
    props.overlay(cs->run);
  props.overlay(docx::read_run_props(rpr, theme_));
  Run& run = in.para.runs.emplace_back();
  run.kind = *kind;
  run.look = props.look("1");
  const auto b = rpr.child("w:b"), i = rpr.child("w:i");
  run.stated_bold = b && on(b);
  run.stated_italic = i && on(i);
}

void Reader::drawing(const pugi::xml_node& d, Inline& in) {
  for (auto frame : d.children()) {
    if (!is(frame, "wp:inline") && !is(frame, "wp:anchor")) continue;
    const auto extent = frame.child("wp:extent");
    const double w = emu_mm(extent.attribute("cx")), h = emu_mm(extent.attribute("cy"));
    for (auto g : frame.child("a:graphic").child("a:graphicData").children()) graphic(g, w, h, in);
  }
}

void Reader::graphic(const pugi::xml_node& g, double width, double height, Inline& in) {
  if (g.type() != pugi::node_element) return;
  if (is(g, "wps:wsp") || is(g, "wpg:cxnSp") || is(g, "wps:cxnSp")) {
    const std::string_view prst = g.child("wps:spPr").child("a:prstGeom").attribute("prst").value();
    const std::string_view group_prst = g.child("wpg:spPr").child("a:prstGeom").attribute("prst").value();
    const std::string_view p = prst.empty() ? group_prst : prst;
    const bool connector = is(g, "wpg:cxnSp") || is(g, "wps:cxnSp") || g.child("wps:cNvCnPr");
    const Shape::Kind kind = connector || p == "line" || p == "straightConnector1" ? Shape::Kind::Line
                             : p == "rect"                                         ? Shape::Kind::Rectangle
                                                                                   : Shape::Kind::Other;
    shape(kind, width, height, in.story);
    if (const auto box = g.child("wps:txbx")) text_box(box.child("w:txbxContent"), in);
  } else if (is(g, "wpg:wgp") || is(g, "wpc:wpc")) {
    group(g, 1, 1, in);
  } else if (is(g, "pic:pic")) {
    unsupported(Unsupported::Kind::Image, in.story, g.name());
  } else if (is(g, "c:chart")) {
    unsupported(Unsupported::Kind::Chart, in.story, g.name());
  } else {
    unsupported(Unsupported::Kind::Other, in.story, g.name());  // SmartArt (dgm:relIds), ink …
  }
}

// A group's (or canvas's) shapes, each its own size in the group's coordinates scaled to
// the group's extent (`sx`, `sy`: EMU of the page per unit, from the groups around).
void Reader::group(const pugi::xml_node& g, double sx, double sy, Inline& in) {
  const auto xfrm = g.child("wpg:grpSpPr").child("a:xfrm");
  const auto ext = xfrm.child("a:ext"), ch = xfrm.child("a:chExt");
  const auto ex = units::number(ext.attribute("cx").value()), ey = units::number(ext.attribute("cy").value());
  const auto cx = units::number(ch.attribute("cx").value()), cy = units::number(ch.attribute("cy").value());
  if (ex && cx && *cx > 0 && *ex >= 0) sx *= *ex / *cx;
  if (ey && cy && *cy > 0 && *ey >= 0) sy *= *ey / *cy;
  for (auto c : g.children()) {
    if (c.type() != pugi::node_element) continue;
    if (is(c, "wpg:grpSp")) {
      group(c, sx, sy, in);
      continue;
    }
    pugi::xml_node sp_pr = c.child("wps:spPr");
    if (!sp_pr) sp_pr = c.child("wpg:spPr");
    if (!sp_pr) sp_pr = c.child("pic:spPr");
    const auto e = sp_pr.child("a:xfrm").child("a:ext");
    const double w = emu_mm(e.attribute("cx")) * sx, h = emu_mm(e.attribute("cy")) * sy;
    if (is(c, "wps:wsp") || is(c, "wpg:cxnSp") || is(c, "wps:cxnSp") || is(c, "pic:pic")) {
      graphic(c, w, h, in);
    } else if (is(c, "wpg:graphicFrame")) {
      for (auto inner : c.child("a:graphic").child("a:graphicData").children()) graphic(inner, w, h, in);
    }
  }
}

void Reader::vml(const pugi::xml_node& pict, Inline& in) {
  for (auto c : pict.children()) {
    if (c.type() != pugi::node_element) continue;
    const std::string_view style = c.attribute("style").value();
    if (is(c, "v:shapetype")) continue;
    if (is(c, "v:group")) {
      vml(c, in);
      continue;
    }
    if (c.child("v:imagedata")) {
      unsupported(Unsupported::Kind::Image, in.story, "v:imagedata");
      continue;
    }
    if (is(c, "v:line")) {
      const auto [x1, y1] = vml_point(c.attribute("from").value());
      const auto [x2, y2] = vml_point(c.attribute("to").value());
      shape(Shape::Kind::Line, units::pt_to_mm(std::fabs(x2 - x1)), units::pt_to_mm(std::fabs(y2 - y1)), in.story);
    } else if (is(c, "v:rect")) {
      shape(Shape::Kind::Rectangle, vml_size(style, "width"), vml_size(style, "height"), in.story);
    } else if (is(c, "v:shape")) {
      const std::string_view type = c.attribute("type").value();
      const bool line = type == "#_x0000_t32" || type == "#_x0000_t20" || c.attribute("o:connectortype");
      shape(line                   ? Shape::Kind::Line
            : type == "#_x0000_t1" ? Shape::Kind::Rectangle
                                   : Shape::Kind::Other,
            vml_size(style, "width"), vml_size(style, "height"), in.story);
    } else if (is(c, "v:roundrect") || is(c, "v:oval") || is(c, "v:polyline") || is(c, "v:arc") || is(c, "v:curve")) {
      shape(Shape::Kind::Other, vml_size(style, "width"), vml_size(style, "height"), in.story);
    } else if (is(c, "o:OLEObject") || is(c, "w:control")) {
      unsupported(Unsupported::Kind::EmbeddedObject, in.story, c.name());
      continue;
    } else {
      continue;
    }
    if (const auto box = c.child("v:textbox")) text_box(box.child("w:txbxContent"), in);
  }
}

void Reader::text_box(const pugi::xml_node& content, Inline& in) {
  std::vector<Paragraph> paragraphs;
  Story aside;
  aside.place = in.story.place;
  aside.part = in.story.part;
  aside.ordinals = in.story.ordinals;
  aside.out = &paragraphs;
  aside.section = in.story.section;
  aside.anchor = in.story.anchor;
  const size_t saved = page_break_;
  const bool saved_leading = leading_page_break_;
  blocks(content, aside, TableContext{});
  page_break_ = saved;
  leading_page_break_ = saved_leading;
  std::string text;
  for (const auto& p : paragraphs) text += (text.empty() ? "" : "\n") + p.text();
  // Each text box is its own record (two with the same text in one paragraph are one).
  unsupported(Unsupported::Kind::TextBox, in.story, std::move(text));
}

// ---- parts ----

void Reader::read_rels() {
  pugi::xml_document rels;
  if (!parts_.load_optional("word/_rels/document.xml.rels", rels, why_)) return;
  for (auto r : rels.child("Relationships").children("Relationship")) {
    if (std::strcmp(r.attribute("TargetMode").value(), "External") == 0) continue;
    std::string t = r.attribute("Target").value();
    // Relative to word/, or from the package root when it starts with "/".
    std::vector<std::string> path;
    std::string base = t.starts_with("/") ? "" : "word";
    std::string whole = base.empty() ? t.substr(1) : base + "/" + t;
    size_t start = 0;
    while (start <= whole.size()) {
      const size_t slash = whole.find('/', start);
      const std::string piece = whole.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
      if (piece == "..") {
        if (!path.empty()) path.pop_back();
      } else if (!piece.empty() && piece != ".") {
        path.push_back(piece);
      }
      if (slash == std::string::npos) break;
      start = slash + 1;
    }
    std::string joined;
    for (const auto& p : path) joined += (joined.empty() ? "" : "/") + p;
    rels_.emplace(r.attribute("Id").value(), joined);
  }
}

std::string Reader::target(const std::string& id) const {
  const auto it = rels_.find(id);
  return it == rels_.end() ? std::string() : it->second;
}

Section Reader::read_section(const pugi::xml_node& sect, SectionRefs& refs) const {
  Section s;
  auto mm = [](const pugi::xml_attribute& a) {
    const auto v = units::twips(a.value());
    // A negative top or bottom margin is one the header or footer may not push: its size
    // is the same.
    return v ? units::twips_to_mm(std::fabs(*v)) : 0.0;
  };
  const auto size = sect.child("w:pgSz");
  s.width = mm(size.attribute("w:w"));
  s.height = mm(size.attribute("w:h"));
  s.landscape = std::strcmp(size.attribute("w:orient").value(), "landscape") == 0;
  const auto mar = sect.child("w:pgMar");
  s.top = mm(mar.attribute("w:top"));
  s.bottom = mm(mar.attribute("w:bottom"));
  s.left = mm(mar.attribute("w:left"));
  s.right = mm(mar.attribute("w:right"));
  s.header = mm(mar.attribute("w:header"));
  s.footer = mm(mar.attribute("w:footer"));
  if (const auto t = sect.child("w:titlePg")) s.title_page = on(t);
  for (auto r : sect.children()) {
    const bool header = is(r, "w:headerReference"), footer = is(r, "w:footerReference");
    if (!header && !footer) continue;
    std::string type = r.attribute("w:type").value();
    if (type.empty()) type = "default";
    const std::string part = target(r.attribute("r:id").value());
    if (!part.empty()) (header ? refs.header : refs.footer)[type] = part;
  }
  return s;
}

void Reader::end_section(const pugi::xml_node& sect, Story& story) {
  SectionRefs refs;
  Section s = read_section(sect, refs);
  s.first_paragraph = next_first_;
  next_first_ = static_cast<int>(doc_.paragraphs.size()) + 1;
  doc_.sections.push_back(std::move(s));
  section_refs_.push_back(std::move(refs));
  section_open_ = false;
  ++story.section;
}

const HeaderFooter* Reader::header_footer(const std::string& part, bool footer) {
  if (const auto it = header_footers_.find(part); it != header_footers_.end()) return &it->second;
  HeaderFooter hf;
  hf.part = part;
  pugi::xml_document xml;
  if (part.empty() || !parts_.load_optional(part.c_str(), xml, why_)) {
    return &header_footers_.emplace(part, std::move(hf)).first->second;
  }
  hf.present = true;
  Ordinals ordinals(xml, 0);
  Story s;
  s.place = footer ? Place::Footer : Place::Header;
  s.part = part;
  s.ordinals = &ordinals;
  s.out = &hf.paragraphs;
  s.stated_labels = footer;
  blocks(xml.child(footer ? "w:ftr" : "w:hdr"), s, TableContext{});
  return &header_footers_.emplace(part, std::move(hf)).first->second;
}

void Reader::footnotes() {
  if (footnote_ids_.empty()) return;
  // Each footnote by its w:id, with the ordinal of its first w:p in the part.
  std::map<std::string, std::pair<pugi::xml_node, int>, std::less<>> by_id;
  if (parts_.load_optional("word/footnotes.xml", footnotes_xml_, why_)) {
    const auto root = footnotes_xml_.child("w:footnotes");
    // (Any w:p before w:footnotes, which no footnote holds, counts too.)
    int before = paragraphs_in(footnotes_xml_) - paragraphs_in(root);
    for (auto fn : root.children()) {
      const int first = before;
      before += (fn.type() == pugi::node_element && is(fn, "w:p") ? 1 : 0) + paragraphs_in(fn);
      if (!is(fn, "w:footnote")) continue;
      const std::string_view type = fn.attribute("w:type").value();
      if (type == "separator" || type == "continuationSeparator" || type == "continuationNotice") continue;
      by_id.emplace(fn.attribute("w:id").value(), std::pair{fn, first});
    }
  }
  doc_.footnotes.resize(footnote_ids_.size());
  for (size_t i = 0; i < footnote_ids_.size() && !stopped_; ++i) {
    const auto it = by_id.find(footnote_ids_[i]);
    if (it == by_id.end()) continue;
    Story s;
    s.place = Place::Footnote;
    s.part = "word/footnotes.xml";
    Ordinals ordinals(it->second.first, it->second.second);
    s.ordinals = &ordinals;
    s.out = &doc_.footnotes[i];
    s.section = footnote_sections_[i];
    blocks(it->second.first, s, TableContext{});
  }
}

std::optional<Document> Reader::read() {
  if (const std::string bad = package::unsafe_entry_name(bytes_); !bad.empty()) {
    fail(ErrorCode::Unreadable,
         "the package has an entry named '" + text::printable(bad) + "', which points outside it: refused");
    return std::nullopt;
  }
  std::string why;
  if (!parts_.load("word/document.xml", document_, true, why)) {
    fail(parts_.over_budget() ? ErrorCode::Limit : ErrorCode::Unreadable, why);
    return std::nullopt;
  }
  // Optional parts: one that cannot be read loses only what it adds, unless the package
  // as a whole is over its budget.
  if (parts_.load_optional("word/theme/theme1.xml", theme_xml_, why_)) theme_ = docx::Theme(theme_xml_);
  if (parts_.load_optional("word/styles.xml", styles_xml_, why_)) styles_ = docx::Styles(styles_xml_, theme_);
  if (parts_.load_optional("word/numbering.xml", numbering_xml_, why_))
    numbering_ = docx::Numbering(numbering_xml_, styles_);
  read_rels();
  doc_.kind = Kind::Docx;
  {
    docx::RunProps d = styles_.run_defaults();
    if (const auto* normal = styles_.paragraph_style("")) d.overlay(normal->run);
    doc_.defaults = d.look("");
  }

  body_ordinals_ = Ordinals(document_, 0);
  const auto body = document_.child("w:document").child("w:body");
  Story s;
  s.place = Place::Body;
  s.part = "word/document.xml";
  s.ordinals = &body_ordinals_;
  s.out = &doc_.paragraphs;
  s.main = true;
  s.stated_labels = true;
  blocks(body, s, TableContext{});
  // The body's own w:sectPr is the last section's (also when it holds no paragraph but
  // nothing else states one).
  {
    SectionRefs refs;
    const auto sect = body.child("w:sectPr");
    if (sect || section_open_ || doc_.sections.empty()) {
      Section last = read_section(sect, refs);
      last.first_paragraph = next_first_;
      doc_.sections.push_back(std::move(last));
      section_refs_.push_back(std::move(refs));
    }
  }
  // Headers and footers: a section that names none of a type has its previous section's
  // (ECMA-376 Part 1, §17.10.5); even pages show the default one, or the even one when
  // there is no default.
  std::string first_header, other_header, first_footer, other_footer;
  for (size_t i = 0; i < doc_.sections.size() && !stopped_; ++i) {
    auto& refs = section_refs_[i];
    auto pick = [](const std::map<std::string, std::string>& m, const char* type) {
      const auto it = m.find(type);
      return it == m.end() ? std::string() : it->second;
    };
    if (auto p = pick(refs.header, "first"); !p.empty()) first_header = p;
    if (auto p = pick(refs.header, "default"); !p.empty())
      other_header = p;
    else if (auto e = pick(refs.header, "even"); !e.empty() && other_header.empty())
      other_header = e;
    if (auto p = pick(refs.footer, "first"); !p.empty()) first_footer = p;
    if (auto p = pick(refs.footer, "default"); !p.empty())
      other_footer = p;
    else if (auto e = pick(refs.footer, "even"); !e.empty() && other_footer.empty())
      other_footer = e;
    Section& sec = doc_.sections[i];
    auto place = [&](HeaderFooter& into, const std::string& part, bool footer) {
      if (part.empty()) return;
      const HeaderFooter* hf = header_footer(part, footer);
      // Each section holds its own copy: counted, so a thousand sections of a long
      // header cannot copy it without end.
      size_t items = hf->paragraphs.size();
      for (const auto& p : hf->paragraphs) items += p.runs.size();
      if (!count(items)) return;
      into = *hf;
      for (auto& p : into.paragraphs) p.section = static_cast<int>(i);
    };
    place(sec.header_first, first_header, false);
    place(sec.header_other, other_header, false);
    place(sec.footer_first, first_footer, true);
    place(sec.footer_other, other_footer, true);
  }
  // Footers no section names: Word shows them nowhere, but import has always read
  // word/footer1.xml … word/footer6.xml.
  for (int k = 1; k <= 6 && !stopped_; ++k) {
    const std::string part = "word/footer" + std::to_string(k) + ".xml";
    if (header_footers_.contains(part) || !parts_.has(part.c_str())) continue;
    const HeaderFooter* hf = header_footer(part, true);
    if (hf->present) doc_.unused_footers.push_back(*hf);
  }
  footnotes();
  // A comments part without a comment (pandoc writes one into every .docx) holds
  // nothing to lose.
  if (pugi::xml_document c; !comments_ && parts_.has("word/comments.xml") &&
                            parts_.load_optional("word/comments.xml", c, why_) &&
                            c.child("w:comments").child("w:comment")) {
    Story none;
    unsupported(Unsupported::Kind::Comment, none, "word/comments.xml");
  }
  if (stopped_) return std::nullopt;
  // A change of a table that holds no paragraph of its own belongs to the last one.
  for (auto& u : doc_.unsupported) u.paragraph = std::min(u.paragraph, static_cast<int>(doc_.paragraphs.size()));
  if (!why_.empty()) {
    fail(ErrorCode::Limit, why_);
    return std::nullopt;
  }
  return std::move(doc_);
}

}  // namespace

std::optional<Document> docx_read(std::string_view bytes, std::string_view file, Errors& errors) {
  return Reader(bytes, file, errors).read();
}

}  // namespace vanban::office
