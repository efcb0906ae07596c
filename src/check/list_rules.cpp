// §4.6 "Kính gửi:" with its colon, its list "- …;" with a final "."; §4.7 each căn cứ
// ending ";", the last ".".
#include "check/paragraph_text.h"
#include "check/rules.h"

namespace vanban::check {
namespace {

// A list line ends with ";", the last with "." ("./." too, a document's end mark).
void check_end(const Context& c, size_t pos, Code code, bool last, const char* clause) {
  const std::string& t = c.texts.text[pos];
  const std::string want = last ? "." : ";";
  if (!t.ends_with(want)) c.add_at(pos, code, Severity::Error, want, end_mark(t), clause);
}

}  // namespace

void check_lists(const Context& c) {
  for (size_t pos : c.all(Part::Addressee)) {
    const std::string& t = c.texts.text[pos];
    const Located& l = c.at[pos];
    if (t.starts_with("Kính gửi") || t.starts_with("KÍNH GỬI") || t.starts_with("Kính Gửi")) {
      const std::string_view after = std::string_view(t).substr(std::string_view("Kính gửi").size());
      if (!after.starts_with(":"))
        c.add_at(pos, Code::AddresseePunctuation, Severity::Error, "Kính gửi:", first_words(t, 12), "§4.6");
      continue;  // one recipient on the label's line ends as it likes
    }
    if (!t.starts_with("- "))
      c.add_at(pos, Code::AddresseePunctuation, Severity::Error, "- …", first_words(t, 3), "§4.6");
    check_end(c, pos, Code::AddresseePunctuation, l.last, "§4.6");
  }
  for (size_t pos : c.all(Part::Basis)) check_end(c, pos, Code::BasisPunctuation, c.at[pos].last, "§4.7");
}

}  // namespace vanban::check
