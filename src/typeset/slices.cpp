#include "typeset/slices.h"

#include <algorithm>

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

std::vector<Slice> split_tall(const Slice& s, double room) {
  if (s.height <= room || room <= 0) return {s};
  // Where each line of text starts and ends, from its glyph runs: a cut may fall
  // between lines only. A run's box is taken as its size above the baseline and a
  // third of it below (Times New Roman's ascent and descent are 0.89 and 0.22 em).
  std::vector<std::pair<double, double>> boxes;
  for (const auto& r : s.runs) boxes.push_back({r.y - r.size, r.y + r.size / 3});
  std::sort(boxes.begin(), boxes.end());
  std::vector<double> cuts{0};
  for (const auto& [top, bottom] : boxes) {
    const double start = cuts.back();
    if (bottom - start <= room) continue;
    // This line does not fit below the last cut: cut above it (or, for a line taller
    // than the room, at the room's end).
    cuts.push_back(top > start ? top : start + room);
  }
  cuts.push_back(std::max(s.height, cuts.back()));
  std::vector<Slice> out;
  for (size_t k = 0; k + 1 < cuts.size(); ++k) {
    const double a = cuts[k], b = cuts[k + 1];
    if (b <= a) continue;
    Slice piece;
    piece.height = b - a;
    piece.break_before = k == 0 ? s.break_before : true;
    piece.space_before = k == 0 ? s.space_before : 0;
    piece.header_group = s.header_group;
    const bool last = k + 2 == cuts.size();
    for (const auto& r : s.runs)
      if ((r.y >= a && r.y < b) || (last && r.y >= b)) {
        piece.runs.push_back(r);
        piece.runs.back().y -= a;
      }
    for (const auto& st : s.strokes) {
      const double y0 = std::min(st.y0, st.y1), y1 = std::max(st.y0, st.y1);
      if (y1 < a || y0 > b || (y0 == y1 && (y0 == b && !last))) continue;
      Stroke c = st;
      c.y0 = std::clamp(st.y0, a, b) - a;
      c.y1 = std::clamp(st.y1, a, b) - a;
      piece.strokes.push_back(c);
    }
    for (const auto& m : s.markers)
      if ((m.rect.y >= a && m.rect.y < b) || (k == 0 && m.rect.y < a)) {
        piece.markers.push_back(m);
        piece.markers.back().rect.y -= a;
      }
    out.push_back(std::move(piece));
  }
  // Notes go with the first piece: their references are near its top more often than not.
  if (!out.empty()) out.front().footnotes = s.footnotes;
  return out;
}

}  // namespace vanban::typeset
