#include "core/choices.h"

namespace vanban {

std::optional<Format> format_from_name(std::string_view name) {
  const size_t dot = name.rfind('.');
  const std::string_view ext = dot == std::string_view::npos ? name : name.substr(dot + 1);
  if (ext == "docx") return Format::Docx;
  if (ext == "odt") return Format::Odt;
  if (ext == "txt") return Format::Text;
  if (ext == "pdf") return Format::Pdf;
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
    case Format::Pdf:
      return "pdf";
  }
  return "";
}

}  // namespace vanban
