// §4.9 the signature block: the authority prefix one of TM., KT., Q., TL., TUQ.; the
// signer's name there, with no academic title or degree before it (a warning: the
// armed forces and, where their ministry allows, education, health and science bodies
// may write them).
#include "check/paragraph_text.h"
#include "check/rules.h"
#include "check/shapes.h"

namespace vanban::check {

void check_signature(const Context& c) {
  for (size_t pos : c.all(Part::Authority)) {
    const auto prefix = authority_prefix(c.texts.text[pos]);
    if (prefix && !prefix->valid)
      c.add_at(pos, Code::AuthorityPrefix, Severity::Error, "TM., KT., Q., TL., TUQ.", prefix->written, "§4.9");
  }
  const auto signers = c.all(Part::Signer);
  for (size_t pos : signers)
    if (const std::string title = academic_title(c.texts.text[pos]); !title.empty())
      c.add_at(pos, Code::SignerName, Severity::Warning, "name only", title, "§4.9");
  if (!signers.empty()) return;
  // A block with its authority or title but no name under them.
  size_t last = c.at.size();
  for (size_t pos = 0; pos < c.at.size(); ++pos)
    if (c.at[pos].part == Part::Authority || c.at[pos].part == Part::SignerRole) last = pos;
  if (last < c.at.size()) c.add_at(last, Code::SignerName, Severity::Error, "name", "", "§4.9");
}

}  // namespace vanban::check
