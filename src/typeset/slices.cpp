#include "typeset/slices.h"

namespace vanban::typeset {

void Slice::shift(double dy) {
  for (auto& r : runs) r.y += dy;
  for (auto& s : strokes) {
    s.y0 += dy;
    s.y1 += dy;
  }
  for (auto& m : markers) m.rect.y += dy;
}

void Slice::append(const Slice& other, double dy) {
  for (auto r : other.runs) {
    r.y += dy;
    runs.push_back(std::move(r));
  }
  for (auto s : other.strokes) {
    s.y0 += dy;
    s.y1 += dy;
    strokes.push_back(std::move(s));
  }
  for (auto m : other.markers) {
    m.rect.y += dy;
    markers.push_back(std::move(m));
  }
  footnotes.insert(footnotes.end(), other.footnotes.begin(), other.footnotes.end());
}

}  // namespace vanban::typeset
