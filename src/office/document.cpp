#include "office/document.h"

#include "office/docx_reader.h"
#include "office/odt_reader.h"
#include "package/zip_reader.h"
#include "text/unicode.h"

namespace vanban::office {

Kind kind_of(std::string_view bytes) {
  if (bytes.substr(0, 4) != std::string_view("PK\x03\x04", 4)) return Kind::None;
  if (package::zip_has_entry(bytes, "word/document.xml")) return Kind::Docx;
  if (auto m = package::read_zip_entry(bytes, "mimetype", 256);
      m && m->rfind("application/vnd.oasis.opendocument.text", 0) == 0)
    return Kind::Odt;
  return Kind::None;
}

const char* unsupported_name(Unsupported::Kind k) {
  switch (k) {
    case Unsupported::Kind::Image:
      return "image";
    case Unsupported::Kind::TextBox:
      return "text box";
    case Unsupported::Kind::Chart:
      return "chart";
    case Unsupported::Kind::Equation:
      return "equation";
    case Unsupported::Kind::EmbeddedObject:
      return "embedded object";
    case Unsupported::Kind::TrackedChange:
      return "tracked change";
    case Unsupported::Kind::Comment:
      return "comment";
    case Unsupported::Kind::Field:
      return "field";
    case Unsupported::Kind::Other:
      return "other content";
  }
  return "other content";
}

std::string Paragraph::text() const {
  return text_of_runs(*this, [](const Run& r) -> const std::string& { return r.text; });
}

bool HeaderFooter::page_number() const {
  for (const auto& p : paragraphs)
    for (const auto& r : p.runs)
      if (r.kind == Run::Kind::PageNumber) return true;
  return false;
}

std::optional<Document> read_document(std::string_view bytes, std::string_view file, Errors& errors) {
  switch (kind_of(bytes)) {
    case Kind::Docx:
      return docx_read(bytes, file, errors);
    case Kind::Odt:
      return odt_read(bytes, file, errors);
    case Kind::None:
      break;
  }
  const std::string bad = bytes.starts_with(std::string_view("PK\x03\x04", 4)) ? package::unsafe_entry_name(bytes) : "";
  errors.push_back(
      {ErrorCode::Unreadable, std::string(file), 0, 0,
       !bad.empty() ? "the package has an entry named '" + text::printable(bad) + "', which points outside it: refused"
       : bytes.starts_with(std::string_view("PK\x03\x04", 4))
           ? "a zip package that is neither a readable .docx nor a readable .odt (damaged, or another "
             "kind of file)"
           : "not a .docx or .odt (not a zip package)"});
  return std::nullopt;
}

}  // namespace vanban::office
