#include "layout/font_metrics.h"

#include <unicode/utf8.h>

#include <charconv>
#include <stdexcept>

#include "data/embedded.h"

namespace vanban::layout {

FontMetrics::FontMetrics(std::string_view table) {
  size_t pos = 0;
  while (pos < table.size()) {
    size_t end = table.find('\n', pos);
    if (end == std::string_view::npos) end = table.size();
    std::string_view line = table.substr(pos, end - pos);
    pos = end + 1;
    if (line.empty() || line[0] == '#') continue;
    if (line.starts_with("units-per-em ")) {
      std::from_chars(line.data() + 13, line.data() + line.size(), units_per_em_);
      continue;
    }
    const size_t sp = line.find(' ');
    unsigned cp = 0;
    int adv = 0;
    if (sp == std::string_view::npos ||
        std::from_chars(line.data(), line.data() + sp, cp, 16).ec != std::errc() ||
        std::from_chars(line.data() + sp + 1, line.data() + line.size(), adv).ec != std::errc())
      throw std::runtime_error("malformed font width line: " + std::string(line));
    advance_[static_cast<char32_t>(cp)] = adv;
  }
  if (units_per_em_ <= 0 || advance_.empty()) throw std::runtime_error("empty font width table");
  // Unknown characters are measured as a digit: a neutral, mid-width guess.
  if (auto it = advance_.find(U'0'); it != advance_.end()) fallback_ = it->second;
}

double FontMetrics::width_pt(std::string_view s, double size_pt) const {
  long units = 0;
  int32_t i = 0;
  const auto len = static_cast<int32_t>(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < len) {
    UChar32 c;
    U8_NEXT(p, i, len, c);
    if (c < 0) continue;
    auto it = advance_.find(static_cast<char32_t>(c));
    units += it != advance_.end() ? it->second : fallback_;
  }
  return static_cast<double>(units) * size_pt / units_per_em_;
}

const FontMetrics& serif(bool bold, bool italic) {
  static const FontMetrics regular(data::embedded("fonts/LiberationSerif-Regular.widths"));
  static const FontMetrics b(data::embedded("fonts/LiberationSerif-Bold.widths"));
  static const FontMetrics i(data::embedded("fonts/LiberationSerif-Italic.widths"));
  static const FontMetrics bi(data::embedded("fonts/LiberationSerif-BoldItalic.widths"));
  return bold ? (italic ? bi : b) : (italic ? i : regular);
}

std::vector<double> wrapped_line_widths(std::string_view s, double size_pt, double max_pt,
                                        const FontMetrics& font) {
  std::vector<double> lines;
  const double space = font.width_pt(" ", size_pt);
  double current = -1;  // -1: no word on the line yet
  size_t pos = 0;
  while (pos <= s.size()) {
    size_t end = s.find(' ', pos);
    if (end == std::string_view::npos) end = s.size();
    if (end > pos) {
      const double w = font.width_pt(s.substr(pos, end - pos), size_pt);
      if (current < 0) {
        current = w;
      } else if (current + space + w <= max_pt) {
        current += space + w;
      } else {
        lines.push_back(current);
        current = w;
      }
    }
    pos = end + 1;
  }
  if (current >= 0) lines.push_back(current);
  return lines;
}

}  // namespace vanban::layout
