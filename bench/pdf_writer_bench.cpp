// What writing one PDF costs: a typical one-page letter (about 1,500 glyphs in three
// faces, a rule, a signature and a seal with alpha, the signature field, an outline)
// through pdf::write_pdf, cold (the first file: subsets, the ICC profile and the images
// compressed) and warm (every later file), on one thread and on two; and the cold cost
// of one face's subset alone.
//   pdf_writer_bench [iterations] [out.pdf]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "pdf/font_subset.h"
#include "pdf/pdf_syntax.h"
#include "pdf/pdf_writer.h"
#include "pdf/repertoire.h"
#include "typeset/fonts.h"

using namespace vanban;
using Clock = std::chrono::steady_clock;
using typeset::FaceStyle;

namespace {

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

typeset::GlyphRun line(const typeset::FontSet& fonts, FaceStyle style, double size, double x, double y,
                       std::string_view text) {
  const typeset::Face& face = fonts.face(style);
  typeset::GlyphRun r;
  r.face = style;
  r.size = size;
  r.x = x;
  r.y = y;
  double pen = 0;
  for (size_t i = 0; i < text.size();) {
    const size_t start = i;
    const char32_t c = pdf::next_code_point(text, i);
    typeset::Glyph g{face.glyph(c), pen, 0, std::string(text.substr(start, i - start))};
    pen += face.advance(g.id) * size / face.units_per_em();
    // Justified lines: a little more after each space.
    if (c == ' ') pen += 0.8;
    r.glyphs.push_back(std::move(g));
  }
  return r;
}

typeset::Document letter(const typeset::FontSet& fonts, int n) {
  typeset::Document d;
  d.fonts = &fonts;
  d.title = "Giấy mời dự hội nghị tổng kết công tác năm 2026";
  d.author = "Sở Nội vụ tỉnh Lào Cai";
  d.language = "vi-VN";
  typeset::Page p;
  p.width = 595.276;
  p.height = 841.89;
  p.runs.push_back(line(fonts, FaceStyle::Regular, 13, 70, 60, "UBND TỈNH LÀO CAI"));
  p.runs.push_back(line(fonts, FaceStyle::Bold, 13, 80, 76, "SỞ NỘI VỤ"));
  p.runs.push_back(line(fonts, FaceStyle::Bold, 13, 290, 60, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  p.runs.push_back(line(fonts, FaceStyle::Bold, 14, 325, 76, "Độc lập - Tự do - Hạnh phúc"));
  p.strokes.push_back({325, 80, 500, 80, 0.5, ""});
  p.runs.push_back(line(fonts, FaceStyle::Italic, 14, 320, 110, "Lào Cai, ngày 01 tháng 12 năm 2026"));
  p.runs.push_back(line(fonts, FaceStyle::Bold, 14, 250, 150, "GIẤY MỜI"));
  p.runs.push_back(line(fonts, FaceStyle::Regular, 14, 85, 180, "Kính gửi: Ông (Bà) Nguyễn Văn " + std::to_string(n)));
  const char* body[] = {
      "Thực hiện Kế hoạch số 125/KH-SNV ngày 15 tháng 11 năm 2026 của Sở Nội vụ về việc tổ chức",
      "hội nghị tổng kết công tác năm 2026 và triển khai nhiệm vụ năm 2027, Sở Nội vụ trân trọng",
      "kính mời Ông (Bà) đến dự hội nghị, cụ thể như sau:",
      "1. Thời gian: 08 giờ 00 phút, ngày 20 tháng 12 năm 2026 (thứ Sáu).",
      "2. Địa điểm: Hội trường tầng 3, trụ sở Sở Nội vụ, đường Hoàng Liên, phường Cốc Lếu.",
      "3. Nội dung: Đánh giá kết quả thực hiện nhiệm vụ năm 2026; thảo luận phương hướng, nhiệm",
      "vụ trọng tâm năm 2027; khen thưởng các tập thể, cá nhân có thành tích xuất sắc.",
      "Đề nghị Ông (Bà) bố trí thời gian tham dự đúng giờ. Tài liệu hội nghị được đăng tải trên",
      "Cổng thông tin điện tử của Sở trước ngày 18 tháng 12 năm 2026.",
      "Mọi chi tiết xin liên hệ: đồng chí Trần Thị Hương, Văn phòng Sở, điện thoại 0214.3840.123.",
      "Trân trọng kính mời./.",
  };
  double y = 210;
  for (const char* t : body) {
    p.runs.push_back(line(fonts, FaceStyle::Regular, 14, 85, y, t));
    y += 21;
  }
  p.runs.push_back(line(fonts, FaceStyle::BoldItalic, 12, 85, 520, "Nơi nhận:"));
  p.runs.push_back(line(fonts, FaceStyle::Regular, 11, 85, 536, "- Như trên;"));
  p.runs.push_back(line(fonts, FaceStyle::Regular, 11, 85, 550, "- Lưu: VT, VP."));
  p.runs.push_back(line(fonts, FaceStyle::Bold, 14, 390, 520, "GIÁM ĐỐC"));
  p.runs.push_back(line(fonts, FaceStyle::Bold, 14, 370, 620, "Phạm Quang Vinh"));
  p.pictures.push_back({0, {370, 540, 120, 60}});
  p.pictures.push_back({1, {340, 525, 90, 90}});
  p.has_signature_field = true;
  p.signature_field = {360, 530, 160, 80};
  d.pages = {p};
  d.outline = {{"GIẤY MỜI", 1, 0, 150}};
  return d;
}

// An image with a soft edge: ink in the middle, transparent round it.
pdf::Image stamp(int w, int h, unsigned char r, unsigned char g, unsigned char b) {
  pdf::Image img;
  img.width = w;
  img.height = h;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      const double dx = (x - w / 2.0) / w, dy = (y - h / 2.0) / h;
      const bool ink = dx * dx + dy * dy < 0.2 && (x * 7 + y * 3) % 11 < 6;
      img.rgb += static_cast<char>(r);
      img.rgb += static_cast<char>(g);
      img.rgb += static_cast<char>(b);
      img.alpha += static_cast<char>(ink ? 255 : 0);
    }
  return img;
}

}  // namespace

int main(int argc, char** argv) {
  const int iterations = argc > 1 ? std::atoi(argv[1]) : 2000;
  std::string why;
  const typeset::FontSet* fonts = typeset::FontSet::get("Times New Roman", &why);
  if (!fonts) {
    std::fprintf(stderr, "%s\n", why.c_str());
    return 1;
  }
  const pdf::Image signature = stamp(400, 200, 20, 30, 160), seal = stamp(300, 300, 210, 20, 20);
  pdf::Options o;
  o.images = {&signature, &seal};
  o.date = "2026-12-01T08:30:00+07:00";

  // One face's subset alone, as the first file makes it (repertoire glyphs only).
  {
    const typeset::Face& face = fonts->face(FaceStyle::Regular);
    std::vector<uint32_t> glyphs;
    for (const auto& c : pdf::repertoire())
      if (uint32_t g = face.glyph(c.code)) glyphs.push_back(g);
    std::sort(glyphs.begin(), glyphs.end());
    glyphs.erase(std::unique(glyphs.begin(), glyphs.end()), glyphs.end());
    std::vector<double> widths(4096, 500);
    const auto t = Clock::now();
    const auto p = pdf::make_font_program(face.hb_face(), face.postscript_name(), glyphs, widths);
    std::printf("subset of %s: %zu glyphs, %.2f ms, %zu bytes (%zu before Flate)\n", face.postscript_name().c_str(),
                glyphs.size(), ms_since(t), p.font_file.data.size(), p.font_file.raw_size);
  }

  std::vector<typeset::Document> docs;
  for (int i = 0; i < 100; ++i) docs.push_back(letter(*fonts, i));
  size_t glyphs = 0;
  for (const auto& r : docs[0].pages[0].runs) glyphs += r.glyphs.size();

  auto t = Clock::now();
  const std::string first = pdf::write_pdf(docs[0], o);
  std::printf("cold write (4 faces subset, ICC, 2 images compressed): %.2f ms, %zu bytes, %zu glyphs\n", ms_since(t),
              first.size(), glyphs);
  if (argc > 2) std::ofstream(argv[2], std::ios::binary) << first;
  std::printf("the same letter without its two pictures: %zu bytes\n", pdf::write_pdf(docs[0], pdf::Options{}).size());

  size_t total = 0;
  t = Clock::now();
  for (int i = 0; i < iterations; ++i) total += pdf::write_pdf(docs[static_cast<size_t>(i) % docs.size()], o).size();
  const double warm = ms_since(t) / iterations;
  std::printf("warm write: %.3f ms per letter (%d letters, %.0f bytes each)\n", warm, iterations,
              static_cast<double>(total) / iterations);

  t = Clock::now();
  std::vector<std::thread> threads;
  for (int k = 0; k < 2; ++k)
    threads.emplace_back([&, k] {
      for (int i = k; i < iterations; i += 2) pdf::write_pdf(docs[static_cast<size_t>(i) % docs.size()], o);
    });
  for (auto& th : threads) th.join();
  std::printf("warm write on 2 threads: %.3f ms per letter of wall time\n", ms_since(t) / iterations);
  return 0;
}
