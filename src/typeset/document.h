// What the typesetter makes of a layout: pages of positioned glyphs, strokes and
// places, in points from the page's top-left corner (y grows downwards). The PDF
// writer draws these; it knows nothing of Decree 30 or of the layout.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace vanban::typeset {

class FontSet;
enum class FaceStyle;

struct Glyph {
  uint32_t id = 0;   // glyph index in the face
  double x = 0;      // pt from the run's origin to the glyph's origin
  double y = 0;      // pt: the glyph's offset from the baseline (up is positive)
  std::string text;  // the characters it shows (its cluster; "" for the 2nd+ glyph of one)
};

// Glyphs of one face, size and colour on one baseline.
struct GlyphRun {
  FaceStyle face{};
  double size = 0;      // pt
  double x = 0, y = 0;  // the origin on the baseline
  std::string color;    // "RRGGBB"; "" = black
  std::vector<Glyph> glyphs;
};

// A straight line: rules, borders, the footnote separator.
struct Stroke {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double width = 0;  // pt
  std::string color;
};

struct Rect {
  double x = 0, y = 0, w = 0, h = 0;  // top-left corner and size, pt
};

// An image the caller supplied, placed on a page.
struct Picture {
  int image = 0;  // index into the caller's images (Stamps order: 0 signature, 1 seal)
  Rect rect;
};

struct Page {
  double width = 0, height = 0;  // pt
  std::vector<GlyphRun> runs;    // in reading order
  std::vector<Stroke> strokes;
  std::vector<Picture> pictures;  // drawn over the text, in order
  // Where a signing tool signs (an empty /Sig field): the signature room.
  bool has_signature_field = false;
  Rect signature_field;
};

// An entry of the document outline: a numbered heading and where it is.
struct OutlineEntry {
  std::string title;
  int level = 1;  // 1 = top
  int page = 0;   // 0-based
  double y = 0;   // pt from the top of that page
};

struct Document {
  const FontSet* fonts = nullptr;
  std::vector<Page> pages;
  std::vector<OutlineEntry> outline;
  std::string title, author, language;  // language: "vi-VN"
  // Characters the font has no glyph for, once each in the order met (at most 64): the
  // PDF cannot show them, so the caller names them in a report.
  std::vector<std::string> missing;
};

}  // namespace vanban::typeset
