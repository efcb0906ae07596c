#include "check/paragraph_text.h"

#include <unicode/uchar.h>

#include <cctype>
#include <vector>

#include "text/unicode.h"

namespace vanban::check {

std::string clean_text(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    // A no-break space (U+00A0) looks like a space: a rule comparing text would report
    // a difference nobody can see.
    const bool nbsp = c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0';
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || nbsp) {
      i += nbsp;
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

bool visible(const office::Run& r) {
  if (r.kind != office::Run::Kind::Text) return false;
  for (char c : r.text)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return true;
  return false;
}

double run_size(const office::Run& r, const office::Document& d) {
  return r.look.size > 0 ? r.look.size : d.defaults.size;
}

const std::string& run_font(const office::Run& r, const office::Document& d) {
  return r.look.font.empty() ? d.defaults.font : r.look.font;
}

bool holds_page_number(const office::HeaderFooter& hf) {
  if (!hf.present) return false;
  for (const auto& p : hf.paragraphs)
    for (const auto& r : p.runs)
      if (r.kind == office::Run::Kind::PageNumber) return true;
  return false;
}

std::string end_mark(std::string_view s) {
  if (s.ends_with("…")) return "…";
  if (s.empty()) return "none";
  const unsigned char last = static_cast<unsigned char>(s.back());
  const bool mark = last < 0x80 && !std::isalnum(last) && last != ')' && last != ']' && last != '"' && last != ' ';
  return mark ? std::string(1, s.back()) : "none";
}

bool has_lower(std::string_view s) {
  bool lower = false;
  text::each_code_point(s, [&](UChar32 c, std::string_view) {
    lower = c >= 0 && u_islower(c);
    return !lower;
  });
  return lower;
}

size_t length_cp(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string first_words(std::string_view s, size_t max) {
  const std::string t = clean_text(s);
  if (length_cp(t) <= max) return t;
  // Whole words that fit with the "…"; a single long word is cut inside.
  std::string out;
  for (auto w : text::words(t)) {
    const std::string next = out.empty() ? std::string(w) : out + " " + std::string(w);
    if (length_cp(next) + 1 > max) break;
    out = next;
  }
  if (out.empty()) {
    size_t cps = 0, i = 0;
    for (; i < t.size() && cps < max - 1; ++cps) {
      ++i;
      while (i < t.size() && (static_cast<unsigned char>(t[i]) & 0xC0) == 0x80) ++i;
    }
    out = t.substr(0, i);
  }
  return out + "…";
}

}  // namespace vanban::check
