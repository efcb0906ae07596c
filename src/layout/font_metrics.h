// Text measurement with the advance widths in fonts/ (Liberation Serif, metric-
// compatible with Times New Roman). Used for the rules under the motto, issuer and
// trích yếu, for the header column widths and for aligning "Kính gửi" dashes.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::rules {
struct LineBreakRules;

}

namespace vanban::layout {

class FontMetrics {
 public:
  // Advance widths in font units by code point, kNoGlyph where the font has none:
  // fonts/*.widths turned into constant arrays at build time (cmake/font_widths.cmake).
  struct Table {
    const std::uint16_t* advance;
    std::size_t size;
    int units_per_em;
  };
  static constexpr std::uint16_t kNoGlyph = 0xFFFF;

  // Unknown characters are measured as a digit: a neutral, mid-width guess. Every table
  // has the digit 0 (cmake/font_widths.cmake stops the build otherwise).
  explicit constexpr FontMetrics(Table table) : table_(table), fallback_(table.advance[U'0']) {}
  // Width in points of `utf8` set at `size_pt`.
  double width_pt(std::string_view utf8, double size_pt) const;

 private:
  Table table_;
  int fallback_;
};

// The four faces of the body font.
const FontMetrics& serif(bool bold, bool italic);

// Greedy word wrap, as a word processor does it: the widths (pt) of the lines `utf8`
// breaks into within `max_pt`. A word longer than a line stays whole on its own line.
std::vector<double> wrapped_line_widths(std::string_view utf8, double size_pt, double max_pt, const FontMetrics& font);

// Balanced breaking, as clerks break a centred name by hand: the fewest lines that fit
// `max_pt`, then the split among those whose longest line is shortest
// ("LIÊN ĐOÀN LAO ĐỘNG / QUẬN HẢI AN", not "LIÊN ĐOÀN LAO ĐỘNG QUẬN / HẢI AN").
// `breaks` (templates/line-breaks.xml) steer the choice towards natural breaks.
std::vector<std::string> balanced_lines(std::string_view utf8, double size_pt, double max_pt, const FontMetrics& font,
                                        const rules::LineBreakRules* breaks = nullptr);

constexpr double kPtPerMm = 72.0 / 25.4;

}  // namespace vanban::layout
