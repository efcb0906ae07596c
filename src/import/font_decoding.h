// The text an office run shows, given the font it is drawn in: a run in a legacy font
// (.VnTime, VNI-Times …) holds the Windows-1252 image of its TCVN3 or VNI bytes and is
// decoded; a run in a Unicode font is left as it is (documents mix a Unicode body with
// a legacy header). The .docx and .odt readers both call this for every run, and keep
// what was decoded, paragraph by paragraph, for the import report.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import/legacy_fonts.h"

namespace vanban::import {

// What one paragraph's runs in one font were decoded as.
struct Decoding {
  std::string how;   // "font .VnTimeH: tcvn3, capitals"
  std::string text;  // the decoded text, its first kNoteChars characters
};

class FontDecoder {
 public:
  static constexpr size_t kNoteChars = 60;

  // The text `text` shows in `font_name` (`legacy` = legacy_font(font_name)): decoded
  // when the font is legacy, in capitals when `caps` (w:caps, fo:text-transform).
  // The paragraph's text in each legacy font is noted, if decoding changed any of it.
  std::string shown(std::string_view text, std::string_view font_name, const std::optional<LegacyFont>& legacy,
                    bool caps);
  // The notes since the last take(): one paragraph's.
  std::vector<Decoding> take();

 private:
  struct Note {
    Decoding decoding;
    bool changed = false;  // whether decoding changed any of the text
  };
  std::vector<Note> notes_;
};

}  // namespace vanban::import
