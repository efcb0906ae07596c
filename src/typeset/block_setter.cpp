#include "typeset/block_setter.h"

#include <algorithm>
#include <array>
#include <stdexcept>

#include "typeset/lines.h"

namespace vanban::typeset {
namespace {

// A frame's padding (the ODT and DOCX writers' 0.5 mm).
constexpr double kBoxPadding = 0.5 * kPtPerMm;
// The grid of a ruled table.
constexpr double kGridWidth = 0.5;

struct Geometry {
  double x = 0, measure = 0, first_indent = 0;
};

Geometry geometry(const layout::ParaStyle& s, const layout::Paragraph& p, double x, double width) {
  const double left = p.left.value_or(s.left) * kPtPerMm;
  const double right = p.right.value_or(s.right) * kPtPerMm;
  Geometry g;
  g.x = x + left;
  g.measure = std::max(1.0, width - left - right);
  g.first_indent = p.first_indent.value_or(s.first_indent) * kPtPerMm;
  if (p.box > 0) {
    g.x += p.box + kBoxPadding;
    g.measure = std::max(1.0, g.measure - 2 * (p.box + kBoxPadding));
  }
  return g;
}

std::string outline_title(const std::vector<layout::Run>& runs) {
  std::string t;
  for (const auto& r : runs) {
    if (r.kind == layout::Run::Kind::Text) t += r.text;
    if (r.kind == layout::Run::Kind::LineBreak) t += ' ';
    if (t.size() > 200) break;  // an outline entry is a heading, not a paragraph
  }
  return t;
}

}  // namespace

const layout::ParaStyle& BlockSetter::style(const std::string& id) const {
  const layout::ParaStyle* s = l_.style(id);
  if (!s) throw std::logic_error("layout uses an undefined style " + id);
  return *s;
}

void BlockSetter::paragraph(const layout::Paragraph& p, double x, double width, std::vector<Slice>& out) const {
  const layout::ParaStyle& s = style(p.style);
  const Geometry g = geometry(s, p, x, width);
  ParagraphSpec spec;
  spec.runs = &p.runs;
  spec.size = s.size;
  spec.bold = s.bold;
  spec.italic = s.italic;
  spec.align = p.align.value_or(s.align);
  spec.width = g.measure;
  spec.first_indent = g.first_indent;
  spec.color = p.color;
  const std::vector<Line> lines = set_paragraph(spec, fonts_);
  const double before = p.before.value_or(s.before);
  const double after = s.after;
  const double scale = s.line > 0 ? s.line / 100.0 : 1.0;
  const size_t n = lines.size();
  const bool framed = p.box > 0;
  const size_t first_out = out.size();
  double frame_top = 0, frame_height = 0;
  for (size_t i = 0; i < n; ++i) {
    const Line& line = lines[i];
    Slice sl;
    double y = 0;
    if (i == 0) {
      sl.space_before = before;
      if (p.rule_top > 0) {
        // A top border as long as the paragraph's measure, drawn above its first line.
        sl.strokes.push_back({g.x, p.rule_top / 2, g.x + g.measure, p.rule_top / 2, p.rule_top, p.color});
        y += p.rule_top;
      }
      if (framed) y += p.box + kBoxPadding;
      if (p.signature_room && before > 0) {
        Marker m;
        m.kind = Marker::Kind::SignatureRoom;
        m.rect = {x + p.left.value_or(s.left) * kPtPerMm, -before, g.measure, before};
        sl.markers.push_back(m);
      }
      if (s.outline > 0) {
        Marker m;
        m.kind = Marker::Kind::Outline;
        m.level = s.outline;
        m.title = outline_title(p.runs);
        sl.markers.push_back(m);
      }
    }
    const double asc = line.ascent * scale;
    const double height = (line.ascent + line.descent) * scale;
    for (GlyphRun r : line.runs) {
      r.x += g.x;
      r.y += y + asc;
      sl.runs.push_back(std::move(r));
    }
    sl.footnotes = line.footnotes;
    y += height;
    if (i + 1 == n) {
      if (framed) y += p.box + kBoxPadding;
      y += after;
    }
    sl.height = y;
    // Widows and orphans: two lines at least on either side of a break in a paragraph.
    if (i > 0) sl.break_before = i >= 2 && n - i >= 2;
    out.push_back(std::move(sl));
  }
  if (framed) {
    // A framed paragraph (a stamp) is one piece: it never breaks.
    Slice whole;
    whole.space_before = out[first_out].space_before;
    whole.break_before = true;
    double y = 0;
    for (size_t i = first_out; i < out.size(); ++i) {
      whole.append(out[i], y);
      y += out[i].height;
    }
    whole.height = y;
    frame_top = p.box / 2;
    frame_height = y - after - p.box;
    const double fx = x + p.left.value_or(s.left) * kPtPerMm + p.box / 2;
    const double fw = g.measure + 2 * kBoxPadding + p.box;
    const double fy0 = frame_top, fy1 = frame_top + frame_height;
    for (auto [x0, y0, x1, y1] : {std::array{fx, fy0, fx + fw, fy0}, std::array{fx + fw, fy0, fx + fw, fy1},
                                  std::array{fx + fw, fy1, fx, fy1}, std::array{fx, fy1, fx, fy0}})
      whole.strokes.push_back({x0, y0, x1, y1, p.box, p.color});
    out.resize(first_out);
    out.push_back(std::move(whole));
  }
}

double BlockSetter::paragraph_into(const layout::Paragraph& p, double x, double width, double y, Slice& into) const {
  std::vector<Slice> lines;
  paragraph(p, x, width, lines);
  double h = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    h += lines[i].space_before;
    into.append(lines[i], y + h);
    h += lines[i].height;
  }
  return h;
}

void BlockSetter::table(const layout::Table& t, double x, std::vector<Slice>& out, HeaderGroups& headers) const {
  std::vector<double> col_x{x};
  for (double c : t.columns) col_x.push_back(col_x.back() + c * kPtPerMm);
  const double pad = t.padding * kPtPerMm;
  Slice header;
  bool has_header = false;
  size_t header_rows = 0;
  const int group = static_cast<int>(headers.size());
  for (size_t ri = 0; ri < t.rows.size(); ++ri) {
    const layout::Row& row = t.rows[ri];
    Slice sl;
    double height = 0;
    size_t col = 0;
    std::vector<std::pair<double, double>> cell_edges;
    for (const auto& cell : row.cells) {
      const size_t span = static_cast<size_t>(std::max(1, cell.span));
      const size_t end = std::min(col + span, t.columns.size());
      if (col >= end) break;  // more cells than columns: the writers' tables would not show them either
      const double cx = col_x[col], cw = col_x[end] - col_x[col];
      double y = 0;
      for (const auto& p : cell.paragraphs) y += paragraph_into(p, cx + pad, cw - 2 * pad, y, sl);
      height = std::max(height, y);
      cell_edges.push_back({cx, cx + cw});
      col = end;
    }
    sl.height = height;
    if (t.borders) {
      const double x_end = col_x.back();
      sl.strokes.push_back({x, 0, x_end, 0, kGridWidth, ""});
      sl.strokes.push_back({x, height, x_end, height, kGridWidth, ""});
      for (const auto& [a, b] : cell_edges) {
        sl.strokes.push_back({a, 0, a, height, kGridWidth, ""});
        sl.strokes.push_back({b, 0, b, height, kGridWidth, ""});
      }
    }
    // A page may break before a table (unless what precedes keeps with it) and between
    // its rows; not inside the header rows, nor between them and the first row under
    // them: a header never stands alone at the foot of a page.
    sl.break_before = ri == 0 || (!t.keep_together && ri > header_rows);
    // The header rows are those at the table's top; a header row further down is drawn
    // where it stands but not repeated.
    if (row.header && ri == header_rows) {
      ++header_rows;
      header.append(sl, header.height);
      header.height += sl.height;
      has_header = true;
    } else if (has_header) {
      sl.header_group = group;
    }
    out.push_back(std::move(sl));
  }
  if (has_header) {
    // A repeated header's notes, outline entries and signature rooms count once, where
    // it first stands.
    header.footnotes.clear();
    header.markers.clear();
    headers.push_back(std::move(header));
  }
}

std::vector<Slice> BlockSetter::footnote(int index, double x, double width) const {
  layout::Paragraph p;
  p.style = l_.footnote_style;
  // The number hangs in the first line's negative indent, then a tab stop at the indent.
  p.runs.push_back({layout::Run::Kind::Text, std::to_string(index + 1) + " "});
  for (const auto& r : l_.footnotes.at(static_cast<size_t>(index)).runs)
    if (r.kind != layout::Run::Kind::FootnoteRef) p.runs.push_back(r);
  std::vector<Slice> out;
  paragraph(p, x, width, out);
  for (auto& sl : out) sl.break_before = true;
  return out;
}

}  // namespace vanban::typeset
