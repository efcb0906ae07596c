#include "pdf/font_subset.h"

#include <hb-subset.h>
#include <hb.h>

#include "pdf/pdf_syntax.h"

namespace vanban::pdf {
namespace {

// The face's bytes as HarfBuzz's subsetter writes them, or the whole face when it
// cannot (the file is then larger, but still complete).
std::string subset_bytes(hb_face_t* face, const std::vector<uint32_t>& glyphs, bool& subset) {
  subset = false;
  hb_face_t* result = nullptr;
  if (hb_subset_input_t* in = hb_subset_input_create_or_fail()) {
    hb_set_t* gids = hb_subset_input_glyph_set(in);
    hb_set_add(gids, 0);
    for (uint32_t g : glyphs) hb_set_add(gids, g);
    hb_subset_input_set_flags(in, HB_SUBSET_FLAGS_RETAIN_GIDS | HB_SUBSET_FLAGS_NO_HINTING);
    hb_set_t* drop = hb_subset_input_set(in, HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (const char* t : {"GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern", "DSIG", "gasp", "hdmx", "LTSH",
                          "VDMX", "PCLT", "FFTM", "meta"})
      hb_set_add(drop, hb_tag_from_string(t, 4));
    result = hb_subset_or_fail(face, in);
    hb_subset_input_destroy(in);
  }
  hb_blob_t* blob = result ? hb_face_reference_blob(result) : nullptr;
  if (blob && hb_blob_get_length(blob) > 0) {
    subset = true;
  } else {
    hb_blob_destroy(blob);
    blob = hb_face_reference_blob(face);
  }
  unsigned size = 0;
  const char* data = hb_blob_get_data(blob, &size);
  std::string bytes(data ? data : "", data ? size : 0);
  hb_blob_destroy(blob);
  hb_face_destroy(result);
  return bytes;
}

// Six capital letters from the face and its glyph set: the same subset always gets
// the same tag, and two different subsets almost never share one.
std::string subset_tag(const std::string& postscript_name, const std::vector<uint32_t>& glyphs) {
  Digest d;
  d.add(postscript_name);
  for (uint32_t g : glyphs) {
    const char b[4] = {static_cast<char>(g), static_cast<char>(g >> 8), static_cast<char>(g >> 16),
                       static_cast<char>(g >> 24)};
    d.add(std::string_view(b, 4));
  }
  uint64_t v = d.low();
  std::string tag;
  for (int i = 0; i < 6; ++i, v /= 26) tag += static_cast<char>('A' + v % 26);
  return tag;
}

// "[3 [250 333] 36 [722]]": runs of consecutive glyph ids.
std::string width_array(const std::vector<uint32_t>& glyphs, const std::vector<double>& widths) {
  std::string w = "[";
  for (size_t i = 0; i < glyphs.size();) {
    size_t j = i + 1;
    while (j < glyphs.size() && glyphs[j] == glyphs[j - 1] + 1) ++j;
    w += std::to_string(glyphs[i]);
    w += " [";
    for (size_t k = i; k < j; ++k) {
      if (k > i) w += ' ';
      append_number(w, glyphs[k] < widths.size() ? widths[glyphs[k]] : 0);
    }
    w += "] ";
    i = j;
  }
  if (w.back() == ' ') w.pop_back();
  return w + "]";
}

}  // namespace

FontProgram make_font_program(hb_face_t* face, const std::string& postscript_name, const std::vector<uint32_t>& glyphs,
                              const std::vector<double>& widths) {
  FontProgram p;
  const std::string bytes = subset_bytes(face, glyphs, p.subset);
  p.font_file = CachedStream::compress(bytes);
  p.tag = subset_tag(postscript_name, glyphs);
  p.widths = width_array(glyphs, widths);
  return p;
}

}  // namespace vanban::pdf
