#include "import/body_recogniser.h"

#include <algorithm>

#include "import/inline_markup.h"
#include "import/line_text.h"
#include "import/patterns.h"
#include "rules/kinds.h"

namespace vanban::import {
namespace {

// The block of "[n] …" lines at the end of `lines` (a document without a signature
// block ends with its notes), taken out as notes.
std::vector<FootnoteBody> take_trailing_notes(std::vector<SourceLine>& lines) {
  size_t start = lines.size();
  for (size_t j = lines.size(); j-- > 0;) {
    const auto& l = lines[j];
    if (l.blank()) continue;
    if (l.table || read_label(l.plain).kind != Label::Kind::None) break;
    if (!l.plain.empty() && l.plain[0] == '[') {
      start = j;
      continue;
    }
    // Another line belongs to the block only as a wrapped part of a note above it.
    if (j == 0 || lines[j - 1].blank()) break;
  }
  if (start == lines.size()) return {};
  std::vector<SourceLine> block(lines.begin() + static_cast<long>(start), lines.end());
  lines.erase(lines.begin() + static_cast<long>(start), lines.end());
  auto notes = extract_bracket_footnotes(block);
  lines.insert(lines.end(), block.begin(), block.end());  // lines that were no notes
  return notes;
}

// The renderer writes "./." itself; a mark left inside the body would print twice.
void strip_end_marks(std::vector<model::Node>& nodes) {
  if (nodes.empty()) return;
  auto& last = nodes.back();
  if (!last.children.empty()) {
    strip_end_marks(last.children);
    return;
  }
  const std::string p = plain_text(last.text);
  if (p.ends_with("./.")) trim_end(last.text, "/.");
}

bool basis_opener(const std::string& s) {
  return starts_with(s, "Căn cứ") || starts_with(s, "Xét") || starts_with(s, "Theo ") || starts_with(s, "Trên cơ sở") ||
         starts_with(s, "Thực hiện");
}

}  // namespace

std::vector<FootnoteBody> BodyRecogniser::read(size_t end, const std::vector<std::string>& kept_as_text) {
  std::vector<SourceLine> body_lines = lines_.lines_between(lines_.pos(), end);
  // Footnote bodies a page break left among the lines ("1Tại các …").
  auto notes = extract_glued_footnotes(body_lines);
  if (end == lines_.size()) {
    auto trailing = take_trailing_notes(body_lines);
    notes.insert(notes.end(), trailing.begin(), trailing.end());
  }
  std::vector<Paragraph> paras;
  for (const auto& s : kept_as_text) {
    Paragraph p;
    p.text = {text_run(s)};
    p.plain = s;
    paras.push_back(std::move(p));
  }
  for (auto& p : assemble_paragraphs(body_lines, lines_.report())) paras.push_back(std::move(p));
  read_paragraphs(std::move(paras));
  lines_.skip_to(end);
  return notes;
}

void BodyRecogniser::read_paragraphs(std::vector<Paragraph> paras) {
  const rules::KindInfo* kind = rules::find_kind(doc_.kind);
  const bool decides = kind && !kind->formula.empty();
  size_t bases_end = 0;
  if (decides) {
    const std::string key = anchor_key(kind->formula);
    bases_end = read_bases(paras, Formula{kind->formula, key, strip_end(key, ":")});
  }
  std::vector<Paragraph> rest(paras.begin() + static_cast<long>(bases_end), paras.end());
  const std::optional<Paragraph> closing = take_closing(rest);
  BodyOptions options;
  options.articles = decides || doc_.kind == "quy-che" || doc_.kind == "quy-dinh";
  take_preamble(rest);
  Body b = build_body(rest, options, lines_.report());
  doc_.body = std::move(b.nodes);
  doc_.body_arabic = b.arabic_top;
  if (closing) set_closing(*closing);
  strip_end_marks(doc_.body);
}

// ---- căn cứ ---------------------------------------------------------------------

// Reads the căn cứ at the start of `paras`; returns the index of the first paragraph
// after them (and after the formula line). Bases that end without the formula line
// end where a paragraph is no basis.
size_t BodyRecogniser::read_bases(const std::vector<Paragraph>& paras, const Formula& formula) {
  const size_t formula_at = formula_paragraph(paras, formula);
  size_t k = 0;
  for (; k < paras.size() && !paras[k].table; ++k) {
    const Paragraph& p = paras[k];
    const std::string key = anchor_key(p.plain);
    if (key == formula.key || key == formula.bare) {
      lines_.note(ReportEntry::Kind::Dropped, p.line, "formula (the renderer prints it)", p.plain);
      return k + 1;
    }
    const bool opener = basis_opener(p.plain);
    if (!opener && (k >= formula_at || read_label(p.plain).kind != Label::Kind::None)) break;
    if (!opener && !doc_.bases.empty()) {
      continue_basis(p);
      continue;
    }
    if (!opener) break;
    add_basis(p, formula);
    if (k == formula_at) return k + 1;
  }
  return k;
}

// Where the formula line is ("QUYẾT ĐỊNH:", or a basis ending in it): everything
// before it is căn cứ. paras.size() when it is not among the first paragraphs.
size_t BodyRecogniser::formula_paragraph(const std::vector<Paragraph>& paras, const Formula& formula) {
  for (size_t j = 0; j < paras.size() && j < 40 && !paras[j].table; ++j) {
    const std::string key = anchor_key(paras[j].plain);
    if (key == formula.key || key == formula.bare || key.ends_with(" " + formula.key)) return j;
    if (read_label(paras[j].plain).kind != Label::Kind::None) break;
  }
  return paras.size();
}

// A basis that went on to the next paragraph: one basis.
void BodyRecogniser::continue_basis(const Paragraph& p) {
  append_text(doc_.bases.back(), {text_run(" ")});
  model::Text more = p.text;
  trim_end(more, ";.,");
  append_text(doc_.bases.back(), more);
}

void BodyRecogniser::add_basis(const Paragraph& p, const Formula& formula) {
  model::Text t = p.text;
  // "Xét đề nghị … QUYẾT ĐỊNH:" on one line.
  const std::string plain = plain_text(t);
  if (anchor_key(plain).ends_with(formula.key) || anchor_key(plain).ends_with(formula.bare)) {
    const size_t cut = plain.size() - std::min(plain.size(), formula.written.size());
    std::string head = plain.substr(0, cut);
    t = {text_run(strip_end(head, ":"))};
    lines_.note(ReportEntry::Kind::Dropped, p.line, "formula (the renderer prints it)");
  }
  trim_end(t, ";.,");
  doc_.bases.push_back(std::move(t));
  lines_.note(ReportEntry::Kind::Recognised, p.line, "căn cứ", p.plain);
}

// ---- preamble and closing -------------------------------------------------------

// The closing: the last plain paragraph, when it carries the end mark.
std::optional<Paragraph> BodyRecogniser::take_closing(std::vector<Paragraph>& paras) {
  if (paras.empty() || paras.back().table || read_label(paras.back().plain).kind != Label::Kind::None ||
      !(paras.back().plain.ends_with("./.") || paras.back().plain.ends_with(". /.")))
    return std::nullopt;
  std::optional<Paragraph> closing = paras.back();
  paras.pop_back();
  return closing;
}

// Paragraphs before the first label are the preamble, when labels follow (up to a
// table, which belongs to the body).
void BodyRecogniser::take_preamble(std::vector<Paragraph>& paras) {
  size_t first_label = paras.size();
  for (size_t j = 0; j < paras.size(); ++j)
    if (!paras[j].table && read_label(paras[j].plain).kind != Label::Kind::None) {
      first_label = j;
      break;
    }
  if (first_label == paras.size()) return;
  for (size_t j = 0; j < first_label; ++j) {
    if (paras[j].table) {
      first_label = j;
      break;
    }
    model::Node n;
    n.text = paras[j].text;
    n.line = paras[j].line;
    doc_.preamble.push_back(std::move(n));
  }
  paras.erase(paras.begin(), paras.begin() + static_cast<long>(first_label));
}

void BodyRecogniser::set_closing(const Paragraph& p) {
  model::Node n;
  n.text = p.text;
  n.line = p.line;
  trim_end(n.text, "./ ");
  doc_.closing.push_back(std::move(n));
  lines_.note(ReportEntry::Kind::Recognised, p.line, "closing", p.plain);
}

}  // namespace vanban::import
