// One embedded TrueType subset of a face, made with HarfBuzz's subsetter: the glyph
// ids are kept (so CIDs are the face's glyph ids, /CIDToGIDMap /Identity), hinting is
// dropped (a PDF is printed and viewed at any size; the instructions were most of the
// bytes), and so are the layout tables, which a PDF viewer never reads.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "pdf/cached_stream.h"

struct hb_face_t;

namespace vanban::pdf {

struct FontProgram {
  std::string tag;         // "ABCDEF": the subset's prefix, from its glyph set
  bool subset = true;      // false: HarfBuzz failed and the whole face is embedded
  CachedStream font_file;  // the /FontFile2 stream; raw_size is its /Length1
  std::string widths;      // the CIDFont's /W array
};

// `glyphs`: sorted, unique, without 0 (.notdef is always kept). `widths`: every
// glyph's advance in 1000ths of an em as the content streams use it.
FontProgram make_font_program(hb_face_t* face, const std::string& postscript_name, const std::vector<uint32_t>& glyphs,
                              const std::vector<double>& widths);

}  // namespace vanban::pdf
