// Sets the layout's blocks into slices: a paragraph into one slice per line (with the
// widow and orphan rule between them), a table into one slice per row (the header rows
// apart, to be repeated). Horizontal positions are final; vertical ones are relative
// to each slice.
#pragma once
#include <vector>

#include "page/page.h"
#include "typeset/fonts.h"
#include "typeset/slices.h"

namespace vanban::typeset {

constexpr double kPtPerMm = 72.0 / 25.4;

class BlockSetter {
 public:
  BlockSetter(const layout::Layout& l, const FontSet& fonts) : l_(l), fonts_(fonts) {}

  // `p` at x (pt) in a column `width` pt wide, appended to `out` as one slice per line.
  void paragraph(const layout::Paragraph& p, double x, double width, std::vector<Slice>& out) const;
  // `p` drawn into `into` from y (pt) down; returns the height it took.
  double paragraph_into(const layout::Paragraph& p, double x, double width, double y, Slice& into) const;
  // `t` at x, appended to `out` as one slice per row; header rows also go to `headers`.
  void table(const layout::Table& t, double x, std::vector<Slice>& out, HeaderGroups& headers) const;
  // A footnote's lines (its number hanging before them) in a column `width` pt wide.
  std::vector<Slice> footnote(int index, double x, double width) const;

 private:
  const layout::ParaStyle& style(const std::string& id) const;
  const layout::Layout& l_;
  const FontSet& fonts_;
};

}  // namespace vanban::typeset
