// A page's drawing operators: the glyph runs as Identity-H text (2-byte CIDs = glyph
// ids), the strokes, the pictures. Typeset coordinates have their origin top-left
// with y down; PDF's are bottom-left with y up, so every y is flipped here.
#pragma once
#include <string>
#include <vector>

#include "typeset/document.h"

namespace vanban::pdf {

class FaceMetrics;

// `faces[s]`: the metrics of FaceStyle s, null when the document has no fonts (its
// text is then not drawn); the font resource of style s is /F<s>. `image_ok[i]`: the
// caller's image i is embedded as /Im<i> (pictures of other images are skipped).
// Uncompressed.
std::string page_content(const typeset::Page& page, double height, const FaceMetrics* const faces[4],
                         const std::vector<bool>& image_ok);

// "0.2 0.4 0.6" from "336699"; black for "" or anything that is not six hex digits.
std::string rgb_operands(const std::string& color);

}  // namespace vanban::pdf
