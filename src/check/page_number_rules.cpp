// §2 Page numbers: none on page 1; from page 2 on, in the header, centred, 13–14 pt
// (the range of the VbPageNumber role's size). Per section, each appendix numbered on
// its own. Page 1 shows the first-page header when the section has a different first
// page, else the one header every page shows. A section that does not state a header
// or footer keeps the one before's, as Word does.
#include "check/expectations.h"
#include "check/page_estimate.h"
#include "check/paragraph_text.h"
#include "check/rules.h"

namespace vanban::check {
namespace {

// More than a page by the estimate, with room for its error: only then do page numbers
// go missing (a one-page document needs none).
constexpr double kPagesForNumbers = 1.1;

using Slot = office::HeaderFooter office::Section::*;

const office::HeaderFooter& in_force(const Context& c, size_t s, Slot slot) {
  for (size_t k = s + 1; k-- > 0;)
    if ((c.doc.sections[k].*slot).present) return c.doc.sections[k].*slot;
  return c.doc.sections[s].*slot;
}

// The numbered header of pages 2…: centred, at the size of the role.
void check_numbered(const Context& c, const office::HeaderFooter& hf, size_t s) {
  const Range size = role_look("VbPageNumber").size;
  for (const auto& p : hf.paragraphs)
    for (const auto& r : p.runs) {
      if (r.kind != office::Run::Kind::PageNumber) continue;
      const Location where = c.section_place(Location::Kind::Header, s);
      if (p.look.align != office::Align::Center)
        c.add(Code::PageNumberPosition, Severity::Error, Component::PageNumber, where, "header, centred",
              std::string("header, ") + align_name(p.look.align), "§2");
      if (const double pt = run_size(r, c.doc); pt > 0 && !size.contains(pt, 0.01))
        c.add(Code::FontSize, Severity::Error, Component::PageNumber, where, range_text(size, "pt"),
              number_text(pt) + " pt", "§2");
      return;
    }
}

}  // namespace

void check_page_numbers(const Context& c) {
  const std::vector<double> pages = estimated_pages(c);
  for (size_t s = 0; s < c.doc.sections.size(); ++s) {
    const bool title_page = c.doc.sections[s].title_page;
    const auto& first_header =
        in_force(c, s, title_page ? &office::Section::header_first : &office::Section::header_other);
    const auto& first_footer =
        in_force(c, s, title_page ? &office::Section::footer_first : &office::Section::footer_other);
    const auto& header = in_force(c, s, &office::Section::header_other);
    const auto& footer = in_force(c, s, &office::Section::footer_other);
    if (holds_page_number(first_header))
      c.add(Code::PageNumberFirst, Severity::Error, Component::PageNumber, c.section_place(Location::Kind::Header, s),
            "none on page 1", "page 1", "§2");
    if (holds_page_number(first_footer))
      c.add(Code::PageNumberFirst, Severity::Error, Component::PageNumber, c.section_place(Location::Kind::Footer, s),
            "none on page 1", "page 1", "§2");
    if (holds_page_number(header))
      check_numbered(c, header, s);
    else if (holds_page_number(footer))
      c.add(Code::PageNumberPosition, Severity::Error, Component::PageNumber,
            c.section_place(Location::Kind::Footer, s), "header, centred", "footer", "§2");
    else if (s < pages.size() && pages[s] > kPagesForNumbers)
      c.add(Code::PageNumberMissing, Severity::Warning, Component::PageNumber,
            c.section_place(Location::Kind::Header, s), "from page 2", "", "§2");
  }
}

}  // namespace vanban::check
