// Words as the import accounting (api/import_accounting.h) compares them. Kept apart
// from the importer's own text handling so that the check does not share its bugs.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace vanban::accounting {

// The words of `text`: maximal runs of letters, and of digits ("QH14" is "qh" and
// "14"; ICU's u_isalpha and u_isdigit), after NFD with every combining mark removed (tone marks, circumflex, breve,
// horn: so old and new tone placement, and look-alike repairs, compare equal), đ → d, case folded, and a run of ASCII
// digits written by value ("05" → "5": the renderer writes Decree 30's leading zeros). Anything else (spaces,
// punctuation, "*", "#", "|") only separates words.
std::vector<std::string> folded_words(std::string_view text);

// The words of one source line that count: folded_words of the line after the inline
// markup the importer reads is gone (<b>, <i>, <strong>, <em>, "*", "#", "|"; emphasis
// inside a word joins its parts, see SourceWord) and
// without the list labels it turns into structure and the renderer numbers again: up
// to two at the start ("I.", "1.", "1.2.", "a)", "a.1)", "Điều 3.", "-", "+"), and
// run-in sub-labels "N.M." inside the line before a capital or at its end, and
// footnote numbers in brackets ("[3]"), which the renderer numbers again.
std::vector<std::string> source_line_words(std::string_view line);

// The words of a whole source text, each with its 1-based line: source_line_words of
// every line, in one pass.
struct SourceWord {
  std::string word;
  int line = 0;
  // A word with emphasis inside it ("**i**n**f**o", "đích**JEF"), cut there: the
  // importer may print it whole or in these parts.
  std::vector<std::string> parts;
};
std::vector<SourceWord> source_words(std::string_view text);

}  // namespace vanban::accounting
