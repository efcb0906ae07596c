// `vanban check`: reads a .docx or .odt a clerk typed by hand (as office::Document, the
// word processor's resolved formatting) and says, rule by rule and place by place, what
// breaks Decree 30. The rules are measured against the data the renderer lays documents
// out with (templates/layout.xml's roles, the legal ranges of schemas/templates-1.xsd),
// so a document vanban renders checks clean.
#pragma once
#include <string>
#include <vector>

#include "check/finding.h"
#include "office/document.h"

namespace vanban::check {

struct CheckInput {
  const office::Document* doc = nullptr;
  // The text the importer recognises: one line per body paragraph (markup: **bold**,
  // centred lines as "## …").
  std::string text;
  std::vector<int> paragraph_of_line;  // [n-1]: body Paragraph::index line n came from (0: none)
  std::vector<std::string>
      decoded;               // [i-1]: body paragraph i's text in Unicode (legacy fonts decoded), list label excluded
  std::vector<bool> legacy;  // [i-1]: paragraph i was in a legacy font
};

// Every finding, sorted by location (the document, page set-ups, headers, footers, then
// paragraphs in order, footnotes) and within one place by code: deterministic.
std::vector<Finding> check_document(const CheckInput& in);

}  // namespace vanban::check
