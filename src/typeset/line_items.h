// A paragraph's styled text as the line breaker's items: its words shaped into boxes,
// its spaces into glue, its line breaks and end into forced breaks, with our rules on
// where a line may end, and emergency breaks inside a word wider than the line.
#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "typeset/fonts.h"
#include "typeset/knuth_plass.h"
#include "typeset/paragraph_text.h"
#include "typeset/shaper.h"

namespace vanban::typeset {

// A footnote reference's number: 58 % of the size, raised by 33 % of it (what Word and
// LibreOffice use for superscript: 58 % and 33 %).
constexpr double kSuperscriptScale = 0.58;
constexpr double kSuperscriptRaise = 0.33;

// How a span is drawn.
struct Look {
  const Face* face = nullptr;
  FaceStyle style{};
  double size = 0;   // pt
  double raise = 0;  // pt above the baseline
  bool same_run(const Look& o) const { return style == o.style && size == o.size && raise == o.raise; }
};
Look look_of(const TextStyle& s, const FontSet& fonts, double size);
std::vector<Look> looks_of(const StyledText& t, const FontSet& fonts, double size);

// A shaped piece of the text; each becomes one box or glue.
struct Piece {
  enum class Kind : uint8_t { Text, Space, NoBreakSpace, Break };
  Kind kind = Kind::Text;
  uint32_t begin = 0, end = 0;  // bytes of the text
  uint32_t span = 0;
  std::shared_ptr<const ShapedText> shape;
  double width = 0;        // pt
  double penalty = 0;      // > 0: an emergency break may come right before it, at this cost
  bool breakable = false;  // Space: a line may end here
};

// The text cut into words (at spaces, no-break spaces, line breaks and span ends),
// spaces and line breaks, shaped.
std::vector<Piece> make_pieces(const StyledText& t, const std::vector<Look>& looks);

struct ItemOptions {
  bool ragged = false;       // no stretch or shrink in the spaces (the line ends stretch)
  double first_measure = 0;  // pt
  double measure = 0;        // pt
};

struct ParagraphItems {
  std::vector<Piece> pieces;
  std::vector<kp::Item> items;
  std::vector<int32_t> piece_of;  // per item: the piece it shows, -1 for penalties and fills
};

// Nothing (no pieces, no items) when the paragraph shows nothing: empty, or only spaces.
ParagraphItems paragraph_items(const StyledText& t, const std::vector<Look>& looks, const ItemOptions& o);

}  // namespace vanban::typeset
