// The body font's four faces, found through fontconfig and read with FreeType and
// HarfBuzz: the family the layout names (Times New Roman) when it is installed,
// otherwise the metric-compatible Liberation Serif, and the choice is reported.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct hb_font_t;
struct hb_face_t;

namespace vanban::typeset {

// One face of a family, loaded once per process and shared (read-only after load).
class Face {
 public:
  Face(std::string path, int index);
  ~Face();
  Face(const Face&) = delete;
  Face& operator=(const Face&) = delete;

  hb_font_t* hb_font() const { return font_; }  // scale = units per em, for shaping
  hb_face_t* hb_face() const { return face_; }  // for the PDF writer's subsetter
  const std::string& path() const { return path_; }
  int units_per_em() const { return upem_; }
  // In font units (FreeType's values of the hhea/OS2 tables).
  int ascender() const { return ascender_; }
  int descender() const { return descender_; }  // negative below the baseline
  int line_gap() const { return line_gap_; }    // the hhea table's line gap
  // The height above the baseline of a single-spaced line: the ascender plus the line
  // gap, as Word and LibreOffice space lines (Times New Roman and Liberation Serif at
  // 14 pt: 16.1 pt a line, 1.15 of the size; measured on LibreOffice's PDF).
  int line_ascent() const { return ascender_ + line_gap_; }
  int cap_height() const { return cap_height_; }
  int bbox[4] = {0, 0, 0, 0};  // xMin yMin xMax yMax
  double italic_angle() const { return italic_angle_; }
  bool bold() const { return bold_; }
  bool italic() const { return italic_; }
  const std::string& postscript_name() const { return ps_name_; }
  const std::string& family() const { return family_; }
  // The face's glyph for a code point, 0 when the font has none.
  uint32_t glyph(char32_t c) const;
  // Advance of a glyph in font units.
  int advance(uint32_t glyph) const;

 private:
  std::string path_, ps_name_, family_;
  hb_face_t* face_ = nullptr;
  hb_font_t* font_ = nullptr;
  int upem_ = 1000, ascender_ = 0, descender_ = 0, line_gap_ = 0, cap_height_ = 0;
  double italic_angle_ = 0;
  bool bold_ = false, italic_ = false;
};

enum class FaceStyle { Regular = 0, Bold = 1, Italic = 2, BoldItalic = 3 };
inline FaceStyle face_style(bool bold, bool italic) {
  return static_cast<FaceStyle>((bold ? 1 : 0) + (italic ? 2 : 0));
}

class FontSet {
 public:
  // The set for `family` ("Times New Roman"), cached for the life of the process and
  // safe to call from several threads; null, with `why` set, when neither the family
  // nor Liberation Serif is installed (a machine's set-up, not the input's fault).
  static const FontSet* get(std::string_view family, std::string* why);

  const Face& face(FaceStyle s) const { return *faces_[static_cast<int>(s)]; }
  const Face& face(bool bold, bool italic) const { return face(face_style(bold, italic)); }
  const std::string& asked() const { return asked_; }
  const std::string& used() const { return used_; }  // the family actually loaded
  bool fallback() const { return asked_ != used_; }
  // "Times New Roman" or "Liberation Serif (Times New Roman is not installed)".
  std::string report() const;

  FontSet() = default;

 private:
  friend struct FontSetLoader;
  std::string asked_, used_;
  std::unique_ptr<Face> faces_[4];
};

}  // namespace vanban::typeset
