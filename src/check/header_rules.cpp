// §4.1 the exact Quốc hiệu and Tiêu ngữ (the texts of templates/layout.xml), §4.3 the
// number line, §4.4 the place and date.
#include <unicode/uchar.h>

#include <string>
#include <vector>

#include "check/paragraph_text.h"
#include "check/rules.h"
#include "rules/kinds.h"
#include "rules/layout_template.h"
#include "text/unicode.h"

namespace vanban::check {
namespace {

bool digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// The span's text as the page shows it: in capitals where every run is set in capitals;
// tabs kept (the Quốc hiệu may share its line with the issuer, apart by tabs).
std::string shown(const Context& c, const Span& s) {
  const auto& runs = c.doc.paragraphs[s.pos].runs;
  const bool whole = s.whole(runs.size());
  std::string text;
  bool caps = false, all = true;
  for (size_t i = s.first_run; i < s.run_end() && i < runs.size(); ++i) {
    if (runs[i].kind == office::Run::Kind::Tab) text += '\t';
    if (runs[i].kind == office::Run::Kind::Text) text += c.slice(s, i);
    if (c.shows(s, i)) {
      caps = true;
      all = all && runs[i].look.caps;
    }
  }
  // Legacy text is only read right decoded, and whole.
  if (whole && c.texts.legacy[s.pos]) text = c.texts.text[s.pos];
  return caps && all ? text::upper_vi(text) : text;
}

// Of a line that holds more than the Quốc hiệu (typed beside the issuer, apart by tabs
// or spaces), the piece that is it.
std::string national_piece(const std::string& raw, const std::string& needle) {
  std::vector<std::string> pieces(1);
  for (size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == '\t' || raw[i] == '\n' || raw.compare(i, 3, "   ") == 0) {
      if (!pieces.back().empty()) pieces.emplace_back();
      continue;
    }
    pieces.back() += raw[i];
  }
  for (const auto& piece : pieces)
    if (text::upper_vi(piece).find(needle) != std::string::npos) return clean_text(piece);
  return clean_text(raw);
}

void check_national(const Context& c) {
  const auto& lt = rules::layout_template();
  // HÒA (the article's spelling, the template's) or HOÀ (the decree's type table).
  std::string hoa = lt.national_title;
  if (const size_t at = hoa.find("HÒA"); at != std::string::npos) hoa.replace(at, std::string("HÒA").size(), "HOÀ");
  for (size_t pos : c.all(Part::NationalTitle)) {
    const Span s = c.span(pos, Part::NationalTitle);
    const std::string t = national_piece(shown(c, s), "XÃ HỘI");
    if (t != lt.national_title && t != hoa)
      c.add_in(s, Code::NationalTitleText, Severity::Error, lt.national_title, t, "§4.1");
  }
  for (size_t pos : c.all(Part::Motto)) {
    const Span s = c.span(pos, Part::Motto);
    const std::string t = national_piece(shown(c, s), "ĐỘC LẬP");
    if (t != lt.motto) c.add_in(s, Code::MottoText, Severity::Error, lt.motto, t, "§4.1");
  }
}

// The abbreviations Phụ lục III writes with small letters (QyĐ, CTr, TTr, and TrS for a
// copy), from templates/kinds.xml.
bool listed_mixed_case(std::string_view group) {
  if (group == "TrS") return true;
  for (const auto& k : rules::kinds())
    if (k.abbr == group) return true;
  return false;
}

// "KH-LĐLĐ": groups of letters and digits, each starting with a letter, in capitals
// (but the listed abbreviations), joined by "-", no spaces. The corrected form or "".
std::string symbol_problem(const std::string& symbol) {
  bool bad = symbol.empty();
  std::string fixed;
  std::string group;
  auto end_group = [&] {
    if (group.empty()) {
      bad = true;
      return;
    }
    bool first_letter = false, lower = false, seen = false;
    text::each_code_point(group, [&](UChar32 ch, std::string_view) {
      if (!seen) first_letter = ch >= 0 && u_isalpha(ch);
      seen = true;
      lower = lower || (ch >= 0 && u_islower(ch));
      if (!(ch >= 0 && (u_isalpha(ch) || (ch >= '0' && ch <= '9')))) bad = true;
      return true;
    });
    if (!first_letter) bad = true;
    if (lower && !listed_mixed_case(group)) {
      bad = true;
      fixed += text::upper_vi(group);
    } else {
      fixed += group;
    }
    group.clear();
  };
  for (size_t i = 0; i < symbol.size(); ++i) {
    const char ch = symbol[i];
    if (ch == ' ') {
      bad = true;
      continue;
    }
    // Dashes that look like the hyphen, and other joiners, become the hyphen.
    const std::string_view rest = std::string_view(symbol).substr(i);
    const bool en = rest.starts_with("–") || rest.starts_with("—");
    if (ch == '-' || en || ch == '.' || ch == '_' || ch == '/') {
      if (ch != '-') bad = true;
      end_group();
      fixed += '-';
      if (en) i += std::string_view("–").size() - 1;
      continue;
    }
    group += ch;
  }
  end_group();
  return bad ? (fixed.empty() ? "ABBR-ORG" : fixed) : "";
}

void check_number(const Context& c, const Span& at) {
  const std::string t = c.text_of(at);
  const std::string shape = "Số: NN/SYMBOL";
  std::string_view rest = t;
  if (rest.starts_with("Số:")) {
    rest.remove_prefix(std::string_view("Số:").size());
  } else {
    // "Số 05/…", "SỐ: 05/…", "số: …": the label is wrong; the number and symbol are read on.
    const size_t colon = t.find(':');
    const size_t cut = colon != std::string::npos && colon < 8 ? colon + 1 : std::min(t.find(' '), t.size());
    c.add_in(at, Code::NumberFormat, Severity::Error, "Số:", t.substr(0, cut), "§4.3");
    rest.remove_prefix(cut);
  }
  while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  const size_t slash = rest.find('/');
  if (slash == std::string_view::npos) {
    c.add_in(at, Code::NumberFormat, Severity::Error, shape, t, "§4.3");
    return;
  }
  std::string number(rest.substr(0, slash));
  while (!number.empty() && number.back() == ' ') number.pop_back();
  rest.remove_prefix(slash + 1);
  // "63/2025/QĐ-UBND": a year after the number.
  if (rest.size() > 5 && digits(rest.substr(0, 4)) && rest[4] == '/') rest.remove_prefix(5);
  if (!number.empty() && !digits(number)) {
    c.add_in(at, Code::NumberFormat, Severity::Error, shape, t, "§4.3");
  } else if (!number.empty()) {
    // Left blank for the records office is fine; written, below 10 with a zero, else without.
    const int value = number.size() > 6 ? 1000000 : std::stoi(number);
    std::string right = std::to_string(value);
    if (value < 10) right = "0" + right;
    if (number != right) c.add_in(at, Code::NumberZero, Severity::Error, right, number, "§4.3");
  }
  std::string symbol(rest);
  while (!symbol.empty() && symbol.back() == ' ') symbol.pop_back();
  if (const std::string fixed = symbol_problem(symbol); !fixed.empty())
    c.add_in(at, Code::SymbolFormat, Severity::Error, fixed, symbol, "§4.3");
}

// "Place, ngày DD tháng M năm YYYY": day below 10 and months 1–2 with a zero, months
// 3–9 without; a day or month may be left blank (dots or nothing) for the records office.
void check_date(const Context& c, const Span& at) {
  const std::string t = c.text_of(at);
  const std::string shape = "Place, ngày DD tháng M năm YYYY";
  const size_t comma = t.find(',');
  const auto words =
      text::words(comma == std::string::npos ? std::string_view() : std::string_view(t).substr(comma + 1));
  auto blank = [](std::string_view w) { return w.find_first_not_of("._…") == std::string_view::npos; };
  size_t i = 0;
  auto take = [&](std::string_view word) {
    if (i < words.size() && words[i] == word) return ++i, true;
    return false;
  };
  std::string_view day, month;
  bool ok = comma != std::string::npos && comma > 0 && take("ngày");
  if (ok && i < words.size() && words[i] != "tháng") day = words[i++];
  ok = ok && take("tháng");
  if (ok && i < words.size() && words[i] != "năm") month = words[i++];
  ok = ok && take("năm") && i + 1 == words.size() && (digits(words[i]) && words[i].size() == 4);
  ok =
      ok && (day.empty() || blank(day) ||
             (digits(day) && day.size() <= 2 && std::stoi(std::string(day)) >= 1 && std::stoi(std::string(day)) <= 31));
  ok = ok && (month.empty() || blank(month) ||
              (digits(month) && month.size() <= 2 && std::stoi(std::string(month)) >= 1 &&
               std::stoi(std::string(month)) <= 12));
  if (!ok) {
    c.add_in(at, Code::DateFormat, Severity::Error, shape, t, "§4.4");
    return;
  }
  if (digits(day) && day.size() == 1)
    c.add_in(at, Code::DateZero, Severity::Error, "ngày 0" + std::string(day), "ngày " + std::string(day), "§4.4");
  if (digits(month)) {
    const int m = std::stoi(std::string(month));
    const std::string right = m <= 2 ? "0" + std::to_string(m) : std::to_string(m);
    if (month != right)
      c.add_in(at, Code::DateZero, Severity::Error, "tháng " + right, "tháng " + std::string(month), "§4.4");
  }
}

}  // namespace

void check_header_texts(const Context& c) {
  check_national(c);
  for (size_t pos : c.all(Part::Number)) check_number(c, c.span(pos, Part::Number));
  for (size_t pos : c.all(Part::Date)) check_date(c, c.span(pos, Part::Date));
}

}  // namespace vanban::check
