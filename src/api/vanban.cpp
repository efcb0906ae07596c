#include "api/vanban.h"

#include "docx/docx_writer.h"
#include "input/xml_reader.h"
#include "layout/layout.h"
#include "layout/text_writer.h"
#include "odt/odt_writer.h"

namespace vanban {

std::optional<Format> format_from_name(std::string_view name) {
  const size_t dot = name.rfind('.');
  const std::string_view ext = dot == std::string_view::npos ? name : name.substr(dot + 1);
  if (ext == "docx") return Format::Docx;
  if (ext == "odt") return Format::Odt;
  if (ext == "txt") return Format::Text;
  return std::nullopt;
}

const char* format_extension(Format f) {
  switch (f) {
    case Format::Docx:
      return "docx";
    case Format::Odt:
      return "odt";
    case Format::Text:
      return "txt";
  }
  return "";
}

RenderResult render(std::string_view xml, std::string_view file, Format format) {
  RenderResult r;
  auto read = input::read_document(xml, file);
  if (!read.document) {
    r.errors = std::move(read.errors);
    return r;
  }
  const layout::Layout l = layout::compose(*read.document);
  switch (format) {
    case Format::Docx:
      r.bytes = docx::write_docx(l);
      break;
    case Format::Odt:
      r.bytes = odt::write_odt(l);
      break;
    case Format::Text:
      r.bytes = layout::write_text(l);
      break;
  }
  return r;
}

Errors validate(std::string_view xml, std::string_view file) { return input::read_document(xml, file).errors; }

}  // namespace vanban
