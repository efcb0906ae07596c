// How many pages each section fills, estimated from its text: a document of one page
// needs no page numbers.
#pragma once
#include <vector>

#include "check/context.h"

namespace vanban::check {

// Per section, the height of its text over the height of its text area: 0.8 is most of
// one page, 2.3 the third page. Each paragraph is wrapped with the font tables at its
// first run's size in the width it has (its cell's or the section's), and takes its
// lines at its line spacing plus the space before and after it; a table row takes its
// tallest cell. Keep-with-next, widows and page breaks are ignored.
std::vector<double> estimated_pages(const Context& c);

}  // namespace vanban::check
