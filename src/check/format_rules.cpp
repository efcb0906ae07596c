// §4.1–§4.11 per component: type size within the legal range of the role's size in
// templates/layout.xml (the range from schemas/templates-1.xsd), bold, italic, capitals
// and alignment as the role and the decree say.
#include <algorithm>
#include <set>

#include "check/expectations.h"
#include "check/paragraph_text.h"
#include "check/rules.h"
#include "check/shapes.h"
#include "import/patterns.h"

namespace vanban::check {
namespace {

// Must (every letter), must not (no letter), not all (a few words may: emphasis in the
// body, but not the whole paragraph), or not checked.
enum class Want { Skip, Yes, No, NotAll };
struct Policy {
  Want bold = Want::Skip, italic = Want::Skip, caps = Want::Skip;
  bool align = false;
};

Policy policy(const Located& l, const std::string& text) {
  using W = Want;
  switch (l.part) {
    case Part::Superior:
      return {W::No, W::No, W::Yes, true};
    case Part::Issuer:
    case Part::NationalTitle:
    case Part::DocType:
    case Part::Authority:
    case Part::SignerRole:
    case Part::Stamp:
    case Part::AppendixTitle:
      return {W::Yes, W::No, W::Yes, true};
    case Part::Motto:  // its exact text is a rule of its own
      return {W::Yes, W::No, W::Skip, true};
    case Part::Number:
      return {W::No, W::No, W::Skip, true};
    case Part::Vv:
      return {W::No, W::No, W::No, true};
    case Part::Date:
      return {W::Skip, W::Yes, W::No, true};
    case Part::Subject:
    case Part::Signer:
    case Part::AppendixLabel:
      return {W::Yes, W::No, W::No, true};
    case Part::Addressee:  // left, or centred when it is one line: the layout decides
      return {W::No, W::No, W::Skip, false};
    case Part::Basis:
      return {W::Skip, W::Yes, W::No, false};
    case Part::Body:
    case Part::Item:
      return {W::Skip, W::NotAll, W::Skip, true};
    case Part::Heading:
      // "Phần I" in thường, its title in capitals, both bold and centred; "I." in
      // capitals; "Điều 1." and a titled "1." bold; "a)" upright. Where a heading sits
      // on the line is practice (left, or the body's indent): not checked.
      if (l.centred) return {W::Yes, W::No, part_heading_line(text) ? W::No : W::Yes, true};
      if (l.level == 1) return {W::Yes, W::NotAll, W::Yes, false};
      if (l.level == 0 || (l.level == 2 && l.titled)) return {W::Yes, W::NotAll, W::Skip, false};
      return {W::Skip, W::NotAll, W::Skip, false};
    case Part::RecipientsLabel:
      return {W::Yes, W::Yes, W::Skip, true};
    case Part::Recipient:
    case Part::Drafter:
      return {W::No, W::No, W::Skip, true};
    case Part::AppendixReference:
      return {W::Skip, W::Yes, W::Skip, true};
    case Part::None:
    case Part::Rule:
    case Part::Decider:
    case Part::Formula:
    case Part::TableCell:
    case Part::SignatureMark:
      return {};
  }
  return {};
}

// A piece of a run a rule reads: visible text, less a copy's "(Đã ký)" in the signer's
// paragraph; of a heading with run-in text ("I. KINH PHÍ: 45.000.000 đồng"), only the
// title before the colon.
struct Piece {
  const office::Run* run;
  std::string text;
};
std::vector<Piece> pieces(const Context& c, const Located& l, const Span& span) {
  const auto& runs = c.doc.paragraphs[span.pos].runs;
  const size_t end = std::min(span.run_end(), runs.size());
  std::string all;
  for (size_t i = span.first_run; i < end; ++i)
    if (runs[i].kind == office::Run::Kind::Text) all += c.slice(span, i);
  const size_t colon = l.part == Part::Heading ? all.find(": ") : std::string::npos;
  const bool run_in = colon != std::string::npos && !clean_text(all.substr(colon + 1)).empty();
  size_t left = run_in ? colon + 1 : std::string::npos;  // the colon is the title's
  std::vector<Piece> v;
  for (size_t i = span.first_run; i < end; ++i) {
    const office::Run& r = runs[i];
    if (r.kind != office::Run::Kind::Text) continue;
    if (left == 0) break;
    const std::string_view text = c.slice(span, i);
    const size_t take = std::min(left, text.size());
    if (run_in) left -= take;
    Piece piece{&r, std::string(text.substr(0, take))};
    const std::string shown = clean_text(piece.text);
    if (visible(r) && !shown.empty() && !(l.part == Part::Signer && signature_mark_line(shown)))
      v.push_back(std::move(piece));
  }
  return v;
}

void check_size(const Context& c, const Span& at, const RoleLook& role, const std::vector<Piece>& runs) {
  std::set<double> wrong;
  for (const auto& r : runs)
    if (const double s = run_size(*r.run, c.doc); s > 0 && !role.size.contains(s, 0.01)) wrong.insert(s);
  if (wrong.empty()) return;
  std::string found;
  for (double s : wrong) found += (found.empty() ? "" : ", ") + number_text(s);
  // Tables are not regulated (§4.15): their range is a suggestion.
  const bool table = at.part == Part::TableCell;
  c.add_in(at, Code::FontSize, table ? Severity::Warning : Severity::Error, range_text(role.size, "pt"), found + " pt",
           clause_of(at.part));
}

void check_weight(const Context& c, const Span& at, Code code, Want want, const std::vector<Piece>& runs) {
  if (want == Want::Skip || runs.empty()) return;
  const char* yes = code == Code::Bold ? "bold" : "italic";
  const char* no = code == Code::Bold ? "not bold" : "not italic";
  size_t on = 0;
  for (const auto& r : runs) on += code == Code::Bold ? r.run->look.bold : r.run->look.italic;
  const bool wrong = (want == Want::Yes && on < runs.size()) || (want == Want::No && on > 0) ||
                     (want == Want::NotAll && on == runs.size());
  if (!wrong) return;
  const bool must = want == Want::Yes;
  c.add_in(at, code, Severity::Error, must ? yes : no, must ? (on ? "partly " + std::string(yes) : no) : yes,
           clause_of(at.part));
}

void check_caps(const Context& c, const Span& at, Want want, const std::vector<Piece>& runs) {
  if (want == Want::Skip || runs.empty()) return;
  bool lower = false, all_caps = true;
  std::string shown;
  for (const auto& r : runs) {
    const bool caps = r.run->look.caps;
    lower = lower || (!caps && has_lower(r.text));
    all_caps = all_caps && caps;
    shown += r.text;
  }
  all_caps = all_caps || import::is_caps(shown);
  if (want == Want::Yes && lower)
    c.add_in(at, Code::Capitals, Severity::Error, "in capitals", "not in capitals", clause_of(at.part));
  if (want == Want::No && all_caps)
    c.add_in(at, Code::Capitals, Severity::Error, "not in capitals", "in capitals", clause_of(at.part));
}

}  // namespace

void check_formatting(const Context& c) {
  for (size_t pos = 0; pos < c.at.size(); ++pos) {
    const office::Paragraph& p = c.doc.paragraphs[pos];
    // One alignment a paragraph: said once. A paragraph whose components sit side by
    // side (columns apart by tabs or spaces, a header typed without a table) places
    // each by those tabs and spaces (spacing-characters), not by its alignment: none
    // of its columns is judged by it.
    bool aligned =
        std::any_of(c.at[pos].segments.begin(), c.at[pos].segments.end(), [](const Segment& s) { return s.column; });
    for (const Span& span : c.spans(pos)) {
      Located l = c.at[pos];
      l.part = span.part;
      const char* role_id = role_of(l);
      if (!*role_id) continue;
      const RoleLook& role = role_look(role_id);
      const auto runs = pieces(c, l, span);
      check_size(c, span, role, runs);
      const Policy want = policy(l, c.text_of(span));
      check_weight(c, span, Code::Bold, want.bold, runs);
      check_weight(c, span, Code::Italic, want.italic, runs);
      check_caps(c, span, want.caps, runs);
      if (!want.align || runs.empty() || aligned) continue;
      // An item of the word processor's automatic numbering in the text: its alignment is
      // the list's, which the decree does not set (nd30.md §4.8; body_rules.cpp).
      if ((l.part == Part::Body || l.part == Part::Item) && (p.look.list_level >= 0 || !p.look.list_label.empty()))
        continue;
      const office::Align expected = l.centred ? office::Align::Center : role.align;
      // A justified paragraph's last line sits left: justified is as good as left.
      const bool ok =
          p.look.align == expected || (expected == office::Align::Left && p.look.align == office::Align::Justify);
      if (!ok)
        c.add_in(span, Code::Alignment, Severity::Error, align_name(expected), align_name(p.look.align),
                 clause_of(l.part));
      aligned = true;
    }
  }
  // Footnotes: not regulated (§4.15); their suggested range, as a warning.
  const Range note = role_look("VbFootnote").size;
  for (size_t f = 0; f < c.doc.footnotes.size(); ++f)
    for (const auto& p : c.doc.footnotes[f]) {
      std::set<double> wrong;
      for (const auto& r : p.runs)
        if (const double size = run_size(r, c.doc); visible(r) && size > 0 && !note.contains(size, 0.01))
          wrong.insert(size);
      if (wrong.empty()) continue;
      Location where{Location::Kind::Footnote, static_cast<int>(f) + 1, {}, p.anchor};
      c.add(Code::FontSize, Severity::Warning, Component::Footnote, where, range_text(note, "pt"),
            number_text(*wrong.begin()) + " pt", "§4.15");
      break;
    }
}

}  // namespace vanban::check
