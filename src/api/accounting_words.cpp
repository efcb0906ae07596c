#include "api/accounting_words.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cctype>
#include <stdexcept>

#include "import/patterns.h"

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

// The line without the markup the importer reads. Emphasis ("*", "**", <b>, <i>,
// <strong>, <em>) goes without a trace, since "**i**n**f**o" is one word to the
// importer; table bars, heading marks and tabs become spaces.
std::string without_markup(std::string_view line) {
  static constexpr std::string_view kTags[] = {"<b>", "</b>", "<i>", "</i>", "<strong>", "</strong>", "<em>", "</em>"};
  std::string out;
  out.reserve(line.size());
  for (size_t i = 0; i < line.size();) {
    size_t tag = 0;
    for (auto t : kTags) {
      if (line.size() - i < t.size()) continue;
      bool eq = true;
      for (size_t k = 0; k < t.size() && eq; ++k) eq = std::tolower(static_cast<unsigned char>(line[i + k])) == t[k];
      if (eq) tag = t.size();
    }
    if (tag > 0) {
      i += tag;
      continue;
    }
    const char c = line[i++];
    if (c == '*') continue;
    out += (c == '#' || c == '|' || c == '\t' || c == '\r') ? ' ' : c;
  }
  return out;
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

}  // namespace

std::vector<std::string> folded_words(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFD normaliser unavailable");
  const icu::UnicodeString in =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  const icu::UnicodeString d = nfd->normalize(in, status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU NFD normalisation failed");
  std::vector<std::string> out;
  std::string word;
  bool word_digits = false;
  auto flush = [&] {
    if (word.empty()) return;
    by_value(word);
    out.push_back(std::move(word));
    word.clear();
  };
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    // A mark belongs to the letter before it: dropping it keeps the word whole.
    if (u_charType(c) == U_NON_SPACING_MARK) continue;
    if (c == 0x0110 || c == 0x0111) c = 'd';  // Đ, đ: a letter of its own, not d + mark
    const bool digit = u_isdigit(c);
    // A run of letters and a run of digits are two words: the renderer glues a footnote
    // mark to its word ("tỉnh1") and a source may glue one to its note ("1Tại").
    if (!u_isalnum(c) || (!word.empty() && digit != word_digits)) flush();
    if (!u_isalnum(c)) continue;
    word_digits = digit;
    append_utf8(word, u_foldCase(c, U_FOLD_CASE_DEFAULT));
  }
  flush();
  return out;
}

std::vector<std::string> source_line_words(std::string_view line) {
  std::string s = without_markup(line);
  std::string_view rest = trimmed(s);
  for (int k = 0; k < 2; ++k) {
    const import::Label label = import::read_label(rest);
    if (label.kind == import::Label::Kind::None || label.length == 0) break;
    rest = trimmed(rest.substr(std::min(label.length, rest.size())));
  }
  std::string body(rest);
  blank_run_in_labels(body);
  blank_note_numbers(body);
  return folded_words(body);
}

}  // namespace vanban::accounting
