// The vertical pieces the page breaker moves: a paragraph's lines, a table's rows.
// Each holds what it draws, with y measured from its own top, so placing it on a page
// is a shift. Between two slices a page break may or may not come (widows and
// orphans, keep-with-next, tables kept together).
#pragma once
#include <string>
#include <vector>

#include "typeset/document.h"

namespace vanban::typeset {

// Something the page must know about a slice beyond drawing it.
struct Marker {
  enum class Kind { Outline, SignatureRoom };
  Kind kind = Kind::Outline;
  std::string title;  // Outline: the heading's text
  int level = 1;      // Outline
  Rect rect;          // SignatureRoom: the room; Outline: rect.y is the heading's top
};

struct Slice {
  double height = 0;           // pt, what it draws (its space before excluded)
  double space_before = 0;     // pt, dropped when the slice starts a page (not a section's first)
  bool break_before = true;    // may a page break come just before it
  std::vector<int> footnotes;  // footnotes referenced in it, in order
  std::vector<GlyphRun> runs;  // y from the slice's top
  std::vector<Stroke> strokes;
  std::vector<Marker> markers;
  // A table row after the table's header rows: index into the header groups, repeated
  // at the top of a page that this row starts; -1 otherwise.
  int header_group = -1;

  // Moves everything by dy (pt) down.
  void shift(double dy);
  // Appends `other`'s content moved down by dy.
  void append(const Slice& other, double dy);
};

// A slice taller than `room` (a table row with a paragraph longer than a page) cut into
// pieces no taller than it, between lines of text, so nothing is drawn off the page.
// A vertical stroke (a cell border) is cut with it. A slice that fits comes back whole.
std::vector<Slice> split_tall(const Slice& s, double room);

// A table's header rows, drawn as one slice.
using HeaderGroups = std::vector<Slice>;

}  // namespace vanban::typeset
