#include "merge/file_names.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <functional>

#include "text/unicode.h"

namespace vanban::merge {
namespace {

bool reserved_char(UChar32 c) {
  return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == '/' || c == '\\' || c == ':' || c == '*' ||
         c == '?' || c == '"' || c == '<' || c == '>' || c == '|';
}
bool bidi_control(UChar32 c) {
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C ||
         c == 0xFEFF;
}

bool windows_device(std::string_view name) {
  std::string stem(name.substr(0, name.find('.')));
  while (!stem.empty() && stem.back() == ' ') stem.pop_back();
  for (char& c : stem) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  static const std::array<const char*, 4> plain = {"CON", "PRN", "AUX", "NUL"};
  for (const char* p : plain)
    if (stem == p) return true;
  return stem.size() == 4 && (stem.starts_with("COM") || stem.starts_with("LPT")) && stem[3] >= '0' && stem[3] <= '9';
}

void trim_dots_and_spaces(std::string& s) {
  const size_t b = s.find_first_not_of(". ");
  if (b == std::string::npos) {
    s.clear();
    return;
  }
  s.erase(0, b);
  s.erase(s.find_last_not_of(". ") + 1);
}

}  // namespace

std::string safe_file_name(std::string_view wanted, size_t max_bytes) {
  const std::string in = text::nfc(wanted);
  std::string out;
  const auto n = static_cast<int32_t>(in.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c = 0;
    U8_NEXT(in.data(), i, n, c);
    if (c < 0) {
      out += '_';  // not UTF-8
    } else if (bidi_control(c)) {
      continue;
    } else if (u_isUWhiteSpace(c) || c == '\t' || c == '\n' || c == '\r') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else if (reserved_char(c)) {
      out += '_';
    } else if (c == '.' && !out.empty() && out.back() == '.') {
      continue;  // no ".." anywhere
    } else {
      char buf[4];
      int32_t k = 0;
      U8_APPEND_UNSAFE(buf, k, c);
      out.append(buf, static_cast<size_t>(k));
    }
  }
  trim_dots_and_spaces(out);
  if (out.size() > max_bytes) {
    // Cut before a character, and before any combining marks that belong to it.
    size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    while (cut > 0) {
      int32_t at = static_cast<int32_t>(cut);
      UChar32 c = 0;
      U8_NEXT(out.data(), at, static_cast<int32_t>(out.size()), c);
      if (c < 0 || u_getCombiningClass(c) == 0) break;
      int32_t back = static_cast<int32_t>(cut);
      U8_BACK_1(reinterpret_cast<const uint8_t*>(out.data()), 0, back);
      cut = static_cast<size_t>(back);
    }
    out.resize(cut);
    trim_dots_and_spaces(out);
  }
  if (!out.empty() && windows_device(out)) out.insert(0, "_");
  return out;
}

bool UniqueNames::used(const std::string& name) const {
  return seen_.count(std::hash<std::string>{}(text::fold_case(name))) > 0;
}

std::string UniqueNames::take(const std::string& name) {
  const uint64_t h = std::hash<std::string>{}(text::fold_case(name));
  auto it = seen_.find(h);
  if (it == seen_.end()) {
    seen_.emplace(h, 1);
    return name;
  }
  while (true) {
    const std::string candidate = name + "-" + std::to_string(++it->second);
    if (!used(candidate)) {
      seen_.emplace(std::hash<std::string>{}(text::fold_case(candidate)), 1);
      return candidate;
    }
  }
}

}  // namespace vanban::merge
