// Typeset pages → PDF 1.7 bytes aiming at PDF/A-2b: embedded TrueType subsets
// (HarfBuzz's subsetter) with ToUnicode maps, Flate streams, XMP metadata, an sRGB
// output intent, an outline, an empty signature field. Deterministic: the same pages
// give the same bytes (no dates unless asked). Knows nothing of Decree 30 or layouts.
#pragma once
#include <string>
#include <vector>

#include "pdf/png.h"
#include "typeset/document.h"

namespace vanban::pdf {

struct Options {
  // Pictures' images, indexed by typeset::Picture::image; a null entry draws nothing.
  std::vector<const Image*> images;
  // "2026-12-01T08:30:00+07:00": written as the creation and modification date (Info
  // and XMP). Empty: no dates, so the bytes depend on the content only.
  std::string date;
};

// Values that cannot be drawn are left out rather than failing the file: glyph 0
// (.notdef) and ids past the face, runs of a non-positive or non-finite size, strokes
// and pictures with non-finite or empty geometry, outline entries on missing pages; an
// Options::date not of the form above writes no dates. A document without pages gets
// one blank A4 page, one without fonts no text.
std::string write_pdf(const typeset::Document& d, const Options& o);

}  // namespace vanban::pdf
