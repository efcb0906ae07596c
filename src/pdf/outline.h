// The document outline (bookmarks) from the typesetter's numbered headings: nested by
// level, each jumping to its heading's place on its page.
#pragma once
#include <vector>

#include "typeset/document.h"

namespace vanban::pdf {

class ObjectWriter;

// Writes the /Outlines tree and returns its number, 0 when there is nothing to write.
// `pages[i]`: the object number of page i, `heights[i]` its height. An entry on a page
// that does not exist is left out; a level below 1 counts as 1, above 32 as 32. An entry nests under
// the last entry of a lower level (a jump from level 1 to 3 nests under the 1).
int write_outline(ObjectWriter& w, const std::vector<typeset::OutlineEntry>& entries, const std::vector<int>& pages,
                  const std::vector<double>& heights);

}  // namespace vanban::pdf
