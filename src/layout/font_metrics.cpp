#include "layout/font_metrics.h"

#include <unicode/utf8.h>

#include <array>
#include <iterator>

#include "rules/line_breaks.h"
#include "text/unicode.h"

namespace vanban::layout {

namespace {
#include "font_tables.inc"
}  // namespace

double FontMetrics::width_pt(std::string_view s, double size_pt) const {
  long units = 0;
  int32_t i = 0;
  const auto len = static_cast<int32_t>(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < len) {
    UChar32 c;
    U8_NEXT(p, i, len, c);
    if (c < 0) continue;
    const auto cp = static_cast<size_t>(c);
    const std::uint16_t advance = cp < table_.size ? table_.advance[cp] : kNoGlyph;
    units += advance != kNoGlyph ? advance : fallback_;
  }
  return static_cast<double>(units) * size_pt / table_.units_per_em;
}

const FontMetrics& serif(bool bold, bool italic) {
  static constexpr FontMetrics regular(font_tables::kRegular);
  static constexpr FontMetrics b(font_tables::kBold);
  static constexpr FontMetrics i(font_tables::kItalic);
  static constexpr FontMetrics bi(font_tables::kBoldItalic);
  return bold ? (italic ? bi : b) : (italic ? i : regular);
}

std::vector<double> wrapped_line_widths(std::string_view s, double size_pt, double max_pt, const FontMetrics& font) {
  std::vector<double> lines;
  const double space = font.width_pt(" ", size_pt);
  double current = -1;  // -1: no word on the line yet
  for (const auto word : text::words(s)) {
    const double w = font.width_pt(word, size_pt);
    if (current < 0) {
      current = w;
    } else if (current + space + w <= max_pt) {
      current += space + w;
    } else {
      lines.push_back(current);
      current = w;
    }
  }
  if (current >= 0) lines.push_back(current);
  return lines;
}

namespace {

constexpr size_t kMaxBalancedLines = 8;
constexpr size_t kMaxBalancedWords = 300;

std::vector<std::string> compute_balanced_lines(std::string_view s, double size_pt, double max_pt,
                                                const FontMetrics& font, const rules::LineBreakRules* breaks);

}  // namespace

std::vector<std::string> balanced_lines(std::string_view s, double size_pt, double max_pt, const FontMetrics& font,
                                        const rules::LineBreakRules* breaks) {
  // A merge lays out the same header names for thousands of letters: the last few
  // answers are kept per thread (the function is pure in its arguments).
  struct Memo {
    std::string text;
    double size = 0, max = 0;
    const FontMetrics* font = nullptr;
    const rules::LineBreakRules* breaks = nullptr;
    std::vector<std::string> lines;
  };
  thread_local std::array<Memo, 8> memo;
  thread_local size_t next = 0;
  for (const Memo& m : memo)
    if (m.font == &font && m.breaks == breaks && m.size == size_pt && m.max == max_pt && m.text == s) return m.lines;
  Memo& m = memo[next++ % memo.size()];
  m = {std::string(s), size_pt, max_pt, &font, breaks, compute_balanced_lines(s, size_pt, max_pt, font, breaks)};
  return m.lines;
}

namespace {

std::vector<std::string> compute_balanced_lines(std::string_view s, double size_pt, double max_pt,
                                                const FontMetrics& font, const rules::LineBreakRules* breaks) {
  const std::vector<std::string_view> words = text::words(s);
  const size_t n = words.size();
  if (n == 0) return {};
  const size_t lines = wrapped_line_widths(s, size_pt, max_pt, font).size();
  if (lines <= 1) return {std::string(s)};
  if (lines >= n) return std::vector<std::string>(words.begin(), words.end());
  // Balancing is for the short blocks of a header (names, titles, the trích yếu); its
  // cost grows with lines × words², so a long text is left to the word processor's
  // own wrapping (a 1 MB trích yếu took minutes and gigabytes).
  if (lines > kMaxBalancedLines || n > kMaxBalancedWords) return {std::string(s)};

  const double space = font.width_pt(" ", size_pt);
  std::vector<double> w(n);
  for (size_t i = 0; i < n; ++i) w[i] = font.width_pt(words[i], size_pt);
  // Cost of breaking before word i: (splits a kept phrase, misses a preferred break).
  std::vector<int> bad(n, 0), good(n, 0);
  if (breaks) {
    std::vector<std::string> upper;
    for (auto word : words) upper.push_back(text::upper_vi(word));
    breaks->classify(upper, bad, good);
  }
  // Compared in order: fewest forbidden breaks, most preferred breaks, shortest longest line.
  struct Cost {
    int bad = 0, good = 0;
    double widest = 0;
    bool operator<(const Cost& o) const {
      if (bad != o.bad) return bad < o.bad;
      if (good != o.good) return good > o.good;
      return widest < o.widest - 1e-9;
    }
  };
  std::vector<double> before(n + 1, 0);  // width of words [0, i) with their spaces
  for (size_t i = 0; i < n; ++i) before[i + 1] = before[i] + w[i] + space;
  auto width = [&](size_t from, size_t to) { return before[to] - before[from] - space; };  // words [from, to)
  // best[k][i]: the best way to set the first i words on k lines.
  std::vector<std::vector<Cost>> best(lines + 1, std::vector<Cost>(n + 1));
  std::vector<std::vector<bool>> reached(lines + 1, std::vector<bool>(n + 1, false));
  std::vector<std::vector<size_t>> cut(lines + 1, std::vector<size_t>(n + 1, 0));
  reached[0][0] = true;
  for (size_t k = 1; k <= lines; ++k)
    for (size_t i = 1; i <= n; ++i)
      for (size_t j = k - 1; j < i; ++j) {
        if (!reached[k - 1][j]) continue;
        const double line = width(j, i);
        if (line > max_pt && i - j > 1) continue;
        Cost c = best[k - 1][j];
        if (j > 0) {
          c.bad += bad[j];
          c.good += good[j];
        }
        c.widest = std::max(c.widest, line);
        if (!reached[k][i] || c < best[k][i]) {
          best[k][i] = c;
          cut[k][i] = j;
          reached[k][i] = true;
        }
      }
  if (!reached[lines][n]) return {std::string(s)};
  std::vector<std::string> out(lines);
  for (size_t k = lines, i = n; k > 0; --k) {
    const size_t j = cut[k][i];
    std::string line;
    for (size_t m = j; m < i; ++m) line.append(m > j ? " " : "").append(words[m]);
    out[k - 1] = std::move(line);
    i = j;
  }
  return out;
}

}  // namespace

}  // namespace vanban::layout
