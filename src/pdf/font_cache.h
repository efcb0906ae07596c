// The process-wide cache of what embedding a face costs: its subset (compressed font
// program and widths) and its ToUnicode map. A subset holds the face's glyphs for the
// fixed repertoire (repertoire.h) plus whatever else a document uses, and the map
// gives each of those glyphs its repertoire character unless the document says
// otherwise; so the letters of a merge nearly all hit the same entries and pay only
// for copying bytes. Safe to use from several threads.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "pdf/cached_stream.h"
#include "pdf/font_subset.h"

namespace vanban::typeset {
class Face;
}

namespace vanban::pdf {

struct FaceFonts;  // the cache of one face (font_cache.cpp)

// What a file embeds for one face.
struct EmbeddedFace {
  std::shared_ptr<const FontProgram> program;
  std::shared_ptr<const CachedStream> to_unicode;  // compressed CMap
};

// The face's cache entry, made on first use: per-glyph widths for the content streams.
class FaceMetrics {
 public:
  explicit FaceMetrics(const typeset::Face& face);
  // 1000ths of an em, rounded to 0.001 as written in /W; 0 for an unknown glyph.
  double width(uint32_t glyph) const { return glyph < widths_->size() ? (*widths_)[glyph] : 0; }
  uint32_t glyph_count() const { return static_cast<uint32_t>(widths_->size()); }
  // Whether a glyph is drawn: one of the face's (as a 2-byte CID), and not .notdef,
  // which PDF/A forbids showing (a character the face lacks is left out).
  bool drawable(uint32_t glyph) const { return glyph != 0 && glyph < glyph_count() && glyph <= 0xFFFF; }

 private:
  friend EmbeddedFace embed_face(const typeset::Face&, const FaceMetrics&, const std::vector<const std::string*>&);
  std::shared_ptr<FaceFonts> fonts_;
  const std::vector<double>* widths_;
};

// Makes the face's repertoire subset and ToUnicode map, the entries a document within
// the repertoire uses, ahead of the first document (a process that writes one PDF
// does it beside reading and laying out the document).
void warm_face(const typeset::Face& face);

// `text_by_glyph[g]`: the first text the document shows with glyph g (null: g unused),
// sized glyph_count().
EmbeddedFace embed_face(const typeset::Face& face, const FaceMetrics& metrics,
                        const std::vector<const std::string*>& text_by_glyph);

}  // namespace vanban::pdf
