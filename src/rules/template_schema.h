// schemas/templates-1.xsd: every template (built-in or the user's house style) is
// checked against it before a value is read. The legal ranges live there as facets.
#pragma once
#include <pugixml.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::rules {

inline constexpr std::string_view kTemplatesNamespace = "urn:vanban:templates:1";

// Checks that `xml` is well-formed, has the root element <root> in kTemplatesNamespace
// and matches schemas/templates-1.xsd. Throws TemplateError with the code, line and
// column of the first problem: NotWellFormed (XML syntax), Forbidden (a DOCTYPE: no DTDs
// or entities are ever read), Limit (larger than an input may be), Schema (another root,
// a value outside its range, a missing or unknown element or attribute). `origin` names
// the file in messages. Parses without network access.
void validate_template(std::string_view xml, std::string_view origin, std::string_view root);

// The range the schema gives attribute `attribute` of the element reached by `path`
// (local names from the root: {"style", "page"}), as written there ("0.3333", "12.7");
// nullopt where it sets none.
struct AllowedRange {
  std::string min, max;
};
std::optional<AllowedRange> allowed_range(const std::vector<std::string>& path, std::string_view attribute);

// Reading a validated template with pugixml: the local name of an element ("page" for
// "t:page": a template may bind the namespace to a prefix), and its first child element
// with local name `name`.
std::string_view local_name(const pugi::xml_node& element);
pugi::xml_node child_element(const pugi::xml_node& parent, std::string_view name);

}  // namespace vanban::rules
