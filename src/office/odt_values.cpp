#include "office/odt_values.h"

#include <charconv>
#include <cmath>
#include <cstring>

namespace vanban::office::odt {
namespace {

constexpr double kMaxMm = 10000;  // 10 m: no page, margin or type is larger

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// The number at the start of `s` and what follows it.
std::optional<double> number(std::string_view s, std::string_view& rest) {
  double v = 0;
  const char* begin = s.data();
  if (!s.empty() && s.front() == '+') ++begin;  // from_chars does not take a plus
  const auto [end, ec] = std::from_chars(begin, s.data() + s.size(), v);
  if (ec != std::errc() || !std::isfinite(v)) return std::nullopt;
  rest = s.substr(static_cast<size_t>(end - s.data()));
  return v;
}

// mm and pt per unit.
struct Unit {
  double mm, pt;
};
std::optional<Unit> unit(std::string_view u) {
  if (u == "mm") return Unit{1.0, 72 / 25.4};
  if (u == "cm") return Unit{10.0, 72 / 2.54};
  if (u == "in" || u == "inch") return Unit{25.4, 72.0};
  if (u == "pt") return Unit{25.4 / 72, 1.0};
  if (u == "pc") return Unit{25.4 / 6, 12.0};
  if (u == "px") return Unit{25.4 / 96, 0.75};
  return std::nullopt;
}

// The length in `s` in mm (`in_pt`: in pt), computed from its own unit.
std::optional<double> length(std::string_view s, bool negative_ok, bool in_pt) {
  s = trim(s);
  std::string_view rest;
  const auto v = number(s, rest);
  if (!v) return std::nullopt;
  const auto u = unit(trim(rest));
  if (!u) return std::nullopt;
  const double mm = *v * u->mm;
  if (!std::isfinite(mm) || std::fabs(mm) > kMaxMm || (mm < 0 && !negative_ok)) return std::nullopt;
  const double out = in_pt ? *v * u->pt : mm;
  return out == 0 ? 0.0 : out;  // no -0
}

void append_utf8(std::string& out, unsigned long c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace

std::optional<double> length_mm(std::string_view s, bool negative_ok) { return length(s, negative_ok, false); }

std::optional<double> length_pt(std::string_view s, bool negative_ok) { return length(s, negative_ok, true); }

std::optional<double> percent(std::string_view s) {
  s = trim(s);
  if (s.empty() || s.back() != '%') return std::nullopt;
  std::string_view rest;
  const auto v = number(s.substr(0, s.size() - 1), rest);
  if (!v || !trim(rest).empty() || *v <= 0 || *v > 10000) return std::nullopt;
  return *v;
}

std::optional<std::string> color(std::string_view s) {
  s = trim(s);
  if (s.size() != 7 || s[0] != '#') return std::nullopt;
  std::string out;
  for (char c : s.substr(1)) {
    if (c >= 'a' && c <= 'f') c = static_cast<char>(c - 'a' + 'A');
    if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'))) return std::nullopt;
    out += c;
  }
  return out;
}

std::optional<double> border_pt(std::string_view s) {
  s = trim(s);
  if (s == "none" || s == "hidden") return 0.0;
  std::optional<double> width;
  bool none = false;
  while (!s.empty()) {
    const size_t end = s.find_first_of(" \t");
    const std::string_view word = s.substr(0, end);
    s = end == std::string_view::npos ? std::string_view() : trim(s.substr(end));
    if (word == "none" || word == "hidden")
      none = true;
    else if (word == "thin")
      width = 0.75;  // CSS: 1px, 3px, 5px
    else if (word == "medium")
      width = 2.25;
    else if (word == "thick")
      width = 3.75;
    else if (const auto w = length_pt(word))
      width = w;
  }
  if (none) return 0.0;
  return width;
}

std::string first_family(std::string_view list) {
  list = trim(list.substr(0, list.find(',')));
  if (list.size() >= 2 && (list.front() == '\'' || list.front() == '"') && list.back() == list.front())
    list = trim(list.substr(1, list.size() - 2));
  return std::string(list);
}

std::string decoded_name(std::string_view name) {
  std::string out;
  size_t i = 0;
  while (i < name.size()) {
    if (name[i] == '_') {
      const size_t close = name.find('_', i + 1);
      if (close != std::string_view::npos && close - i - 1 >= 2 && close - i - 1 <= 6) {
        unsigned long c = 0;
        const auto hex = name.substr(i + 1, close - i - 1);
        const auto [end, ec] = std::from_chars(hex.data(), hex.data() + hex.size(), c, 16);
        if (ec == std::errc() && end == hex.data() + hex.size() && c >= 0x20 && c <= 0x10FFFF &&
            !(c >= 0xD800 && c < 0xE000)) {
          append_utf8(out, c);
          i = close + 1;
          continue;
        }
      }
    }
    out += name[i++];
  }
  return out;
}

}  // namespace vanban::office::odt
