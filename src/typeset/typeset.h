// Layout → pages: the typesetter. It reads the same format-neutral layout the DOCX and
// ODT writers read, and places every line, rule, table, footnote, page number and the
// address block on A4 pages (see docs/pdf.md for the page-breaking rules).
#pragma once
#include <optional>
#include <string>

#include "page/page.h"
#include "typeset/document.h"

namespace vanban::typeset {

struct Options {
  // The signer's signature image (its width / height), centred in the signature room
  // between the role and the name (Decree 30, Appendix I, Part II); Picture 0.
  std::optional<double> signature_aspect;
  // The seal image at its real diameter in mm, over the left third of the signature
  // image (or of the room when there is no signature image); Picture 1.
  std::optional<double> seal_diameter;
  // An empty signature field over the signature room, for signing tools.
  bool signature_field = true;
};

// nullopt with `why` set when no usable font is installed.
std::optional<Document> typeset(const layout::Layout& l, const Options& o, std::string* why);

}  // namespace vanban::typeset
