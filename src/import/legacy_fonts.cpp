#include "import/legacy_fonts.h"

#include <unicode/utf8.h>

#include <array>
#include <stdexcept>
#include <vector>

#include "data/embedded.h"
#include "text/unicode.h"

namespace vanban::import {
namespace {

struct FontRule {
  std::string pattern;  // lower case, '*' for any run of characters
  LegacyFont font;
};

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::vector<FontRule> load_rules() {
  std::vector<FontRule> rules;
  data::each_data_line("templates/encodings/fonts.txt", [&](std::string_view line) {
    const size_t t1 = line.find('\t');
    if (t1 == std::string_view::npos) throw std::runtime_error("templates/encodings/fonts.txt: no tab in a rule");
    const size_t t2 = line.find('\t', t1 + 1);
    const std::string_view enc =
        line.substr(t1 + 1, t2 == std::string_view::npos ? std::string_view::npos : t2 - t1 - 1);
    const auto e = encoding_from_name(enc);
    if (!e) throw std::runtime_error("templates/encodings/fonts.txt: unknown encoding " + std::string(enc));
    const bool capitals = t2 != std::string_view::npos && line.substr(t2 + 1) == "capitals";
    rules.push_back({lower_ascii(line.substr(0, t1)), {*e, capitals}});
  });
  return rules;
}

// Glob match with '*' only; both sides lower case.
bool matches(std::string_view pattern, std::string_view name) {
  size_t p = 0, n = 0, star = std::string_view::npos, mark = 0;
  while (n < name.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = n;
    } else if (p < pattern.size() && pattern[p] == name[n]) {
      ++p;
      ++n;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      n = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

// "ABCDEF+.VnTimeH,Bold" → ".vntimeh": a PDF subset prefix and a style suffix off.
std::string family_of(std::string_view name) {
  if (name.size() > 7 && name[6] == '+') {
    bool tag = true;
    for (size_t i = 0; i < 6; ++i) tag = tag && name[i] >= 'A' && name[i] <= 'Z';
    if (tag) name.remove_prefix(7);
  }
  if (const size_t comma = name.find(','); comma != std::string_view::npos) name = name.substr(0, comma);
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  std::string lower = lower_ascii(name);
  for (std::string_view style : {"-bolditalic", "-boldoblique", "-bold", "-italic", "-oblique", "-regular"})
    if (lower.size() > style.size() && lower.ends_with(style)) {
      lower.resize(lower.size() - style.size());
      break;
    }
  return lower;
}

// Windows-1252's 0x80-0x9F.
constexpr std::array<char32_t, 32> kCp1252High{0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                               0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
                                               0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                               0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

}  // namespace

std::optional<LegacyFont> legacy_font(std::string_view font_name) {
  static const std::vector<FontRule> rules = load_rules();
  if (font_name.empty()) return std::nullopt;
  const std::string family = family_of(font_name);
  for (const auto& r : rules)
    if (matches(r.pattern, family)) return r.font;
  return std::nullopt;
}

std::optional<unsigned char> legacy_byte(char32_t c) {
  if (c < 0x100) return static_cast<unsigned char>(c);
  if (c >= 0xF020 && c <= 0xF0FF) return static_cast<unsigned char>(c - 0xF000);
  for (size_t i = 0; i < kCp1252High.size(); ++i)
    if (kCp1252High[i] == c) return static_cast<unsigned char>(0x80 + i);
  return std::nullopt;
}

std::string decode_font_text(std::string_view utf8, const LegacyFont& font) {
  std::string out, bytes;
  auto flush = [&] {
    if (bytes.empty()) return;
    out += decode_bytes(bytes, font.encoding);
    bytes.clear();
  };
  size_t i = 0;
  while (i < utf8.size()) {
    const size_t start = i;
    UChar32 c = 0;
    U8_NEXT(utf8.data(), i, utf8.size(), c);
    const auto b = c < 0 ? std::nullopt : legacy_byte(static_cast<char32_t>(c));
    if (b) {
      bytes += static_cast<char>(*b);
    } else {
      flush();
      out.append(utf8.substr(start, i - start));
    }
  }
  flush();
  return font.capitals ? text::upper_vi(text::nfc(out)) : text::nfc(out);
}

std::string describe(const LegacyFont& font) {
  return std::string(encoding_name(font.encoding)) + (font.capitals ? ", capitals" : "");
}

}  // namespace vanban::import
