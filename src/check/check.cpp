#include "check/check.h"

#include <algorithm>
#include <tuple>

#include "check/context.h"
#include "check/locate.h"
#include "check/rules.h"
#include "import/recogniser.h"
#include "import/source_lines.h"

namespace vanban::check {
namespace {

int rank(Location::Kind k) {
  switch (k) {
    case Location::Kind::Document:
      return 0;
    case Location::Kind::PageSetup:
      return 1;
    case Location::Kind::Header:
      return 2;
    case Location::Kind::Footer:
      return 3;
    case Location::Kind::Paragraph:
      return 4;
    case Location::Kind::Footnote:
      return 5;
  }
  return 6;
}

}  // namespace

std::vector<Finding> check_document(const CheckInput& in) {
  if (!in.doc) return {};
  const office::Document& doc = *in.doc;
  // What the document holds, as the importer reads it: the same recognition `vanban
  // import` runs, so check and import agree on what a line is.
  const import::Recognised recognised = import::recognise(import::read_source_lines(in.text, true));
  const Texts texts = paragraph_texts(doc, in);
  const std::vector<Located> at = locate(doc, in, texts, recognised.doc);
  std::vector<Finding> out;
  const Context c{doc, texts, at, recognised.doc, out};
  check_page_setup(c);
  check_fonts(c);
  check_formatting(c);
  check_header_texts(c);
  check_rule_lines(c);
  check_lists(c);
  check_body(c);
  check_signature(c);
  check_recipients(c);
  check_page_numbers(c);
  check_text(c);
  check_missing(c);
  std::stable_sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
    return std::tuple(rank(a.where.kind), a.where.index, a.code, a.component, a.expected, a.found) <
           std::tuple(rank(b.where.kind), b.where.index, b.code, b.component, b.expected, b.found);
  });
  return out;
}

}  // namespace vanban::check
