// A paragraph's lines: its runs shaped with HarfBuzz and broken into lines by a
// total-fit (Knuth–Plass) line breaker over ICU's break opportunities, then set
// (justified, centred, left or right) as glyph runs. The page breaker stacks them.
//
// A line ends only after white space, and never so that the next line starts with a
// dash or a closing mark (- – — ) ] } ” ’ » , . ; : ! ? % …): symbols such as
// "12/KH-LĐLĐ", "01/2024/NĐ-CP", dates and URLs stay whole, and a no-break space never
// breaks. Only a word wider than the line is broken inside, at ICU's opportunities
// (after "/", "-") and failing those between graphemes, with no hyphen added.
// Justified text stretches its spaces (TeX's glue: stretch 1/2, shrink 1/3 of a space)
// so that each line but the last and those ending at a line break ends at the measure.
// Left, centred and right text keeps its spaces' width and is broken by the same
// total-fit search with 3 em of stretch at each line's end (TeX's \raggedright), which
// evens out the ragged edge.
#pragma once
#include <string>
#include <vector>

#include "page/page.h"
#include "typeset/document.h"
#include "typeset/fonts.h"

namespace vanban::typeset {

struct ParagraphSpec {
  const std::vector<layout::Run>* runs = nullptr;
  double size = 0;                    // pt, the style's
  bool bold = false, italic = false;  // the style's; a run's own bold/italic adds to them
  layout::Align align = layout::Align::Left;
  double width = 0;         // pt: the line measure, between the paragraph's indents
  double first_indent = 0;  // pt: added to the first line's start (negative: hanging)
  std::string color;        // "RRGGBB"; "" = black
};

struct Line {
  // Glyph runs with x from the start of the measure (alignment and the first line's
  // indent already applied) and y = 0 on the baseline, in reading order, one run for
  // each stretch of one face and size. A footnote reference's number is a run of its
  // own at 58 % of the size with y = -33 % of the size: raised, as y grows downwards.
  // Word gaps are space glyphs (the text reads back with its spaces); the spaces where
  // a line breaks are not drawn.
  std::vector<GlyphRun> runs;
  double width = 0;            // pt: from the measure's start to the end of the last glyph
  double ascent = 0;           // pt above the baseline: the largest face ascender at the size used
                               // (a raised number's top counted where it is)
  double descent = 0;          // pt below the baseline (positive)
  std::vector<int> footnotes;  // layout::Run::footnote of each reference on the line, in order
};

// The lines of one paragraph. An empty paragraph gives one empty line of the style's
// size (it still takes a line's height, as in a word processor).
std::vector<Line> set_paragraph(const ParagraphSpec& p, const FontSet& fonts);

// The natural (unbroken) width in pt of `text` in one face and size: rules sized to
// text, table column checks. Its words are shaped one by one, as set_paragraph shapes
// them (no kerning across a space), so a line of the text is exactly this wide.
double text_width(const FontSet& fonts, FaceStyle face, double size, std::string_view text);

}  // namespace vanban::typeset
