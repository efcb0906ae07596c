// WordprocessingML formatting properties and the style sheet (word/styles.xml), read
// into sparse property sets that are laid over each other in the order of ECMA-376
// Part 1, §17.7.2 (document defaults → table style → numbering level → paragraph style
// → character style → direct formatting). Every property is optional: a set states
// only what its XML states, and what a later set states wins.
#pragma once
#include <pugixml.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "office/document.h"

namespace vanban::office::docx {

bool is(const pugi::xml_node& n, const char* name);
// A toggle or on/off property: <w:b/>, <w:b w:val="1"/> are on; w:val "0", "false",
// "off" turn it off (ST_OnOff).
bool on(const pugi::xml_node& n);
bool on_value(std::string_view v);  // the same test on an attribute's value

// Names a paragraph or run repeats (a font, a style's name, a list's label text) are
// kept to this many bytes (cut at a character): Word's own limits are far shorter, and
// a hostile file could otherwise make a million paragraphs each copy a megabyte.
inline constexpr size_t kMaxName = 255;
std::string capped(std::string_view s);

// The theme's font scheme (word/theme/theme1.xml): "majorAscii" … "minorBidi" → typeface.
class Theme {
 public:
  Theme() = default;
  explicit Theme(const pugi::xml_document& theme);
  // The typeface of w:asciiTheme="minorHAnsi" and the like; "" when the theme has none.
  std::string font(std::string_view name) const;

 private:
  std::map<std::string, std::string, std::less<>> fonts_;
};

// One level's run properties (w:rPr).
struct RunProps {
  enum Slot { Ascii, HAnsi, EastAsia, Cs };
  std::array<std::optional<std::string>, 4> fonts;  // theme fonts resolved
  std::optional<std::string> hint;                  // w:hint: "eastAsia", "cs" or "default"
  std::optional<double> size;                       // pt
  // Toggles (§17.7.3) taken as "the last one stated wins": a style that states w:b
  // turns bold on, one that states w:b w:val="0" turns it off, whatever lies below.
  std::optional<bool> bold, italic, caps, small_caps, underline, strike;
  std::optional<std::string> color;  // "RRGGBB"; "" automatic

  void overlay(const RunProps& over);  // what `over` states wins
  // The font that draws `text`: w:hAnsi for text with a character beyond ASCII, w:ascii
  // for ASCII-only text (Word picks per character; the two differ only in mixed runs,
  // and a legacy run must be decoded as one piece: a VNI tone mark follows its ASCII
  // base letter). Each falls back to the other, then to w:eastAsia and w:cs (w:cs
  // first for w:hint="cs").
  std::string font_for(std::string_view text) const;
  // The look, for text `text` (which picks the font).
  RunLook look(std::string_view text) const;
};

// One level's paragraph properties (w:pPr).
struct ParaProps {
  std::optional<Align> align;
  std::optional<double> first_indent, left, right;  // mm (first: negative = hanging)
  std::optional<double> before, after;              // pt
  std::optional<bool> before_auto, after_auto;      // w:beforeAutospacing, w:afterAutospacing
  std::optional<LineSpacing> line;
  std::optional<bool> keep_next, keep_lines, page_break_before;
  std::optional<double> border_top, border_bottom;  // pt; 0 none
  std::optional<int> outline;                       // as stored: 0–8, 9 body text
  std::optional<std::string> num_id;                // w:numPr
  std::optional<int> num_level;

  void overlay(const ParaProps& over);
};

// Reads a w:rPr (or a style's, a default's) with the theme's fonts.
RunProps read_run_props(const pugi::xml_node& rpr, const Theme& theme);
// Reads a w:pPr.
ParaProps read_para_props(const pugi::xml_node& ppr);

class Styles {
 public:
  Styles() = default;  // no styles part: only direct formatting counts
  // From the parsed word/styles.xml (may be empty) and the theme, both of which must
  // outlive this (a style's properties are read when it is first used: a hostile file
  // may define a million styles and use few).
  Styles(const pugi::xml_document& styles, const Theme& theme);

  // A style with its basedOn chain folded in (followed 16 styles deep at most; a loop,
  // a style based on itself, ends it). nullptr for an unknown id.
  struct Folded {
    std::string name;  // the style's own w:name
    ParaProps para;
    RunProps run;
  };
  const Folded* paragraph_style(std::string_view id) const;  // the default paragraph style for ""/unknown
  const Folded* character_style(std::string_view id) const;
  const Folded* table_style(std::string_view id) const;  // the default table style for ""/unknown
  const Folded* numbering_style(std::string_view id) const;

  const RunProps& run_defaults() const { return run_defaults_; }
  const ParaProps& para_defaults() const { return para_defaults_; }

 private:
  static constexpr size_t kNone = SIZE_MAX;
  struct Style {
    size_t parent = kNone;  // the style it is based on
    pugi::xml_node node;
  };
  const Folded* find(std::string_view type, std::string_view id) const;
  const Folded* fold(size_t index) const;

  const Theme* theme_ = nullptr;
  RunProps run_defaults_;
  ParaProps para_defaults_;
  std::vector<Style> styles_;
  std::unordered_map<std::string, size_t> index_;  // type + ':' + styleId → styles_
  mutable std::unordered_map<size_t, Folded> folded_;
  std::string default_paragraph_, default_table_;  // styleIds of w:default="1"
};

}  // namespace vanban::office::docx
