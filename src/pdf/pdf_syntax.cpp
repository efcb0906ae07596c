#include "pdf/pdf_syntax.h"

#include <charconv>
#include <cmath>

namespace vanban::pdf {
namespace {

constexpr char kHex[] = "0123456789ABCDEF";

bool regular_name_byte(unsigned char c) {
  // PDF delimiters, white space, '#' and bytes outside printable ASCII are escaped.
  if (c < 0x21 || c > 0x7E) return false;
  switch (c) {
    case '(':
    case ')':
    case '<':
    case '>':
    case '[':
    case ']':
    case '{':
    case '}':
    case '/':
    case '%':
    case '#':
      return false;
    default:
      return true;
  }
}

}  // namespace

void append_number(std::string& out, double v, int decimals) {
  if (!std::isfinite(v)) v = 0;
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
  if (ec != std::errc()) {
    out += '0';
    return;
  }
  char* last = end;
  if (decimals > 0) {
    while (last[-1] == '0') --last;
    if (last[-1] == '.') --last;
  }
  std::string_view s(buf, static_cast<size_t>(last - buf));
  if (s == "-0") s = "0";
  out += s;
}

std::string number(double v, int decimals) {
  std::string s;
  append_number(s, v, decimals);
  return s;
}

std::string name(std::string_view bytes) {
  std::string out = "/";
  for (unsigned char c : bytes) {
    if (regular_name_byte(c)) {
      out += static_cast<char>(c);
    } else if (c != 0) {  // a name cannot hold NUL, even escaped
      out += '#';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

char32_t next_code_point(std::string_view s, size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  int len = 0;
  char32_t c = 0;
  if (b0 < 0x80) {
    ++i;
    return b0;
  } else if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2, c = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3, c = b0 & 0x0F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4, c = b0 & 0x07;
  } else {
    ++i;
    return 0xFFFD;
  }
  if (i + static_cast<size_t>(len) > s.size()) {
    ++i;
    return 0xFFFD;
  }
  for (int k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
    if ((b & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    c = (c << 6) | (b & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are not characters.
  const bool overlong = (len == 3 && c < 0x800) || (len == 4 && c < 0x10000);
  if (overlong || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) {
    ++i;
    return 0xFFFD;
  }
  i += static_cast<size_t>(len);
  return c;
}

std::string sanitize_text(std::string_view utf8, size_t max_bytes) {
  std::string out;
  for (size_t i = 0; i < utf8.size() && out.size() + 4 <= max_bytes;) {
    const size_t start = i;
    const char32_t c = next_code_point(utf8, i);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') continue;
    if (c == 0xFFFE || c == 0xFFFF) continue;  // not XML characters either
    if (c == 0xFFFD && !(i - start == 3 && utf8.substr(start, 3) == "\xEF\xBF\xBD")) {
      out += "\xEF\xBF\xBD";
      continue;
    }
    out.append(utf8.substr(start, i - start));
  }
  return out;
}

void append_hex4(std::string& out, unsigned v) {
  out += kHex[(v >> 12) & 15];
  out += kHex[(v >> 8) & 15];
  out += kHex[(v >> 4) & 15];
  out += kHex[v & 15];
}

void append_utf16_hex(std::string& out, char32_t c) {
  if (c >= 0x10000) {
    const char32_t v = c - 0x10000;
    append_hex4(out, 0xD800 + static_cast<unsigned>(v >> 10));
    append_hex4(out, 0xDC00 + static_cast<unsigned>(v & 0x3FF));
  } else {
    append_hex4(out, static_cast<unsigned>(c));
  }
}

std::string text_string(std::string_view utf8) {
  bool ascii = true;
  for (unsigned char c : utf8) ascii = ascii && c >= 0x20 && c < 0x7F;
  if (ascii) {
    std::string out = "(";
    for (char c : utf8) {
      if (c == '(' || c == ')' || c == '\\') out += '\\';
      out += c;
    }
    return out + ")";
  }
  std::string out = "<FEFF";
  for (size_t i = 0; i < utf8.size();) append_utf16_hex(out, next_code_point(utf8, i));
  return out + ">";
}

}  // namespace vanban::pdf
