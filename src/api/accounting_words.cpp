#include "api/accounting_words.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cctype>
#include <cstdint>
#include <stdexcept>

#include "import/patterns.h"

// The accounting's own loops are no code for a fuzzer to explore: without coverage
// instrumentation they neither slow the import fuzz target down nor grow its corpus.
#if defined(__clang__)
#pragma clang attribute push(__attribute__((no_sanitize("coverage"))), apply_to = function)
#endif

namespace vanban::accounting {
namespace {

void append_utf8(std::string& out, UChar32 c) {
  char buf[U8_MAX_LENGTH];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, c);
  out.append(buf, static_cast<size_t>(n));
}

// "0005" → "5", "0" stays "0"; words with a letter are left alone.
void by_value(std::string& w) {
  for (char c : w)
    if (c < '0' || c > '9') return;
  const size_t first = w.find_first_not_of('0');
  w = first == std::string::npos ? "0" : w.substr(first);
}

// Stands for a mark of emphasis inside a word; the decoded text has no control
// characters (they became spaces), so it cannot come from the source.
constexpr char kSoft = '\x01';

// The line without the markup the importer reads. Emphasis ("*", "**", <b>, <i>,
// <strong>, <em>) inside a word becomes kSoft: "**i**n**f**o" is one word to the
// importer, but "**1. Mục đích**JEF)" a title and its text. Table bars, heading marks,
// rules and tabs become spaces.
std::string without_markup(std::string_view line) {
  static constexpr std::string_view kTags[] = {"<b>", "</b>", "<i>", "</i>", "<strong>", "</strong>", "<em>", "</em>"};
  std::string out;
  out.reserve(line.size());
  for (size_t i = 0; i < line.size();) {
    size_t tag = 0;
    for (auto t : kTags) {
      if (line[i] != '<') break;
      if (line.size() - i < t.size()) continue;
      bool eq = true;
      for (size_t k = 0; k < t.size() && eq; ++k) eq = std::tolower(static_cast<unsigned char>(line[i + k])) == t[k];
      if (eq) tag = t.size();
    }
    if (tag > 0 || line[i] == '*') {
      i += tag > 0 ? tag : 1;
      if (out.empty() || out.back() != kSoft) out += kSoft;
      continue;
    }
    // A rule ("-------", "___") is markup too, as the importer strips it: "---0.----"
    // leaves the label "0.".
    size_t run = i;
    while (run < line.size() && (line[run] == '-' || line[run] == '_') && line[run] == line[i]) ++run;
    if (run - i >= 3) {
      out += ' ';
      i = run;
      continue;
    }
    const char c = line[i++];
    out += (c == '#' || c == '|' || c == '\t' || c == '\r') ? ' ' : c;
  }
  // A mark of emphasis counts only inside a word ("**i**n**f**o", "đích**JEF"): it
  // may join the parts there, or not. Elsewhere it is nothing.
  std::string kept;
  kept.reserve(out.size());
  auto word_byte = [](char b) { return std::isalnum(static_cast<unsigned char>(b)) || (b & 0x80); };
  for (size_t i = 0; i < out.size(); ++i)
    if (out[i] != kSoft || (!kept.empty() && word_byte(kept.back()) && i + 1 < out.size() && word_byte(out[i + 1])))
      kept += out[i];
  return kept;
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

bool digit(char c) { return c >= '0' && c <= '9'; }

// Length of a "N.M." or "N.M.K." label at `at` (one or two digits a part), or 0.
size_t dotted_label(std::string_view s, size_t at) {
  size_t j = at;
  int parts = 0;
  while (parts < 3 && j < s.size() && digit(s[j])) {
    const size_t start = j;
    while (j < s.size() && digit(s[j])) ++j;
    if (j - start > 2 || j >= s.size() || s[j] != '.') break;
    ++j;
    ++parts;
  }
  if (parts < 2 || (j < s.size() && s[j] != ' ')) return 0;
  return j - at;
}

// Blanks run-in sub-labels: " 2.1. " before a capital letter or at the end of the line
// (the body builder splits "2. Về đại lý 2.1. Điều kiện …" there).
void blank_run_in_labels(std::string& s) {
  for (size_t i = 1; i < s.size(); ++i) {
    if (s[i - 1] != ' ') continue;
    const size_t n = dotted_label(s, i);
    if (n == 0) continue;
    const std::string_view after = trimmed(std::string_view(s).substr(i + n));
    if (!after.empty() && !import::starts_upper(after)) continue;
    s.replace(i, n, n, ' ');
    i += n;
  }
}

// Blanks footnote numbers in brackets, "[3]": marks and notes the renderer numbers
// again from 1, in the order it places them.
void blank_note_numbers(std::string& s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '[') continue;
    size_t j = i + 1;
    while (j < s.size() && j - i <= 3 && digit(s[j])) ++j;
    if (j > i + 1 && j < s.size() && s[j] == ']') s.replace(i, j + 1 - i, j + 1 - i, ' ');
  }
}

enum class CpKind : uint8_t { Other, Letter, Digit, Mark };
struct Folded {
  CpKind kind = CpKind::Other;
  std::string text;  // the letter without its marks, case folded; the digit
};

// One code point as folded_words compares it, through ICU.
Folded fold_with_icu(UChar32 c) {
  // Marks, and invisible format characters (U+FEFF, U+200D, U+00AD), belong to the
  // letters around them: neither is printed for sure, and neither cuts a word.
  if (u_charType(c) == U_NON_SPACING_MARK || u_charType(c) == U_FORMAT_CHAR) return {CpKind::Mark, ""};
  if (c == 0x0110 || c == 0x0111) return {CpKind::Letter, "d"};  // Đ, đ: a letter of its own, not d + mark
  Folded f;
  if (u_isdigit(c)) {
    f.kind = CpKind::Digit;
    append_utf8(f.text, c);
    return f;
  }
  if (!u_isalpha(c)) return f;
  f.kind = CpKind::Letter;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFD normaliser unavailable");
  const icu::UnicodeString d = nfd->normalize(icu::UnicodeString(c), status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFD normalisation failed");
  icu::UnicodeString base;
  for (int32_t i = 0; i < d.length();) {
    const UChar32 part = d.char32At(i);
    i += U16_LENGTH(part);
    if (u_charType(part) != U_NON_SPACING_MARK) base.append(part);
  }
  // Full folding: "ß" is "ss", as the renderer's capitals "SS" fold to.
  base.foldCase();
  base.toUTF8String(f.text);
  return f;
}

// The code points below U+2000 (Latin with Vietnamese, the combining marks, Greek,
// Cyrillic) folded once: asking ICU for each character was most of the accounting's
// time, and the import fuzz target runs it on every input.
const Folded& fold(UChar32 c) {
  constexpr UChar32 kTabled = 0x2000;
  static const std::vector<Folded> table = [] {
    std::vector<Folded> t(kTabled);
    for (UChar32 k = 0; k < kTabled; ++k) t[static_cast<size_t>(k)] = fold_with_icu(k);
    return t;
  }();
  if (c >= 0 && c < kTabled) return table[static_cast<size_t>(c)];
  static const Folded other;  // an ill-formed byte: a separator
  if (c < 0) return other;
  thread_local Folded rare;
  rare = fold_with_icu(c);
  return rare;
}

}  // namespace

namespace {

// Calls emit(word, line) for each word of `text`, lines counted from 1 at each '\n'.
template <class Emit>
void each_word(std::string_view text, Emit&& emit) {
  std::string word;
  std::vector<std::string> parts;  // the word cut at kSoft, when it has one
  size_t part = 0;                 // where the current part starts in `word`
  bool word_digits = false;
  int line = 1;
  auto flush = [&] {
    if (word.empty()) return;
    if (!parts.empty()) parts.push_back(word.substr(part));
    for (auto& p : parts) by_value(p);
    by_value(word);
    emit(std::move(word), std::move(parts), line);
    word.clear();
    parts.clear();
    part = 0;
  };
  // U8_NEXT here rather than text::each_code_point: a template from a header would be
  // instrumented for coverage after all.
  const int32_t n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c = 0;
    U8_NEXT(text.data(), i, n, c);
    if (c == kSoft) {
      if (word.size() > part) parts.push_back(word.substr(part));
      part = word.size();
      continue;
    }
    const Folded& f = fold(c);
    // A mark belongs to the letter before it: dropping it keeps the word whole.
    if (f.kind == CpKind::Mark) continue;
    const bool digit = f.kind == CpKind::Digit;
    // A run of letters and a run of digits are two words: the renderer glues a footnote
    // mark to its word ("tỉnh1") and a source may glue one to its note ("1Tại").
    if (f.kind == CpKind::Other || (!word.empty() && digit != word_digits)) flush();
    if (c == '\n') ++line;
    if (f.kind == CpKind::Other) continue;
    word_digits = digit;
    word += f.text;
  }
  flush();
}

// Appends the counted part of one source line to `out` (see source_line_words).
void append_counted(std::string_view line, std::string& out) {
  const std::string s = without_markup(line);
  std::string_view rest = trimmed(s);
  for (int k = 0; k < 2; ++k) {
    // The label as the importer reads it, without the emphasis: "3**1. Đánh giá" is
    // "31. Đánh giá" to it.
    std::string plain;
    for (char c : rest)
      if (c != kSoft) plain += c;
    const import::Label label = import::read_label(plain);
    if (label.kind == import::Label::Kind::None || label.length == 0) break;
    size_t at = 0;
    for (size_t taken = 0; at < rest.size() && taken < label.length; ++at) taken += rest[at] != kSoft;
    rest = trimmed(rest.substr(at));
    while (!rest.empty() && rest.front() == kSoft) rest = trimmed(rest.substr(1));
  }
  std::string body(rest);
  blank_run_in_labels(body);
  blank_note_numbers(body);
  out += body;
}

}  // namespace

std::vector<std::string> folded_words(std::string_view text) {
  std::vector<std::string> out;
  each_word(text, [&](std::string&& w, std::vector<std::string>&&, int) { out.push_back(std::move(w)); });
  return out;
}

std::vector<std::string> source_line_words(std::string_view line) {
  std::string counted;
  append_counted(line, counted);
  return folded_words(counted);
}

std::vector<SourceWord> source_words(std::string_view text) {
  // One pass over the counted text of all lines: folding line by line cost the fuzz
  // target more than the rendering.
  std::string counted;
  counted.reserve(text.size() + 1);
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = std::min(text.find('\n', start), text.size());
    append_counted(text.substr(start, end - start), counted);
    counted += '\n';
    start = end + 1;
  }
  std::vector<SourceWord> out;
  each_word(counted, [&](std::string&& w, std::vector<std::string>&& parts, int line) {
    out.push_back({std::move(w), line, std::move(parts)});
  });
  return out;
}

}  // namespace vanban::accounting

#if defined(__clang__)
#pragma clang attribute pop
#endif
