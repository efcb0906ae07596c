// What every rule reads (the document, its texts, what each paragraph is) and where
// it writes its findings.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "check/finding.h"
#include "check/locate.h"
#include "model/document.h"
#include "office/document.h"

namespace vanban::check {

// The runs of one paragraph that show one component: the whole paragraph, or one of its
// segments (locate.h).
// A segment may begin inside a run (a hand-typed header: "UBND HUYỆN X      CỘNG HÒA …"
// in one run, the columns apart by spaces): the span then starts at `first_char` of its
// first run, and, when `end_char` is not 0, takes the first `end_char` bytes of run
// `end_run` too.
struct Span {
  size_t pos = 0;
  size_t first_run = 0, end_run = 0;
  Part part = Part::None;
  size_t first_char = 0, end_char = 0;
  // One past the last run it touches.
  size_t run_end() const { return end_char > 0 ? end_run + 1 : end_run; }
  bool whole(size_t runs) const { return first_run == 0 && first_char == 0 && end_run >= runs; }
};

struct Context {
  const office::Document& doc;
  const Texts& texts;
  const std::vector<Located>& at;  // by position in doc.paragraphs
  const model::Document& model;    // what the importer recognised
  std::vector<Finding>& out;

  // A body paragraph's place: its index, first words and anchor.
  Location paragraph(size_t pos) const;
  // A section's page set-up, header or footer (section 0-based; shown 1-based), anchored
  // at the section's first body paragraph.
  Location section_place(Location::Kind kind, size_t section) const;
  Location document() const;

  void add(Code code, Severity severity, Component component, Location where, std::string expected, std::string found,
           std::string clause) const;
  // `add` for a body paragraph, its component from what it was located as.
  void add_at(size_t pos, Code code, Severity severity, std::string expected, std::string found,
              std::string clause) const;

  // `add` for a span of a paragraph, its component the span's.
  void add_in(const Span& span, Code code, Severity severity, std::string expected, std::string found,
              std::string clause) const;

  // The width (mm) a paragraph's lines have: its cell's (the reader gives the column's
  // width; the cell padding of templates/layout.xml is taken off each side) or its
  // section's text width, less its left and right indents.
  double line_width_mm(size_t pos) const;
  // The positions of the paragraphs located as `part` (in whole or in a segment), in order.
  std::vector<size_t> all(Part part) const;
  // The spans of paragraph `pos`: one, or one a segment.
  std::vector<Span> spans(size_t pos) const;
  // The span of `part` in paragraph `pos` (the whole paragraph when it has no segments).
  Span span(size_t pos, Part part) const;
  // Its text, tabs and breaks as spaces, one space between words (decoded when whole).
  std::string text_of(const Span& s) const;
  // The part of run `i` (a text run) inside the span.
  std::string_view slice(const Span& s, size_t i) const;
  // Run `i` shows text inside the span (not only spaces).
  bool shows(const Span& s, size_t i) const;
};

// What a section's page set-up leaves unstated (no page size, no margins: pandoc writes
// an empty w:sectPr) is what Word then lays the page out with: Letter, 25.4 mm margins.
// The measures (line widths, the page count) read the section through this; the page
// rules report the unstated values as such.
bool size_stated(const office::Section& s);
bool margins_stated(const office::Section& s);
office::Section laid_out(const office::Section& s);

// The clause of ../shared/spec/nd30.md a paragraph's component rules come from.
const char* clause_of(Part part);

}  // namespace vanban::check
