// Draws a section's flowed slices on pages: the body, repeated table headers, the
// footnotes at the foot, the page number from the section's second page, the address
// block at the foot of its first page, and the signature's pictures and field.
#pragma once
#include <vector>

#include "page/page.h"
#include "typeset/block_setter.h"
#include "typeset/page_flow.h"
#include "typeset/typeset.h"

namespace vanban::typeset {

struct SectionFrame {
  double width = 0, height = 0;  // the page, pt
  double left = 0, top = 0;      // the body's top-left corner, pt
  double text_width = 0;
  double header = 0;               // pt from the top edge to the page-number line
  double bottom_edge = 0;          // pt from the top edge to the bottom margin
  const Slice* address = nullptr;  // the first page's address block, or null
};

class PagePainter {
 public:
  PagePainter(const layout::Layout& l, const BlockSetter& setter, const Options& o, Document& doc)
      : l_(l), setter_(setter), o_(o), doc_(doc) {}

  void paint(const SectionFrame& f, const std::vector<Slice>& slices, const HeaderGroups& headers,
             const std::vector<FlowPage>& pages, const std::function<const std::vector<Slice>&(int)>& note_lines,
             double separator);

 private:
  void put(Page& page, const Slice& s, double dy, size_t page_index);
  void signature(Page& page, const Rect& room);

  const layout::Layout& l_;
  const BlockSetter& setter_;
  const Options& o_;
  Document& doc_;
};

}  // namespace vanban::typeset
