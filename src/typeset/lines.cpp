#include "typeset/lines.h"

#include <cmath>

#include "typeset/knuth_plass.h"
#include "typeset/line_items.h"
#include "typeset/line_setter.h"
#include "typeset/paragraph_text.h"

namespace vanban::typeset {
namespace {

// A length from the caller that is not a number counts as nothing.
double finite(double v) { return std::isfinite(v) ? v : 0; }

}  // namespace

std::vector<Line> set_paragraph(const ParagraphSpec& p, const FontSet& fonts) {
  const double size = std::max(0.0, finite(p.size));
  const Look paragraph = look_of({face_style(p.bold, p.italic), false}, fonts, size);
  if (!p.runs) return {empty_line(paragraph)};
  const StyledText text = styled_text(*p.runs, p.bold, p.italic);
  const std::vector<Look> looks = looks_of(text, fonts, size);

  SetOptions set;
  set.align = p.align;
  set.first_indent = finite(p.first_indent);
  set.measure = finite(p.width);
  set.first_measure = set.measure - set.first_indent;
  set.color = p.color;
  set.paragraph = paragraph;

  // Justified text stretches and shrinks its spaces; the other alignments keep them at
  // their width and let each line's end stretch by 3 em instead (TeX's \raggedright), so
  // the same total-fit search evens out the ragged edge.
  const bool ragged = p.align != layout::Align::Justify;
  const ParagraphItems items = paragraph_items(text, looks, {ragged, set.first_measure, set.measure});
  if (items.items.empty()) return {empty_line(paragraph)};

  kp::Params params;
  params.first_measure = set.first_measure;
  params.measure = set.measure;
  params.line_end_stretch = ragged ? 3 * size : 0;
  params.emergency_stretch = 2 * size;
  return set_lines(text, looks, items, kp::break_lines(items.items, params), set);
}

double text_width(const FontSet& fonts, FaceStyle face, double size, std::string_view text) {
  StyledText t;
  append(t, clean_text(text), {face, false});
  const std::vector<Look> looks = looks_of(t, fonts, std::max(0.0, finite(size)));
  double w = 0;
  for (const Piece& p : make_pieces(t, looks)) w += p.width;
  return w;
}

}  // namespace vanban::typeset
