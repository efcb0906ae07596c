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

const office::Run* first_visible(const office::Paragraph& p) {
  for (const auto& r : p.runs)
    if (visible(r)) return &r;
  return nullptr;
}

// Width in mm of `text` as the paragraph's first visible run sets it.
double text_mm(const Context& c, const office::Paragraph& p, std::string_view text) {
  const office::Run* r = first_visible(p);
  const double size = r ? run_size(*r, c.doc) : 0;
  if (!r || size <= 0) return 0;
  return layout::serif(r->look.bold, r->look.italic).width_pt(text, size) / layout::kPtPerMm;
}

// The longest line the paragraph shows: its breaks kept, each piece wrapped to its width.
double longest_line_mm(const Context& c, size_t pos) {
  const office::Paragraph& p = c.doc.paragraphs[pos];
  const office::Run* r = first_visible(p);
  const double size = r ? run_size(*r, c.doc) : 0;
  if (!r || size <= 0) return 0;
  const auto& font = layout::serif(r->look.bold, r->look.italic);
  const double room = std::max(1.0, c.line_width_mm(pos)) * layout::kPtPerMm;
  double longest = 0;
  const std::string& raw = c.texts.raw[pos];
  for (size_t from = 0; from <= raw.size();) {
    const size_t end = std::min(raw.find('\n', from), raw.size());
    for (double w : layout::wrapped_line_widths(clean_text(raw.substr(from, end - from)), size, room, font))
      longest = std::max(longest, w);
    from = end + 1;
  }
  return longest / layout::kPtPerMm;
}

Drawn border(const Context& c, size_t pos) {
  const auto& look = c.doc.paragraphs[pos].look;
  return {true, c.line_width_mm(pos), (look.left - look.right) / 2, true};
}

// The rule under paragraphs [first, last] of a component.
Drawn rule_under(const Context& c, size_t first, size_t last) {
  const auto& paras = c.doc.paragraphs;
  if (paras[last].look.border_bottom > 0) return border(c, last);
  size_t end = last;  // the empty paragraphs after it, in the same cell
  for (size_t q = last + 1; q < paras.size() && c.texts.text[q].empty(); ++q) {
    if (paras[q].table != paras[last].table || paras[q].row != paras[last].row || paras[q].cell != paras[last].cell)
      break;
    end = q;
    if (paras[q].look.border_top > 0 || paras[q].look.border_bottom > 0) return border(c, q);
  }
  for (const auto& s : c.doc.shapes)
    if (s.kind == office::Shape::Kind::Line && s.paragraph >= paras[last].index && s.paragraph <= paras[end].index)
      return {true, s.width, 0, false};
  // The text underlined: as long as its longest line, centred with it.
  bool underlined = true, any = false;
  for (size_t q = first; q <= last; ++q)
    for (const auto& r : paras[q].runs)
      if (visible(r)) {
        any = true;
        underlined = underlined && r.look.underline;
      }
  if (any && underlined) {
    double longest = 0;
    for (size_t q = first; q <= last; ++q) longest = std::max(longest, longest_line_mm(c, q));
    return {true, longest, 0, true};
  }
  return {};
}

// One finding at most: missing, of the wrong length (`expected` says what is right; the
// check allows `allowed`), or off centre.
void judge(const Context& c, size_t pos, Code code, const Drawn& d, const Range& allowed, const std::string& expected,
           const char* clause) {
  if (!d.found)
    c.add_at(pos, code, Severity::Error, expected, "", clause);
  else if (!allowed.contains(d.length))
    c.add_at(pos, code, Severity::Error, expected, number_text(d.length) + " mm", clause);
  else if (d.centre_known && std::abs(d.off_centre) > kCentreToleranceMm)
    c.add_at(pos, code, Severity::Error, "centred", "off centre " + number_text(std::abs(d.off_centre)) + " mm",
             clause);
}

// Runs of consecutive positions (empty paragraphs between them allowed) of one part.
std::vector<std::pair<size_t, size_t>> blocks(const Context& c, Part part) {
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t p : c.all(part)) {
    bool joined = false;
    if (!out.empty()) {
      joined = true;
      for (size_t q = out.back().second + 1; q < p; ++q) joined = joined && c.texts.text[q].empty();
    }
    if (joined)
      out.back().second = p;
    else
      out.emplace_back(p, p);
  }
  return out;
}

void shared_rule(const Context& c, size_t first, size_t last, Code code, std::string_view share, const char* clause) {
  double longest = 0;
  for (size_t q = first; q <= last; ++q) longest = std::max(longest, longest_line_mm(c, q));
  if (longest <= 0) return;
  const Range r = style_range("rules", share);
  const Range allowed{std::max(0.0, r.min * longest - kShareToleranceMm), r.max * longest + kShareToleranceMm};
  judge(c, last, code, rule_under(c, first, last), allowed, range_text({r.min * longest, r.max * longest}, "mm"),
        clause);
}

}  // namespace

void check_rule_lines(const Context& c) {
  for (const auto& [first, last] : blocks(c, Part::Motto)) {
    const double motto = text_mm(c, c.doc.paragraphs[last], c.texts.text[last]);
    if (motto <= 0) continue;
    const Range allowed{motto * (1 - kMottoTolerance), motto * (1 + kMottoTolerance)};
    judge(c, last, Code::MottoRule, rule_under(c, first, last), allowed, number_text(motto) + " mm", "§4.1");
  }
  if (const auto issuer = blocks(c, Part::Issuer); !issuer.empty())
    shared_rule(c, issuer.front().first, issuer.front().second, Code::IssuerRule, "issuer", "§4.2");
  // Under the trích yếu, or under the tên loại when there is none.
  auto subject = blocks(c, Part::Subject);
  if (subject.empty()) subject = blocks(c, Part::DocType);
  if (!subject.empty())
    shared_rule(c, subject.front().first, subject.front().second, Code::SubjectRule, "subject", "§4.5");
}

}  // namespace vanban::check
