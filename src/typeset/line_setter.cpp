#include "typeset/line_setter.h"

#include <algorithm>

namespace vanban::typeset {
namespace {

// Gathers one line's glyphs into runs of one look, in reading order.
class LineBuilder {
 public:
  LineBuilder(const StyledText& t, const std::vector<Look>& looks, const std::string& color)
      : t_(t), looks_(looks), color_(color) {}

  // The glyphs of `p` with their pen at `pen` (pt from the line's start).
  void add(const Piece& p, double pen) {
    const Look& look = looks_[p.span];
    if (line_.runs.empty() || !last_.same_run(look)) {
      GlyphRun r;
      r.face = look.style;
      r.size = look.size;
      r.x = pen;
      r.y = -look.raise;
      r.color = color_;
      line_.runs.push_back(std::move(r));
      last_ = look;
    }
    GlyphRun& run = line_.runs.back();
    const double scale = look.size / look.face->units_per_em();
    const auto& glyphs = p.shape->glyphs;
    const std::string_view text = std::string_view(t_.text).substr(p.begin, p.end - p.begin);
    double advance = 0;
    for (size_t g = 0; g < glyphs.size(); ++g) {
      const ShapedGlyph& sg = glyphs[g];
      Glyph out;
      out.id = sg.id;
      out.x = pen - run.x + (advance + sg.x_offset) * scale;
      out.y = sg.y_offset * scale;
      // The first glyph of a cluster shows the cluster's characters (up to the next
      // cluster, or the piece's end): the PDF's text then reads back as the input.
      if (g == 0 || glyphs[g - 1].cluster != sg.cluster) {
        size_t end = text.size();
        for (size_t h = g + 1; h < glyphs.size(); ++h)
          if (glyphs[h].cluster != sg.cluster) {
            if (glyphs[h].cluster > sg.cluster) end = std::min<size_t>(glyphs[h].cluster, text.size());
            break;
          }
        if (sg.cluster < end) out.text = std::string(text.substr(sg.cluster, end - sg.cluster));
      }
      run.glyphs.push_back(std::move(out));
      advance += sg.advance;
    }
    measure(look);
    const Span& span = t_.spans[p.span];
    if (span.footnote >= 0 && p.begin == span.begin) line_.footnotes.push_back(span.footnote);
  }

  void measure(const Look& look) {
    const double scale = look.size / look.face->units_per_em();
    line_.ascent = std::max(line_.ascent, look.face->line_ascent() * scale + look.raise);
    line_.descent = std::max(line_.descent, -look.face->descender() * scale - look.raise);
  }

  // Moves the line by `dx` (alignment, indent) and ends it at `end` (pt, before moving).
  Line finish(double dx, double end) {
    for (GlyphRun& r : line_.runs) r.x += dx;
    line_.width = line_.runs.empty() ? 0 : end + dx;
    return std::move(line_);
  }

 private:
  const StyledText& t_;
  const std::vector<Look>& looks_;
  const std::string& color_;
  Line line_;
  Look last_;
};

}  // namespace

Line empty_line(const Look& look) {
  Line l;
  const double scale = look.size / look.face->units_per_em();
  l.ascent = look.face->line_ascent() * scale;
  l.descent = -look.face->descender() * scale;
  return l;
}

std::vector<Line> set_lines(const StyledText& t, const std::vector<Look>& looks, const ParagraphItems& items,
                            const std::vector<kp::LineBreak>& breaks, const SetOptions& o) {
  std::vector<Line> lines;
  lines.reserve(breaks.size());
  const auto& its = items.items;
  size_t start = 0;
  for (size_t k = 0; k < breaks.size(); ++k) {
    const size_t end = breaks[k].item;
    // Only glue between two boxes shows (as a space glyph): none after the last box.
    size_t last_box = end;
    for (size_t i = end; i-- > start;)
      if (its[i].kind == kp::Item::Kind::Box) {
        last_box = i;
        break;
      }
    const double r = o.align == layout::Align::Justify ? breaks[k].ratio : 0;
    LineBuilder b(t, looks, o.color);
    double pen = 0, right = 0;
    if (last_box < end) {
      for (size_t i = start; i <= last_box; ++i) {
        const kp::Item& it = its[i];
        const int32_t piece = items.piece_of[i];
        if (it.kind == kp::Item::Kind::Penalty || piece < 0) continue;
        const Piece& p = items.pieces[static_cast<size_t>(piece)];
        b.add(p, pen);
        if (it.kind == kp::Item::Kind::Box)
          pen += it.width;
        else
          pen += it.width + (r >= 0 ? r * it.stretch : r * it.shrink);
      }
      right = pen;
    } else {
      // A line that shows nothing (between two line breaks): as high as its break's text.
      const int32_t piece = items.piece_of[end];
      b.measure(piece >= 0 ? looks[items.pieces[static_cast<size_t>(piece)].span] : o.paragraph);
    }
    const double measure = k == 0 ? o.first_measure : o.measure;
    double dx = k == 0 ? o.first_indent : 0;
    const double room = std::max(0.0, measure - right);
    if (o.align == layout::Align::Right)
      dx += room;
    else if (o.align == layout::Align::Center)
      dx += room / 2;
    lines.push_back(b.finish(dx, right));
    start = kp::line_start_after(its, end);
  }
  return lines;
}

}  // namespace vanban::typeset
