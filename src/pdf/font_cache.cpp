#include "pdf/font_cache.h"

#include <hb.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <mutex>

#include "pdf/repertoire.h"
#include "pdf/to_unicode.h"
#include "typeset/fonts.h"

namespace vanban::pdf {
namespace {

// Different glyph sets a face keeps at once; past this the cache starts over (the
// entries in use live on in the files being written), so varied input cannot grow it
// without bound.
constexpr size_t kMaxEntries = 64;

template <class T>
struct Slot {
  std::once_flag once;
  std::shared_ptr<const T> value;
};

template <class Key, class T>
std::shared_ptr<Slot<T>> slot(std::mutex& mu, std::map<Key, std::shared_ptr<Slot<T>>>& cache, Key key) {
  std::lock_guard lock(mu);
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  if (cache.size() >= kMaxEntries) cache.clear();
  return cache.emplace(std::move(key), std::make_shared<Slot<T>>()).first->second;
}

}  // namespace

struct FaceFonts {
  std::string postscript_name;
  std::vector<double> widths;         // by glyph id
  std::vector<std::string> defaults;  // by glyph id: the repertoire's text ("" none)
  std::vector<uint32_t> repertoire;   // the repertoire's glyphs, sorted
  std::mutex mu;
  // Keyed by the glyphs beyond the repertoire.
  std::map<std::vector<uint32_t>, std::shared_ptr<Slot<FontProgram>>> programs;
  // Keyed by the glyphs whose text differs from the repertoire's, with their text.
  std::map<std::string, std::shared_ptr<Slot<CachedStream>>> maps;

  explicit FaceFonts(const typeset::Face& face) : postscript_name(face.postscript_name()) {
    const unsigned count = hb_face_get_glyph_count(face.hb_face());
    widths.resize(count);
    defaults.resize(count);
    const double scale = 1000.0 / face.units_per_em();
    for (uint32_t g = 0; g < count; ++g) widths[g] = std::round(face.advance(g) * scale * 1000) / 1000;
    for (const RepertoireChar& c : pdf::repertoire()) {
      const uint32_t g = face.glyph(c.code);
      if (g == 0 || g >= count || !defaults[g].empty()) continue;
      defaults[g] = c.text;
      repertoire.push_back(g);
    }
    std::sort(repertoire.begin(), repertoire.end());
  }
};

FaceMetrics::FaceMetrics(const typeset::Face& face) {
  static std::mutex mu;
  // Keyed by file and name, not by address: a Face could be freed and another made.
  static std::map<std::string, std::shared_ptr<FaceFonts>> faces;
  const std::string key = face.path() + '\n' + face.postscript_name();
  {
    std::lock_guard lock(mu);
    auto it = faces.find(key);
    if (it != faces.end()) fonts_ = it->second;
  }
  if (!fonts_) {
    auto made = std::make_shared<FaceFonts>(face);
    std::lock_guard lock(mu);
    fonts_ = faces.emplace(key, std::move(made)).first->second;
  }
  widths_ = &fonts_->widths;
}

EmbeddedFace embed_face(const typeset::Face& face, const FaceMetrics& metrics,
                        const std::vector<const std::string*>& text_by_glyph) {
  FaceFonts& f = *metrics.fonts_;
  std::vector<uint32_t> extra;
  std::string overrides;
  const uint32_t count = static_cast<uint32_t>(f.widths.size());
  for (uint32_t g = 1; g < count && g < text_by_glyph.size(); ++g) {
    const std::string* t = text_by_glyph[g];
    if (!t) continue;
    if (f.defaults[g].empty()) extra.push_back(g);
    if (*t != f.defaults[g]) {
      overrides += std::to_string(g);
      overrides += ':';
      overrides += *t;
      overrides += '\0';
    }
  }

  EmbeddedFace out;
  auto program = slot(f.mu, f.programs, extra);
  std::call_once(program->once, [&] {
    std::vector<uint32_t> glyphs;
    std::merge(f.repertoire.begin(), f.repertoire.end(), extra.begin(), extra.end(), std::back_inserter(glyphs));
    program->value =
        std::make_shared<const FontProgram>(make_font_program(face.hb_face(), f.postscript_name, glyphs, f.widths));
  });
  out.program = program->value;

  auto map = slot(f.mu, f.maps, overrides);
  std::call_once(map->once, [&] {
    std::vector<std::pair<uint32_t, std::string>> entries;
    for (uint32_t g = 1; g < count; ++g) {
      const std::string* t = g < text_by_glyph.size() ? text_by_glyph[g] : nullptr;
      const std::string& text = t ? *t : f.defaults[g];
      if (!text.empty()) entries.emplace_back(g, text);
    }
    map->value = std::make_shared<const CachedStream>(CachedStream::compress(to_unicode_cmap(entries)));
  });
  out.to_unicode = map->value;
  return out;
}

void warm_face(const typeset::Face& face) {
  const FaceMetrics metrics(face);
  embed_face(face, metrics, {});
}

}  // namespace vanban::pdf
