// §2 Page set-up, per section: A4, portrait (landscape for a section of wide tables or
// an appendix), margins within the ranges of schemas/templates-1.xsd.
#include <algorithm>
#include <cmath>

#include "check/expectations.h"
#include "check/rules.h"

namespace vanban::check {
namespace {

// A4 as stated in a file: twips and hundredths of a millimetre round it (209.9 × 297.0).
constexpr double kA4Tolerance = 1.0;
// Margins: a twip is 0.018 mm; Word writes 15 mm as 850 twips (14.99 mm).
constexpr double kMarginTolerance = 0.1;

// A section may turn landscape for what it holds: a data table, or an appendix.
bool wide_content(const Context& c, size_t section) {
  for (size_t p = 0; p < c.at.size(); ++p) {
    if (c.doc.paragraphs[p].section != static_cast<int>(section)) continue;
    const Part part = c.at[p].part;
    if (part == Part::TableCell || part == Part::AppendixLabel || part == Part::AppendixTitle) return true;
  }
  return false;
}

}  // namespace

void check_page_setup(const Context& c) {
  for (size_t s = 0; s < c.doc.sections.size(); ++s) {
    const office::Section& sec = c.doc.sections[s];
    const Location where = c.section_place(Location::Kind::PageSetup, s);
    const double shorter = std::min(sec.width, sec.height), longer = std::max(sec.width, sec.height);
    // Unstated, the page is whatever the program opening the file prefers (Letter in
    // Word's default install): not A4 for certain.
    if (!size_stated(sec))
      c.add(Code::PageSize, Severity::Error, Component::Page, where, "A4 (210 × 297 mm)", "not stated", "§2");
    else if (std::abs(shorter - 210) > kA4Tolerance || std::abs(longer - 297) > kA4Tolerance)
      c.add(Code::PageSize, Severity::Error, Component::Page, where, "A4 (210 × 297 mm)",
            number_text(sec.width) + " × " + number_text(sec.height) + " mm", "§2");
    if ((sec.landscape || sec.width > sec.height) && !wide_content(c, s))
      c.add(Code::PageOrientation, Severity::Error, Component::Page, where, "portrait", "landscape", "§2");
    const std::pair<const char*, double> margins[] = {
        {"top", sec.top}, {"bottom", sec.bottom}, {"left", sec.left}, {"right", sec.right}};
    for (const auto& [side, value] : margins) {
      const Range r = style_range("page", side);
      if (!margins_stated(sec))
        c.add(Code::PageMargin, Severity::Error, Component::Page, where, std::string(side) + " " + range_text(r, "mm"),
              std::string(side) + " not stated", "§2");
      else if (!r.contains(value, kMarginTolerance))
        c.add(Code::PageMargin, Severity::Error, Component::Page, where, std::string(side) + " " + range_text(r, "mm"),
              std::string(side) + " " + number_text(value) + " mm", "§2");
    }
  }
}

}  // namespace vanban::check
