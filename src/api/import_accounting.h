// Nothing lost, as a property: every word of an import's source is printed by the
// rendered document, set aside in <aside>, or named in the report as dropped or
// repaired. Tests and the import fuzz target assert it on every input they make.
//
// What counts (api/accounting_words.h): the source is ImportResult::text, the decoded
// text the recogniser read, line by line; its words are runs of letters and digits
// compared without marks and case, a digit run by value; markup and list labels are
// not words. They are matched as a multiset (a word three times in the source must be
// found three times) against the words of:
//   - the document rendered as plain text (vanban::render, Format::Text), less one copy
//     of the Quốc hiệu and the Tiêu ngữ, which the renderer prints on its own (so a
//     source copy cut out of the text is not hidden by the renderer's);
//   - the <aside> lines of the imported XML;
//   - the text of the report's "dropped" and "repaired" entries.
// Other words the renderer writes by itself ("Số", "Nơi nhận", the kind's name) still
// count as printed: a source word equal to one of them could be lost unseen.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "api/import.h"

namespace vanban {

struct LostWord {
  std::string word;  // folded: "cong", "hoa"
  int line = 0;      // the source line of the occurrence that was not found
};

struct WordAccount {
  size_t source_words = 0;
  std::vector<LostWord> lost;  // in source order; empty when every word is accounted for
  // Internal: the imported XML could not be rendered or read (a bug), so nothing was
  // compared.
  Errors errors;
  bool ok() const { return errors.empty() && lost.empty(); }
  std::string to_string() const;  // "3 of 120 words lost: 1:cong 1:hoa …" (or the first error)
};

// `source` is result.text; `result` an import without errors.
WordAccount account_words(std::string_view source, const ImportResult& result);
// The same with the render alone: a word only set aside or reported counts as lost.
// `vanban fix` reports the share of words its output prints.
WordAccount account_printed_words(std::string_view source, const ImportResult& result);

}  // namespace vanban
