// What the renderer's own data expects of each component, read once: the role's look
// from templates/layout.xml (bold, italic, alignment, its size reference) and the legal
// range of that reference from schemas/templates-1.xsd ("size/quoc-hieu" → 12–13 pt).
// The checker keeps no second copy of Decree 30's numbers.
#pragma once
#include <string>
#include <string_view>

#include "office/document.h"

namespace vanban::check {

struct Range {
  double min = 0, max = 0;
  bool contains(double v, double tolerance = 0) const { return v >= min - tolerance && v <= max + tolerance; }
};

// "12–13 pt", "13 pt", "10–12.7 mm": the range as a language-neutral value.
std::string range_text(const Range& r, std::string_view unit);
// A number as findings show it: "14", "12.7", "0.5" (at most two decimals, no trailing zeros).
std::string number_text(double v);
// An alignment as findings name it: "left", "centred", "right", "justified".
const char* align_name(office::Align a);

struct RoleLook {
  std::string id;  // "VbNationalTitle"
  Range size;      // pt: the legal range of its size reference, or its own size
  bool bold = false, italic = false;
  office::Align align = office::Align::Left;
};
// The role `id` of templates/layout.xml; throws std::logic_error for an id it lacks
// (a bug: the checker names only roles the renderer has).
const RoleLook& role_look(std::string_view id);

// The legal range of a house-style attribute, from the schema's facets: ("page", "left")
// → 30–35 mm, ("body", "indent") → 10–12.7 mm, ("rules", "issuer") → 0.3333–0.5.
Range style_range(std::string_view element, std::string_view attribute);

}  // namespace vanban::check
