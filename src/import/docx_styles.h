// The font a .docx run is drawn in, and whether it shows in capitals. Word stores both
// sparsely: a run names its font only when it differs from its character style, that
// style's basedOn chain, the paragraph style's chain and the document defaults (in
// that order of precedence, ECMA-376 Part 1, 17.7.2). Legacy documents rely on it:
// Heading 1 is .VnTimeH, Normal is .VnTime, and the runs say nothing.
#pragma once
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <pugixml.hpp>

namespace vanban::import {

// One level's w:rFonts and w:caps. Each font slot is inherited on its own (a style may
// set only w:cs), so a slot left unset here comes from the level below.
struct DocxRunLook {
  enum Slot { Ascii, HAnsi, EastAsia, Cs };
  std::array<std::optional<std::string>, 4> fonts;
  std::optional<std::string> hint;  // w:hint: "eastAsia", "cs" or "default"
  std::optional<bool> caps;         // w:caps

  // `over` on top of this: what `over` sets wins.
  void overlay(const DocxRunLook& over);
  // The font that draws `text`: w:hAnsi for text with a character beyond ASCII, w:ascii
  // for ASCII-only text (Word picks per character; the two differ only in mixed runs,
  // and a legacy run must be decoded as one piece: a VNI tone mark follows its ASCII
  // base letter). Each falls back to the other, then to w:eastAsia or w:cs.
  std::string font_for(std::string_view text) const;
};

class DocxStyles {
 public:
  DocxStyles() = default;  // no styles part: only direct formatting counts
  // From the parsed word/styles.xml and word/theme/theme1.xml (either may be empty).
  // A basedOn chain is followed 16 styles deep at most, and a loop ends it.
  DocxStyles(const pugi::xml_document& styles, const pugi::xml_document& theme);

  // The look of a run: its own w:rPr over its w:rStyle's chain over the paragraph
  // style's chain (w:pStyle of `paragraph`, else the default paragraph style) over the
  // document defaults. The paragraph mark's own w:rPr is not part of it.
  DocxRunLook run_look(const pugi::xml_node& run_props, const pugi::xml_node& paragraph) const;

  // The properties of one w:rPr (or the w:rPr of a w:style): theme fonts resolved.
  DocxRunLook read(const pugi::xml_node& rpr) const;

 private:
  static constexpr size_t kNone = SIZE_MAX;
  struct Style {
    size_t parent = kNone;  // the style it is based on
    size_t own = kNone;     // its own look in looks_; kNone when it sets no font or caps
  };
  // A style's look with its basedOn chain folded in (once, when first asked: a hostile
  // file may define a million styles and use few); nullptr for an unknown id.
  const DocxRunLook* style(std::string_view type, std::string_view id) const;

  std::map<std::string, std::string> theme_;  // "majorAscii" … "minorBidi" → typeface
  DocxRunLook defaults_;                      // w:docDefaults/w:rPrDefault
  std::vector<Style> styles_;
  std::vector<DocxRunLook> looks_;
  std::unordered_map<std::string, size_t> index_;  // type + ':' + styleId → styles_
  mutable std::unordered_map<size_t, DocxRunLook> folded_;
  std::string default_paragraph_;  // the styleId of w:default="1"
};

}  // namespace vanban::import
