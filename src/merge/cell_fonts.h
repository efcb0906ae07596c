// Cells typed in a legacy Vietnamese font (.VnTime, .VnTimeH, VNI-Times …) hold the
// Windows-1252 image of TCVN3 or VNI bytes: what the cell shows is that text decoded
// by the font's table (import/legacy_fonts.h). A workbook reader names each cell's
// font, and each rich-text run's, here; cells in Unicode fonts stay as they are, but
// for one case real files show: in a workbook whose styles use a legacy font, a clerk
// who typed with the ABC or VNI keyboard into a cell left in the default font (Arial)
// left legacy bytes there too. Such text is decoded when, as it stands, it does not
// read as Vietnamese and, decoded by one of the workbook's legacy encodings, it reads
// as Vietnamese (decode_text's scoring); real Unicode Vietnamese always reads as
// Vietnamese, so it is never touched.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import/legacy_fonts.h"

namespace vanban::merge {

class CellFonts {
 public:
  static constexpr int kNone = -1;  // no font named: the enclosing one applies

  // A small number for a font name, the same for the same name; kNone for "".
  int intern(std::string_view name);
  bool legacy(int font) const { return font >= 0 && fonts_[static_cast<size_t>(font)].legacy.has_value(); }
  // `text` as it shows in `font`: decoded (and counted) when the font is legacy, or
  // rescued as above when it is not.
  std::string decode(std::string_view text, int font);
  // What was decoded, for a report: ".VnTime (tcvn3) 12, .VnTimeH (tcvn3, capitals) 3"
  // (texts decoded per font); "" when nothing was.
  std::string summary() const;

 private:
  struct Font {
    std::string name;
    std::optional<import::LegacyFont> legacy;
    long decoded = 0;
  };
  std::string rescue(std::string_view text, int font);

  std::vector<Font> fonts_;
  std::map<std::string, int, std::less<>> ids_;
  std::vector<import::Encoding> encodings_;  // of the legacy fonts named so far
  std::map<std::string, long> rescued_;      // "Arial text read as tcvn3" → count
};

// A cell's text built run by run: consecutive text in one font is decoded together
// (a VNI letter is two bytes, which an XML reader may hand over in two pieces), and
// the cell is capped at kMaxFieldBytes as it grows.
class CellText {
 public:
  CellText(CellFonts& fonts, std::string& out, bool& too_long) : fonts_(fonts), out_(out), too_long_(too_long) {}
  ~CellText() { flush(); }
  CellText(const CellText&) = delete;
  CellText& operator=(const CellText&) = delete;
  void add(std::string_view text, int font);
  void flush();

 private:
  CellFonts& fonts_;
  std::string& out_;
  bool& too_long_;
  std::string run_;
  int font_ = CellFonts::kNone;
};

}  // namespace vanban::merge
