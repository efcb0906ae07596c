#include "pdf/repertoire.h"

namespace vanban::pdf {
namespace {

std::string utf8(char32_t c) {
  std::string s;
  if (c < 0x80) {
    s += static_cast<char>(c);
  } else if (c < 0x800) {
    s += static_cast<char>(0xC0 | (c >> 6));
    s += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    s += static_cast<char>(0xE0 | (c >> 12));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  }
  return s;
}

std::vector<RepertoireChar> make() {
  std::vector<RepertoireChar> r;
  auto add = [&r](char32_t c) { r.push_back({c, utf8(c)}); };
  for (char32_t c = 0x20; c <= 0x7E; ++c) add(c);
  for (char32_t c = 0xA0; c <= 0xFF; ++c) add(c);  // Latin-1: À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý …
  // The Vietnamese letters outside Latin-1: Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư, and U+1EA0–U+1EF9,
  // the block of the letters with tone marks (Ạ ạ … Ỹ ỹ).
  for (char32_t c : {0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1A0, 0x1A1, 0x1AF, 0x1B0}) add(c);
  for (char32_t c = 0x1EA0; c <= 0x1EF9; ++c) add(c);
  // Dashes, quotes, ellipsis, bullets, the đồng sign, per mille, numero.
  for (char32_t c :
       {0x2010, 0x2011, 0x2013, 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2026, 0x2030, 0x20AB, 0x2116, 0x2212})
    add(c);
  r.push_back({0xFB01, "fi"});
  r.push_back({0xFB02, "fl"});
  return r;
}

}  // namespace

const std::vector<RepertoireChar>& repertoire() {
  static const std::vector<RepertoireChar> r = make();
  return r;
}

}  // namespace vanban::pdf
