// Reading an office::Paragraph's runs: its text, its effective type size, whether a
// header holds a page number. The office module's own Paragraph::text() and
// HeaderFooter::page_number() belong to its reader; the checker needs only these
// few lines, so it keeps its own.
#pragma once
#include <string>
#include <string_view>

#include "office/document.h"

namespace vanban::check {

// `s` with tabs, breaks and no-break spaces as spaces, runs of spaces as one, trimmed.
std::string clean_text(std::string_view s);
// The run draws something: text that is not only white space.
bool visible(const office::Run& r);
// The size the run is drawn at: its own, else the document default; 0 when neither says.
double run_size(const office::Run& r, const office::Document& d);
// The family that draws the run: its own, else the document default.
const std::string& run_font(const office::Run& r, const office::Document& d);
// A page-number field anywhere in the header or footer.
bool holds_page_number(const office::HeaderFooter& hf);
// The punctuation mark `s` ends with (";", ".", ",", ":" …), or "none" after a letter,
// a digit or a bracket.
std::string end_mark(std::string_view s);
// A lower-case letter in `s`.
bool has_lower(std::string_view s);
// Code points in `s`.
size_t length_cp(std::string_view s);
// The first words of `s`, at most `max` characters, "…" when cut.
std::string first_words(std::string_view s, size_t max = 40);

}  // namespace vanban::check
