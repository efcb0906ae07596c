#include "api/vanban.h"

#include "api/render_steps.h"
#include "input/xml_reader.h"

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

MultiRenderResult render(std::string_view xml, std::string_view file, const std::vector<Format>& formats,
                         const StyleChoice* style) {
  MultiRenderResult r;
  const std::optional<layout::HouseStyle> chosen = choose_style(style, r.errors);
  if (!r.errors.empty()) return r;
  const std::optional<layout::Layout> l = lay_out(xml, file, chosen, r.errors);
  if (!l) return r;
  for (Format format : formats) r.files.push_back(write_layout(*l, format));
  return r;
}

RenderResult render(std::string_view xml, std::string_view file, Format format, const StyleChoice* style) {
  MultiRenderResult m = render(xml, file, std::vector<Format>{format}, style);
  RenderResult r;
  r.errors = std::move(m.errors);
  if (r.errors.empty()) r.bytes = std::move(m.files.front());
  return r;
}

Errors validate(std::string_view xml, std::string_view file) { return input::read_document(xml, file).errors; }

}  // namespace vanban
