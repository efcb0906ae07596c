// Body lines → the model's block tree. Hard-wrapped lines are joined into paragraphs
// (a line continues the one before when it starts in lower case, or when the one
// before runs to the wrap width without closing punctuation); labels (I., 1., 1.1.,
// a), -, +, Điều n.) become sections, articles and items, nested by their kind, so the
// renderer numbers them again; footnote bodies are bound to their marks.
#pragma once
#include <vector>

#include "import/report.h"
#include "import/source_lines.h"
#include "model/document.h"

namespace vanban::import {

struct Paragraph {
  int line = 0;
  model::Text text;
  std::string plain;
  bool heading = false;  // a markdown heading or an all-bold line: never joined onto
  std::shared_ptr<const model::Table> table;
};

// Joins wrapped lines. Page numbers alone on a line are dropped (and reported).
std::vector<Paragraph> assemble_paragraphs(const std::vector<SourceLine>& lines, Report& report);

struct BodyOptions {
  bool articles = false;  // "Điều n." starts an article (quyết định and the like)
};
struct Body {
  std::vector<model::Node> nodes;
  bool arabic_top = false;  // the top-level sections are 1., 2.
};
Body build_body(const std::vector<Paragraph>& paras, const BodyOptions& options, Report& report);

// A footnote body found in the source, to be bound to its mark.
struct FootnoteBody {
  int number = 0;
  int line = 0;
  model::Text text;
  bool bracketed = false;  // "[1] …" (marks are "[1]"); otherwise "1Text" (marks are digits glued to a word)
};
// Takes glued footnote bodies ("1Tại các …" after a page break) out of `lines`.
std::vector<FootnoteBody> extract_glued_footnotes(std::vector<SourceLine>& lines);
// "[1] text" lines.
std::vector<FootnoteBody> extract_bracket_footnotes(std::vector<SourceLine>& lines);
// Binds each body to the first unbound mark in the tree; bodies without a mark are
// returned (the caller keeps their text as paragraphs).
std::vector<FootnoteBody> bind_footnotes(std::vector<FootnoteBody> notes, std::vector<std::vector<model::Node>*> trees,
                                         Report& report);

}  // namespace vanban::import
