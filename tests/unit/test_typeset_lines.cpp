// The paragraph line breaker (typeset/lines.h) on the installed body font (Times New
// Roman, or Liberation Serif with the same metrics): alignment, indents, our break
// rules over ICU's, total fit against first fit, emergency breaks, forced breaks,
// footnote references, faces, text kept, widths, and hostile paragraphs.
#include <gtest/gtest.h>
#include <hb.h>

#include <cmath>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "text/unicode.h"
#include "typeset/break_points.h"
#include "typeset/knuth_plass.h"
#include "typeset/lines.h"

using namespace vanban;
using namespace vanban::typeset;
using layout::Align;
using TextRun = layout::Run;

namespace {

constexpr double kSize = 13;
constexpr double kTolerance = 0.01;  // pt
double mm(double v) { return v * 72 / 25.4; }

const FontSet& fonts() {
  std::string why;
  const FontSet* f = FontSet::get("Times New Roman", &why);
  if (!f) throw std::runtime_error(why);
  return *f;
}

TextRun text_run(std::string s, bool bold = false, bool italic = false) {
  TextRun r;
  r.text = std::move(s);
  r.bold = bold;
  r.italic = italic;
  return r;
}
TextRun line_break() {
  TextRun r;
  r.kind = TextRun::Kind::LineBreak;
  return r;
}
TextRun footnote_ref(int index) {
  TextRun r;
  r.kind = TextRun::Kind::FootnoteRef;
  r.footnote = index;
  return r;
}

std::vector<Line> set(const std::vector<TextRun>& runs, Align align, double width, double first_indent = 0,
                      bool bold = false) {
  ParagraphSpec p;
  p.runs = &runs;
  p.size = kSize;
  p.bold = bold;
  p.align = align;
  p.width = width;
  p.first_indent = first_indent;
  return set_paragraph(p, fonts());
}
std::vector<Line> set(const std::string& text, Align align, double width, double first_indent = 0) {
  return set(std::vector<TextRun>{text_run(text)}, align, width, first_indent);
}

std::string text_of(const Line& l) {
  std::string s;
  for (const GlyphRun& r : l.runs)
    for (const Glyph& g : r.glyphs) s += g.text;
  return s;
}
// The lines' text joined by `sep`.
std::string joined(const std::vector<Line>& lines, const std::string& sep) {
  std::string s;
  for (size_t i = 0; i < lines.size(); ++i) s += (i ? sep : "") + text_of(lines[i]);
  return s;
}
// Where the line's first glyph starts, from the measure's start.
double start_of(const Line& l) { return l.runs.front().x + l.runs.front().glyphs.front().x; }

double width_of(std::string_view s) { return text_width(fonts(), FaceStyle::Regular, kSize, s); }
double space() { return width_of(" "); }

// The glue ratio a line of `words` needs to fill `measure` with TeX's interword glue
// (stretch 1/2 of the space; a line that would need shrinking counts as shrunk by 1/3
// of the space, as in TeX, though vanban never shrinks): > 0 stretched, < 0 shrunk.
double ratio_of(const std::vector<std::string_view>& words, double measure) {
  double natural = space() * static_cast<double>(words.size() - 1);
  for (auto w : words) natural += width_of(w);
  const double gaps = static_cast<double>(words.size() - 1);
  const double d = measure - natural;
  return d >= 0 ? d / (gaps * space() / 2) : d / (gaps * space() / 3);
}

const std::string kBody =
    "Thực hiện Chỉ thị của Ban Thường vụ Liên đoàn Lao động thành phố về tăng cường công tác tuyên truyền, "
    "phổ biến, giáo dục pháp luật cho đoàn viên, công nhân, viên chức, lao động năm 2024, Ban Thường vụ Liên "
    "đoàn Lao động quận ban hành kế hoạch triển khai thực hiện với những nội dung chủ yếu như sau.";

const std::string kLong = kBody +
                          " Các cấp công đoàn chủ động phối hợp với chuyên môn đồng cấp tổ chức hội nghị người lao "
                          "động, đối thoại định kỳ tại nơi làm việc; kịp thời nắm bắt tâm tư, nguyện vọng, giải "
                          "quyết những kiến nghị chính đáng của đoàn viên và người lao động theo quy định.";

// ---------------------------------------------------------------------------------------
// Alignment and indents

TEST(TypesetLines, JustifiedLinesEndAtTheMeasureButTheLast) {
  const double w = mm(120);
  const auto lines = set(kLong, Align::Justify, w);
  ASSERT_GE(lines.size(), 5u);
  const Face& regular = fonts().face(FaceStyle::Regular);
  for (size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    EXPECT_NEAR(start_of(l), 0, 1e-9) << i;
    if (i + 1 < lines.size()) {
      EXPECT_NEAR(l.width, w, kTolerance) << i;
      // Its right end is the last glyph's advance past its origin.
      const GlyphRun& r = l.runs.back();
      EXPECT_NEAR(r.x + r.glyphs.back().x + regular.advance(r.glyphs.back().id) * kSize / regular.units_per_em(),
                  l.width, 1e-9);
    } else {
      EXPECT_LT(l.width, w - 10) << "the last line keeps its spaces' width";
      EXPECT_NEAR(l.width, width_of(text_of(l)), 1e-9);
    }
    // Word gaps are real space glyphs, and the glyphs go left to right.
    double x = -1;
    for (const GlyphRun& r : l.runs)
      for (const Glyph& g : r.glyphs) {
        if (g.text == " ") {
          EXPECT_EQ(g.id, regular.glyph(U' '));
        }
        EXPECT_GT(r.x + g.x, x);
        x = r.x + g.x;
      }
    // Liberation Serif: winAscent 1825 plus the hhea line gap 87 (a line 1.15 of the size).
    EXPECT_EQ(l.ascent, (1825.0 + 87) * kSize / 2048);
    EXPECT_EQ(l.descent, 443.0 * kSize / 2048);
  }
}

TEST(TypesetLines, LeftLinesStartAtZeroWithNaturalSpaces) {
  const double w = mm(100);
  const auto lines = set(kLong, Align::Left, w);
  ASSERT_GE(lines.size(), 5u);
  for (const Line& l : lines) {
    EXPECT_EQ(start_of(l), 0);
    EXPECT_LE(l.width, w + kTolerance);
    EXPECT_NEAR(l.width, width_of(text_of(l)), 1e-9);
  }
}

TEST(TypesetLines, CentredAndRightLines) {
  const double w = mm(90);
  const auto centred = set(kBody, Align::Center, w);
  ASSERT_GE(centred.size(), 3u);
  for (const Line& l : centred) {
    const double left = start_of(l), right = w - l.width;
    EXPECT_GT(left, 0);
    EXPECT_NEAR(left, right, 1e-9) << text_of(l);
    EXPECT_NEAR(l.width - left, width_of(text_of(l)), 1e-9);
  }
  const auto right = set(kBody, Align::Right, w);
  EXPECT_EQ(joined(right, "\n"), joined(centred, "\n"));
  for (const Line& l : right) EXPECT_NEAR(l.width, w, kTolerance);
}

TEST(TypesetLines, FirstLineIndentAndHangingIndent) {
  const double w = mm(120), indent = mm(12.7);
  auto lines = set(kLong, Align::Justify, w, indent);
  ASSERT_GE(lines.size(), 3u);
  EXPECT_NEAR(start_of(lines[0]), indent, 1e-9);
  EXPECT_NEAR(lines[0].width, w, kTolerance);
  for (size_t i = 1; i < lines.size(); ++i) EXPECT_NEAR(start_of(lines[i]), 0, 1e-9);
  // Hanging: the first line is longer and starts left of the others.
  lines = set(kLong, Align::Justify, w, -indent);
  EXPECT_NEAR(start_of(lines[0]), -indent, 1e-9);
  EXPECT_NEAR(lines[0].width, w, kTolerance);
  EXPECT_GT(width_of(text_of(lines[0])), w) << "its text is wider than the other lines' measure";
  for (size_t i = 1; i < lines.size(); ++i) EXPECT_NEAR(start_of(lines[i]), 0, 1e-9);
  for (size_t i = 1; i + 1 < lines.size(); ++i) EXPECT_NEAR(lines[i].width, w, kTolerance);
  // Left-aligned with an indent: the first line starts at the indent, the rest at 0.
  lines = set(kLong, Align::Left, w, indent);
  EXPECT_EQ(start_of(lines[0]), indent);
  EXPECT_LE(lines[0].width, w + kTolerance);
  EXPECT_EQ(start_of(lines[1]), 0);
}

// ---------------------------------------------------------------------------------------
// Where lines may break

TEST(TypesetLines, NoLineStartsWithADashOrAClosingMark) {
  // Spaces before every closing mark and dash: ICU allows a break after most of them.
  const std::string text =
      "Các đơn vị ( theo danh sách ) – gồm công đoàn cơ sở , nghiệp đoàn ; tổ chức – đoàn thể : báo cáo ! kết quả "
      "? đạt 100 % chỉ tiêu … “ trích dẫn ” và ‘ nháy đơn ’ « ngoặc kép » [ ghi chú ] { mục } - gạch nối — gạch dài "
      "và dấu chấm . cuối câu";
  const std::u32string never = U"-–—)]}”’»,.;:!?%…";
  int lines_checked = 0;
  for (double w = 30; w <= 120; w += 0.5)
    for (Align a : {Align::Justify, Align::Left}) {
      const auto lines = set(text, a, mm(w));
      EXPECT_EQ(joined(lines, " "), text);
      for (size_t i = 1; i < lines.size(); ++i) {
        const std::string t = text_of(lines[i]);
        char32_t first = 0;
        text::each_code_point(t, [&](int32_t c, std::string_view) {
          first = static_cast<char32_t>(c);
          return false;
        });
        EXPECT_EQ(never.find(first), std::u32string::npos) << w << " mm: " << t;
        ++lines_checked;
      }
    }
  EXPECT_GT(lines_checked, 1000);
}

TEST(TypesetLines, SymbolsAreNeverSplit) {
  const std::vector<std::string> symbols = {"12/KH-LĐLĐ", "KH-LĐLĐ", "CS-PL&QHLĐ", "30/2020/NĐ-CP",
                                            "https://vanban.chinhphu.vn/nd30"};
  // ICU alone would break inside each of them (after "/" or "-").
  for (const std::string& s : symbols) {
    const auto opp = line_opportunities(s);
    int inside = 0;
    for (size_t i = 1; i < s.size(); ++i) inside += opp[i];
    EXPECT_GT(inside, 0) << s;
  }
  const std::string text =
      "Căn cứ Kế hoạch số 12/KH-LĐLĐ ngày 05/01/2024 của Ban Thường vụ về công tác CS-PL&QHLĐ năm 2024, Ban "
      "KH-LĐLĐ và Nghị định số 30/2020/NĐ-CP, giai đoạn 2023-2025, xem https://vanban.chinhphu.vn/nd30 để "
      "biết thêm.";
  // At some of these measures the line before a symbol has room for its first part.
  std::vector<int> tempting(symbols.size(), 0);
  for (double w = 62; w <= 140; w += 0.25) {  // the URL is 60.4 mm wide
    for (Align a : {Align::Justify, Align::Left}) {
      const auto lines = set(text, a, mm(w));
      const std::string all = joined(lines, "\n");
      ASSERT_EQ(joined(lines, " "), text);
      for (size_t k = 0; k < symbols.size(); ++k) {
        EXPECT_NE(all.find(symbols[k]), std::string::npos) << w << " mm, " << symbols[k] << ":\n" << all;
        for (size_t i = 1; i < lines.size(); ++i) {
          // The line's first word holds the symbol, and the line before has room for the
          // word up to the symbol's first "/" or "-".
          const std::string t = text_of(lines[i]);
          const std::string first = t.substr(0, t.find(' '));
          const size_t at = first.find(symbols[k]);
          if (at == std::string::npos) continue;
          const std::string head = first.substr(0, at + symbols[k].find_first_of("/-") + 1);
          if (width_of(text_of(lines[i - 1]) + " " + head) <= mm(w)) ++tempting[k];
        }
      }
    }
  }
  for (size_t k = 0; k < symbols.size(); ++k) EXPECT_GT(tempting[k], 0) << symbols[k];
}

TEST(TypesetLines, NoBreakSpaceNeverBreaks) {
  const std::string text =
      "Điều\u00A01. Các đơn vị, Điều\u00A02. Tổ chức, Điều\u00A03. Hiệu lực thi hành, Điều\u00A04.";
  for (double w = 25; w <= 80; w += 1) {
    const auto lines = set(text, Align::Justify, mm(w));
    EXPECT_EQ(joined(lines, " "), text);
    ASSERT_GE(lines.size(), 2u);
    // "Điều" and its number are bound by the no-break space.
    for (const Line& l : lines) EXPECT_FALSE(text_of(l).ends_with("Điều")) << w << " mm: " << text_of(l);
  }
}

// ---------------------------------------------------------------------------------------
// Total fit

// Knuth–Plass gives the least demerits of all the ways to break: checked against every
// way (2^15) for paragraphs of 16 words of pseudo-random widths.
TEST(TypesetLines, KnuthPlassFindsTheLeastDemerits) {
  using kp::Item;
  const double measure = 100;
  uint32_t seed = 12345;
  auto next = [&] {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) % 16;
  };
  int solved = 0;
  for (int round = 0; round < 40; ++round) {
    std::vector<double> words;
    for (int i = 0; i < 16; ++i) words.push_back(5 + static_cast<double>(next()));
    std::vector<Item> items;
    for (size_t i = 0; i < words.size(); ++i) {
      if (i) items.push_back(kp::glue(6, 3, 2));
      items.push_back(kp::box(words[i]));
    }
    items.push_back(kp::penalty(kp::kInfinity));
    items.push_back(kp::fill());
    items.push_back(kp::penalty(-kp::kInfinity));
    // TeX's demerits of one set of lines (line i = words [from[i], from[i+1])); NaN when
    // a line is over-full or looser than ρ = 1.
    auto demerits = [&](const std::vector<size_t>& from) {
      double total = 0;
      int fitness = 2;
      for (size_t i = 0; i + 1 < from.size(); ++i) {
        double w = 0;
        for (size_t k = from[i]; k < from[i + 1]; ++k) w += words[k] + (k > from[i] ? 6 : 0);
        const double gaps = static_cast<double>(from[i + 1] - from[i] - 1);
        const bool last = i + 2 == from.size();
        const double d = measure - w;
        double b = 0;
        int fit = 2;
        if (d < 0) {
          if (-d > 2 * gaps) return std::nan("");
          b = 100 * std::pow(-d / (2 * gaps), 3);
          fit = b > 12 ? 3 : 2;
        } else if (!last && d > 0) {
          if (gaps == 0) return std::nan("");
          b = 100 * std::pow(d / (3 * gaps), 3);
          if (b > 100) return std::nan("");
          fit = b > 99 ? 0 : b > 12 ? 1 : 2;
        }
        total += (10 + b) * (10 + b) + (std::abs(fit - fitness) > 1 ? 10000 : 0);
        fitness = fit;
      }
      return total;
    };
    double best = INFINITY;
    for (uint32_t mask = 0; mask < (1u << 15); ++mask) {
      std::vector<size_t> from{0};
      for (size_t k = 1; k < 16; ++k)
        if (mask & (1u << (k - 1))) from.push_back(k);
      from.push_back(16);
      const double d = demerits(from);
      if (!std::isnan(d)) best = std::min(best, d);
    }
    if (std::isinf(best)) continue;  // no set of lines within ρ ≤ 1
    ++solved;
    kp::Params p;
    p.first_measure = p.measure = measure;
    const auto breaks = kp::break_lines(items, p);
    std::vector<size_t> from{0};
    for (const auto& b : breaks) from.push_back(b.item / 2 + (b.item + 1 == items.size() ? 0 : 1));
    from.back() = 16;
    EXPECT_NEAR(demerits(from), best, 1e-6 * best) << "round " << round;
  }
  EXPECT_GE(solved, 20);
}

// The worst stretch of first fit (as many words on each line as fit at natural spacing)
// and of vanban's lines, over the lines before the last.
std::pair<double, double> worst_ratios(const std::string& text, double w) {
  const auto words = text::words(text);
  double greedy = 0;
  std::vector<std::string_view> line;
  double width = 0;
  for (auto word : words) {
    const double ww = width_of(word);
    if (!line.empty() && width + space() + ww > w) {
      greedy = std::max(greedy, ratio_of(line, w));
      line.clear();
      width = 0;
    }
    width += (line.empty() ? 0 : space()) + ww;
    line.push_back(word);
  }
  const auto lines = set(text, Align::Justify, w);
  double total_fit = 0;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    const std::string t = text_of(lines[i]);
    total_fit = std::max(total_fit, std::abs(ratio_of(text::words(t), w)));
  }
  return {greedy, total_fit};
}

TEST(TypesetLines, TotalFitIsEvenerThanFirstFit) {
  // Over measures from 80 to 130 mm, the loosest line of a long paragraph: total fit
  // makes it clearly tighter than first fit far more often than the other way round
  // (it minimises the sum of badness over the paragraph, not the worst line, and never
  // shrinks a space). Measured: 15 measures better, 1 worse, 35 alike.
  int better = 0, worse = 0;
  for (int w = 80; w <= 130; ++w) {
    const auto [greedy, total_fit] = worst_ratios(kLong, mm(w));
    if (total_fit < greedy - 0.05) ++better;
    if (total_fit > greedy + 0.05) ++worse;
  }
  EXPECT_GE(better, 10);
  EXPECT_LE(worse, 2);
}

// ---------------------------------------------------------------------------------------
// Emergency breaks

TEST(TypesetLines, AWordWiderThanTheLineIsBrokenInside) {
  std::string token;
  while (text::words(token).empty() || token.size() < 200) token += "ĐƠNVỊ0123456789Abc";
  const std::string text = "Mã số " + token + " hết.";
  const double w = mm(50);
  for (Align a : {Align::Justify, Align::Left}) {
    const auto lines = set(text, a, w);
    ASSERT_GE(lines.size(), 4u);
    std::string all;
    for (const Line& l : lines) {
      EXPECT_LE(l.width, w + kTolerance) << text_of(l);
      all += text_of(l);
    }
    std::string expected = text;
    std::erase(expected, ' ');
    std::erase(all, ' ');
    EXPECT_EQ(all, expected);
  }
  // Words bound by no-break spaces into one wider than the line break at those spaces.
  std::string bound;
  for (int i = 0; i < 40; ++i) bound += i ? "\u00A0Điều" : "Điều";
  for (const Line& l : set(bound, Align::Justify, w)) {
    EXPECT_LE(l.width, w + kTolerance);
    EXPECT_TRUE(text_of(l).starts_with("Điều")) << text_of(l);
  }
  // A URL breaks at ICU's opportunities (after "/" and "-") when its parts fit.
  const std::string url =
      "https://vanban.chinhphu.vn/he-thong-van-ban/van-ban-phap-luat/nghi-dinh-30-2020-nd-cp-ve-cong-tac-van-thu.html";
  const auto lines = set("Xem " + url + " ngay.", Align::Left, w);
  ASSERT_GE(lines.size(), 4u);
  std::string all;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string t = text_of(lines[i]);
    all += t;
    EXPECT_LE(lines[i].width, w + kTolerance);
    if (i + 2 < lines.size()) {
      EXPECT_TRUE(t.ends_with("/") || t.ends_with("-")) << t;
    }
  }
  EXPECT_EQ(all, "Xem " + url + "ngay.");
}

// ---------------------------------------------------------------------------------------
// Runs

TEST(TypesetLines, ForcedLineBreaks) {
  const double w = mm(120);
  const std::vector<TextRun> runs = {text_run(kBody.substr(0, kBody.find(" năm 2024"))),
                                     line_break(),
                                     text_run("Đồng kính gửi: các đơn vị trực thuộc"),
                                     line_break(),
                                     line_break(),
                                     text_run("Hết.")};
  const auto lines = set(runs, Align::Justify, w);
  std::vector<std::string> texts;
  for (const Line& l : lines) texts.push_back(text_of(l));
  ASSERT_GE(lines.size(), 5u);
  const size_t n = lines.size();
  EXPECT_EQ(texts[n - 3], "Đồng kính gửi: các đơn vị trực thuộc");
  EXPECT_EQ(texts[n - 2], "");
  EXPECT_EQ(texts[n - 1], "Hết.");
  // The lines before the first break are justified but the last of them; the line
  // before each break keeps natural spaces.
  for (size_t i = 0; i + 4 < n; ++i) EXPECT_NEAR(lines[i].width, w, kTolerance);
  EXPECT_NEAR(lines[n - 4].width, width_of(texts[n - 4]), 1e-9);
  EXPECT_LT(lines[n - 4].width, w - 10);
  EXPECT_NEAR(lines[n - 3].width, width_of(texts[n - 3]), 1e-9);
  // An empty line between two breaks is as high as a line of text.
  EXPECT_TRUE(lines[n - 2].runs.empty());
  EXPECT_EQ(lines[n - 2].ascent, lines[0].ascent);
  EXPECT_EQ(lines[n - 2].descent, lines[0].descent);
  EXPECT_EQ(joined(lines, " "),
            kBody.substr(0, kBody.find(" năm 2024")) + " Đồng kính gửi: các đơn vị trực thuộc  Hết.");
  // Spaces before a break go; the break still breaks.
  const auto spaced =
      set(std::vector<TextRun>{text_run("Kính gửi:   "), line_break(), text_run("  Ban Thường vụ")}, Align::Justify, w);
  ASSERT_EQ(spaced.size(), 2u);
  EXPECT_EQ(text_of(spaced[0]), "Kính gửi:");
  EXPECT_EQ(text_of(spaced[1]), "Ban Thường vụ");
}

TEST(TypesetLines, FootnoteReferencesAreSmallRaisedNumbers) {
  const std::vector<TextRun> runs = {text_run("Theo Nghị định số 30/2020/NĐ-CP"),
                                     footnote_ref(0),
                                     text_run(" và Hướng dẫn số 29/HD-TLĐ"),
                                     footnote_ref(11),
                                     text_run(" của Tổng Liên đoàn"),
                                     footnote_ref(-1),
                                     text_run("."),
                                     footnote_ref(2)};
  const auto wide = set(runs, Align::Justify, mm(200));
  ASSERT_EQ(wide.size(), 1u);
  EXPECT_EQ(text_of(wide[0]), "Theo Nghị định số 30/2020/NĐ-CP1 và Hướng dẫn số 29/HD-TLĐ12 của Tổng Liên đoàn.3");
  EXPECT_EQ(wide[0].footnotes, (std::vector<int>{0, 11, 2}));
  std::vector<std::string> supers;
  for (const GlyphRun& r : wide[0].runs) {
    if (r.size == kSize) {
      EXPECT_EQ(r.y, 0);
      continue;
    }
    EXPECT_DOUBLE_EQ(r.size, kSize * 0.58);
    EXPECT_DOUBLE_EQ(r.y, -kSize * 0.33);
    std::string s;
    for (const Glyph& g : r.glyphs) s += g.text;
    supers.push_back(s);
  }
  EXPECT_EQ(supers, (std::vector<std::string>{"1", "12", "3"}));
  // The raised number does not make the line higher than its text.
  EXPECT_EQ(wide[0].ascent, (1825.0 + 87) * kSize / 2048);
  // On a narrow measure each line lists its own references, and a number stays with
  // the word it follows.
  const auto narrow = set(runs, Align::Justify, mm(45));
  ASSERT_GE(narrow.size(), 3u);
  std::vector<int> all;
  for (const Line& l : narrow) {
    all.insert(all.end(), l.footnotes.begin(), l.footnotes.end());
    EXPECT_EQ(l.runs.front().size, kSize) << text_of(l);
    for (const GlyphRun& r : l.runs)
      if (r.size != kSize) {
        EXPECT_FALSE(l.footnotes.empty());
      }
  }
  EXPECT_EQ(all, (std::vector<int>{0, 11, 2}));
}

TEST(TypesetLines, BoldAndItalicRunsSwitchFaces) {
  const std::vector<TextRun> runs = {text_run("Điều 1. ", true), text_run("Phạm vi", false, true),
                                     text_run(" và đối tượng áp dụng.")};
  const auto lines = set(runs, Align::Left, mm(160));
  ASSERT_EQ(lines.size(), 1u);
  const auto& r = lines[0].runs;
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0].face, FaceStyle::Bold);
  EXPECT_EQ(r[1].face, FaceStyle::Italic);
  EXPECT_EQ(r[2].face, FaceStyle::Regular);
  EXPECT_EQ(r[0].glyphs[0].id, fonts().face(FaceStyle::Bold).glyph(U'Đ'));
  EXPECT_EQ(r[1].glyphs[0].id, fonts().face(FaceStyle::Italic).glyph(U'P'));
  EXPECT_EQ(r[2].glyphs[1].id, fonts().face(FaceStyle::Regular).glyph(U'v'));
  EXPECT_NEAR(r[1].x, text_width(fonts(), FaceStyle::Bold, kSize, "Điều 1. "), 1e-9);
  EXPECT_NEAR(r[2].x - r[1].x, text_width(fonts(), FaceStyle::Italic, kSize, "Phạm vi"), 1e-9);
  // A bold style makes every run bold; an italic run then bold italic.
  const auto bold = set(runs, Align::Left, mm(160), 0, true);
  ASSERT_EQ(bold[0].runs.size(), 3u);
  EXPECT_EQ(bold[0].runs[0].face, FaceStyle::Bold);
  EXPECT_EQ(bold[0].runs[1].face, FaceStyle::BoldItalic);
  EXPECT_EQ(bold[0].runs[2].face, FaceStyle::Bold);
  EXPECT_EQ(text_of(bold[0]), "Điều 1. Phạm vi và đối tượng áp dụng.");
}

TEST(TypesetLines, TheTextComesBackFromTheGlyphs) {
  for (double w : {60.0, 95.0, 150.0}) {
    const auto lines = set(kLong, Align::Justify, mm(w));
    EXPECT_EQ(joined(lines, " "), kLong) << w;
  }
  // Decomposed input is set (and read back) composed.
  const std::string nfd = "Vie\u0302\u0323t Nam đa\u0300o ta\u0323o";
  const auto lines = set(nfd, Align::Left, mm(100));
  EXPECT_EQ(joined(lines, " "), text::nfc(nfd));
  EXPECT_EQ(joined(lines, " "), "Việt Nam đào tạo");
  // Every glyph of a cluster but the first carries no text: here one glyph a character.
  size_t glyphs = 0;
  for (const GlyphRun& r : lines[0].runs) glyphs += r.glyphs.size();
  EXPECT_EQ(glyphs, 16u);
}

TEST(TypesetLines, SameLinesFromSeveralThreads) {
  // Each thread has its own word cache and break iterators.
  const auto expected = set(kLong, Align::Justify, mm(90));
  std::vector<std::string> got(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < got.size(); ++i)
    threads.emplace_back([&, i] {
      for (int round = 0; round < 20; ++round) got[i] = joined(set(kLong, Align::Justify, mm(90)), "\n");
    });
  for (auto& t : threads) t.join();
  for (const std::string& g : got) EXPECT_EQ(g, joined(expected, "\n"));
}

// ---------------------------------------------------------------------------------------
// Widths

TEST(TypesetLines, TextWidthIsTheShapedAdvance) {
  const Face& bold = fonts().face(FaceStyle::Bold);
  const std::string motto = "Độc lập - Tự do - Hạnh phúc";
  int64_t units = 0;
  text::each_code_point(motto, [&](int32_t c, std::string_view) {
    units += bold.advance(bold.glyph(static_cast<char32_t>(c)));
    return true;
  });
  EXPECT_EQ(units, 25071);  // no ligature or kerning inside these words
  EXPECT_NEAR(text_width(fonts(), FaceStyle::Bold, 13, motto), units * 13.0 / bold.units_per_em(), 1e-9);
  // Inside a word HarfBuzz kerns: "AVAT" is narrower than its letters' advances.
  const Face& regular = fonts().face(FaceStyle::Regular);
  hb_buffer_t* buf = hb_buffer_create();
  hb_buffer_add_utf8(buf, "AVAT", -1, 0, -1);
  hb_buffer_guess_segment_properties(buf);
  hb_shape(regular.hb_font(), buf, nullptr, 0);
  unsigned n = 0;
  const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, &n);
  int64_t shaped = 0;
  for (unsigned i = 0; i < n; ++i) shaped += pos[i].x_advance;
  hb_buffer_destroy(buf);
  int64_t nominal = 0;
  for (char32_t c : U"AVAT") nominal += c ? regular.advance(regular.glyph(c)) : 0;
  EXPECT_LT(shaped, nominal);
  EXPECT_NEAR(width_of("AVAT"), shaped * kSize / regular.units_per_em(), 1e-9);
  EXPECT_EQ(width_of(""), 0);
}

// ---------------------------------------------------------------------------------------
// Hostile paragraphs

void expect_empty(const std::vector<Line>& lines) {
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_TRUE(lines[0].runs.empty());
  EXPECT_EQ(lines[0].width, 0);
  EXPECT_EQ(lines[0].ascent, (1825.0 + 87) * kSize / 2048);
  EXPECT_EQ(lines[0].descent, 443.0 * kSize / 2048);
}

TEST(TypesetLines, EmptyParagraphsTakeOneLine) {
  ParagraphSpec p;
  p.size = kSize;
  p.width = mm(100);
  expect_empty(set_paragraph(p, fonts()));  // no runs at all
  expect_empty(set(std::vector<TextRun>{}, Align::Justify, mm(100)));
  expect_empty(set(std::vector<TextRun>{text_run(""), text_run(""), footnote_ref(-3)}, Align::Justify, mm(100)));
  expect_empty(set("   \t \n  ", Align::Center, mm(100)));
}

TEST(TypesetLines, BadBytesAndControlsAreSetAsReplacementsAndSpaces) {
  const auto lines = set(std::string("Ban \xff\xfe Thường\x01vụ \xc3"), Align::Justify, mm(100));
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(text_of(lines[0]), "Ban \uFFFD\uFFFD Thường vụ \uFFFD");
}

TEST(TypesetLines, HundredThousandCharacterParagraph) {
  std::string text;
  const auto words = text::words(kLong);
  for (size_t i = 0; text.size() < 100000; ++i)
    text += (text.empty() ? "" : " ") + std::string(words[i % words.size()]);
  const double w = mm(160);
  const auto lines = set(text, Align::Justify, w);
  EXPECT_GT(lines.size(), 300u);
  for (size_t i = 0; i + 1 < lines.size(); ++i) ASSERT_NEAR(lines[i].width, w, kTolerance) << i;
  EXPECT_EQ(joined(lines, " "), text);
}

TEST(TypesetLines, HundredThousandCharacterToken) {
  std::string token;
  while (token.size() < 100000) token += "Đ0123456789ƯƠ";
  const double w = mm(50);
  const auto lines = set(token, Align::Justify, w);
  EXPECT_GT(lines.size(), 500u);
  for (const Line& l : lines) ASSERT_LE(l.width, w + kTolerance);
  EXPECT_EQ(joined(lines, ""), token);
}

TEST(TypesetLines, ZeroWidthCharactersMarksAndNoRoom) {
  // Thousands of zero-width characters in one word: they never give the breaker more
  // places to look at than the visible ones.
  std::string text = "Ban";
  for (int i = 0; i < 30000; ++i) text += i % 100 == 0 ? "x" : "\u200B";
  text += " Thường vụ";
  auto lines = set(text, Align::Justify, mm(30));
  std::string expected = text, got = joined(lines, "");
  std::erase(expected, ' ');
  std::erase(got, ' ');
  EXPECT_EQ(got, expected);
  for (const Line& l : lines) EXPECT_LE(l.width, mm(30) + kTolerance);
  // 30,000 combining marks on one letter (shaped 30 marks at a time): all read back.
  std::string marks = "Ban a";
  for (int i = 0; i < 30000; ++i) marks += "\u0301";
  marks += " Thường vụ";
  lines = set(marks, Align::Justify, mm(100));
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(text_of(lines[0]), text::nfc(marks));
  // No room at all (a measure of zero or less): one grapheme a line, nothing lost.
  for (double w : {0.0, -50.0}) {
    lines = set("Ban Thường vụ", Align::Justify, w);
    EXPECT_EQ(lines.size(), 11u);
    EXPECT_EQ(joined(lines, ""), "BanThườngvụ");
  }
}

}  // namespace
