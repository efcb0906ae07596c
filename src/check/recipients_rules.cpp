// §4.10 "Nơi nhận:" exactly so; each recipient "- …;"; the last line "- Lưu: VT, … ."
// (the drafter's initials, cell 12, may follow it).
#include "check/paragraph_text.h"
#include "check/rules.h"

namespace vanban::check {
void check_recipients(const Context& c) {
  for (size_t pos : c.all(Part::RecipientsLabel))
    if (c.texts.text[pos] != "Nơi nhận:")
      c.add_at(pos, Code::RecipientsLabel, Severity::Error, "Nơi nhận:", first_words(c.texts.text[pos], 20), "§4.10");
  for (size_t pos : c.all(Part::Recipient)) {
    const std::string& t = c.texts.text[pos];
    const bool last = c.at[pos].last;
    if (!t.starts_with("- "))
      c.add_at(pos, Code::RecipientsPunctuation, Severity::Error, last ? "- Lưu: …." : "- …;", first_words(t, 3),
               "§4.10");
    const std::string want = last ? "." : ";";
    if (!t.ends_with(want)) c.add_at(pos, Code::RecipientsPunctuation, Severity::Error, want, end_mark(t), "§4.10");
    if (!last) continue;
    // "- Lưu: VT, …": the records office (Văn thư) first, then the drafting unit.
    const std::string_view item = std::string_view(t).substr(t.starts_with("- ") ? 2 : 0);
    if (!item.starts_with("Lưu: VT") || !(item.size() == std::string_view("Lưu: VT").size() ||
                                          item.substr(std::string_view("Lưu: VT").size()).starts_with(",") ||
                                          item.substr(std::string_view("Lưu: VT").size()).starts_with(".")))
      c.add_at(pos, Code::RecipientsArchive, Severity::Error, "- Lưu: VT, … .", first_words(t, 30), "§4.10");
  }
}

}  // namespace vanban::check
