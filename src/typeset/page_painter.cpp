#include "typeset/page_painter.h"

#include <algorithm>

namespace vanban::typeset {
namespace {

// The footnote separator: a 0.5 pt line a quarter of the text wide, as word
// processors draw it, 6 pt under the text and 3 pt over the first note.
constexpr double kSeparatorLine = 0.5;
constexpr double kSeparatorAbove = 6;
// The signature image fills this share of the room's height at most (a hand's margin
// above and below, so it touches neither the role nor the name).
constexpr double kSignatureFill = 0.9;

}  // namespace

void PagePainter::put(Page& page, const Slice& s, double dy, size_t page_index) {
  for (const auto& r : s.runs) {
    page.runs.push_back(r);
    page.runs.back().y += dy;
  }
  for (const auto& st : s.strokes) {
    page.strokes.push_back(st);
    page.strokes.back().y0 += dy;
    page.strokes.back().y1 += dy;
  }
  for (const auto& m : s.markers) {
    Rect r = m.rect;
    r.y += dy;
    if (m.kind == Marker::Kind::Outline)
      doc_.outline.push_back({m.title, m.level, static_cast<int>(page_index), r.y});
    else
      signature(page, r);
  }
}

void PagePainter::signature(Page& page, const Rect& room) {
  Rect sig = room;
  if (o_.signature_aspect && *o_.signature_aspect > 0) {
    double h = room.h * kSignatureFill;
    double w = h * *o_.signature_aspect;
    if (w > room.w * kSignatureFill) {
      w = room.w * kSignatureFill;
      h = w / *o_.signature_aspect;
    }
    sig = {room.x + (room.w - w) / 2, room.y + (room.h - h) / 2, w, h};
    page.pictures.push_back({0, sig});
  }
  if (o_.seal_diameter && *o_.seal_diameter > 0) {
    // Decree 30, Appendix I, Part II: the seal at its real size, covering about a third
    // of the signature image, on its left.
    const double d = *o_.seal_diameter * kPtPerMm;
    page.pictures.push_back({1, {sig.x + sig.w / 3 - d, sig.y + sig.h / 2 - d / 2, d, d}});
  }
  if (o_.signature_field && !page.has_signature_field) {
    page.has_signature_field = true;
    page.signature_field = room;
  }
}

void PagePainter::paint(const SectionFrame& f, const std::vector<Slice>& slices, const HeaderGroups& headers,
                        const std::vector<FlowPage>& pages,
                        const std::function<const std::vector<Slice>&(int)>& note_lines, double separator) {
  for (size_t pi = 0; pi < pages.size(); ++pi) {
    const FlowPage& fp = pages[pi];
    doc_.pages.push_back(Page{});
    Page& page = doc_.pages.back();
    page.width = f.width;
    page.height = f.height;
    const size_t index = doc_.pages.size() - 1;
    // The page number first, so it is read first, as a reader meets it.
    if (pi > 0) {
      layout::Paragraph num;
      num.style = l_.page_number_style;
      num.runs.push_back({layout::Run::Kind::Text, std::to_string(pi + 1)});
      Slice s;
      setter_.paragraph_into(num, f.left, f.text_width, 0, s);
      put(page, s, f.header, index);
    }
    if (fp.header_group >= 0) put(page, headers[static_cast<size_t>(fp.header_group)], f.top, index);
    double bottom = f.top;
    for (size_t i = fp.begin; i < fp.end; ++i) {
      put(page, slices[i], f.top + fp.y[i - fp.begin], index);
      bottom = f.top + fp.y[i - fp.begin] + slices[i].height;
    }
    if (!fp.notes.empty()) {
      double h = 0;
      for (const auto& n : fp.notes) h += note_lines(n.note)[n.line].height;
      const double body_bottom = pi == 0 && f.address ? f.bottom_edge - f.address->height : f.bottom_edge;
      double y = body_bottom - h;
      const double line_y = std::max(bottom + kSeparatorAbove, y - separator + kSeparatorAbove);
      page.strokes.push_back({f.left, line_y, f.left + f.text_width / 4, line_y, kSeparatorLine, ""});
      for (const auto& n : fp.notes) {
        const Slice& s = note_lines(n.note)[n.line];
        put(page, s, y, index);
        y += s.height;
      }
    }
    if (pi == 0 && f.address) put(page, *f.address, f.bottom_edge - f.address->height, index);
  }
}

}  // namespace vanban::typeset
