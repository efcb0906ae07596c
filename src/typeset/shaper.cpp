#include "typeset/shaper.h"

#include <hb.h>
#include <unicode/uchar.h>

#include <functional>
#include <string>
#include <unordered_map>

#include "text/unicode.h"

namespace vanban::typeset {
namespace {

// Bounded so that a long merge run cannot grow it without end: when full it starts
// over (simpler than LRU, and a document's words come back within a few paragraphs).
constexpr size_t kMaxEntries = 20000;
constexpr size_t kMaxBytes = 8u << 20;  // text bytes held as keys and glyphs

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

using WordMap = std::unordered_map<std::string, std::shared_ptr<const ShapedText>, StringHash, std::equal_to<>>;

struct Cache {
  // Keyed by face first: a paragraph uses at most four faces.
  std::vector<std::pair<const Face*, WordMap>> faces;
  size_t entries = 0, bytes = 0;
  hb_buffer_t* buffer = hb_buffer_create();
  ~Cache() { hb_buffer_destroy(buffer); }

  WordMap& of(const Face* face) {
    for (auto& [f, m] : faces)
      if (f == face) return m;
    return faces.emplace_back(face, WordMap{}).second;
  }
};

// Combining marks in a row that are shaped together (UAX #15's stream-safe text allows
// 30). HarfBuzz positions a run of marks on one base in time quadratic in its length
// (30,000 take a second); hostile text with longer runs is shaped in pieces, the marks
// past each 30 set apart from their base.
constexpr int kMaxMarks = 30;

// Where `utf8` is cut for shaping: before the 31st, 61st … combining mark in a row.
std::vector<size_t> mark_cuts(std::string_view utf8) {
  std::vector<size_t> cuts;
  int run = 0;
  text::each_code_point(utf8, [&](UChar32 c, std::string_view bytes) {
    run = c >= 0x300 && u_getCombiningClass(c) != 0 ? run + 1 : 0;
    if (run > kMaxMarks) {
      cuts.push_back(static_cast<size_t>(bytes.data() - utf8.data()));
      run = 1;
    }
    return true;
  });
  return cuts;
}

void shape_into(hb_buffer_t* buf, const Face& face, std::string_view utf8, uint32_t offset, ShapedText& out) {
  static const hb_language_t vi = hb_language_from_string("vi", -1);
  hb_buffer_clear_contents(buf);
  hb_buffer_add_utf8(buf, utf8.data(), static_cast<int>(utf8.size()), 0, static_cast<int>(utf8.size()));
  hb_buffer_set_direction(buf, HB_DIRECTION_LTR);
  hb_buffer_set_script(buf, HB_SCRIPT_LATIN);
  hb_buffer_set_language(buf, vi);
  hb_shape(face.hb_font(), buf, nullptr, 0);
  unsigned n = 0;
  const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &n);
  const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, &n);
  if (out.glyphs.empty()) out.glyphs.reserve(n);  // not later: growing by n each piece is quadratic
  for (unsigned i = 0; i < n; ++i) {
    out.glyphs.push_back(
        {info[i].codepoint, offset + info[i].cluster, pos[i].x_advance, pos[i].x_offset, pos[i].y_offset});
    out.advance += pos[i].x_advance;
  }
}

std::shared_ptr<const ShapedText> shape_now(hb_buffer_t* buf, const Face& face, std::string_view utf8) {
  auto out = std::make_shared<ShapedText>();
  size_t start = 0;
  for (size_t cut : mark_cuts(utf8)) {
    shape_into(buf, face, utf8.substr(start, cut - start), static_cast<uint32_t>(start), *out);
    start = cut;
  }
  shape_into(buf, face, utf8.substr(start), static_cast<uint32_t>(start), *out);
  return out;
}

}  // namespace

std::shared_ptr<const ShapedText> shape(const Face& face, std::string_view utf8) {
  thread_local Cache cache;
  WordMap& words = cache.of(&face);
  if (auto it = words.find(utf8); it != words.end()) return it->second;
  auto shaped = shape_now(cache.buffer, face, utf8);
  if (cache.entries >= kMaxEntries || cache.bytes >= kMaxBytes) {
    cache.faces.clear();
    cache.entries = cache.bytes = 0;
  }
  cache.of(&face).emplace(std::string(utf8), shaped);
  ++cache.entries;
  cache.bytes += utf8.size() + shaped->glyphs.size() * sizeof(ShapedGlyph);
  return shaped;
}

}  // namespace vanban::typeset
