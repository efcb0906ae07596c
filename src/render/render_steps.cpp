#include "render/render_steps.h"

#include <stdexcept>

#include "docx/docx_writer.h"
#include "input/xml_reader.h"
#include "layout/layout.h"
#include "odt/odt_writer.h"
#include "plaintext/text_writer.h"

namespace vanban {

std::optional<rules::HouseStyle> choose_style(const StyleChoice* style, Errors& errors) {
  if (!style) return std::nullopt;
  if (!style->builtin.empty()) {
    const rules::HouseStyle* hs = rules::builtin_style(style->builtin);
    if (hs) return *hs;
    std::string known;
    for (const auto& id : rules::builtin_style_ids()) known += (known.empty() ? "" : ", ") + id;
    errors.push_back({ErrorCode::UnknownStyle, style->builtin, 0, 0,
                      "unknown house style '" + style->builtin + "' (built in: " + known + ")"});
    return std::nullopt;
  }
  try {
    return rules::parse_house_style(style->xml, style->origin);
  } catch (const rules::TemplateError& e) {
    errors.push_back(e.to_error());
    return std::nullopt;
  }
}

std::optional<layout::Layout> lay_out(std::string_view xml, std::string_view file,
                                      const std::optional<rules::HouseStyle>& style, Errors& errors) {
  auto read = input::read_document(xml, file);
  if (!read.document) {
    errors = std::move(read.errors);
    return std::nullopt;
  }
  return style ? layout::compose(*read.document, *style) : layout::compose(*read.document);
}

std::string write_layout(const layout::Layout& l, Format format) {
  switch (format) {
    case Format::Docx:
      return docx::write_docx(l);
    case Format::Odt:
      return odt::write_odt(l);
    case Format::Text:
      return plaintext::write_text(l);
    case Format::Pdf:
      break;
  }
  throw std::logic_error("write_layout: a PDF is written by PdfRenderer");
}

std::vector<package::Entry> package_parts(const layout::Layout& l, Format format) {
  switch (format) {
    case Format::Docx:
      return docx::docx_parts(l);
    case Format::Odt:
      return odt::odt_parts(l);
    case Format::Text:
    case Format::Pdf:
      break;
  }
  return {};
}

}  // namespace vanban
