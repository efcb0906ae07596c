// Words shaped with HarfBuzz (Vietnamese, Latin script, left to right) in font units,
// remembered per thread: a document repeats its words, and a merge sets thousands of
// letters that differ in a few names only.
#pragma once
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "typeset/fonts.h"

namespace vanban::typeset {

struct ShapedGlyph {
  uint32_t id = 0;
  uint32_t cluster = 0;  // byte offset in the shaped text of the first character it shows
  int32_t advance = 0;   // font units
  int32_t x_offset = 0, y_offset = 0;
};

struct ShapedText {
  std::vector<ShapedGlyph> glyphs;  // in visual (= logical, LTR) order
  int64_t advance = 0;              // font units: the sum of the glyphs' advances
};

// `utf8` shaped in `face` (no context beyond it). Shared, immutable: the cache may drop
// its entry while the caller still holds the result.
std::shared_ptr<const ShapedText> shape(const Face& face, std::string_view utf8);

}  // namespace vanban::typeset
