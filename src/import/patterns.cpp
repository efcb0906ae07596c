#include "import/patterns.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <vector>

#include "text/unicode.h"

namespace vanban::import {
namespace {

// One pass, so a long line with many matches stays linear.
std::string replace_all(const std::string& s, std::string_view from, std::string_view to) {
  size_t p = s.find(from);
  if (p == std::string::npos) return s;
  std::string out;
  out.reserve(s.size());
  size_t copied = 0;
  for (; p != std::string::npos; p = s.find(from, copied)) {
    out.append(s, copied, p - copied);
    out += to;
    copied = p + from.size();
  }
  out.append(s, copied);
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Code points of s with their byte offsets.
struct Cp {
  UChar32 c;
  size_t at, len;
};
std::vector<Cp> code_points(std::string_view s) {
  std::vector<Cp> out;
  text::each_code_point(s, [&](UChar32 c, std::string_view bytes) {
    out.push_back({c, static_cast<size_t>(bytes.data() - s.data()), bytes.size()});
    return true;
  });
  return out;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int days_in(int y, int m) {
  static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[static_cast<size_t>(m - 1)];
}

}  // namespace

std::string anchor_key(std::string_view s) {
  std::string k = text::upper_vi(s);
  // Old tone placement and look-alike dashes.
  for (auto [from, to] : std::array<std::pair<std::string_view, std::string_view>, 9>{{{"HOÀ", "HÒA"},
                                                                                       {"UỶ", "ỦY"},
                                                                                       {"HOÁ", "HÓA"},
                                                                                       {"HOẠ", "HỌA"},
                                                                                       {"–", "-"},
                                                                                       {"—", "-"},
                                                                                       {"‐", "-"},
                                                                                       {" - ", "-"},
                                                                                       {"  ", " "}}})
    k = replace_all(k, from, to);
  k = replace_all(k, " -", "-");
  k = replace_all(k, "- ", "-");
  return std::string(trim(k));
}

// These read the code points as they come, without a vector of them: a line may be a
// 20 MB paragraph, and the recogniser asks them of every line.
bool is_caps(std::string_view s) {
  int letters = 0;
  bool lower = false;
  text::each_code_point(s, [&](UChar32 c, std::string_view) {
    if (!u_isalpha(c)) return true;
    if (u_islower(c)) {
      lower = true;
      return false;
    }
    ++letters;
    return true;
  });
  return !lower && letters >= 2;
}

bool starts_lower(std::string_view s) {
  bool lower = false;
  text::each_code_point(s, [&](UChar32 c, std::string_view) {
    if (!u_isalpha(c)) return true;
    lower = u_islower(c);
    return false;
  });
  return lower;
}

bool starts_upper(std::string_view s) {
  bool upper = false;
  text::each_code_point(s, [&](UChar32 c, std::string_view) {
    if (!u_isalpha(c)) return true;
    upper = u_isupper(c);
    return false;
  });
  return upper;
}

size_t length_cp(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

namespace {

// Whether a match of a national phrase, words [i, j] of `line`, is the header's. The
// country named in a sentence of the body ("… của Quốc hội nước Cộng hòa xã hội chủ
// nghĩa Việt Nam;") is text and stays where it is.
bool header_shaped(std::string_view line, const std::vector<std::string_view>& words, size_t i, size_t j) {
  // A basis ends in ";", an item of a list in ",": a header line in neither.
  std::string_view end = trim(line);
  while (!end.empty() && (end.back() == '-' || end.back() == ' ')) end.remove_suffix(1);
  if (!end.empty() && (end.back() == ';' || end.back() == ',')) return false;
  if (i > 0 && anchor_key(words[i - 1]) == "NƯỚC") return false;  // "nước Cộng hòa …": the country's name
  auto has_text = [](std::string_view w) {
    bool any = false;
    text::each_code_point(w, [&](UChar32 c, std::string_view) { return !(any = u_isalnum(c)); });
    return any;
  };
  bool alone = true;
  for (size_t k = 0; k < words.size() && alone; ++k) alone = (k >= i && k <= j) || !has_text(words[k]);
  if (alone) return true;
  const auto b = static_cast<size_t>(words[i].data() - line.data());
  const std::string_view phrase =
      line.substr(b, static_cast<size_t>(words[j].data() + words[j].size() - words[i].data()));
  if (is_caps(phrase)) return true;  // a flattened header: the Quốc hiệu is in capitals
  // Beside other header text: capitals (or nothing, or a rule) before it, no sentence
  // going on after.
  size_t before = i;
  while (before > 0 && !has_text(words[before - 1])) --before;
  size_t after = j + 1;
  while (after < words.size() && !has_text(words[after])) ++after;
  return (before == 0 || is_caps(words[before - 1])) && (after == words.size() || !starts_lower(words[after]));
}

// A match of a national phrase in a line: byte offsets [b, e), and whether it is the
// header's.
struct NationalMatch {
  size_t b = 0, e = 0;
  bool header = false;
};

// Every match of `phrase` in `out`, word by word on the keys.
std::vector<NationalMatch> find_national(const std::string& out, std::string_view phrase) {
  std::vector<NationalMatch> found;
  const auto words = text::words(out);
  const std::string_view first_word = phrase.substr(0, phrase.find_first_of(" -"));
  for (size_t i = 0; i < words.size(); ++i) {
    if (anchor_key(words[i]).rfind(first_word, 0) != 0) continue;
    std::string acc;
    for (size_t j = i; j < words.size(); ++j) {
      acc += (acc.empty() ? "" : " ") + std::string(words[j]);
      const std::string key = anchor_key(acc);
      if (key == phrase) {
        found.push_back({static_cast<size_t>(words[i].data() - out.data()),
                         static_cast<size_t>(words[j].data() + words[j].size() - out.data()),
                         header_shaped(out, words, i, j)});
        break;
      }
      if (key.size() > phrase.size() + 8) break;
    }
  }
  return found;
}

// The first header-shaped match of phrase `p` that is not inside a whole Quốc hiệu of
// a sentence (whose halves are the sentence's too).
std::optional<NationalMatch> first_header_match(const std::string& out, size_t p) {
  static const std::array<std::string_view, 4> kPhrases{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐỘC LẬP-TỰ DO-HẠNH PHÚC",
                                                        "CỘNG HÒA XÃ HỘI", "CHỦ NGHĨA VIỆT NAM"};
  const auto whole = p >= 2 ? find_national(out, kPhrases[0]) : std::vector<NationalMatch>{};
  for (const auto& m : find_national(out, kPhrases[p])) {
    const bool in_sentence =
        std::any_of(whole.begin(), whole.end(), [&](const auto& w) { return !w.header && w.b <= m.b && m.e <= w.e; });
    if (m.header && !in_sentence) return m;
  }
  return std::nullopt;
}

}  // namespace

std::string strip_national(std::string_view s, NationalSeen& seen, std::string* cut) {
  // Work on the key, then cut the same words out of the original: the phrases are
  // matched word by word so spacing and tone placement do not matter.
  std::string out(s);
  if (seen.all()) return out;
  // Most lines hold neither: one look at the whole line's key saves the word-by-word
  // search (long lines stay linear and cheap).
  const std::string whole = anchor_key(s);
  if (whole.find("CỘNG HÒA") == std::string::npos && whole.find("CHỦ NGHĨA") == std::string::npos &&
      whole.find("ĐỘC LẬP") == std::string::npos)
    return out;
  for (size_t p = 0; p < 4; ++p) {
    const bool done = p == 0   ? seen.first_half && seen.second_half
                      : p == 1 ? seen.motto
                      : p == 2 ? seen.first_half
                               : seen.second_half;
    if (done) continue;
    const auto m = first_header_match(out, p);
    if (!m) continue;
    if (cut) *cut += (cut->empty() ? "" : " ") + out.substr(m->b, m->e - m->b);
    out = std::string(trim(out.substr(0, m->b) + " " + out.substr(m->e)));
    if (p == 0 || p == 2) seen.first_half = true;
    if (p == 0 || p == 3) seen.second_half = true;
    if (p == 1) seen.motto = true;
  }
  return out;
}

bool has_national(std::string_view s) {
  NationalSeen seen;
  strip_national(s, seen);
  return seen.first_half || seen.second_half || seen.motto;
}

bool valid_symbol(std::string_view s) {
  if (s.empty()) return false;
  bool prev_sep = true;
  for (const auto& cp : code_points(s)) {
    const bool sep = cp.c == '-' || cp.c == '/' || cp.c == '.';
    if (sep) {
      if (prev_sep) return false;
      prev_sep = true;
      continue;
    }
    // Latin letters (Vietnamese ones included) and ASCII digits only: the schema's \p{L}
    // is evaluated by libxml2 with Unicode 4 tables, so a letter ICU knows from a later
    // version (a fuzzer found U+0510) would pass here and fail there.
    const bool latin = (cp.c >= 'A' && cp.c <= 'Z') || (cp.c >= 'a' && cp.c <= 'z') ||
                       (((cp.c >= 0xC0 && cp.c <= 0x24F) || (cp.c >= 0x1E00 && cp.c <= 0x1EFF)) && u_isalpha(cp.c));
    if (!(latin || (cp.c >= '0' && cp.c <= '9') || cp.c == '&')) return false;
    prev_sep = false;
  }
  return !prev_sep;
}

std::optional<NumberLine> parse_number_value(std::string_view s) {
  s = trim(s);
  NumberLine out;
  size_t i = 0;
  while (i < s.size() && (is_digit(s[i]) || s[i] == ' ' || s[i] == '.' || s[i] == '_')) {
    if (is_digit(s[i])) out.value += s[i];
    ++i;
  }
  if (i >= s.size() || s[i] != '/') return std::nullopt;
  out.written = std::string(trim(s.substr(0, i)));
  ++i;
  while (i < s.size() && s[i] == ' ') ++i;
  // A regulation's year: 63/2025/QĐ-UBND.
  if (!out.value.empty() && i + 5 <= s.size() && is_digit(s[i]) && is_digit(s[i + 1]) && is_digit(s[i + 2]) &&
      is_digit(s[i + 3]) && s[i + 4] == '/') {
    out.value += "/" + std::string(s.substr(i, 4));
    out.written += "/" + std::string(s.substr(i, 4));
    i += 5;
  }
  size_t e = i;
  while (e < s.size() && s[e] != ' ') ++e;
  std::string symbol(s.substr(i, e - i));
  // Groups typed apart around their hyphen ("QĐ - LĐLĐ", "QĐ- LĐLĐ"): one symbol, which
  // has no spaces (Decree 30 §4.3).
  for (;;) {
    size_t j = e;
    while (j < s.size() && s[j] == ' ') ++j;
    const bool hyphen_before = !symbol.empty() && symbol.back() == '-';
    if (!hyphen_before) {
      if (j >= s.size() || s[j] != '-') break;
      ++j;
      while (j < s.size() && s[j] == ' ') ++j;
    }
    size_t k = j;
    while (k < s.size() && s[k] != ' ') ++k;
    // Only a group in capitals joins (an issuer's or unit's abbreviation), not a word.
    if (k == j || !is_caps(s.substr(j, k - j))) break;
    const std::string joined = symbol + (hyphen_before ? "" : "-") + std::string(s.substr(j, k - j));
    std::string bare = joined;
    while (!bare.empty() && (bare.back() == '.' || bare.back() == ',' || bare.back() == ';')) bare.pop_back();
    if (!valid_symbol(bare)) break;
    symbol = joined;
    e = k;
  }
  while (!symbol.empty() && (symbol.back() == '.' || symbol.back() == ',' || symbol.back() == ';')) symbol.pop_back();
  // The schema's number is 1 to 6 digits with an optional year: a longer run of digits
  // is not a document number (and would make the import fail its own schema).
  const size_t digits = std::min(out.value.find('/'), out.value.size());
  if (!valid_symbol(symbol) || digits > kMaxNumberDigits) return std::nullopt;
  out.symbol = symbol;
  out.rest = std::string(trim(s.substr(e)));
  return out;
}

std::optional<NumberLine> parse_number_line(std::string_view s) {
  s = trim(s);
  if (!starts_with(s, "Số") && !starts_with(s, "SỐ")) return std::nullopt;
  std::string_view r = s.substr(std::string_view("Số").size());
  if (!r.empty() && r[0] != ' ' && r[0] != ':' && r[0] != '.') return std::nullopt;  // "Số hiệu"
  r = trim(r);
  if (!r.empty() && (r[0] == ':' || r[0] == '.')) r.remove_prefix(1);
  r = trim(r);
  if (r.empty()) {
    NumberLine n;
    n.alone = true;
    return n;
  }
  return parse_number_value(r);
}

bool has_date_words(std::string_view s) {
  const size_t d = s.find("ngày");
  if (d == std::string_view::npos) return false;
  const size_t m = s.find("tháng", d);
  if (m == std::string_view::npos) return false;
  const size_t y = s.find("năm", m);
  if (y == std::string_view::npos) return false;
  std::string_view after = trim(s.substr(y + std::string_view("năm").size()));
  return after.size() >= 4 && is_digit(after[0]) && is_digit(after[1]) && is_digit(after[2]) && is_digit(after[3]) &&
         (m - d) < 30 && (y - m) < 30;
}

namespace {

// The first "ngày" that starts a word ("ggggngày 18" holds none).
size_t find_ngay(std::string_view s) {
  for (size_t d = s.find("ngày"); d != std::string_view::npos; d = s.find("ngày", d + 1)) {
    int32_t i = static_cast<int32_t>(d);
    UChar32 before = 0;
    if (i > 0) U8_PREV(s.data(), 0, i, before);
    if (i == 0 || !u_isalnum(before)) return d;
  }
  return std::string_view::npos;
}

}  // namespace

// "Gia Lâm, 24/4/2023" (also with "-" or "."): a date typed in figures after the place,
// which the renderer writes out in words (Decree 30 §4.4).
std::optional<PlaceDate> parse_numeric_place_date(std::string_view s) {
  const size_t comma = s.rfind(',');
  if (comma == std::string_view::npos) return std::nullopt;
  const std::string_view place = trim(s.substr(0, comma));
  std::string_view rest = trim(s.substr(comma + 1));
  int parts[3] = {0, 0, 0};
  char sep = 0;
  for (int k = 0; k < 3; ++k) {
    size_t n = 0;
    while (n < rest.size() && is_digit(rest[n])) ++n;
    if (n == 0 || n > (k == 2 ? 4 : 2) || (k == 2 && n != 4)) return std::nullopt;
    parts[k] = std::stoi(std::string(rest.substr(0, n)));
    rest.remove_prefix(n);
    if (k == 2) break;
    if (rest.empty() || (rest[0] != '/' && rest[0] != '-' && rest[0] != '.') || (sep && rest[0] != sep))
      return std::nullopt;
    sep = rest[0];
    rest.remove_prefix(1);
  }
  if (!trim(rest).empty() || place.empty() || length_cp(place) > 60 ||
      place.find_first_of("0123456789") != std::string_view::npos)
    return std::nullopt;
  PlaceDate out;
  out.place = std::string(place);
  out.date.day = parts[0];
  out.date.month = parts[1];
  out.date.year = parts[2];
  if (out.date.year < 1945 || out.date.month < 1 || out.date.month > 12 || out.date.day < 1 ||
      out.date.day > days_in(out.date.year, out.date.month))
    return std::nullopt;
  return out;
}

std::optional<PlaceDate> parse_place_date(std::string_view s) {
  s = trim(s);
  const size_t d = find_ngay(s);
  if (d == std::string_view::npos || !has_date_words(s.substr(d))) return parse_numeric_place_date(s);
  PlaceDate out;
  std::string_view place = trim(s.substr(0, d));
  if (!place.empty() && place.back() == ',') place.remove_suffix(1);
  out.place = std::string(trim(place));
  if (out.place.empty() || length_cp(out.place) > 60) return std::nullopt;
  // A day or a month: one or two digits, or a blank of spaces, dots or underscores.
  // Anything else ("ngày 24 thá24 tháng", "tháng 11 znăm") is no date: the line stays
  // text rather than lose what stood there.
  auto field = [&](size_t from, size_t to) -> std::optional<int> {
    std::string digits;
    for (size_t i = from; i < to; ++i) {
      if (is_digit(s[i])) {
        if (!digits.empty() && !is_digit(s[i - 1])) return std::nullopt;  // "ngày2 1": two numbers
        digits += s[i];
      } else if (s[i] != ' ' && s[i] != '.' && s[i] != '_' && s[i] != '\t') {
        return std::nullopt;
      }
    }
    if (digits.size() > 2) return std::nullopt;
    // A written 0 ("ngày 00") is no day: -1 marks it impossible, blank is 0.
    return digits.empty() ? 0 : std::stoi(digits) == 0 ? -1 : std::stoi(digits);
  };
  const size_t m = s.find("tháng", d);
  const size_t y = s.find("năm", m);
  const auto day = field(d + std::string_view("ngày").size(), m);
  const auto month = field(m + std::string_view("tháng").size(), y);
  if (!day || !month) return std::nullopt;
  out.date.day = *day;
  out.date.month = *month;
  size_t p = y + std::string_view("năm").size();
  while (p < s.size() && s[p] == ' ') ++p;
  if (p + 4 < s.size() && is_digit(s[p + 4])) return std::nullopt;  // "năm 20200": no year of four digits
  out.date.year = std::stoi(std::string(s.substr(p, 4)));
  out.rest = std::string(trim(s.substr(p + 4)));
  while (!out.rest.empty() && (out.rest.front() == '.' || out.rest.front() == ',')) out.rest.erase(0, 1);
  out.rest = std::string(trim(out.rest));
  if (out.date.year < 1945 || out.date.year > 9999) return std::nullopt;
  if (out.date.month > 12 || out.date.month < 0 || out.date.day < 0 || (out.date.month == 0 && out.date.day != 0) ||
      (out.date.day > 0 && out.date.day > days_in(out.date.year, out.date.month))) {
    out.impossible = true;
    out.date.day = 0;
    if (out.date.month > 12 || out.date.month < 0) out.date.month = 0;
  }
  return out;
}

std::optional<std::pair<std::string, std::string>> parse_authority(std::string_view s) {
  s = trim(s);
  // Then the prefixes typed without their dot ("KT GIÁM ĐỐC"), which are still
  // prefixes: the renderer writes them as Decree 30 §4.9 spells them.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 13> kPrefixes{{{"TM.", "TM"},
                                                                                            {"T/M", "TM"},
                                                                                            {"KT.", "KT"},
                                                                                            {"K/T", "KT"},
                                                                                            {"TUQ.", "TUQ"},
                                                                                            {"TL.", "TL"},
                                                                                            {"T/L", "TL"},
                                                                                            {"Q.", "Q"},
                                                                                            {"Q/", "Q"},
                                                                                            {"TM ", "TM"},
                                                                                            {"KT ", "KT"},
                                                                                            {"TUQ ", "TUQ"},
                                                                                            {"TL ", "TL"}}};
  for (const auto& [p, id] : kPrefixes) {
    if (!starts_with(s, p)) continue;
    const std::string rest(trim(s.substr(p.size())));
    if (rest.empty() || !is_caps(rest)) continue;
    return std::make_pair(std::string(id), rest);
  }
  return std::nullopt;
}

bool is_signature_mark(std::string_view s) {
  std::string k = anchor_key(s);
  if (!k.empty() && k.front() == '(' && k.back() == ')') k = k.substr(1, k.size() - 2);
  return k == "ĐÃ KÝ" || starts_with(k, "ĐÃ KÝ VÀ") || starts_with(k, "ĐÃ KÝ,") || k == "KÝ TÊN, ĐÓNG DẤU" ||
         k == "KÝ, ĐÓNG DẤU" || k == "ĐÃ KÝ VÀ ĐÓNG DẤU" || k == "KÝ VÀ ĐÓNG DẤU" || k == "KÝ TÊN";
}

bool looks_like_name(std::string_view s) {
  s = trim(s);
  const auto words = text::words(s);
  if (words.size() < 2 || words.size() > 6 || length_cp(s) > 45) return false;
  for (auto w : words) {
    const auto cps = code_points(w);
    if (cps.empty() || !u_isupper(cps[0].c)) return false;
    for (size_t i = 1; i < cps.size(); ++i)
      if (!u_islower(cps[i].c)) return false;
  }
  return true;
}

namespace {
int roman_value(std::string_view r) {
  int total = 0, prev = 0;
  for (auto it = r.rbegin(); it != r.rend(); ++it) {
    int v = 0;
    switch (*it) {
      case 'I':
        v = 1;
        break;
      case 'V':
        v = 5;
        break;
      case 'X':
        v = 10;
        break;
      case 'L':
        v = 50;
        break;
      case 'C':
        v = 100;
        break;
      default:
        return 0;
    }
    total += v < prev ? -v : v;
    prev = std::max(prev, v);
  }
  return total;
}

size_t after_space(std::string_view s, size_t i) {
  while (i < s.size() && s[i] == ' ') ++i;
  return i;
}
}  // namespace

Label read_label(std::string_view s) {
  Label l;
  if (s.empty()) return l;
  if (s == "-" || s == "–" || s == "+" || s == "•") {  // the mark alone; its text is on the next line
    l.kind = s == "+" ? Label::Kind::Plus : Label::Kind::Dash;
    l.length = s.size();
    return l;
  }
  // Points: "-", "–", "•", "+" (and a markdown "*" bullet, read as a dash).
  for (std::string_view dash : {"- ", "– ", "— ", "• ", "* ", "+ ", "-", "–"}) {
    if (starts_with(s, dash)) {
      if (dash == "-" || dash == "–") {
        // "-Text" without a space is a point too, "-5%" is not.
        if (s.size() <= dash.size() || !(static_cast<unsigned char>(s[dash.size()]) >= 0x80 ||
                                         std::isalpha(static_cast<unsigned char>(s[dash.size()]))))
          continue;
      }
      l.kind = dash[0] == '+' ? Label::Kind::Plus : Label::Kind::Dash;
      l.length = after_space(s, dash.size());
      return l;
    }
  }
  // "Điều 1." / "Điều 1:" at the start.
  if (starts_with(s, "Điều ")) {
    size_t i = std::string_view("Điều ").size(), j = i;
    while (j < s.size() && is_digit(s[j])) ++j;
    if (j > i && j < s.size() && (s[j] == '.' || s[j] == ':')) {
      l.kind = Label::Kind::Article;
      l.number = std::stoi(std::string(s.substr(i, j - i)));
      l.length = after_space(s, j + 1);
      return l;
    }
  }
  // Roman: "IV." / "IV/" / "IV -"; at least one space or the end after it.
  size_t r = 0;
  while (r < s.size() && std::string_view("IVXLC").find(s[r]) != std::string_view::npos) ++r;
  if (r > 0 && r < s.size() && (s[r] == '.' || s[r] == ')') && (r + 1 == s.size() || s[r + 1] == ' ')) {
    const int v = roman_value(s.substr(0, r));
    if (v > 0 && v < 40) {
      l.kind = Label::Kind::Roman;
      l.number = v;
      l.length = after_space(s, r + 1);
      return l;
    }
  }
  // Arabic: "1.", "1)", "1.2.", "1.2.3."
  size_t i = 0;
  std::vector<int> parts;
  while (i < s.size() && is_digit(s[i])) {
    size_t j = i;
    while (j < s.size() && is_digit(s[j])) ++j;
    if (j - i > 2) return l;
    parts.push_back(std::stoi(std::string(s.substr(i, j - i))));
    if (j < s.size() && s[j] == '.' && j + 1 < s.size() && is_digit(s[j + 1])) {
      i = j + 1;
      continue;
    }
    i = j;
    break;
  }
  if (!parts.empty()) {
    const bool dot = i < s.size() && s[i] == '.';
    const bool paren = i < s.size() && s[i] == ')';
    size_t end = (dot || paren) ? i + 1 : i;
    // "1.1 Text" (no final dot) is a label only with parts > 1.
    if (!(dot || paren) && parts.size() < 2) return l;
    if (end < s.size() && s[end] != ' ') return l;
    if (end >= s.size() && parts.size() == 1 && !dot) return l;
    l.kind = parts.size() == 1 ? Label::Kind::Arabic : parts.size() == 2 ? Label::Kind::Dotted2 : Label::Kind::Dotted3;
    if (parts.size() > 3) return Label{};
    l.number = parts.back();
    l.length = after_space(s, end);
    return l;
  }
  // Letters: "a)", "đ)", "a.1)".
  const auto cps = code_points(s.substr(0, 8));
  if (!cps.empty() && u_islower(cps[0].c) && (cps[0].c < 0x80 || cps[0].c == 0x0111)) {
    const size_t after = cps[0].len;
    if (after < s.size() && s[after] == ')' && (after + 1 == s.size() || s[after + 1] == ' ')) {
      l.kind = Label::Kind::Letter;
      l.length = after_space(s, after + 1);
      return l;
    }
    if (after + 2 < s.size() && s[after] == '.' && is_digit(s[after + 1])) {
      size_t j = after + 1;
      while (j < s.size() && is_digit(s[j])) ++j;
      if (j < s.size() && s[j] == ')') {
        l.kind = Label::Kind::LetterDotted;
        l.length = after_space(s, j + 1);
        return l;
      }
    }
  }
  return l;
}

int rank(Label::Kind k) {
  switch (k) {
    case Label::Kind::Article:
      return 0;
    case Label::Kind::Roman:
      return 1;
    case Label::Kind::Arabic:
      return 2;
    case Label::Kind::Dotted2:
      return 3;
    case Label::Kind::Dotted3:
      return 4;
    case Label::Kind::Letter:
      return 5;
    case Label::Kind::LetterDotted:
      return 6;
    default:
      return 7;
  }
}

std::optional<std::pair<std::string, std::string>> split_purpose(std::string_view s) {
  s = trim(s);
  while (!s.empty() && (s.back() == ';' || s.back() == '.' || s.back() == ',')) s = trim(s.substr(0, s.size() - 1));
  if (s.empty() || s.back() != ')') return std::nullopt;
  const size_t open = s.rfind('(');
  if (open == std::string_view::npos || open == 0) return std::nullopt;
  const std::string purpose(trim(s.substr(open + 1, s.size() - open - 2)));
  if (purpose.empty() || length_cp(purpose) > 40 || purpose.find('(') != std::string::npos) return std::nullopt;
  std::string text(trim(s.substr(0, open)));
  while (!text.empty() && (text.back() == ';' || text.back() == ',')) text.pop_back();
  if (text.empty()) return std::nullopt;
  return std::make_pair(std::string(trim(text)), purpose);
}

}  // namespace vanban::import
