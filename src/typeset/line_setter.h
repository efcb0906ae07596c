// Broken lines as glyph runs: the spaces of a justified line stretched or shrunk by its
// glue ratio, a ragged line moved to its alignment, the first line to its indent.
#pragma once
#include <string>
#include <vector>

#include "page/page.h"
#include "typeset/knuth_plass.h"
#include "typeset/line_items.h"
#include "typeset/lines.h"

namespace vanban::typeset {

struct SetOptions {
  layout::Align align = layout::Align::Left;
  double first_indent = 0;   // pt
  double first_measure = 0;  // pt
  double measure = 0;        // pt
  std::string color;
  Look paragraph;  // the style's face and size: the height of a line that shows nothing
};

std::vector<Line> set_lines(const StyledText& t, const std::vector<Look>& looks, const ParagraphItems& items,
                            const std::vector<kp::LineBreak>& breaks, const SetOptions& o);

// A line that shows nothing, as high as `look`'s face at its size.
Line empty_line(const Look& look);

}  // namespace vanban::typeset
