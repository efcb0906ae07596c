// §4.8 body text: first-line indent, the space between paragraphs and the line spacing
// within the ranges of <body indent=… space-before=… line=…> in schemas/templates-1.xsd,
// and the numbering of I., 1., a), Điều in order.
#include <algorithm>
#include <cmath>

#include "check/expectations.h"
#include "check/paragraph_text.h"
#include "check/rules.h"
#include "import/patterns.h"
#include "rules/numbering.h"

namespace vanban::check {
namespace {

// Single line spacing of Times New Roman is 1.15 × the type size (its ascent, descent
// and line gap): an exact or minimum spacing in points is judged as that share of it.
constexpr double kSingleLine = 1.15;
// Exact spacing rounds to whole or half points: a share this close (%) to the range is in it.
constexpr double kLineTolerance = 2.0;
// Indents in twips or hundredths of a millimetre: 10 mm is written 567 twips (10.001 mm).
constexpr double kIndentTolerance = 0.1;

bool text_part(const Located& l) { return l.part == Part::Body || l.part == Part::Item; }
bool body_part(const Located& l) { return text_part(l) || (l.part == Part::Heading && !l.centred); }

double paragraph_size(const Context& c, size_t pos) {
  const auto& p = c.doc.paragraphs[pos];
  for (const auto& r : p.runs)
    if (visible(r)) return run_size(r, c.doc);
  return p.look.mark.size > 0 ? p.look.mark.size : c.doc.defaults.size;
}

// A paragraph of the word processor's automatic numbering (a list item: "1.", "a)", a
// bullet). Where its label and text sit is the list's indent; the decree sets the
// body's first-line indent and alignment, not those of its numbered levels and points
// (nd30.md §4.8: "not set in the law"), so they are not judged.
bool list_item(const office::Paragraph& p) { return p.look.list_level >= 0 || !p.look.list_label.empty(); }

void check_indent(const Context& c, size_t pos) {
  if (list_item(c.doc.paragraphs[pos])) return;
  const auto& look = c.doc.paragraphs[pos].look;
  // Where the first line starts: a hanging numbered paragraph starts left of its indent.
  const double start = look.left + look.first_indent;
  const Range r = style_range("body", "indent");
  if (!r.contains(start, kIndentTolerance))
    c.add_at(pos, Code::FirstIndent, Severity::Error, range_text(r, "mm"), number_text(start) + " mm", "§4.8");
}

void check_spacing(const Context& c, size_t pos) {
  if (pos == 0 || !body_part(c.at[pos - 1]) || c.doc.paragraphs[pos - 1].table >= 0) return;
  // Word and LibreOffice both add the space after one paragraph to the space before the next.
  const double gap = c.doc.paragraphs[pos - 1].look.after + c.doc.paragraphs[pos].look.before;
  const Range r = style_range("body", "space-before");
  if (gap < r.min - 0.05)
    c.add_at(pos, Code::ParagraphSpacing, Severity::Error, "≥ " + number_text(r.min) + " pt", number_text(gap) + " pt",
             "§4.8");
}

void check_line(const Context& c, size_t pos) {
  const office::LineSpacing& line = c.doc.paragraphs[pos].look.line;
  const Range r = style_range("body", "line");
  const std::string expected = range_text(r, "%");
  if (line.rule == office::LineSpacing::Rule::Multiple) {
    if (!r.contains(line.value, 0.5))
      c.add_at(pos, Code::LineSpacing, Severity::Error, expected, number_text(line.value) + " %", "§4.8");
    return;
  }
  const double size = paragraph_size(c, pos);
  if (size <= 0) return;
  const bool exact = line.rule == office::LineSpacing::Rule::Exact;
  double share = line.value / (size * kSingleLine) * 100;
  if (!exact) share = std::max(share, 100.0);  // "at least" less than a line is a line
  if (r.contains(share, kLineTolerance)) return;
  c.add_at(pos, Code::LineSpacing, Severity::Error, expected,
           std::string(exact ? "exactly " : "at least ") + number_text(line.value) + " pt (" +
               number_text(std::round(share)) + " %)",
           "§4.8");
}

// 1 for "a", 5 for "đ" …; 0 for what is not a letter of the Vietnamese alphabet.
int letter_index(std::string_view label) {
  const size_t close = label.find(')');
  const std::string_view letter = label.substr(0, close);
  for (int i = 1; i <= 23; ++i)
    if (rules::vietnamese_letter(i) == letter) return i;
  return 0;
}

// Counts in sequence at each level; any level may start again at 1 (a new list), and a
// deeper level starts again under each new parent.
class Numbering {
 public:
  explicit Numbering(const Context& c) : c_(c) {}
  void reset() { roman_ = arabic_ = letter_ = article_ = 0; }

  void read(size_t pos) {
    const auto& p = c_.doc.paragraphs[pos];
    const std::string& t = c_.texts.text[pos];
    const std::string written = p.look.list_label.empty() ? t : p.look.list_label + " " + t;
    const import::Label l = import::read_label(written);
    using K = import::Label::Kind;
    switch (l.kind) {
      case K::Roman:
        step(pos, roman_, l.number, [](int n) { return rules::roman(n) + "."; });
        arabic_ = letter_ = 0;
        break;
      case K::Arabic:
        step(pos, arabic_, l.number, [](int n) { return std::to_string(n) + "."; });
        letter_ = 0;
        break;
      case K::Letter: {
        const int n = letter_index(written);
        if (n == 0) break;
        // "a)" straight under "I.": the "1." level between them is missing.
        if (n == 1 && roman_ > 0 && arabic_ == 0 && !skip_reported_)
          c_.add_at(pos, Code::NumberingOrder, Severity::Warning, "1.", "a)", "§4.8");
        skip_reported_ = skip_reported_ || (n == 1 && roman_ > 0 && arabic_ == 0);
        step(pos, letter_, n, [](int k) { return rules::vietnamese_letter(k) + ")"; });
        break;
      }
      case K::Article:
        step(pos, article_, l.number, [](int n) { return "Điều " + std::to_string(n) + "."; });
        break;
      default:
        break;
    }
  }

 private:
  template <class Label>
  void step(size_t pos, int& count, int n, Label label) {
    if (n != count + 1 && n != 1)
      c_.add_at(pos, Code::NumberingOrder, Severity::Error, label(count + 1), label(n), "§4.8");
    count = n;
  }

  const Context& c_;
  int roman_ = 0, arabic_ = 0, letter_ = 0, article_ = 0;
  bool skip_reported_ = false;
};

}  // namespace

void check_body(const Context& c) {
  Numbering numbering(c);
  for (size_t pos = 0; pos < c.at.size(); ++pos) {
    const Located& l = c.at[pos];
    if (l.part == Part::AppendixLabel) numbering.reset();
    if (!body_part(l)) continue;
    if (text_part(l)) check_indent(c, pos);
    check_spacing(c, pos);
    check_line(c, pos);
    numbering.read(pos);
  }
}

}  // namespace vanban::check
