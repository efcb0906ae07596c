// Is a word a well-formed Vietnamese syllable? Used to tell a right decoding from
// mojibake (the encodings are guessed by how much of the text reads as Vietnamese)
// and to repair look-alike letters only where the result is Vietnamese.
#pragma once
#include <string_view>

namespace vanban::import {

// `word` is UTF-8 letters (any case, NFC or not): an optional initial consonant
// (b, ch, gh, gi, ngh, qu, tr …), one to three vowels with at most one tone mark, and
// an optional final consonant (c, ch, m, n, ng, nh, p, t).
bool is_vietnamese_syllable(std::string_view word);
// True when the word has a letter outside ASCII (a mark, đ): words that a wrong
// decoding changes, so the ones that tell encodings apart.
bool has_non_ascii(std::string_view word);

}  // namespace vanban::import
