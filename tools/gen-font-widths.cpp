// gen-font-widths: write the advance-width table vanban measures text with.
// Run by hand when the font changes (see fonts/README.md); the output is committed,
// so building vanban needs neither FreeType nor the font file.
//   g++ -std=c++20 tools/gen-font-widths.cpp $(pkg-config --cflags --libs freetype2) -o gen
//   ./gen /usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf > fonts/LiberationSerif-Bold.widths
#include <ft2build.h>
#include FT_FREETYPE_H
#include <cstdio>

namespace {
// Latin, Latin-1, Latin Extended-A/B, combining marks, Vietnamese (Latin Extended
// Additional) and general punctuation: every code point Vietnamese text uses.
constexpr unsigned kRanges[][2] = {{0x20, 0x7E},     {0xA0, 0x24F},    {0x300, 0x36F},
                                   {0x1E00, 0x1EFF}, {0x2000, 0x206F}, {0x20AB, 0x20AC}};
}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s FONT.ttf\n", argv[0]);
    return 2;
  }
  FT_Library lib;
  FT_Face face;
  if (FT_Init_FreeType(&lib) || FT_New_Face(lib, argv[1], 0, &face)) {
    std::fprintf(stderr, "cannot open %s\n", argv[1]);
    return 1;
  }
  std::printf("# advance widths of %s %s, from %s\n", face->family_name, face->style_name, argv[1]);
  std::printf("# format: code point (hex) and advance in font units; units-per-em on the next line\n");
  std::printf("units-per-em %u\n", face->units_per_EM);
  for (const auto& r : kRanges) {
    for (unsigned cp = r[0]; cp <= r[1]; ++cp) {
      FT_UInt glyph = FT_Get_Char_Index(face, cp);
      if (glyph == 0 || FT_Load_Glyph(face, glyph, FT_LOAD_NO_SCALE)) continue;
      std::printf("%04X %ld\n", cp, static_cast<long>(face->glyph->metrics.horiAdvance));
    }
  }
  FT_Done_Face(face);
  FT_Done_FreeType(lib);
  return 0;
}
