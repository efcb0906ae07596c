// The vanban library: render a vanban XML document to DOCX, ODT or plain text.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "api/error.h"

namespace vanban {

enum class Format { Docx, Odt, Text };

// "docx", "odt", "txt" (or a path ending so) → format.
std::optional<Format> format_from_name(std::string_view name);
const char* format_extension(Format f);

// A house style chosen by the caller instead of the document's style attribute: a
// built-in id ("nd30", "nd30-13pt", "cong-doan"), or the XML of a style file in the
// form of templates/styles/*.xml (its values are checked against Decree 30's ranges).
struct StyleChoice {
  std::string builtin;
  std::string xml;
  std::string origin;  // names the style file in messages
};

struct RenderResult {
  std::string bytes;  // the file, when errors is empty
  Errors errors;
};

// Reads, validates and lays out `xml` (named `file` in messages) and writes it.
RenderResult render(std::string_view xml, std::string_view file, Format format, const StyleChoice* style = nullptr);

struct MultiRenderResult {
  std::vector<std::string> files;  // one per requested format, in order, when errors is empty
  Errors errors;
};
// Reads, validates and lays out once, then writes each format.
MultiRenderResult render(std::string_view xml, std::string_view file, const std::vector<Format>& formats,
                         const StyleChoice* style = nullptr);
// Only reads and validates.
Errors validate(std::string_view xml, std::string_view file);

}  // namespace vanban
