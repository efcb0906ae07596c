// libxml2 parsing and XSD validation with the safety settings vanban needs.
#pragma once
#include <libxml/tree.h>

#include <memory>
#include <string_view>

#include "core/error.h"

namespace vanban::input {

struct XmlDocDeleter {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocDeleter>;

// Parses without network access, DTD loading or entity substitution; any DOCTYPE
// (hence any entity declaration, internal or external) is refused where it stands.
XmlDocPtr parse_xml(std::string_view bytes, std::string_view file, Errors& errors);

// Validates against the embedded schemas/vanban-1.xsd; false with errors on failure.
bool validate_vanban(xmlDoc* doc, std::string_view bytes, std::string_view file, Errors& errors);

// 1-based column (in characters) of "<name" on `line` of `bytes`; 0 if not found.
int column_of_element(std::string_view bytes, int line, std::string_view name);

}  // namespace vanban::input
