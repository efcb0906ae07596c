// §4.1 the line under the Tiêu ngữ: as long as the motto, centred; §4.2 and §4.5 the
// lines under the issuer and the trích yếu: 1/3 to 1/2 of the longest line of the text
// (the range of <rules issuer=… subject=…> in schemas/templates-1.xsd), centred.
//
// A rule is found as the clerk may have drawn it: a border under the component's last
// paragraph, a border on an empty paragraph right after it (how vanban draws it), a line
// shape anchored there, or the text itself underlined. A border runs between the
// paragraph's indents (across its cell: see Context::line_width_mm); a shape is as wide
// as it says; an underline as the text.
#include <algorithm>
#include <cmath>

#include "check/expectations.h"
#include "check/paragraph_text.h"
#include "check/rules.h"
#include "layout/font_metrics.h"

namespace vanban::check {
namespace {

// The motto's rule may differ from the motto's width measured here by this share: the
// width comes from font tables (the word processor rounds glyph advances), the cell
// padding of a typed table is not known (see Context::line_width_mm), and a clerk draws
// a shape by eye.
constexpr double kMottoTolerance = 0.10;
// The issuer's and trích yếu's rules: mm either side of the 1/3–1/2 band, for the same reasons.
constexpr double kShareToleranceMm = 2.0;
// A rule's centre may sit this far (mm) from the centre of its line.
constexpr double kCentreToleranceMm = 2.0;

struct Drawn {
  bool found = false;
  double length = 0;          // mm
  double off_centre = 0;      // mm, the rule's centre from its line's centre
  bool centre_known = false;  // a shape's position is not known
};

const office::Run* first_visible(const Context& c, const Span& s) {
  const auto& runs = c.doc.paragraphs[s.pos].runs;
  for (size_t i = s.first_run; i < s.run_end() && i < runs.size(); ++i)
    if (c.shows(s, i)) return &runs[i];
  return nullptr;
}

// Width in mm of the span's text as its first visible run sets it.
double text_mm(const Context& c, const Span& s) {
  const office::Run* r = first_visible(c, s);
  const double size = r ? run_size(*r, c.doc) : 0;
  if (!r || size <= 0) return 0;
  return layout::serif(r->look.bold, r->look.italic).width_pt(c.text_of(s), size) / layout::kPtPerMm;
}

// The longest line the span shows: its breaks kept, each line wrapped to its width.
double longest_line_mm(const Context& c, const Span& s) {
  const office::Run* first = first_visible(c, s);
  const double size = first ? run_size(*first, c.doc) : 0;
  if (!first || size <= 0) return 0;
  const auto& font = layout::serif(first->look.bold, first->look.italic);
  const double room = std::max(1.0, c.line_width_mm(s.pos)) * layout::kPtPerMm;
  const auto& runs = c.doc.paragraphs[s.pos].runs;
  std::vector<std::string> lines(1);
  for (size_t i = s.first_run; i < s.run_end() && i < runs.size(); ++i) {
    if (runs[i].kind == office::Run::Kind::Break) lines.emplace_back();
    if (runs[i].kind == office::Run::Kind::Text) lines.back() += c.slice(s, i);
  }
  // Legacy text: only its decoded whole is right.
  if (c.texts.legacy[s.pos]) lines = {c.texts.text[s.pos]};
  double longest = 0;
  for (const auto& line : lines)
    for (double w : layout::wrapped_line_widths(clean_text(line), size, room, font)) longest = std::max(longest, w);
  return longest / layout::kPtPerMm;
}

Drawn border(const Context& c, size_t pos) {
  const auto& look = c.doc.paragraphs[pos].look;
  return {true, c.line_width_mm(pos), (look.left - look.right) / 2, true};
}

// The rule under the spans of a component (in order; the last one's paragraph is where
// a rule starts), about `target` mm long.
Drawn rule_under(const Context& c, const std::vector<Span>& spans, double target) {
  const auto& paras = c.doc.paragraphs;
  const size_t last = spans.back().pos;
  if (paras[last].look.border_bottom > 0) return border(c, last);
  size_t end = last;  // the empty paragraphs after it, in the same cell
  for (size_t q = last + 1; q < paras.size() && c.texts.text[q].empty(); ++q) {
    if (paras[q].table != paras[last].table || paras[q].row != paras[last].row || paras[q].cell != paras[last].cell)
      break;
    end = q;
    if (paras[q].look.border_top > 0 || paras[q].look.border_bottom > 0) return border(c, q);
  }
  // A line shape anchored in the component's cell (Word anchors a drawing to the
  // paragraph it was inserted at, often the cell's first), or outside a table at the
  // component or the empty paragraphs after it; of several, the nearest to `target` long.
  const office::Shape* shape = nullptr;
  const int from = paras[spans.front().pos].index, to = paras[end].index;
  for (const auto& s : c.doc.shapes) {
    if (s.kind != office::Shape::Kind::Line) continue;
    bool here = s.paragraph >= from && s.paragraph <= to;
    // Paragraph::index n is the n-th body paragraph: where the anchor is, at once.
    const auto q = static_cast<size_t>(s.paragraph) - 1;
    if (!here && paras[last].table >= 0 && s.paragraph >= 1 && q < paras.size() && paras[q].index == s.paragraph)
      here =
          paras[q].table == paras[last].table && paras[q].row == paras[last].row && paras[q].cell == paras[last].cell;
    if (here && (!shape || std::abs(s.width - target) < std::abs(shape->width - target))) shape = &s;
  }
  if (shape) return {true, shape->width, 0, false};
  // The text underlined: as long as its longest line, centred with it.
  bool underlined = true, any = false;
  for (const Span& s : spans)
    for (size_t i = s.first_run; i < s.run_end() && i < paras[s.pos].runs.size(); ++i)
      if (c.shows(s, i)) {
        any = true;
        underlined = underlined && paras[s.pos].runs[i].look.underline;
      }
  if (any && underlined) {
    double longest = 0;
    for (const Span& s : spans) longest = std::max(longest, longest_line_mm(c, s));
    return {true, longest, 0, true};
  }
  return {};
}

// One finding at most: missing, of the wrong length (`expected` says what is right; the
// check allows `allowed`), or off centre.
void judge(const Context& c, const Span& at, Code code, const Drawn& d, const Range& allowed,
           const std::string& expected, const char* clause) {
  if (!d.found)
    c.add_in(at, code, Severity::Error, expected, "", clause);
  else if (!allowed.contains(d.length))
    c.add_in(at, code, Severity::Error, expected, number_text(d.length) + " mm", clause);
  else if (d.centre_known && std::abs(d.off_centre) > kCentreToleranceMm)
    c.add_in(at, code, Severity::Error, "centred", "off centre " + number_text(std::abs(d.off_centre)) + " mm", clause);
}

// The spans of one part, in runs of paragraphs that follow one another (empty
// paragraphs between them allowed): a name wrapped over two paragraphs is one block.
std::vector<std::vector<Span>> blocks(const Context& c, Part part) {
  std::vector<std::vector<Span>> out;
  for (size_t p : c.all(part)) {
    bool joined = false;
    if (!out.empty()) {
      joined = true;
      for (size_t q = out.back().back().pos + 1; q < p; ++q) joined = joined && c.texts.text[q].empty();
    }
    if (!joined) out.emplace_back();
    out.back().push_back(c.span(p, part));
  }
  return out;
}

void shared_rule(const Context& c, const std::vector<Span>& spans, Code code, std::string_view share,
                 const char* clause) {
  double longest = 0;
  for (const Span& s : spans) longest = std::max(longest, longest_line_mm(c, s));
  if (longest <= 0) return;
  const Range r = style_range("rules", share);
  const Range allowed{std::max(0.0, r.min * longest - kShareToleranceMm), r.max * longest + kShareToleranceMm};
  judge(c, spans.back(), code, rule_under(c, spans, (r.min + r.max) / 2 * longest), allowed,
        range_text({r.min * longest, r.max * longest}, "mm"), clause);
}

}  // namespace

void check_rule_lines(const Context& c) {
  for (const auto& spans : blocks(c, Part::Motto)) {
    const double motto = text_mm(c, spans.back());
    if (motto <= 0) continue;
    const Range allowed{motto * (1 - kMottoTolerance), motto * (1 + kMottoTolerance)};
    judge(c, spans.back(), Code::MottoRule, rule_under(c, spans, motto), allowed, number_text(motto) + " mm", "§4.1");
  }
  if (const auto issuer = blocks(c, Part::Issuer); !issuer.empty())
    shared_rule(c, issuer.front(), Code::IssuerRule, "issuer", "§4.2");
  // Under the trích yếu, or under the tên loại when there is none.
  auto subject = blocks(c, Part::Subject);
  if (subject.empty()) subject = blocks(c, Part::DocType);
  if (!subject.empty()) shared_rule(c, subject.front(), Code::SubjectRule, "subject", "§4.5");
}

}  // namespace vanban::check
