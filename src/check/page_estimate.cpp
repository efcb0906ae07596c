#include "check/page_estimate.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "check/paragraph_text.h"
#include "layout/font_metrics.h"

namespace vanban::check {
namespace {

constexpr double kSingleLine = 1.15;  // Times New Roman's single line, × the type size

double height_pt(const Context& c, size_t pos) {
  const office::Paragraph& p = c.doc.paragraphs[pos];
  const office::Run* first = nullptr;
  for (const auto& r : p.runs)
    if (visible(r)) {
      first = &r;
      break;
    }
  double size = first ? run_size(*first, c.doc) : p.look.mark.size;
  if (size <= 0) size = c.doc.defaults.size > 0 ? c.doc.defaults.size : 12;
  const auto& line = p.look.line;
  const double single = size * kSingleLine;
  const double line_pt = line.rule == office::LineSpacing::Rule::Multiple ? single * line.value / 100
                         : line.rule == office::LineSpacing::Rule::Exact  ? line.value
                                                                          : std::max(line.value, single);
  size_t lines = 0;
  if (first) {
    const auto& font = layout::serif(first->look.bold, first->look.italic);
    const double room = std::max(10.0, c.line_width_mm(pos)) * layout::kPtPerMm;
    const std::string& raw = c.texts.raw[pos];
    for (size_t from = 0; from <= raw.size();) {
      const size_t end = std::min(raw.find('\n', from), raw.size());
      const std::string piece = clean_text(raw.substr(from, end - from));
      lines += piece.empty() ? 1 : layout::wrapped_line_widths(piece, size, room, font).size();
      from = end + 1;
    }
  }
  return std::max<size_t>(lines, 1) * line_pt + p.look.before + p.look.after;
}

}  // namespace

std::vector<double> estimated_pages(const Context& c) {
  const size_t sections = std::max<size_t>(c.doc.sections.size(), 1);
  std::vector<double> height(sections, 0);
  // A table row's cells side by side: the tallest counts once.
  std::map<std::tuple<int, int, int>, double> cell;  // (table, row, cell) → height
  std::map<std::pair<int, int>, int> row_section;
  for (size_t pos = 0; pos < c.doc.paragraphs.size(); ++pos) {
    const auto& p = c.doc.paragraphs[pos];
    const double h = height_pt(c, pos);
    if (p.table >= 0) {
      cell[{p.table, p.row, p.cell}] += h;
      row_section.emplace(std::pair(p.table, p.row), p.section);
    } else {
      height[static_cast<size_t>(std::clamp<int>(p.section, 0, int(sections) - 1))] += h;
    }
  }
  std::map<std::pair<int, int>, double> row;
  for (const auto& [key, h] : cell) {
    double& r = row[{std::get<0>(key), std::get<1>(key)}];
    r = std::max(r, h);
  }
  for (const auto& [key, h] : row)
    height[static_cast<size_t>(std::clamp<int>(row_section[key], 0, int(sections) - 1))] += h;
  std::vector<double> pages(sections, 0);
  for (size_t s = 0; s < sections && s < c.doc.sections.size(); ++s) {
    const auto sec = laid_out(c.doc.sections[s]);
    const double area = (sec.height - sec.top - sec.bottom) * layout::kPtPerMm;
    pages[s] = area > 0 ? height[s] / area : 0;
  }
  return pages;
}

}  // namespace vanban::check
