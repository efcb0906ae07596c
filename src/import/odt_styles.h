// The font ODF text is drawn in, and whether it shows in capitals: a paragraph's or
// span's style:text-properties (style:font-name, a font face declared in
// office:font-face-decls, or fo:font-family), inherited through style:parent-style-name
// and from the family's style:default-style. LibreOffice writes a converted legacy
// document this way: Standard in .VnTime, Heading 1 in .VnTimeH, the text untouched.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace vanban::import {

struct OdtTextLook {
  std::optional<std::string> font;  // the font family, unquoted
  std::optional<bool> caps;         // fo:text-transform="uppercase" (another value: false)

  // `over` on top of this: what `over` sets wins.
  void overlay(const OdtTextLook& over);
};

class OdtStyles {
 public:
  // The font faces and styles of one part's root (office:document-content or
  // office:document-styles): its font-face-decls, office:styles and automatic styles.
  // A style name already known keeps its first definition.
  void add(const pugi::xml_node& root);

  // A paragraph in paragraph style `name` (its chain over the default paragraph style;
  // a chain is followed 16 styles deep at most, and a loop ends it).
  OdtTextLook paragraph(std::string_view name) const;
  // A span in text style `name` inside text that looks like `outer`.
  OdtTextLook span(const OdtTextLook& outer, std::string_view name) const;

 private:
  OdtTextLook own(const pugi::xml_node& style) const;
  const OdtTextLook& chain(std::string_view family, std::string_view name) const;

  std::map<std::string, std::string, std::less<>> faces_;             // style:name → svg:font-family
  std::map<std::string, pugi::xml_node, std::less<>> styles_;         // family + ':' + name → style:style
  std::map<std::string, pugi::xml_node, std::less<>> defaults_;       // family → style:default-style
  mutable std::map<std::string, OdtTextLook, std::less<>> resolved_;  // family:name → its chain folded
};

}  // namespace vanban::import
