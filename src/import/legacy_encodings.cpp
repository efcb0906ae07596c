#include "import/legacy_encodings.h"

#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <stdexcept>
#include <vector>

#include "data/embedded.h"
#include "text/unicode.h"

namespace vanban::import {
namespace {

// A legacy table: byte sequences (one or two bytes) ↔ NFC text. Decoding looks up
// flat arrays (a byte, a pair of bytes), so it costs the same for every byte.
struct LegacyTable {
  std::map<std::string, std::string> to_unicode;  // bytes → text
  std::map<std::string, std::string> from_unicode;
  std::vector<std::string> texts;
  std::array<int, 256> single{};
  std::vector<int> pair = std::vector<int>(65536, -1);
};

LegacyTable load_table(std::string_view path) {
  LegacyTable t;
  data::each_data_line(path, [&](std::string_view line) {
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab % 2 != 0) throw std::runtime_error("bad line in " + std::string(path));
    std::string bytes;
    for (size_t i = 0; i < tab; i += 2)
      bytes += static_cast<char>(std::stoi(std::string(line.substr(i, 2)), nullptr, 16));
    const std::string text(line.substr(tab + 1));
    t.to_unicode[bytes] = text;
    t.from_unicode[text] = bytes;
  });
  t.single.fill(-1);
  for (const auto& [bytes, text] : t.to_unicode) {
    t.texts.push_back(text);
    const int index = static_cast<int>(t.texts.size() - 1);
    const auto b0 = static_cast<unsigned char>(bytes[0]);
    if (bytes.size() == 1) t.single[b0] = index;
    if (bytes.size() == 2) t.pair[b0 << 8 | static_cast<unsigned char>(bytes[1])] = index;
  }
  return t;
}

const LegacyTable& table(Encoding e) {
  static const LegacyTable tcvn3 = load_table("templates/encodings/tcvn3.txt");
  static const LegacyTable vni = load_table("templates/encodings/vni-windows.txt");
  static const LegacyTable viscii = load_table("templates/encodings/viscii.txt");
  static const LegacyTable vps = load_table("templates/encodings/vps.txt");
  switch (e) {
    case Encoding::Tcvn3:
      return tcvn3;
    case Encoding::Viscii:
      return viscii;
    case Encoding::Vps:
      return vps;
    default:
      return vni;
  }
}

void append_utf8(std::string& out, char32_t c) { icu::UnicodeString(static_cast<UChar32>(c)).toUTF8String(out); }

// Windows-1252: Latin-1 except 0x80-0x9F (curly quotes, dashes, € …).
char32_t cp1252(unsigned char b) {
  static constexpr std::array<char32_t, 32> kHigh{0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
                                                  0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
  return b >= 0x80 && b < 0xA0 ? kHigh[b - 0x80] : b;
}

std::string decode_legacy(std::string_view bytes, const LegacyTable& t) {
  std::string out;
  out.reserve(bytes.size() * 3 / 2);
  for (size_t i = 0; i < bytes.size();) {
    const auto b0 = static_cast<unsigned char>(bytes[i]);
    if (i + 1 < bytes.size()) {
      const int p = t.pair[b0 << 8 | static_cast<unsigned char>(bytes[i + 1])];
      if (p >= 0) {
        out += t.texts[static_cast<size_t>(p)];
        i += 2;
        continue;
      }
    }
    if (t.single[b0] >= 0) {
      out += t.texts[static_cast<size_t>(t.single[b0])];
    } else if (b0 < 0x80) {
      out += static_cast<char>(b0);
    } else {
      // Bytes outside the table read as Windows-1252, the code page under these fonts.
      append_utf8(out, cp1252(b0));
    }
    ++i;
  }
  return out;
}

std::string icu_decode(std::string_view bytes, const char* converter) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open(converter, &status), ucnv_close);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU has no converter ") + converter);
  icu::UnicodeString s(bytes.data(), static_cast<int32_t>(bytes.size()), conv.get(), status);
  std::string out;
  s.toUTF8String(out);
  return out;
}

std::string icu_encode(const icu::UnicodeString& s, const char* converter) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open(converter, &status), ucnv_close);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU has no converter ") + converter);
  std::string out(static_cast<size_t>(s.length()) * 4 + 4, '\0');
  const int32_t n = s.extract(out.data(), static_cast<int32_t>(out.size()), conv.get(), status);
  out.resize(U_SUCCESS(status) ? static_cast<size_t>(n) : 0);
  return out;
}

bool is_tone(UChar32 c) { return c == 0x0300 || c == 0x0301 || c == 0x0303 || c == 0x0309 || c == 0x0323; }

// Vietnamese Windows keyboards write cp1258 as base letter + combining tone.
icu::UnicodeString split_tones(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  const icu::UnicodeString in = nfd->normalize(
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size()))), status);
  icu::UnicodeString out, letter, tones;
  auto flush = [&] {
    out += nfc->normalize(letter, status);
    out += tones;
    letter.remove();
    tones.remove();
  };
  for (int32_t i = 0; i < in.length();) {
    const UChar32 c = in.char32At(i);
    i += U16_LENGTH(c);
    if (is_tone(c)) {
      tones += c;
    } else if (u_getCombiningClass(c) != 0) {
      letter += c;
    } else {
      flush();
      letter += c;
    }
  }
  flush();
  return out;
}

std::string encode_legacy(std::string_view utf8, const LegacyTable& t) {
  const std::string text = text::nfc(utf8);
  std::string out;
  const icu::UnicodeString s = icu::UnicodeString::fromUTF8(text);
  for (int32_t i = 0; i < s.length();) {
    const UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    std::string ch;
    icu::UnicodeString(c).toUTF8String(ch);
    if (auto it = t.from_unicode.find(ch); it != t.from_unicode.end()) {
      out += it->second;
      continue;
    }
    // Otherwise the Windows-1252 byte, if it is free in this table.
    bool done = false;
    for (unsigned b = 0x20; b < 0x100 && !done; ++b)
      if (cp1252(static_cast<unsigned char>(b)) == static_cast<char32_t>(c) &&
          t.to_unicode.count(std::string(1, static_cast<char>(b))) == 0) {
        out += static_cast<char>(b);
        done = true;
      }
    if (!done) out += c == '\n' || c == '\t' || c == '\r' ? static_cast<char>(c) : '?';
  }
  return out;
}

}  // namespace

std::optional<Encoding> encoding_from_name(std::string_view name) {
  std::string n;
  for (char c : name) n += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (n == "utf-8" || n == "utf8") return Encoding::Utf8;
  if (n == "utf-16le" || n == "utf-16") return Encoding::Utf16Le;
  if (n == "utf-16be") return Encoding::Utf16Be;
  if (n == "windows-1258" || n == "cp1258") return Encoding::Windows1258;
  if (n == "tcvn3" || n == "abc" || n == "tcvn") return Encoding::Tcvn3;
  if (n == "vni" || n == "vni-windows") return Encoding::Vni;
  if (n == "viscii") return Encoding::Viscii;
  if (n == "vps") return Encoding::Vps;
  return std::nullopt;
}

const char* encoding_name(Encoding e) {
  switch (e) {
    case Encoding::Utf8:
      return "utf-8";
    case Encoding::Utf16Le:
      return "utf-16le";
    case Encoding::Utf16Be:
      return "utf-16be";
    case Encoding::Windows1258:
      return "windows-1258";
    case Encoding::Tcvn3:
      return "tcvn3";
    case Encoding::Vni:
      return "vni";
    case Encoding::Viscii:
      return "viscii";
    case Encoding::Vps:
      return "vps";
  }
  return "?";
}

std::string decode_bytes(std::string_view bytes, Encoding e) {
  switch (e) {
    case Encoding::Utf8:
      return icu_decode(bytes, "UTF-8");
    case Encoding::Utf16Le:
      return icu_decode(bytes, "UTF-16LE");
    case Encoding::Utf16Be:
      return icu_decode(bytes, "UTF-16BE");
    case Encoding::Windows1258:
      return icu_decode(bytes, "windows-1258");
    case Encoding::Tcvn3:
    case Encoding::Vni:
    case Encoding::Viscii:
    case Encoding::Vps:
      return decode_legacy(bytes, table(e));
  }
  return {};
}

std::string encode_text(std::string_view utf8, Encoding e) {
  switch (e) {
    case Encoding::Utf8:
      return std::string(utf8);
    case Encoding::Utf16Le:
      return icu_encode(icu::UnicodeString::fromUTF8(std::string(utf8)), "UTF-16LE");
    case Encoding::Utf16Be:
      return icu_encode(icu::UnicodeString::fromUTF8(std::string(utf8)), "UTF-16BE");
    case Encoding::Windows1258:
      return icu_encode(split_tones(utf8), "windows-1258");
    case Encoding::Tcvn3:
    case Encoding::Vni:
    case Encoding::Viscii:
    case Encoding::Vps:
      return encode_legacy(utf8, table(e));
  }
  return {};
}

}  // namespace vanban::import
