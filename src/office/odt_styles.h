// ODF styles resolved as LibreOffice resolves them, for the ODT reader (odt_reader.h):
// the family's style:default-style, then the style:style chain through
// style:parent-style-name (16 styles deep at most; a loop ends it), then the automatic
// style a paragraph or span names. A span's text style lays only what it states over
// the text around it (nested spans over each other). Font sizes in % are of what they
// lie over. Table-cell styles' text and paragraph properties are not used: LibreOffice
// Writer does not apply them to the paragraphs in a cell either.
//
// Automatic styles live in two scopes: content.xml's serve the body, styles.xml's the
// headers and footers; each looks in its own scope, then among the common styles.
#pragma once
#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <pugixml.hpp>

#include "office/document.h"

namespace vanban::office::odt {

enum class Scope { Common, Content, Styles };

// What one style states (each property only when it states it).
struct TextProps {
  std::optional<std::string> font;
  std::optional<double> size;      // pt
  std::optional<double> size_pct;  // of what it lies over
  std::optional<bool> bold, italic, caps, small_caps, underline, strike;
  std::optional<std::string> color;  // "" automatic
};
struct ParaProps {
  std::optional<Align> align;
  std::optional<double> first_indent, left, right;  // mm
  std::optional<double> before, after;              // pt
  std::optional<LineSpacing> line;
  std::optional<bool> keep_next, keep_lines, page_break_before;
  std::optional<double> border_top, border_bottom;  // pt
  std::optional<int> outline;                       // style:default-outline-level
  std::optional<std::string> list_style;            // style:list-style-name
};

// A list style's level (text:list-level-style-number / -bullet / -image).
struct ListLevel {
  enum class Kind { None, Number, Bullet, Image } kind = Kind::None;
  std::string format;  // style:num-format: "1", "I", "i", "a", "A"; "" no number
  std::string prefix, suffix;
  int display = 1;  // text:display-levels
  int start = 1;    // text:start-value
  bool letter_sync = false;
  std::string bullet;
};
using ListLevels = std::array<ListLevel, 10>;

// A page layout's geometry and its header and footer areas (style:page-layout).
struct PageLayout {
  std::optional<double> width, height, top, bottom, left, right;  // mm
  std::optional<std::string> orientation;
  // The header and footer areas (style:header-footer-properties), when stated.
  struct Area {
    bool stated = false;
    double min_height = 0, spacing = 0, padding = 0;  // mm
  } header, footer;
};

class Styles {
 public:
  // The font faces of a part's root (office:document-content or -styles).
  void add_faces(const pugi::xml_node& root);
  // The styles of one group (office:styles, office:automatic-styles) in `scope`; a
  // name already known there keeps its first definition.
  void add(const pugi::xml_node& group, Scope scope);

  // A paragraph in paragraph style `name` (in `scope`): its look, the mark's run look
  // included; the style's display name in look.style.
  const ParaLook& paragraph(Scope scope, std::string_view name) const;
  // The list style a paragraph style names (through its chain), or "".
  std::string paragraph_list_style(Scope scope, std::string_view name) const;
  // The style:master-page-name the paragraph style itself states ("" none).
  std::string master_page(Scope scope, std::string_view name) const;
  // The same for a table style (family table).
  std::string table_master_page(Scope scope, std::string_view name) const;
  // A span in text style `name` inside text that looks like `outer`.
  RunLook span(Scope scope, std::string_view name, const RunLook& outer) const;
  // The document's defaults: the default paragraph style's run look.
  RunLook defaults() const;
  // The style element itself (in `scope`, else common), or an empty node.
  pugi::xml_node node(Scope scope, std::string_view family, std::string_view name) const;

  // A table column's width (style:column-width), mm, and its relative width
  // (style:rel-column-width, "1234*").
  std::optional<double> column_width(Scope scope, std::string_view name) const;
  std::optional<double> rel_column_width(Scope scope, std::string_view name) const;
  // A table's width (style:width), mm.
  std::optional<double> table_width(Scope scope, std::string_view name) const;

  // List styles (text:list-style) by name; nullptr when unknown.
  const ListLevels* list_style(Scope scope, std::string_view name) const;

  // Page layouts (style:page-layout, over style:default-page-layout) by name.
  PageLayout page_layout(std::string_view name) const;

 private:
  struct Props {
    TextProps text;
    ParaProps para;
  };
  struct Style {
    pugi::xml_node node;
    Scope scope = Scope::Common;
    mutable std::unique_ptr<Props> props;  // parsed when first asked (a file may hold a million styles)
  };
  const Style* find(Scope scope, std::string_view family, std::string_view name) const;
  const Props& parsed(const Style& s) const;
  // The chain of `name`, leaf first.
  std::vector<const Style*> chain(Scope scope, std::string_view family, std::string_view name) const;
  void apply(const TextProps& t, RunLook& look) const;
  TextProps text_props(const pugi::xml_node& props) const;
  static ParaProps para_props(const pugi::xml_node& style);

  std::map<std::string, std::string, std::less<>> faces_;  // style:name → its family
  // scope + family → style:name (a view of the parsed part, which outlives this) → the style
  std::map<std::string, std::unordered_map<std::string_view, Style>, std::less<>> styles_;
  std::map<std::string, pugi::xml_node, std::less<>> defaults_;  // family → style:default-style
  std::map<std::string, ListLevels, std::less<>> lists_;         // scope + name
  std::map<std::string, pugi::xml_node, std::less<>> layouts_;   // name → style:page-layout
  pugi::xml_node default_layout_;
  mutable std::map<std::string, ParaLook, std::less<>> resolved_;  // scope + name → look
  mutable std::unique_ptr<RunLook> defaults_look_;
};

}  // namespace vanban::office::odt
