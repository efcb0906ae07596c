// A paragraph's runs as one string for the line breaker: NFC, every kind of white
// space a plain space, each forced line break a '\n', a footnote reference its number;
// and the spans of that string set in one style.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "page/page.h"
#include "typeset/fonts.h"

namespace vanban::typeset {

struct TextStyle {
  FaceStyle face = FaceStyle::Regular;
  bool superscript = false;  // a footnote reference's number
  bool operator==(const TextStyle&) const = default;
};

struct Span {
  size_t begin = 0, end = 0;  // bytes of StyledText::text
  TextStyle style;
  int footnote = -1;  // the reference's layout::Run::footnote (superscript spans)
};

struct StyledText {
  std::string text;
  std::vector<Span> spans;  // in order, covering `text`, none empty
};

// Untrusted text made fit to shape: ill-formed UTF-8 becomes U+FFFD, the text NFC, and
// white space (tab, line feed, en space …) and control characters single spaces. The
// no-break spaces (U+00A0, U+202F, U+2007) stay: they must not break.
std::string clean_text(std::string_view utf8);

// Appends `utf8` (already clean) in `style`, joining the last span when it has the same
// style and is no footnote reference.
void append(StyledText& t, std::string_view utf8, TextStyle style, int footnote = -1);

// The runs of a paragraph: a run is bold when the style or the run is (italic alike);
// a footnote reference with a negative index shows nothing (it refers to no footnote).
StyledText styled_text(const std::vector<layout::Run>& runs, bool bold, bool italic);

}  // namespace vanban::typeset
