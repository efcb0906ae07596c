#include "pdf/to_unicode.h"

#include "pdf/pdf_syntax.h"

namespace vanban::pdf {

std::string to_unicode_cmap(const std::vector<std::pair<uint32_t, std::string>>& map) {
  std::string out =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  // At most 100 entries a block (the CMap format's limit).
  for (size_t i = 0; i < map.size(); i += 100) {
    const size_t n = map.size() - i < 100 ? map.size() - i : 100;
    out += std::to_string(n) + " beginbfchar\n";
    for (size_t k = i; k < i + n; ++k) {
      out += '<';
      append_hex4(out, map[k].first);
      out += "> <";
      const std::string& t = map[k].second;
      size_t units = 0;
      for (size_t p = 0; p < t.size() && units < 255;) {
        const char32_t c = next_code_point(t, p);
        // PDF/A (levels U and A) forbids mapping to U+0000, U+FEFF and U+FFFE.
        if (c == 0 || c == 0xFEFF || c == 0xFFFE) continue;
        append_utf16_hex(out, c);
        units += c >= 0x10000 ? 2 : 1;
      }
      if (units == 0) out += "FFFD";  // the text was only such characters
      out += ">\n";
    }
    out += "endbfchar\n";
  }
  out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return out;
}

}  // namespace vanban::pdf
