// The page breaker: which slices go on which page. Greedy, as word processors break
// pages: a page takes slices while they fit; when one does not, the page ends at the
// last place before it where a break is allowed (widows and orphans, keep-with-next,
// tables kept together), or at that slice when no such place is left on the page.
// A slice's footnotes must fit on its page with it; a footnote too long for one page
// goes on at the foot of the next.
#pragma once
#include <functional>
#include <vector>

#include "typeset/slices.h"

namespace vanban::typeset {

struct PlacedNoteLine {
  int note = 0;
  size_t line = 0;
};

struct FlowPage {
  int header_group = -1;              // header rows repeated at the top, or -1
  size_t begin = 0, end = 0;          // the slices on it: [begin, end)
  std::vector<double> y;              // each slice's top, pt from the top of the body area
  std::vector<PlacedNoteLine> notes;  // footnote lines at its foot, in order
};

struct FlowInput {
  const std::vector<Slice>* slices = nullptr;
  const HeaderGroups* headers = nullptr;
  // A footnote's lines (set on first use).
  std::function<const std::vector<Slice>&(int note)> note_lines;
  // The body height of the n-th page (0-based) of the section.
  std::function<double(size_t page)> body_height;
  double separator = 0;  // pt the footnote separator takes above the first note
};

std::vector<FlowPage> flow(const FlowInput& in);

}  // namespace vanban::typeset
