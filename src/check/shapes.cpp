#include "check/shapes.h"

#include <algorithm>
#include <array>
#include <vector>

#include "import/patterns.h"
#include "rules/kinds.h"
#include "rules/layout_template.h"
#include "text/unicode.h"

namespace vanban::check {
namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::string without_spaces(std::string s) {
  std::erase(s, ' ');
  return s;
}

bool all_of(std::string_view s, std::string_view allowed) {
  if (s.empty()) return false;
  for (char c : s)
    if (allowed.find(c) == std::string_view::npos) return false;
  return true;
}

bool digit(char c) { return c >= '0' && c <= '9'; }

// The keys of the kinds' names, of the stamps and of the draft mark, read once.
struct Keys {
  std::vector<std::string> kinds, stamps;
  std::string draft;
};
const Keys& keys() {
  static const Keys k = [] {
    Keys out;
    for (const auto& kind : rules::kinds()) out.kinds.push_back(match_key(kind.name));
    const auto& lt = rules::layout_template();
    for (const auto& s : lt.stamps) out.stamps.push_back(match_key(s.text));
    out.draft = match_key(lt.draft);
    return out;
  }();
  return k;
}

// "Hải An, 13/7/2023": a place and a date in figures (a wrong date line, but a date line).
bool figures_date(std::string_view t) {
  const size_t comma = t.find(',');
  if (comma == std::string_view::npos || comma == 0) return false;
  std::string_view d = import::length_cp(t) > 50 ? std::string_view() : t.substr(comma + 1);
  while (!d.empty() && d.front() == ' ') d.remove_prefix(1);
  int slashes = 0, digits = 0;
  for (char c : d) {
    if (digit(c))
      ++digits;
    else if (c == '/' || c == '-' || c == '.')
      ++slashes;
    else
      return false;
  }
  return slashes == 2 && digits >= 5;
}

bool number_shape(const std::string& key) {
  if (!starts_with(key, "SỐ")) return false;
  std::string_view rest = std::string_view(key).substr(std::string_view("SỐ").size());
  const bool colon = !rest.empty() && rest.front() == ':';
  if (colon) rest.remove_prefix(1);
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  if (rest.empty()) return colon;
  // "Số: …" is the number line whatever follows; without the colon it needs "N/…".
  if (colon) return digit(rest.front()) || rest.front() == '/' || rest.find('/') != std::string_view::npos;
  size_t i = 0;
  while (i < rest.size() && digit(rest[i])) ++i;
  return i > 0 && i < rest.size() && rest[i] == '/';
}

// "Place, ngày … tháng … năm …" alone on its line (a body sentence citing a date is not),
// however its day and month are written.
bool date_shape(std::string_view t) {
  if (figures_date(t)) return true;
  if (import::length_cp(t) > 80) return false;
  if (const auto pd = import::parse_place_date(t)) {
    std::string_view rest = pd->rest;
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '.')) rest.remove_prefix(1);
    return rest.empty() && import::length_cp(pd->place) <= 40;
  }
  const size_t ngay = t.find("ngày");
  return ngay != std::string_view::npos && t.substr(0, ngay).find(',') != std::string_view::npos &&
         import::has_date_words(t);
}

}  // namespace

std::string match_key(std::string_view s) { return without_spaces(import::anchor_key(s)); }

HeaderShape header_shape(std::string_view text) {
  if (text.empty()) return HeaderShape::None;
  const std::string k = import::anchor_key(text);
  if (k.find("CỘNG HÒA XÃ HỘI") != std::string::npos || k.find("CHỦ NGHĨA VIỆT NAM") != std::string::npos)
    return HeaderShape::NationalTitle;
  if (starts_with(k, "ĐỘC LẬP") && k.find("TỰ DO") != std::string::npos) return HeaderShape::Motto;
  if (number_shape(k)) return HeaderShape::Number;
  if (date_shape(text)) return HeaderShape::Date;
  if (starts_with(k, "V/V")) return HeaderShape::Vv;
  const std::string nk = without_spaces(k);
  for (const auto& s : keys().stamps)
    if (nk == s) return HeaderShape::Stamp;
  if (!keys().draft.empty() && starts_with(nk, keys().draft)) return HeaderShape::Stamp;
  return HeaderShape::None;
}

bool doc_type_line(std::string_view text) {
  if (import::length_cp(text) > 30) return false;
  const std::string k = match_key(text);
  for (const auto& kind : keys().kinds)
    if (k == kind) return true;
  return false;
}

bool addressee_line(std::string_view text) { return starts_with(match_key(text.substr(0, 40)), "KÍNHGỬI"); }

// The word before a blank a records office fills in: "Số:       /KH", "ngày    tháng".
bool fill_in_blank(std::string_view before) {
  const size_t start = before.find_last_of(" \t\n");
  const std::string word = text::fold_case(before.substr(start == std::string_view::npos ? 0 : start + 1));
  return word == "số:" || word == "số" || word == "ngày" || word == "tháng" || word == "năm";
}

bool basis_line(std::string_view text) {
  const std::string k = match_key(text.substr(0, 40));
  return starts_with(k, "CĂNCỨ") || starts_with(k, "THEOĐỀNGHỊ") || starts_with(k, "XÉTĐỀNGHỊ");
}

bool recipients_label_line(std::string_view text) { return starts_with(match_key(text.substr(0, 40)), "NƠINHẬN"); }

bool appendix_label_line(std::string_view text) {
  if (import::length_cp(text) > 20) return false;
  std::string k = match_key(text);
  if (!starts_with(k, "PHỤLỤC")) return false;
  k.erase(0, std::string_view("PHỤLỤC").size());
  while (!k.empty() && (k.back() == '.' || k.back() == ':')) k.pop_back();
  return k.empty() || all_of(k, "IVXLC") || all_of(k, "0123456789");
}

bool appendix_reference_line(std::string_view text) { return starts_with(match_key(text.substr(0, 40)), "(KÈMTHEO"); }

bool dash_line(std::string_view text) {
  for (std::string_view d : {"-", "+", "–", "—", "•"})
    if (starts_with(text, d)) return true;
  return false;
}

bool drafter_line(std::string_view text) {
  // Initials in capitals, a dot, the copies in brackets: "PL.(300)".
  const size_t dot = text.find('.');
  if (dot == std::string_view::npos || dot == 0 || import::length_cp(text.substr(0, dot)) > 8) return false;
  const std::string_view initials = text.substr(0, dot);
  if (!import::is_caps(initials) && import::length_cp(initials) > 1) return false;
  if (initials.find(' ') != std::string_view::npos) return false;
  std::string_view rest = text.substr(dot + 1);
  if (rest.empty()) return true;
  if (rest.front() != '(' || rest.back() != ')') return false;
  return all_of(rest.substr(1, rest.size() - 2), "0123456789");
}

bool part_heading_line(std::string_view text) {
  if (import::length_cp(text) > 20) return false;
  std::string k = match_key(text);
  for (std::string_view word : {"TIỂUMỤC", "PHẦN", "CHƯƠNG", "MỤC"}) {
    if (!starts_with(k, word)) continue;
    std::string rest = k.substr(word.size());
    while (!rest.empty() && (rest.back() == '.' || rest.back() == ':')) rest.pop_back();
    return all_of(rest, "IVXLC") || all_of(rest, "0123456789");
  }
  return false;
}

std::optional<AuthorityPrefix> authority_prefix(std::string_view text) {
  const size_t space = text.find(' ');
  if (space == std::string_view::npos) return std::nullopt;
  const std::string_view first = text.substr(0, space), rest = text.substr(space + 1);
  if (rest.empty()) return std::nullopt;
  for (std::string_view ok : {"TM.", "KT.", "Q.", "TL.", "TUQ."})
    if (first == ok) return AuthorityPrefix{std::string(first), true};
  // The prefix written another way: "KT", "K/T", "T.M.", "tm." before a title in capitals.
  std::string bare;
  for (char c : first)
    if (c != '.' && c != '/') bare += static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  if ((bare == "TM" || bare == "KT" || bare == "TL" || bare == "TUQ" || bare == "Q") && import::is_caps(rest))
    return AuthorityPrefix{std::string(first), false};
  // Or in words: "Thay mặt", "KÝ THAY", "Thừa lệnh", "Thừa ủy quyền", "Quyền".
  const std::string k = import::anchor_key(text.substr(0, 60));
  for (std::string_view words : {"THAY MẶT ", "KÝ THAY ", "THỪA LỆNH ", "THỪA ỦY QUYỀN ", "QUYỀN "}) {
    if (!starts_with(k, words)) continue;
    // The same number of words as typed.
    const auto n = static_cast<size_t>(std::count(words.begin(), words.end(), ' '));
    size_t at = 0;
    for (size_t i = 0; i < n && at != std::string_view::npos; ++i) at = text.find(' ', at + (i ? 1 : 0));
    const std::string_view typed = at == std::string_view::npos ? text : text.substr(0, at);
    if (words == "QUYỀN " && !import::is_caps(text.substr(typed.size()))) continue;
    return AuthorityPrefix{std::string(typed), false};
  }
  return std::nullopt;
}

std::string academic_title(std::string_view line) {
  std::string_view s = line;
  size_t taken = 0;
  // Abbreviations, possibly run together ("PGS.TS."), each ending in a dot.
  static constexpr std::array<std::string_view, 12> kShort{"PGS", "GS", "TSKH", "TS", "ThS",  "Ths",
                                                           "THS", "KS", "CN",   "BS", "NGƯT", "NGND"};
  for (bool more = true; more;) {
    more = false;
    for (auto a : kShort) {
      if (!starts_with(s.substr(taken), a) || taken + a.size() >= s.size() || s[taken + a.size()] != '.') continue;
      taken += a.size() + 1;
      while (taken < s.size() && s[taken] == ' ') ++taken;
      more = true;
      break;
    }
  }
  if (taken == 0) {
    const std::string k = import::anchor_key(line.substr(0, 40));
    for (std::string_view words : {"PHÓ GIÁO SƯ ", "GIÁO SƯ ", "TIẾN SĨ ", "THẠC SĨ ", "KỸ SƯ ", "BÁC SĨ ", "CỬ NHÂN ",
                                   "TIẾN SỸ ", "THẠC SỸ "}) {
      if (!starts_with(k, words)) continue;
      const auto n = static_cast<size_t>(std::count(words.begin(), words.end(), ' '));
      size_t at = 0;
      for (size_t i = 0; i < n; ++i) at = line.find(' ', at + (i ? 1 : 0));
      return std::string(line.substr(0, at));
    }
    return {};
  }
  std::string t(s.substr(0, taken));
  while (!t.empty() && t.back() == ' ') t.pop_back();
  return t;
}

bool name_line(std::string_view text) {
  const std::string title = academic_title(text);
  std::string_view rest = text.substr(title.size());
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  return import::looks_like_name(rest);
}

bool signature_mark_line(std::string_view text) { return import::is_signature_mark(text); }

}  // namespace vanban::check
