#include "text/unicode.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace vanban::text {

std::string nfc(std::string_view utf8) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFC normaliser unavailable");
  icu::UnicodeString in =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (n->isNormalized(in, status) && U_SUCCESS(status)) return std::string(utf8);
  status = U_ZERO_ERROR;
  icu::UnicodeString out = n->normalize(in, status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFC normalisation failed");
  std::string result;
  out.toUTF8String(result);
  return result;
}

std::string upper_vi(std::string_view utf8) {
  static const icu::Locale vi("vi");
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  s.toUpper(vi);
  std::string result;
  s.toUTF8String(result);
  return nfc(result);
}

std::string fold_case(std::string_view utf8) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  s.foldCase();
  std::string result;
  s.toUTF8String(result);
  return nfc(result);
}

std::string collapse_space(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending = !out.empty();
      continue;
    }
    if (pending) out.push_back(' ');
    pending = false;
    out.push_back(c);
  }
  return out;
}

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  for (size_t pos = 0; pos < s.size();) {
    size_t end = s.find(' ', pos);
    if (end == std::string_view::npos) end = s.size();
    if (end > pos) out.push_back(s.substr(pos, end - pos));
    pos = end + 1;
  }
  return out;
}

bool valid_utf8(std::string_view s) {
  bool ok = true;
  each_code_point(s, [&](UChar32 c, std::string_view) { return ok = c >= 0; });
  return ok;
}

std::string xml_safe(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  each_code_point(s, [&](UChar32 c, std::string_view bytes) {
    if (c < 0)
      out += "\uFFFD";
    else if (!is_xml_char(static_cast<char32_t>(c)))
      out += ' ';
    else
      out += bytes;
    return true;
  });
  return out;
}

std::string printable(std::string_view s, size_t max_chars) {
  std::string out;
  size_t count = 0;
  each_code_point(s, [&](UChar32 c, std::string_view bytes) {
    if (count++ == max_chars) {
      out += "…";
      return false;
    }
    const bool control = c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029;
    out += control ? std::string_view("\uFFFD") : bytes;
    return true;
  });
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

}  // namespace vanban::text
