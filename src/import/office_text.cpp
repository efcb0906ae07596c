#include "import/office_text.h"

#include "import/office_lines.h"
#include "office/document.h"

namespace vanban::import {

OfficeKind office_kind(std::string_view bytes) {
  switch (office::kind_of(bytes)) {
    case office::Kind::Docx:
      return OfficeKind::Docx;
    case office::Kind::Odt:
      return OfficeKind::Odt;
    case office::Kind::None:
      break;
  }
  return OfficeKind::None;
}

OfficeLines office_lines(const office::Document& d) {
  return d.kind == office::Kind::Odt ? odt_lines(d) : docx_lines(d);
}

std::optional<std::string> office_text(std::string_view bytes, OfficeKind kind, std::string& why,
                                       std::vector<DecodingNote>* decodings) {
  // The one reader of office files (src/office), whose Document the checker reads too.
  Errors errors;
  const auto d = office::read_document(bytes, "", errors);
  if (!d) {
    why = !errors.empty()            ? errors.front().message
          : kind == OfficeKind::Docx ? "not a readable .docx"
                                     : "not a readable .odt";
    return std::nullopt;
  }
  OfficeLines lines = office_lines(*d);
  if (decodings) *decodings = std::move(lines.decodings);
  return std::move(lines.text);
}

}  // namespace vanban::import
