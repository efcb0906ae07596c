// The characters every embedded font subset carries whether a document uses them or
// not: printable ASCII, Latin-1, every Vietnamese letter with its tone marks
// (precomposed, as NFC text has them), the punctuation Vietnamese documents use. With
// them the subset of a face is nearly the same for every letter of a merge, so the
// subset is made once and reused (font_cache.h).
#pragma once
#include <string>
#include <vector>

namespace vanban::pdf {

struct RepertoireChar {
  char32_t code;
  // What a glyph for it means in the ToUnicode map: the character itself, or its
  // letters for a ligature character (U+FB01 → "fi"), as a typesetter's clusters say.
  std::string text;
};

// In a fixed order; a glyph reached from two characters means the first one.
const std::vector<RepertoireChar>& repertoire();

}  // namespace vanban::pdf
