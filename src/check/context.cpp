#include "check/context.h"

#include <algorithm>

#include "check/paragraph_text.h"
#include "rules/layout_template.h"

namespace vanban::check {

Location Context::paragraph(size_t pos) const {
  const auto& p = doc.paragraphs[pos];
  return {Location::Kind::Paragraph, p.index, first_words(texts.text[pos]), p.anchor};
}

Location Context::section_place(Location::Kind kind, size_t section) const {
  Location l;
  l.kind = kind;
  l.index = static_cast<int>(section) + 1;
  for (const auto& p : doc.paragraphs)
    if (p.section == static_cast<int>(section)) {
      l.anchor = p.anchor;
      break;
    }
  return l;
}

Location Context::document() const {
  Location l;
  if (!doc.paragraphs.empty()) l.anchor = doc.paragraphs.front().anchor;
  return l;
}

void Context::add(Code code, Severity severity, Component component, Location where, std::string expected,
                  std::string found, std::string clause) const {
  out.push_back(
      {code, severity, component, std::move(where), std::move(expected), std::move(found), std::move(clause)});
}

void Context::add_at(size_t pos, Code code, Severity severity, std::string expected, std::string found,
                     std::string clause) const {
  add(code, severity, component_of(at[pos].part), paragraph(pos), std::move(expected), std::move(found),
      std::move(clause));
}

void Context::add_in(const Span& span, Code code, Severity severity, std::string expected, std::string found,
                     std::string clause) const {
  add(code, severity, component_of(span.part), paragraph(span.pos), std::move(expected), std::move(found),
      std::move(clause));
}

double Context::line_width_mm(size_t pos) const {
  const auto& p = doc.paragraphs[pos];
  double base = 0;
  if (p.table >= 0 && p.cell_width > 0) {
    base = p.cell_width - 2 * rules::layout_template().layout_cell_padding;
  } else if (!doc.sections.empty()) {
    const auto s =
        laid_out(doc.sections[static_cast<size_t>(std::clamp<int>(p.section, 0, int(doc.sections.size()) - 1))]);
    base = s.width - s.left - s.right;
  }
  return base - p.look.left - p.look.right;
}

std::vector<size_t> Context::all(Part part) const {
  std::vector<size_t> v;
  for (size_t p = 0; p < at.size(); ++p) {
    bool in = at[p].part == part;
    for (const auto& s : at[p].segments) in = in || s.part == part;
    if (in) v.push_back(p);
  }
  return v;
}

std::vector<Span> Context::spans(size_t pos) const {
  const size_t runs = doc.paragraphs[pos].runs.size();
  const auto& segments = at[pos].segments;
  if (segments.empty()) return {{pos, 0, runs, at[pos].part}};
  std::vector<Span> v;
  for (size_t i = 0; i < segments.size(); ++i) {
    Span s{pos, segments[i].first_run, runs, segments[i].part, segments[i].first_char, 0};
    if (i + 1 < segments.size()) {
      s.end_run = segments[i + 1].first_run;
      s.end_char = segments[i + 1].first_char;
    }
    v.push_back(s);
  }
  return v;
}

Span Context::span(size_t pos, Part part) const {
  for (const Span& s : spans(pos))
    if (s.part == part) return s;
  return {pos, 0, doc.paragraphs[pos].runs.size(), at[pos].part};
}

std::string Context::text_of(const Span& s) const {
  const auto& runs = doc.paragraphs[s.pos].runs;
  if (s.whole(runs.size())) return texts.text[s.pos];
  std::string t;
  for (size_t i = s.first_run; i < s.run_end() && i < runs.size(); ++i)
    if (runs[i].kind == office::Run::Kind::Text) t += slice(s, i);
  return clean_text(t);
}

std::string_view Context::slice(const Span& s, size_t i) const {
  std::string_view t = doc.paragraphs[s.pos].runs[i].text;
  // The end first: when the span starts and ends in the same run, end_char counts from
  // the run's start.
  if (s.end_char > 0 && i == s.end_run) t = t.substr(0, std::min(s.end_char, t.size()));
  if (i == s.first_run) t.remove_prefix(std::min(s.first_char, t.size()));
  return t;
}

bool Context::shows(const Span& s, size_t i) const {
  const auto& r = doc.paragraphs[s.pos].runs[i];
  if (!visible(r)) return false;
  for (char ch : slice(s, i))
    if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r') return true;
  return false;
}

bool size_stated(const office::Section& s) { return s.width > 0 && s.height > 0; }

// A stated margin may be 0; all four at 0 is a section without w:pgMar (or an ODT page
// layout without margins), which no one sets on purpose.
bool margins_stated(const office::Section& s) { return s.top > 0 || s.bottom > 0 || s.left > 0 || s.right > 0; }

office::Section laid_out(const office::Section& s) {
  office::Section out = s;
  if (!size_stated(s)) {
    out.width = 215.9;
    out.height = 279.4;
  }
  if (!margins_stated(s)) out.top = out.bottom = out.left = out.right = 25.4;
  return out;
}

const char* clause_of(Part part) {
  switch (part) {
    case Part::NationalTitle:
    case Part::Motto:
      return "§4.1";
    case Part::Superior:
    case Part::Issuer:
      return "§4.2";
    case Part::Number:
      return "§4.3";
    case Part::Date:
      return "§4.4";
    case Part::DocType:
    case Part::Subject:
    case Part::Vv:
      return "§4.5";
    case Part::Addressee:
      return "§4.6";
    case Part::Basis:
    case Part::Decider:
      return "§4.7";
    case Part::Formula:
    case Part::Body:
    case Part::Heading:
    case Part::Item:
      return "§4.8";
    case Part::Authority:
    case Part::SignerRole:
    case Part::SignatureMark:
    case Part::Signer:
      return "§4.9";
    case Part::RecipientsLabel:
    case Part::Recipient:
      return "§4.10";
    case Part::Drafter:
      return "§4.13";
    case Part::AppendixLabel:
    case Part::AppendixTitle:
    case Part::AppendixReference:
      return "§4.11";
    case Part::Stamp:
      return "§4.12";
    case Part::TableCell:
      return "§4.15";
    case Part::None:
    case Part::Rule:
      return "§2";
  }
  return "§2";
}

}  // namespace vanban::check
