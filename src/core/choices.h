// What a caller chooses for a render: the output format and the house style. Plain
// values shared by the public API, the render pipeline and merge, so they sit at the bottom.
#pragma once
#include <optional>
#include <string>
#include <string_view>

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

}  // namespace vanban
