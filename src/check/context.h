// What every rule reads (the document, its texts, what each paragraph is) and where
// it writes its findings.
#pragma once
#include <string>
#include <vector>

#include "check/finding.h"
#include "check/locate.h"
#include "model/document.h"
#include "office/document.h"

namespace vanban::check {

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

  // The width (mm) a paragraph's lines have: its cell's (the reader gives the column's
  // width; the cell padding of templates/layout.xml is taken off each side) or its
  // section's text width, less its left and right indents.
  double line_width_mm(size_t pos) const;
  // The positions of the paragraphs located as `part`, in order.
  std::vector<size_t> all(Part part) const;
};

// The clause of ../shared/spec/nd30.md a paragraph's component rules come from.
const char* clause_of(Part part);

}  // namespace vanban::check
