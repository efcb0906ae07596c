#include "import/pdf_layout.h"

#include <algorithm>
#include <cmath>

#include "text/unicode.h"

namespace vanban::import {
namespace {

// Thresholds, in ems (a line's height): set so that justified text (spaces stretched
// to about one em) stays one line, and a tab stop or a column gutter does not.
constexpr double kColumnGap = 2.0;     // a wider gap between words starts another column
constexpr double kFlowGap = 0.5;       // or a narrower one, between words of different flows
constexpr double kSpaceGap = 0.15;     // a narrower gap between words is no space (kerning)
constexpr double kParagraphGap = 1.3;  // line pitches: a larger step down is a paragraph break
constexpr double kIndent = 1.0;        // a first line indented this far starts a paragraph
constexpr double kBlockGap = 6.0;      // line pitches a two-column block may skip (the signature space)

double height(const PdfWord& w) { return std::max(w.bottom - w.top, 1.0); }

// Words of one text line, left to right, split where a column gap falls.
struct Segment {
  double left = 0, right = 0;
  std::vector<const PdfWord*> words;
};

struct Row {
  double top = 0, bottom = 0;  // the band of the line's first word
  std::vector<const PdfWord*> words;
  std::vector<Segment> segments;
  double left() const { return segments.front().left; }
  double right() const { return segments.back().right; }
  double em() const { return std::max(bottom - top, 1.0); }
};

// Words whose vertical bands overlap by half the smaller height share a line (so a
// raised footnote mark stays on its line). Words come sorted by top; only the last
// few lines can take a word, which bounds the work on a page of many words.
std::vector<Row> group_rows(const std::vector<PdfWord>& words) {
  std::vector<const PdfWord*> sorted;
  for (const auto& w : words) sorted.push_back(&w);
  std::stable_sort(sorted.begin(), sorted.end(), [](const PdfWord* a, const PdfWord* b) { return a->top < b->top; });
  std::vector<Row> rows;
  for (const PdfWord* w : sorted) {
    Row* home = nullptr;
    for (size_t k = rows.size(), tried = 0; k-- > 0 && tried < 8; ++tried) {
      Row& r = rows[k];
      const double overlap = std::min(r.bottom, w->bottom) - std::max(r.top, w->top);
      if (overlap >= 0.5 * std::min(r.bottom - r.top, height(*w))) {
        home = &r;
        break;
      }
    }
    if (!home) {
      rows.push_back({w->top, w->bottom, {}, {}});
      home = &rows.back();
    }
    home->words.push_back(w);
  }
  for (auto& r : rows) {
    std::stable_sort(r.words.begin(), r.words.end(),
                     [](const PdfWord* a, const PdfWord* b) { return a->left < b->left; });
    // Poppler's own reading order follows the columns of a table: two neighbours on
    // a line that it does not read one after the other belong to different columns
    // (the header's "... HẢI PHÒNG   CỘNG HÒA ..." is 0.8 em apart).
    for (const PdfWord* w : r.words) {
      const PdfWord* prev = r.segments.empty() ? nullptr : r.segments.back().words.back();
      const double gap = prev ? w->left - prev->right : 0;
      const bool apart = prev && w->order != prev->order + 1;
      if (!prev || gap > kColumnGap * r.em() || (apart && gap > kFlowGap * r.em()))
        r.segments.push_back({w->left, w->right, {}});
      r.segments.back().right = std::max(r.segments.back().right, w->right);
      r.segments.back().words.push_back(w);
    }
  }
  std::stable_sort(rows.begin(), rows.end(),
                   [](const Row& a, const Row& b) { return a.top + a.bottom < b.top + b.bottom; });
  return rows;
}

// The usual step from one line to the next: the lower quartile of the steps, so that
// paragraph spacing does not count as the norm.
double line_pitch(const std::vector<Row>& rows) {
  std::vector<double> steps;
  for (size_t k = 1; k < rows.size(); ++k)
    if (rows[k].top > rows[k - 1].top) steps.push_back(rows[k].top - rows[k - 1].top);
  if (steps.empty()) return rows.empty() ? 12 : rows.front().em() * 1.2;
  std::sort(steps.begin(), steps.end());
  return steps[steps.size() / 4];
}

const char* mark(const PdfWord& w) { return w.bold && w.italic ? "***" : w.bold ? "**" : w.italic ? "*" : ""; }
bool same(const PdfWord& a, const PdfWord& b) { return a.bold == b.bold && a.italic == b.italic; }
bool styled(const PdfWord& w) { return w.bold || w.italic; }

std::string_view first_text(const Segment& s) { return s.words.front()->text; }
std::string_view last_text(const Segment& s) { return s.words.back()->text; }

// A line of a cell that goes on from the one before: that one is a "- " item of a list
// (Nơi nhận) not closed by ";", "." or ":", and this one starts no item.
bool continues_item(const Segment* before, const Segment& s) {
  if (!before) return false;
  const std::string_view first = first_text(*before), last = last_text(*before), next = first_text(s);
  const bool item = first == "-" || first == "+" || first.starts_with("-") || first.starts_with("+");
  const bool closed = last.ends_with(";") || last.ends_with(".") || last.ends_with(":");
  return item && !closed && !next.starts_with("-") && !next.starts_with("+");
}

// Text and kept flags, line by line, with the notes of the fonts each line used.
class Writer {
 public:
  explicit Writer(PdfPageText& out) : out_(out) {
    for (char c : out_.text) line_ += c == '\n';
  }

  // Words left to right; a run of bold or italic words inside its markers, which hug
  // the text ("**a b** c"). A run that goes on from the line before (`carried`) or
  // onto the next (`carry`) has no marker there: "**I. MỤC ĐÍCH,⏎YÊU CẦU**" is one
  // heading wrapped, as extracted text has it.
  void words(const std::vector<const PdfWord*>& ws, double em, bool carried = false, bool carry = false) {
    for (size_t k = 0; k < ws.size(); ++k) {
      const PdfWord* w = ws[k];
      const bool same_style = k > 0 ? same(*ws[k - 1], *w) : carried;
      if (k > 0 && !same_style) plain(mark(*ws[k - 1]));
      if (k > 0 && (ws[k - 1]->space_after || w->left - ws[k - 1]->right > kSpaceGap * em)) plain(" ");
      if (!same_style) plain(mark(*w));
      out_.text += w->text;
      for (size_t b = 0; b < w->text.size(); ++b) out_.kept.push_back(b < w->kept.size() && w->kept[b]);
      if (!w->font_note.empty() && std::find(fonts_.begin(), fonts_.end(), w->font_note) == fonts_.end())
        fonts_.push_back(w->font_note);
    }
    if (!ws.empty() && !carry) plain(mark(*ws.back()));
  }
  // Joins the next words to the line written last (a wrapped line of a cell).
  void join_line() {
    if (out_.text.ends_with("\n")) {
      out_.text.back() = ' ';
      --line_;
    }
  }
  void plain(std::string_view s) {
    out_.text += s;
    out_.kept.resize(out_.text.size(), false);
  }
  void end_line() {
    const size_t start = out_.text.rfind('\n') == std::string::npos ? 0 : out_.text.rfind('\n') + 1;
    for (const auto& f : fonts_)
      out_.notes.push_back({line_, f, text::printable(text::trim(std::string_view(out_.text).substr(start)), 80)});
    fonts_.clear();
    plain("\n");
    ++line_;
  }
  void blank_line() {
    if (!out_.text.empty() && !out_.text.ends_with("\n\n")) end_line();
  }

 private:
  PdfPageText& out_;
  int line_ = 1;
  std::vector<std::string> fonts_;
};

// The side of a two-column block a segment is on: the right column starts at
// `gutter`, and centred lines there may start up to two ems before it. 0 left, 1
// right, -1 across the gutter.
int side(const Segment& s, double gutter, double em) {
  if (s.right <= gutter + 0.25 * em) return 0;
  if (s.left >= gutter - 2 * em) return 1;
  return -1;
}

// Does row `r` continue a two-column block: at most a segment a side, and close to
// the row before. A row with a right segment may come after the signature's space; a
// row with only a left one must be as close as a line of one paragraph, or centred
// under the left column's first line (the V/v line and KHẨN under "Số:"), so that the
// body's first lines after the header stay out of the block.
bool fits_columns(const Row& r, const Row& above, double gutter, double left_centre, double pitch) {
  if (r.segments.size() > 2) return false;
  int left = 0, right = 0;
  for (const auto& s : r.segments) {
    const int k = side(s, gutter, r.em());
    if (k < 0) return false;
    ++(k == 0 ? left : right);
  }
  if (left > 1 || right > 1) return false;
  const double step = r.top - above.top;
  if (right > 0) return step < kBlockGap * pitch;
  const Segment& s = r.segments.front();
  const bool centred = std::abs((s.left + s.right) / 2 - left_centre) < 0.5 * r.em();
  return step < kParagraphGap * pitch || (centred && step < 2 * kParagraphGap * pitch);
}

// Rows [from, to) as a layout cell region: the left column's lines, then the right's.
void write_columns(const std::vector<Row>& rows, size_t from, size_t to, double gutter, Writer& out) {
  out.blank_line();
  for (int column = 0; column < 2; ++column) {
    out.plain("|");
    out.end_line();
    const Segment* before = nullptr;
    for (size_t k = from; k < to; ++k)
      for (const auto& s : rows[k].segments)
        if (side(s, gutter, rows[k].em()) == column) {
          if (continues_item(before, s)) out.join_line();
          out.words(s.words, rows[k].em());
          out.end_line();
          before = &s;
        }
  }
  out.plain("|");
  out.end_line();
  out.plain("|");
  out.end_line();
  out.blank_line();
}

// Rows of a table from `from`, whose row has three columns or more: the rows after
// it that have two columns or more, or are a short line close below (a cell's text
// wrapped). The columns part where no word of these rows falls; each row goes out
// with its cells between tabs. Returns the row after the table.
size_t write_table(const std::vector<Row>& rows, size_t from, double pitch, double text_width, Writer& out) {
  size_t to = from + 1;
  while (to < rows.size()) {
    const Row& r = rows[to];
    const bool close = r.top - rows[to - 1].top < 3 * pitch;
    // A single line is a cell's text wrapped only if it starts inside the table (a
    // heading after the table starts at its left edge).
    const bool cells = r.segments.size() >= 2 ||
                       (r.right() - r.left() < 0.5 * text_width && r.left() > rows[from].left() + 2 * r.em());
    if (!close || !cells) break;
    ++to;
  }
  // Gutters: the gaps, a third of an em wide or more, in the union of the words' spans.
  std::vector<std::pair<double, double>> spans;
  for (size_t k = from; k < to; ++k)
    for (const PdfWord* w : rows[k].words) spans.emplace_back(w->left, w->right);
  std::sort(spans.begin(), spans.end());
  std::vector<double> gutters;
  double reach = spans.front().second;
  const double em = rows[from].em();
  for (const auto& [left, right] : spans) {
    if (left - reach > em / 3) gutters.push_back((left + reach) / 2);
    reach = std::max(reach, right);
  }
  for (size_t k = from; k < to; ++k) {
    std::vector<std::vector<const PdfWord*>> cells(gutters.size() + 1);
    for (const PdfWord* w : rows[k].words)
      cells[static_cast<size_t>(std::upper_bound(gutters.begin(), gutters.end(), w->left) - gutters.begin())].push_back(
          w);
    for (size_t c = 0; c < cells.size(); ++c) {
      if (c > 0) out.plain("\t");
      out.words(cells[c], rows[k].em());
    }
    out.end_line();
  }
  return to;
}

}  // namespace

void lay_out_page(std::vector<PdfWord> words, PdfPageText& out) {
  std::erase_if(words, [](const PdfWord& w) { return text::trim(w.text).empty(); });
  if (words.empty()) return;
  const std::vector<Row> rows = group_rows(words);
  const double pitch = line_pitch(rows);
  double margin_left = rows.front().left(), margin_right = rows.front().right();
  for (const auto& r : rows) {
    margin_left = std::min(margin_left, r.left());
    margin_right = std::max(margin_right, r.right());
  }
  Writer w(out);
  w.blank_line();        // pages apart
  bool carried = false;  // a styled run from the line before is open
  // A paragraph ends at a wider gap, or after a line that stops short of the right
  // margin, or before a first line indented from the left one; centred lines (a
  // title, the V/v line) wrap short and are one paragraph all the same.
  const auto centred = [&](const Row& x) {
    return std::abs((x.left() - margin_left) - (margin_right - x.right())) < 2 * x.em();
  };
  const auto paragraph_break = [&](const Row& p, const Row& r) {
    const bool gap = r.top - p.top > kParagraphGap * pitch;
    const bool short_before = !centred(p) && p.right() < margin_right - 3 * p.em();
    const bool indented = !centred(r) && r.left() - margin_left >= kIndent * r.em();
    return gap || short_before || indented;
  };
  for (size_t k = 0; k < rows.size();) {
    const Row& r = rows[k];
    if (k > 0 && paragraph_break(rows[k - 1], r)) w.blank_line();
    if (r.segments.size() >= 3) {
      k = write_table(rows, k, pitch, margin_right - margin_left, w);
      continue;
    }
    if (r.segments.size() == 2) {
      const double gutter = r.segments[1].left - 0.5 * r.em();
      size_t to = k + 1;
      const double left_centre = (r.segments[0].left + r.segments[0].right) / 2;
      while (to < rows.size() && fits_columns(rows[to], rows[to - 1], gutter, left_centre, pitch)) ++to;
      write_columns(rows, k, to, gutter, w);
      k = to;
      continue;
    }
    // A styled run that the next line (of the same paragraph) goes on with.
    const PdfWord& last = *r.segments.front().words.back();
    const bool carry = styled(last) && k + 1 < rows.size() && rows[k + 1].segments.size() == 1 &&
                       !paragraph_break(r, rows[k + 1]) && same(last, *rows[k + 1].segments.front().words.front());
    w.words(r.segments.front().words, r.em(), carried, carry);
    carried = carry;
    w.end_line();
    ++k;
  }
}

}  // namespace vanban::import
