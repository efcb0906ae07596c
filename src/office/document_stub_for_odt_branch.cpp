// TEMPORARY, for the odt branch only: the lead deletes this file at merge, where
// office/document.cpp (the DOCX helper's) defines these. Here read_document reads
// .odt through odt_read and nothing else.
#include "office/document.h"
#include "office/odt_reader.h"
#include "package/zip_reader.h"

namespace vanban::office {

Kind kind_of(std::string_view bytes) {
  if (bytes.substr(0, 4) != std::string_view("PK\x03\x04", 4)) return Kind::None;
  if (package::zip_has_entry(bytes, "word/document.xml")) return Kind::Docx;
  if (auto m = package::read_zip_entry(bytes, "mimetype", 256);
      m && m->rfind("application/vnd.oasis.opendocument.text", 0) == 0)
    return Kind::Odt;
  return Kind::None;
}

std::string Paragraph::text() const {
  std::string s;
  for (const auto& r : runs) switch (r.kind) {
      case Run::Kind::Text:
        s += r.text;
        break;
      case Run::Kind::Tab:
        s += '\t';
        break;
      case Run::Kind::Break:
        s += '\n';
        break;
      case Run::Kind::PageNumber:
      case Run::Kind::PageCount:
        s += '#';
        break;
      case Run::Kind::FootnoteRef:
        break;
    }
  return s;
}

bool HeaderFooter::page_number() const {
  for (const auto& p : paragraphs)
    for (const auto& r : p.runs)
      if (r.kind == Run::Kind::PageNumber) return true;
  return false;
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
      return "other";
  }
  return "other";
}

std::optional<Document> read_document(std::string_view bytes, std::string_view file, Errors& errors) {
  if (kind_of(bytes) == Kind::Odt) return odt_read(bytes, file, errors);
  errors.push_back({ErrorCode::Unreadable, std::string(file), 0, 0, "not an .odt (this branch reads only .odt)"});
  return std::nullopt;
}

}  // namespace vanban::office
