#include "layout/wording.h"

#include "text/dates.h"
#include "text/unicode.h"

namespace vanban::layout {

std::string symbol(const model::Document& d, const rules::KindInfo& kind) {
  if (!d.number.symbol.empty()) return d.number.symbol;
  // The symbol is in capitals (Decree 30 §4.3); only the type abbreviations keep the
  // lower-case letters Phụ lục III gives them (TTr, QyĐ, CTr).
  const std::string issuer = text::upper_vi(d.issuer.abbr);
  std::string s = kind.abbr.empty() ? issuer : kind.abbr + "-" + issuer;
  if (!d.number.unit.empty()) s += "-" + text::upper_vi(d.number.unit);
  return s;
}

std::string number_text(std::string_view value) {
  if (value.empty()) return std::string(text::kBlank);
  while (value.size() > 1 && value.front() == '0') value.remove_prefix(1);
  return (value.size() == 1 ? "0" : "") + std::string(value);
}

std::string number_line(const model::Document& d, const rules::KindInfo& kind) {
  return "Số: " + number_text(d.number.value) + "/" + symbol(d, kind);
}

std::string strip_end_punctuation(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == ';' || s.back() == '.' || s.back() == ',' || s.back() == ':'))
    s.remove_suffix(1);
  return std::string(s);
}

std::string list_line(std::string_view s, bool last) { return strip_end_punctuation(s) + (last ? "." : ";"); }

std::string archive_text(std::string_view archive) {
  const std::string a = strip_end_punctuation(text::trim(archive));
  // Decree 30 §4.10: the file copy is kept by the Văn thư first ("Lưu: VT, <unit>").
  // Many offices write only their unit ("Lưu: VP"); VT is put before it.
  const bool vt_first = a.starts_with("VT") && (a.size() == 2 || a[2] == ',' || a[2] == ' ' || a[2] == '(');
  if (a.empty()) return "VT";
  return vt_first ? a : "VT, " + a;
}

std::vector<std::string> recipient_lines(const model::Recipients& r) {
  std::vector<std::string> lines;
  for (size_t i = 0; i < r.items.size(); ++i) {
    std::string line = "- " + strip_end_punctuation(r.items[i].text);
    if (!r.items[i].purpose.empty()) {
      std::string_view p = text::trim(r.items[i].purpose);
      if (p.starts_with('(') && p.ends_with(')')) p = p.substr(1, p.size() - 2);
      line += " (" + std::string(p) + ")";
    }
    lines.push_back(list_line(line, i + 1 == r.items.size() && !r.has_archive));
  }
  if (r.has_archive) lines.push_back("- Lưu: " + archive_text(r.archive) + ".");
  return lines;
}

std::string with_end_mark(std::string_view s) {
  s = text::trim(s);
  if (s.ends_with("/.")) return std::string(s);
  if (s.ends_with("...") || s.ends_with("…")) return std::string(s) + "./.";
  return strip_end_punctuation(s) + "./.";
}

std::string authority_line(const model::Authority& a) {
  return (a.prefix.empty() ? std::string() : a.prefix + ". ") + text::upper_vi(a.of);
}

}  // namespace vanban::layout
