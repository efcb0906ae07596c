// §2 Font: Times New Roman everywhere, in Unicode, black. A legacy font (.VnTime,
// VNI-Times …: the text is TCVN3 or VNI bytes) is a finding of its own, not a wrong
// family. Liberation Serif, the metric twin LibreOffice draws Times New Roman with
// where it is not installed, lays out the same but is not the font the decree names:
// a warning. Stamps are red by design (§4.12).
#include <algorithm>
#include <cctype>

#include "check/paragraph_text.h"
#include "check/rules.h"
#include "import/legacy_fonts.h"
#include "rules/house_style.h"

namespace vanban::check {
namespace {

bool same_family(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  });
}

const std::string& decree_font() {
  static const std::string font = rules::builtin_style("nd30")->font;
  return font;
}

void check_paragraph(const Context& c, const office::Paragraph& p, bool legacy, bool stamp, Component component,
                     const Location& where) {
  std::string family, legacy_font, color;
  bool substitute = false;
  for (const auto& r : p.runs) {
    if (!visible(r) && r.kind != office::Run::Kind::PageNumber) continue;
    const std::string& font = run_font(r, c.doc);
    if (!font.empty() && legacy_font.empty() && import::legacy_font(font)) legacy_font = font;
    if (!font.empty() && !import::legacy_font(font) && !same_family(font, decree_font())) {
      const bool liberation = same_family(font, "Liberation Serif");
      // A wrong family outranks the metric twin in the one finding a paragraph gets.
      if (family.empty() || (substitute && !liberation)) {
        family = font;
        substitute = liberation;
      }
    }
    if (color.empty() && !stamp && !r.look.color.empty() && r.look.color != "000000") color = r.look.color;
  }
  // Text the reader found in a legacy encoding under a font it did not know as one.
  if (legacy && legacy_font.empty())
    for (const auto& r : p.runs)
      if (visible(r)) {
        legacy_font = run_font(r, c.doc).empty() ? "?" : run_font(r, c.doc);
        break;
      }
  if (!legacy_font.empty())
    c.add(Code::FontLegacy, Severity::Error, component, where, decree_font() + " (Unicode)", legacy_font, "§2");
  if (!family.empty())
    c.add(Code::FontFamily, substitute ? Severity::Warning : Severity::Error, component, where, decree_font(), family,
          "§2");
  if (!color.empty()) c.add(Code::FontColor, Severity::Error, component, where, "000000", color, "§2");
}

void check_header_footer(const Context& c, const office::HeaderFooter& hf, Location::Kind kind, size_t section) {
  if (!hf.present) return;
  for (const auto& p : hf.paragraphs) {
    const bool number = std::any_of(p.runs.begin(), p.runs.end(),
                                    [](const office::Run& r) { return r.kind == office::Run::Kind::PageNumber; });
    check_paragraph(c, p, false, false, number ? Component::PageNumber : Component::Document,
                    c.section_place(kind, section));
  }
}

}  // namespace

void check_fonts(const Context& c) {
  for (size_t pos = 0; pos < c.doc.paragraphs.size(); ++pos)
    check_paragraph(c, c.doc.paragraphs[pos], c.texts.legacy[pos], c.at[pos].part == Part::Stamp,
                    component_of(c.at[pos].part), c.paragraph(pos));
  for (size_t s = 0; s < c.doc.sections.size(); ++s) {
    const auto& sec = c.doc.sections[s];
    check_header_footer(c, sec.header_first, Location::Kind::Header, s);
    check_header_footer(c, sec.header_other, Location::Kind::Header, s);
    check_header_footer(c, sec.footer_first, Location::Kind::Footer, s);
    check_header_footer(c, sec.footer_other, Location::Kind::Footer, s);
  }
  for (size_t f = 0; f < c.doc.footnotes.size(); ++f) {
    Location where = c.document();
    where.kind = Location::Kind::Footnote;
    where.index = static_cast<int>(f) + 1;
    for (const auto& p : c.doc.footnotes[f]) {
      where.anchor = p.anchor;
      check_paragraph(c, p, false, false, Component::Footnote, where);
    }
  }
}

}  // namespace vanban::check
