// Test helpers for the checker: the office::Document a faithful reader would return for
// the DOCX vanban writes, built from the format-neutral layout (the reader itself is
// written elsewhere), and the CheckInput the importer would hand the checker.
#pragma once
#include <memory>
#include <string>

#include "check/check.h"
#include "layout/layout.h"
#include "office/document.h"

namespace vanban::check_test {

// What the DOCX of `l` holds, resolved: styles applied to runs, table cells with their
// column widths, the empty paragraph Word keeps after a table that ends a section, the
// page set-up with a different first page (empty first-page header, PAGE field centred
// in the other), the address block in the first-page footer, every w:p's ordinal.
office::Document office_from_layout(const layout::Layout& l);

// A document and the input the checker reads for it: `decoded` the paragraphs' text
// (breaks and tabs as spaces), `text` those lines joined, line n from paragraph n.
struct Checked {
  office::Document doc;
  check::CheckInput input() const;
  // The same, `text` in the importer's markup as office files give it: bold runs as
  // **…**, italic as *…*, a centred paragraph as "## …".
  check::CheckInput marked_input() const;
  std::vector<check::Finding> findings() const;
  // The paragraph whose text starts with `start` (find_paragraph).
  office::Paragraph& at(const std::string& start);
};

// Replaces the paragraph's text by one run of `text` in the look of its first run.
void set_text(office::Paragraph& p, const std::string& text);

// samples/<name>.xml read and laid out as `vanban render` does.
layout::Layout sample_layout(const std::string& name);
// Its document, ready to check.
Checked sample(const std::string& name);

// The position in doc.paragraphs of the first paragraph whose text starts with `start`;
// throws when there is none (a test that names text the sample lacks is wrong).
size_t find_paragraph(const office::Document& doc, const std::string& start);

}  // namespace vanban::check_test
