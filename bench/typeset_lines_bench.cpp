// typeset_lines_bench [ROUNDS]: how fast the PDF typesetter breaks paragraphs into lines
// (typeset/lines.h) on the body font at 14 pt in the A4 text width (165 mm), justified.
// Prints the median microseconds a paragraph for: a typical 8-line Vietnamese paragraph
// the first time in the process (ICU's rules loaded), cold (a new thread: empty word
// cache, the break iterator cloned) and warm (the same thread again); a 15-line paragraph
// warm; and a 100,000-character paragraph warm.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include "typeset/fonts.h"
#include "typeset/lines.h"

namespace {

using vanban::layout::Align;
using vanban::layout::Run;
using namespace vanban::typeset;

const char* const kParagraph =
    "Thực hiện Chỉ thị của Ban Thường vụ Liên đoàn Lao động thành phố về tăng cường công tác tuyên truyền, phổ "
    "biến, giáo dục pháp luật cho đoàn viên, công nhân, viên chức, lao động năm 2024, Ban Thường vụ Liên đoàn Lao "
    "động quận ban hành Kế hoạch số 12/KH-LĐLĐ triển khai thực hiện với những nội dung chủ yếu như sau: các cấp công "
    "đoàn chủ động phối hợp với chuyên môn đồng cấp tổ chức hội nghị người lao động, đối thoại định kỳ tại nơi làm "
    "việc; kịp thời nắm bắt tâm tư, nguyện vọng, giải quyết những kiến nghị chính đáng của đoàn viên và người lao "
    "động theo quy định của pháp luật và Điều lệ Công đoàn Việt Nam.";

double now_us() {
  return std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

size_t lines_of(const std::vector<Run>& runs, const FontSet& fonts, double* us) {
  ParagraphSpec p;
  p.runs = &runs;
  p.size = 14;
  p.align = Align::Justify;
  p.width = 165 * 72 / 25.4;
  p.first_indent = 12.7 * 72 / 25.4;
  const double t0 = now_us();
  const size_t n = set_paragraph(p, fonts).size();
  *us = now_us() - t0;
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 200;
  std::string why;
  const FontSet* fonts = FontSet::get("Times New Roman", &why);
  if (!fonts) {
    std::fprintf(stderr, "%s\n", why.c_str());
    return 1;
  }
  std::printf("font: %s\n", fonts->report().c_str());
  const std::vector<Run> typical{Run{Run::Kind::Text, kParagraph, false, false, -1}};
  std::string fifteen_text = std::string(kParagraph) + " " + kParagraph;
  fifteen_text.resize(fifteen_text.rfind(' ', fifteen_text.size() * 15 / 16));
  const std::vector<Run> fifteen{Run{Run::Kind::Text, fifteen_text, false, false, -1}};
  std::string huge_text;
  while (huge_text.size() < 100000) huge_text += std::string(huge_text.empty() ? "" : " ") + kParagraph;
  const std::vector<Run> huge{Run{Run::Kind::Text, huge_text, false, false, -1}};

  double first = 0;
  size_t lines = 0;
  std::thread([&] { lines = lines_of(typical, *fonts, &first); }).join();
  std::vector<double> cold, warm, warm15, big;
  for (int r = 0; r < std::min(rounds, 50); ++r)
    std::thread([&] {
      double us = 0;
      lines_of(typical, *fonts, &us);
      cold.push_back(us);
    }).join();
  double us = 0;
  for (int r = 0; r < rounds; ++r) lines_of(typical, *fonts, &us), warm.push_back(us);
  size_t lines15 = 0;
  for (int r = 0; r < rounds; ++r) lines15 = lines_of(fifteen, *fonts, &us), warm15.push_back(us);
  size_t lines_big = 0;
  for (int r = 0; r < std::max(3, rounds / 20); ++r) lines_big = lines_of(huge, *fonts, &us), big.push_back(us);

  std::printf("typical paragraph, %zu lines: first in process %8.1f us\n", lines, first);
  std::printf("typical paragraph, %zu lines: cold (new thread) %8.1f us\n", lines, median(cold));
  std::printf("typical paragraph, %zu lines: warm              %8.1f us\n", lines, median(warm));
  std::printf("%zu-line paragraph:            warm              %8.1f us\n", lines15, median(warm15));
  std::printf("%zu-character paragraph, %zu lines: warm  %10.1f us\n", huge_text.size(), lines_big, median(big));
  return 0;
}
