#include "typeset/fonts.h"

#include <fontconfig/fontconfig.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_TRUETYPE_TABLES_H
#include <hb.h>
#include <strings.h>

#include <map>
#include <mutex>
#include <optional>
#include <stdexcept>

namespace vanban::typeset {
namespace {

// The metric-compatible stand-in for Times New Roman (Debian: fonts-liberation2).
constexpr const char* kFallback = "Liberation Serif";

struct FontFile {
  std::string path, family;
  int index = 0;
};

// fontconfig's best match for `family` in one style, when its family is that family
// (fontconfig always answers something; a different family means "not installed").
std::optional<FontFile> match(const std::string& family, FaceStyle style) {
  FcPattern* pat = FcPatternCreate();
  FcPatternAddString(pat, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
  const bool bold = style == FaceStyle::Bold || style == FaceStyle::BoldItalic;
  const bool italic = style == FaceStyle::Italic || style == FaceStyle::BoldItalic;
  FcPatternAddInteger(pat, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
  FcPatternAddInteger(pat, FC_SLANT, italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
  FcPatternAddBool(pat, FC_SCALABLE, FcTrue);
  FcConfigSubstitute(nullptr, pat, FcMatchPattern);
  FcDefaultSubstitute(pat);
  FcResult result = FcResultNoMatch;
  FcPattern* found = FcFontMatch(nullptr, pat, &result);
  FcPatternDestroy(pat);
  if (!found) return std::nullopt;
  std::optional<FontFile> out;
  FcChar8* file = nullptr;
  FcChar8* fam = nullptr;
  int index = 0, weight = 0, slant = 0;
  if (FcPatternGetString(found, FC_FILE, 0, &file) == FcResultMatch &&
      FcPatternGetString(found, FC_FAMILY, 0, &fam) == FcResultMatch &&
      strcasecmp(reinterpret_cast<const char*>(fam), family.c_str()) == 0) {
    FcPatternGetInteger(found, FC_INDEX, 0, &index);
    FcPatternGetInteger(found, FC_WEIGHT, 0, &weight);
    FcPatternGetInteger(found, FC_SLANT, 0, &slant);
    // A family without a bold or italic face would be faked by the renderer; we draw
    // real faces only, so such a family does not count as installed.
    if ((weight >= FC_WEIGHT_DEMIBOLD) == bold && (slant != FC_SLANT_ROMAN) == italic)
      out = FontFile{reinterpret_cast<const char*>(file), reinterpret_cast<const char*>(fam), index};
  }
  FcPatternDestroy(found);
  return out;
}

}  // namespace

Face::Face(std::string path, int index) : path_(std::move(path)) {
  hb_blob_t* blob = hb_blob_create_from_file_or_fail(path_.c_str());
  if (!blob) throw std::runtime_error("cannot read font file " + path_);
  face_ = hb_face_create(blob, static_cast<unsigned>(index));
  hb_blob_destroy(blob);
  hb_face_make_immutable(face_);
  font_ = hb_font_create(face_);
  upem_ = static_cast<int>(hb_face_get_upem(face_));
  hb_font_set_scale(font_, upem_, upem_);
  hb_font_make_immutable(font_);

  // The face's metrics as FreeType reads them from its tables.
  FT_Library lib = nullptr;
  FT_Face ft = nullptr;
  if (FT_Init_FreeType(&lib) != 0 || FT_New_Face(lib, path_.c_str(), index, &ft) != 0) {
    if (lib) FT_Done_FreeType(lib);
    throw std::runtime_error("FreeType cannot open font file " + path_);
  }
  ascender_ = ft->ascender;
  descender_ = ft->descender;
  line_gap_ = ft->height - ft->ascender + ft->descender;
  bbox[0] = static_cast<int>(ft->bbox.xMin);
  bbox[1] = static_cast<int>(ft->bbox.yMin);
  bbox[2] = static_cast<int>(ft->bbox.xMax);
  bbox[3] = static_cast<int>(ft->bbox.yMax);
  if (const char* ps = FT_Get_Postscript_Name(ft)) ps_name_ = ps;
  if (ft->family_name) family_ = ft->family_name;
  bold_ = (ft->style_flags & FT_STYLE_FLAG_BOLD) != 0;
  italic_ = (ft->style_flags & FT_STYLE_FLAG_ITALIC) != 0;
  if (auto* os2 = static_cast<TT_OS2*>(FT_Get_Sfnt_Table(ft, FT_SFNT_OS2))) {
    cap_height_ = os2->version >= 2 ? os2->sCapHeight : ascender_;
    // Word and LibreOffice space lines by the Windows metrics when the face has them.
    if (os2->usWinAscent > 0) {
      ascender_ = os2->usWinAscent;
      descender_ = -static_cast<int>(os2->usWinDescent);
    }
  }
  if (auto* post = static_cast<TT_Postscript*>(FT_Get_Sfnt_Table(ft, FT_SFNT_POST)))
    italic_angle_ = static_cast<double>(post->italicAngle) / 65536.0;
  FT_Done_Face(ft);
  FT_Done_FreeType(lib);
}

Face::~Face() {
  hb_font_destroy(font_);
  hb_face_destroy(face_);
}

uint32_t Face::glyph(char32_t c) const {
  hb_codepoint_t g = 0;
  return hb_font_get_nominal_glyph(font_, c, &g) ? g : 0;
}

int Face::advance(uint32_t glyph) const { return hb_font_get_glyph_h_advance(font_, glyph); }

std::string FontSet::report() const { return fallback() ? used_ + " (" + asked_ + " is not installed)" : used_; }

struct FontSetLoader {
  static std::unique_ptr<FontSet> load(const std::string& asked, std::string* why) {
    for (const std::string& family : {asked, std::string(kFallback)}) {
      FontFile files[4];
      bool all = true;
      for (int s = 0; s < 4 && all; ++s) {
        auto f = match(family, static_cast<FaceStyle>(s));
        if (f)
          files[s] = *f;
        else
          all = false;
      }
      if (!all) continue;
      auto set = std::make_unique<FontSet>();
      set->asked_ = asked;
      set->used_ = files[0].family;
      if (strcasecmp(set->used_.c_str(), asked.c_str()) == 0) set->used_ = asked;
      for (int s = 0; s < 4; ++s) set->faces_[s] = std::make_unique<Face>(files[s].path, files[s].index);
      return set;
    }
    if (why)
      *why = "no font for the PDF: neither " + asked + " nor " + kFallback +
             " is installed with its regular, bold, italic and bold italic faces (Debian: fonts-liberation2)";
    return nullptr;
  }
};

const FontSet* FontSet::get(std::string_view family, std::string* why) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<FontSet>, std::less<>> cache;
  std::lock_guard lock(mu);
  auto it = cache.find(family);
  if (it == cache.end()) {
    static const bool init = FcInit() == FcTrue;
    (void)init;
    auto set = FontSetLoader::load(std::string(family), why);
    if (!set) return nullptr;  // not cached: a font installed later is found on the next call
    it = cache.emplace(std::string(family), std::move(set)).first;
  }
  return it->second.get();
}

}  // namespace vanban::typeset
