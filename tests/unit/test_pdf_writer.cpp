// The PDF writer (pdf/pdf_writer.h) and the PNG reader (pdf/png.h): documents typeset
// by hand with the body font's faces, checked by the PDF tools of poppler-utils and
// qpdf (skipped when a tool is missing), and the writer's parts byte for byte.
// PDF/A-2b conformance is aimed at, not verified: veraPDF is not packaged in Debian.
#include <gtest/gtest.h>
#include <libxml/parser.h>
#include <png.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <regex>
#include <sstream>

#include "pdf/content_stream.h"
#include "pdf/font_cache.h"
#include "pdf/metadata.h"
#include "pdf/pdf_syntax.h"
#include "pdf/pdf_writer.h"
#include "pdf/png.h"
#include "typeset/fonts.h"

using namespace vanban;
using typeset::FaceStyle;

namespace {

const typeset::FontSet* fonts() {
  std::string why;
  const auto* f = typeset::FontSet::get("Times New Roman", &why);
  EXPECT_NE(f, nullptr) << why;
  return f;
}

// One line of text the way a typesetter without kerning sets it: each character's
// nominal glyph at the sum of the advances before it, plus `word_gap` after a space
// (justification).
typeset::GlyphRun line(FaceStyle style, double size, double x, double y, std::string_view text, double word_gap = 0,
                       std::string color = "") {
  const typeset::Face& face = fonts()->face(style);
  typeset::GlyphRun r;
  r.face = style;
  r.size = size;
  r.x = x;
  r.y = y;
  r.color = std::move(color);
  double pen = 0;
  for (size_t i = 0; i < text.size();) {
    const size_t start = i;
    const char32_t c = pdf::next_code_point(text, i);
    typeset::Glyph g;
    g.id = face.glyph(c);
    g.x = pen;
    g.text = std::string(text.substr(start, i - start));
    pen += face.advance(g.id) * size / face.units_per_em();
    if (c == ' ') pen += word_gap;
    r.glyphs.push_back(g);
  }
  return r;
}

// A PNG file written chunk by chunk (filter 0 on every row), so the tests choose the
// bit depth, colour type and chunks exactly.
std::string chunk(const std::string& type, const std::string& data) {
  auto be32 = [](uint32_t v) {
    return std::string{static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
                       static_cast<char>(v)};
  };
  const std::string body = type + data;
  const uint32_t crc =
      static_cast<uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(body.data()), static_cast<uInt>(body.size())));
  return be32(static_cast<uint32_t>(data.size())) + body + be32(crc);
}

std::string ihdr(uint32_t w, uint32_t h, int depth, int color_type) {
  std::string d;
  for (uint32_t v : {w, h})
    for (int s = 24; s >= 0; s -= 8) d += static_cast<char>(v >> s);
  d += static_cast<char>(depth);
  d += static_cast<char>(color_type);
  d += std::string(3, '\0');
  return chunk("IHDR", d);
}

std::string png_file(uint32_t w, uint32_t h, int depth, int color_type, const std::vector<std::string>& rows,
                     const std::string& before_idat = "") {
  std::string raw;
  for (const auto& r : rows) raw += '\0' + r;
  uLongf size = compressBound(static_cast<uLong>(raw.size()));
  std::string z(size, '\0');
  compress(reinterpret_cast<Bytef*>(z.data()), &size, reinterpret_cast<const Bytef*>(raw.data()),
           static_cast<uLong>(raw.size()));
  z.resize(size);
  return std::string("\x89PNG\r\n\x1a\n", 8) + ihdr(w, h, depth, color_type) + before_idat + chunk("IDAT", z) +
         chunk("IEND", "");
}

std::string bytes(std::initializer_list<int> v) {
  std::string s;
  for (int b : v) s += static_cast<char>(b);
  return s;
}

// A 4 × 2 RGBA signature: opaque blue ink on the left, transparent on the right.
pdf::Image signature_image() {
  std::vector<std::string> rows;
  for (int y = 0; y < 2; ++y) {
    std::string r;
    for (int x = 0; x < 4; ++x) r += x < 2 ? bytes({0, 0, 200, 255}) : bytes({255, 255, 255, 0});
    rows.push_back(r);
  }
  std::string why;
  auto img = pdf::read_png(png_file(4, 2, 8, 6, rows), &why);
  EXPECT_TRUE(img) << why;
  return img ? *img : pdf::Image{};
}

const char* const kMotto = "Độc lập - Tự do - Hạnh phúc";
const char* const kNation = "Cộng hòa xã hội chủ nghĩa Việt Nam";
const char* const kTitle = "Quyết định về việc ban hành Quy chế làm việc";
const char* const kAuthor = "Ủy ban nhân dân tỉnh Lào Cai";

// Two A4 pages: the national motto in bold, body text, italic, a rule, a picture with
// alpha, an outline, the signature field on page 2.
typeset::Document two_pages() {
  typeset::Document d;
  d.fonts = fonts();
  d.title = kTitle;
  d.author = kAuthor;
  d.language = "vi-VN";
  typeset::Page p1;
  p1.width = 595.276;
  p1.height = 841.89;
  p1.runs.push_back(line(FaceStyle::Bold, 13, 300, 60, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  p1.runs.push_back(line(FaceStyle::Bold, 14, 330, 80, kMotto));
  p1.strokes.push_back({330, 84, 500, 84, 0.5, ""});
  p1.runs.push_back(line(FaceStyle::Regular, 14, 85, 140, kNation));
  p1.runs.push_back(line(FaceStyle::Italic, 14, 300, 110, "Lào Cai, ngày 01 tháng 12 năm 2026", 0, "C00000"));
  p1.runs.push_back(line(FaceStyle::Regular, 14, 85, 200, "Điều 1. Ban hành kèm theo Quyết định này"));
  typeset::Page p2 = p1;
  p2.runs.clear();
  p2.strokes.clear();
  p2.runs.push_back(line(FaceStyle::Regular, 14, 85, 100, "Điều 2. Quyết định này có hiệu lực kể từ ngày ký"));
  p2.runs.push_back(line(FaceStyle::Bold, 14, 400, 300, "CHỦ TỊCH"));
  p2.pictures.push_back({0, {390, 310, 100, 50}});
  p2.has_signature_field = true;
  p2.signature_field = {380, 305, 140, 70};
  d.pages = {p1, p2};
  d.outline = {{"Điều 1. Phạm vi", 1, 0, 200},
               {"Khoản 1", 2, 0, 220},
               {"Điểm a", 3, 0, 240},
               {"Điều 2. Hiệu lực", 1, 1, 100},
               {"Điểm b", 3, 1, 120}};
  return d;
}

std::string write(const typeset::Document& d, const pdf::Image* image = nullptr, const std::string& date = "") {
  pdf::Options o;
  if (image) o.images.push_back(image);
  o.date = date;
  return pdf::write_pdf(d, o);
}

std::string scratch(const std::string& name) { return "/tmp/pdfw_test_" + std::to_string(getpid()) + "_" + name; }

std::string save(const std::string& bytes, const std::string& name) {
  const std::string path = scratch(name);
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

bool have(const std::string& tool) { return std::system(("command -v " + tool + " >/dev/null 2>&1").c_str()) == 0; }

struct Output {
  int status = -1;
  std::string text;
};

Output run(const std::string& command) {
  Output o;
  FILE* p = popen((command + " 2>&1").c_str(), "r");
  if (!p) return o;
  char buf[4096];
  for (size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) o.text.append(buf, n);
  const int st = pclose(p);
  o.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return o;
}

#define REQUIRE_TOOL(t) \
  if (!have(t)) GTEST_SKIP() << t " is not installed (Debian: poppler-utils, qpdf, python3)"

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

// qpdf's JSON of the file through a few lines of Python: one line per outline entry
// ("<depth> <title> p<page>") or per form field ("<name> <type> p<page>").
std::string qpdf_json(const std::string& path, const std::string& key) {
  const std::string script = scratch(key + ".py");
  std::ofstream(script) << "import json, sys\n"
                           "j = json.load(sys.stdin)\n"
                           "def walk(items, depth):\n"
                           "    for o in items:\n"
                           "        print(depth, o['title'], 'p%d' % o['destpageposfrom1'], sep=' ')\n"
                           "        walk(o['kids'], depth + 1)\n"
                           "if 'outlines' in j: walk(j['outlines'], 1)\n"
                           "if 'acroform' in j:\n"
                           "    for f in j['acroform']['fields']:\n"
                           "        print(f['fullname'], f['fieldtype'], 'p%d' % f['pageposfrom1'])\n";
  const auto o = run("qpdf --json --json-key=" + key + " " + path + " | python3 " + script);
  EXPECT_EQ(o.status, 0) << o.text;
  std::remove(script.c_str());
  return o.text;
}

}  // namespace

TEST(PdfWriter, QpdfFindsNoErrors) {
  REQUIRE_TOOL("qpdf");
  const auto img = signature_image();
  const std::string path = save(write(two_pages(), &img, "2026-12-01T08:30:00+07:00"), "check.pdf");
  const auto o = run("qpdf --check " + path);
  EXPECT_EQ(o.status, 0) << o.text;
  EXPECT_NE(o.text.find("No syntax or stream encoding errors found"), std::string::npos) << o.text;
  EXPECT_EQ(o.text.find("WARNING"), std::string::npos) << o.text;
  std::remove(path.c_str());
}

TEST(PdfWriter, TextExtractsAsTheVietnameseItShows) {
  REQUIRE_TOOL("pdftotext");
  const auto img = signature_image();
  const std::string path = save(write(two_pages(), &img), "text.pdf");
  const auto page1 = run("pdftotext -enc UTF-8 -f 1 -l 1 " + path + " -");
  const auto page2 = run("pdftotext -enc UTF-8 -f 2 -l 2 " + path + " -");
  ASSERT_EQ(page1.status, 0) << page1.text;
  for (const char* s : {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", kMotto, kNation, "Lào Cai, ngày 01 tháng 12 năm 2026",
                        "Điều 1. Ban hành kèm theo Quyết định này"})
    EXPECT_NE(page1.text.find(s), std::string::npos) << s << "\n" << page1.text;
  EXPECT_NE(page2.text.find("Điều 2. Quyết định này có hiệu lực kể từ ngày ký"), std::string::npos) << page2.text;
  EXPECT_NE(page2.text.find("CHỦ TỊCH"), std::string::npos) << page2.text;
  EXPECT_EQ(page2.text.find("Điều 1"), std::string::npos) << page2.text;
  std::remove(path.c_str());
}

TEST(PdfWriter, FontsAreEmbeddedSubsetsWithUnicodeMaps) {
  REQUIRE_TOOL("pdffonts");
  const std::string path = save(write(two_pages()), "fonts.pdf");
  const auto o = run("pdffonts " + path);
  ASSERT_EQ(o.status, 0) << o.text;
  const auto rows = lines_of(o.text);
  ASSERT_EQ(rows.size(), 2u + 3u) << o.text;  // header, rule, regular + bold + italic
  const std::regex row(R"(^[A-Z]{6}\+(\S+)\s+CID TrueType\s+Identity-H\s+yes yes yes\s+\d+\s+0$)");
  std::vector<std::string> names;
  for (size_t i = 2; i < rows.size(); ++i) {
    std::smatch m;
    ASSERT_TRUE(std::regex_match(rows[i], m, row)) << rows[i];
    names.push_back(m[1]);
  }
  std::sort(names.begin(), names.end());
  const typeset::FontSet* f = fonts();
  std::vector<std::string> expected = {f->face(FaceStyle::Regular).postscript_name(),
                                       f->face(FaceStyle::Bold).postscript_name(),
                                       f->face(FaceStyle::Italic).postscript_name()};
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(names, expected);
  std::remove(path.c_str());
}

TEST(PdfWriter, InfoAndXmpCarryTitleAuthorAndPages) {
  REQUIRE_TOOL("pdfinfo");
  const std::string path = save(write(two_pages()), "info.pdf");
  const auto o = run("pdfinfo -enc UTF-8 " + path);
  ASSERT_EQ(o.status, 0) << o.text;
  EXPECT_NE(o.text.find(std::string("Title:           ") + kTitle + "\n"), std::string::npos) << o.text;
  EXPECT_NE(o.text.find(std::string("Author:          ") + kAuthor + "\n"), std::string::npos) << o.text;
  EXPECT_NE(o.text.find("Producer:        vanban\n"), std::string::npos) << o.text;
  EXPECT_NE(o.text.find("Pages:           2\n"), std::string::npos) << o.text;
  EXPECT_NE(o.text.find("Page size:       595.276 x 841.89 pts (A4)"), std::string::npos) << o.text;
  EXPECT_NE(o.text.find("Metadata Stream: yes"), std::string::npos) << o.text;
  EXPECT_EQ(o.text.find("CreationDate"), std::string::npos) << o.text;

  // The XMP as poppler reads it from the catalog: well-formed, with the same values.
  const auto meta = run("pdfinfo -meta " + path);
  ASSERT_EQ(meta.status, 0);
  xmlDocPtr doc = xmlReadMemory(meta.text.data(), static_cast<int>(meta.text.size()), "xmp.xml", "UTF-8",
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  ASSERT_NE(doc, nullptr) << meta.text;
  EXPECT_STREQ(reinterpret_cast<const char*>(xmlDocGetRootElement(doc)->name), "xmpmeta");
  xmlFreeDoc(doc);
  for (const std::string& s :
       {std::string("<rdf:li xml:lang=\"x-default\">") + kTitle + "</rdf:li>",
        std::string("<dc:creator><rdf:Seq><rdf:li>") + kAuthor + "</rdf:li></rdf:Seq></dc:creator>",
        std::string("<rdf:Bag><rdf:li>vi-VN</rdf:li></rdf:Bag>"), std::string("<pdf:Producer>vanban</pdf:Producer>"),
        std::string("<pdfaid:part>2</pdfaid:part>"), std::string("<pdfaid:conformance>B</pdfaid:conformance>")})
    EXPECT_NE(meta.text.find(s), std::string::npos) << s;
  std::remove(path.c_str());
}

TEST(PdfWriter, XmpIsWellFormedWithMarkupInTheTitle) {
  typeset::Document d;
  d.title = "Báo cáo <Quý 1> & \"kế hoạch\"\x01";
  d.author = "Sở Tài chính";
  const std::string x = pdf::xmp_packet(d, pdf::parse_date("2026-12-01T08:30:00Z"));
  xmlDocPtr doc =
      xmlReadMemory(x.data(), static_cast<int>(x.size()), "xmp.xml", "UTF-8", XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  ASSERT_NE(doc, nullptr) << x;
  xmlFreeDoc(doc);
  EXPECT_NE(x.find("<rdf:li xml:lang=\"x-default\">Báo cáo &lt;Quý 1&gt; &amp; \"kế hoạch\"</rdf:li>"),
            std::string::npos)
      << x;
  EXPECT_NE(x.find("<xmp:CreateDate>2026-12-01T08:30:00Z</xmp:CreateDate>"), std::string::npos);
  EXPECT_EQ(x.find("dc:language"), std::string::npos);  // no language, no element
  // The Info dictionary has the same title, the control character dropped from both.
  EXPECT_EQ(pdf::info_dict(d, std::nullopt), "<</Title " + pdf::text_string("Báo cáo <Quý 1> & \"kế hoạch\"") +
                                                 " /Author " + pdf::text_string("Sở Tài chính") +
                                                 " /Producer (vanban)>>");
}

TEST(PdfWriter, ImageIsDrawnWithItsSoftMask) {
  REQUIRE_TOOL("pdfimages");
  const auto img = signature_image();
  const std::string path = save(write(two_pages(), &img), "images.pdf");
  const auto o = run("pdfimages -list " + path);
  ASSERT_EQ(o.status, 0) << o.text;
  const auto rows = lines_of(o.text);
  ASSERT_EQ(rows.size(), 4u) << o.text;
  EXPECT_TRUE(std::regex_search(rows[2], std::regex(R"(^\s+2\s+0 image\s+4\s+2\s+rgb\s+3\s+8\s+image\s+no )")))
      << rows[2];
  EXPECT_TRUE(std::regex_search(rows[3], std::regex(R"(^\s+2\s+1 smask\s+4\s+2\s+gray\s+1\s+8\s+image\s+no )")))
      << rows[3];
  std::remove(path.c_str());
}

TEST(PdfWriter, ImageRendersInItsPlaceThroughItsMask) {
  REQUIRE_TOOL("pdftoppm");
  // At 72 dpi a point is a pixel: the 40 × 20 pt picture 10 pt from the top-left
  // corner shows its opaque blue left half and lets the page through its right half.
  typeset::Document d;
  typeset::Page p;
  p.width = 100;
  p.height = 100;
  p.pictures.push_back({0, {10, 10, 40, 20}});
  d.pages = {p};
  const auto img = signature_image();
  const std::string path = save(write(d, &img), "render.pdf");
  const auto o = run("pdftoppm -r 72 -aa no -aaVector no " + path + " " + scratch("render"));
  ASSERT_EQ(o.status, 0) << o.text;
  std::ifstream in(scratch("render-1.ppm"), std::ios::binary);
  std::string ppm((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string header = "P6\n100 100\n255\n";
  ASSERT_EQ(ppm.substr(0, header.size()), header);
  auto pixel = [&](int x, int y) { return ppm.substr(header.size() + static_cast<size_t>(y * 100 + x) * 3, 3); };
  EXPECT_EQ(pixel(15, 15), bytes({0, 0, 200}));
  EXPECT_EQ(pixel(29, 28), bytes({0, 0, 200}));
  EXPECT_EQ(pixel(45, 15), bytes({255, 255, 255}));
  EXPECT_EQ(pixel(15, 35), bytes({255, 255, 255}));
  EXPECT_EQ(pixel(15, 5), bytes({255, 255, 255}));
  std::remove(path.c_str());
  std::remove(scratch("render-1.ppm").c_str());
}

TEST(PdfWriter, MissingOrBadImagesDrawNothing) {
  auto d = two_pages();
  pdf::Image bad;
  bad.width = 3;
  bad.height = 3;
  bad.rgb = "short";
  for (const pdf::Image* i : {static_cast<const pdf::Image*>(nullptr), static_cast<const pdf::Image*>(&bad)}) {
    const std::string pdf = write(d, i);
    EXPECT_EQ(pdf.find("/Subtype /Image"), std::string::npos);
    EXPECT_EQ(pdf.find("/Im0"), std::string::npos);
  }
  d.pages[1].pictures[0].image = 7;  // out of range
  EXPECT_EQ(write(d).find("/Subtype /Image"), std::string::npos);
}

TEST(PdfWriter, OutlineNestsByLevel) {
  REQUIRE_TOOL("qpdf");
  REQUIRE_TOOL("python3");
  const std::string pdf = write(two_pages());
  const std::string path = save(pdf, "outline.pdf");
  // "Điểm b" (level 3) follows a level 1 and nests under it.
  EXPECT_EQ(qpdf_json(path, "outlines"),
            "1 Điều 1. Phạm vi p1\n2 Khoản 1 p1\n3 Điểm a p1\n1 Điều 2. Hiệu lực p2\n2 Điểm b p2\n");
  EXPECT_NE(pdf.find("/PageMode /UseOutlines"), std::string::npos);
  // The destination's y is flipped: 200 pt from the top of an 841.89 pt page.
  EXPECT_NE(pdf.find("/XYZ 0 641.89 0]"), std::string::npos);
  auto d = two_pages();
  d.outline.clear();
  const std::string none = write(d);
  EXPECT_EQ(none.find("/Outlines"), std::string::npos);
  EXPECT_EQ(none.find("/PageMode"), std::string::npos);
  std::remove(path.c_str());
}

TEST(PdfWriter, SignatureFieldsAreNumberedInPageOrder) {
  REQUIRE_TOOL("qpdf");
  REQUIRE_TOOL("python3");
  auto d = two_pages();
  d.pages[0].has_signature_field = true;
  d.pages[0].signature_field = {100, 700, 150, 60};
  const std::string pdf = write(d);
  const std::string path = save(pdf, "fields.pdf");
  EXPECT_EQ(qpdf_json(path, "acroform"), "Signature1 /Sig p1\nSignature2 /Sig p2\n");
  // Printable (PDF/A), flipped: y from 841.89 − 700 − 60.
  EXPECT_NE(pdf.find("/T (Signature1) /Rect [100 81.89 250 141.89] /F 4"), std::string::npos);
  EXPECT_EQ(pdf.find("/SigFlags"), std::string::npos);
  const auto check = run("qpdf --check " + path);
  EXPECT_EQ(check.status, 0) << check.text;
  std::remove(path.c_str());
}

TEST(PdfWriter, GlyphsLandWhereTheTypesetterPutThem) {
  REQUIRE_TOOL("pdftotext");
  typeset::Document d;
  d.fonts = fonts();
  typeset::Page p;
  p.width = 595.276;
  p.height = 841.89;
  // A justified line: 7.25 pt added after each space.
  p.runs.push_back(line(FaceStyle::Regular, 13, 85.05, 100, "Căn cứ Luật Tổ chức chính quyền", 7.25));
  d.pages = {p};
  const std::string path = save(write(d), "bbox.pdf");
  const auto o = run("pdftotext -bbox " + path + " -");
  ASSERT_EQ(o.status, 0) << o.text;
  // Each word starts at its first glyph's x.
  const auto& r = p.runs[0];
  std::vector<double> expected;
  for (size_t i = 0; i < r.glyphs.size(); ++i)
    if (i == 0 || r.glyphs[i - 1].text == " ") expected.push_back(r.x + r.glyphs[i].x);
  std::vector<double> found;
  const std::regex word(R"re(<word xMin="([0-9.]+)")re");
  for (auto it = std::sregex_iterator(o.text.begin(), o.text.end(), word); it != std::sregex_iterator(); ++it)
    found.push_back(std::stod((*it)[1]));
  ASSERT_EQ(found.size(), expected.size()) << o.text;
  for (size_t i = 0; i < found.size(); ++i) EXPECT_NEAR(found[i], expected[i], 0.002) << i;
  std::remove(path.c_str());
}

TEST(PdfWriter, ContentStreamMovesThePenOnlyWhereTheSpacingIsNotTheFonts) {
  const typeset::Face& face = fonts()->face(FaceStyle::Regular);
  const pdf::FaceMetrics m(face);
  const pdf::FaceMetrics* faces[4] = {&m, nullptr, nullptr, nullptr};
  const uint32_t a = face.glyph('A'), b = face.glyph('B');
  typeset::Page p;
  typeset::GlyphRun r;
  r.size = 10;
  r.x = 100;
  r.y = 100;
  r.color = "336699";
  const double wa = face.advance(a) * 10.0 / face.units_per_em();
  // A, then B where the font puts it, .notdef (never drawn), B 1 pt further, then a
  // superscript A (2 pt up).
  const double wb = m.width(b) / 100;
  r.glyphs = {
      {a, 0, 0, "A"}, {b, wa, 0, "B"}, {0, wa + wb, 0, ""}, {b, wa + wb + 1, 0, "B"}, {a, wa + 2 * wb + 1, 2, "A"}};
  p.runs = {r};
  p.strokes.push_back({10, 20, 110, 20, 0.75, "FF0000"});
  char ga[8], gb[8];
  std::snprintf(ga, sizeof ga, "%04X", a);
  std::snprintf(gb, sizeof gb, "%04X", b);
  // wa/10*1000 is the width of A; B's /W width equals its advance, so only the 1 pt
  // (100 thousandths at 10 pt) gap is written.
  EXPECT_EQ(pdf::page_content(p, 800, faces, {}),
            "q\n0 J\n0.75 w\n1 0 0 RG\n10 780 m 110 780 l S\nQ\n"
            "BT\n/F0 10 Tf\n0.2 0.4 0.6 rg\n1 0 0 1 100 700 Tm\n[<" +
                std::string(ga) + gb + ">-100<" + gb + ">] TJ\n2 Ts\n[<" + ga + ">] TJ\nET\n");
}

TEST(PdfWriter, SameDocumentSameBytes) {
  const auto img = signature_image();
  const std::string a = write(two_pages(), &img);
  const std::string b = write(two_pages(), &img);
  EXPECT_EQ(a, b);
  // A different title changes the file identifier.
  auto d = two_pages();
  d.title += ".";
  const std::string c = write(d, &img);
  const std::regex id(R"(/ID \[<([0-9A-F]{32})> <\1>\])");
  std::smatch ma, mc;
  ASSERT_TRUE(std::regex_search(a, ma, id));
  ASSERT_TRUE(std::regex_search(c, mc, id));
  EXPECT_NE(ma[1], mc[1]);
}

TEST(PdfWriter, DatesOnlyWhenAsked) {
  const std::string with = write(two_pages(), nullptr, "2026-12-01T08:30:00+07:00");
  EXPECT_NE(with.find("/CreationDate (D:20261201083000+07'00') /ModDate (D:20261201083000+07'00')"), std::string::npos);
  EXPECT_NE(with.find("<xmp:CreateDate>2026-12-01T08:30:00+07:00</xmp:CreateDate>"), std::string::npos);
  EXPECT_NE(with.find("<xmp:ModifyDate>2026-12-01T08:30:00+07:00</xmp:ModifyDate>"), std::string::npos);
  for (const std::string date : {"", "yesterday", "2026-02-30T08:30:00+07:00", "2026-12-01T24:00:00Z"}) {
    const std::string without = write(two_pages(), nullptr, date);
    EXPECT_EQ(without.find("CreationDate"), std::string::npos) << date;
    EXPECT_EQ(without.find("CreateDate"), std::string::npos) << date;
    EXPECT_EQ(without.find("ModDate"), std::string::npos) << date;
  }
  if (have("pdfinfo")) {
    const std::string path = save(with, "dates.pdf");
    const auto o = run("pdfinfo -isodates " + path);
    EXPECT_NE(o.text.find("CreationDate:    2026-12-01T08:30:00+07"), std::string::npos) << o.text;
    std::remove(path.c_str());
  }
}

TEST(PdfWriter, SubsetHoldsTheRepertoireAndWhatTheDocumentAdds) {
  REQUIRE_TOOL("pdftotext");
  auto doc = [](std::string_view text) {
    typeset::Document d;
    d.fonts = fonts();
    typeset::Page p;
    p.width = 300;
    p.height = 200;
    p.runs.push_back(line(FaceStyle::Regular, 12, 10, 50, text));
    d.pages = {p};
    return write(d);
  };
  const std::regex base(R"(/BaseFont /([A-Z]{6})\+)");
  auto tag = [&base](const std::string& pdf) {
    std::smatch m;
    return std::regex_search(pdf, m, base) ? std::string(m[1]) : std::string();
  };
  // Two letters within the repertoire share one subset; Ω is beyond it.
  const std::string a = doc("Kính gửi: Sở Nội vụ"), b = doc("Nơi nhận: Như trên"), c = doc("Điện trở 5 Ω");
  EXPECT_FALSE(tag(a).empty());
  EXPECT_EQ(tag(a), tag(b));
  EXPECT_NE(tag(a), tag(c));
  const std::string path = save(c, "omega.pdf");
  EXPECT_EQ(run("pdftotext -enc UTF-8 " + path + " -").text.rfind("Điện trở 5 Ω\n", 0), 0u);
  std::remove(path.c_str());
}

TEST(PdfWriter, ToUnicodeFollowsTheClusters) {
  REQUIRE_TOOL("pdftotext");
  const typeset::Face& face = fonts()->face(FaceStyle::Regular);
  typeset::Document d;
  d.fonts = fonts();
  typeset::Page p;
  p.width = 300;
  p.height = 200;
  // The fi ligature shows "fi"; "ộ" decomposed: the base glyph carries the cluster's
  // text, the marks none.
  typeset::GlyphRun r = line(FaceStyle::Regular, 12, 10, 50, "x");
  const double o = face.advance(face.glyph('x')) * 12.0 / face.units_per_em();
  r.glyphs.push_back({face.glyph(0xFB01), o, 0, "fi"});
  const double o2 = o + face.advance(face.glyph(0xFB01)) * 12.0 / face.units_per_em();
  r.glyphs.push_back({face.glyph('o'), o2, 0, "ộ"});
  r.glyphs.push_back({face.glyph(0x0302), o2, 0, ""});
  r.glyphs.push_back({face.glyph(0x0323), o2, 0, ""});
  ASSERT_NE(face.glyph(0xFB01), 0u);
  ASSERT_NE(face.glyph(0x0302), 0u);
  p.runs = {r};
  d.pages = {p};
  const std::string path = save(write(d), "clusters.pdf");
  EXPECT_EQ(run("pdftotext -enc UTF-8 " + path + " -").text.rfind("xfiộ\n", 0), 0u);
  std::remove(path.c_str());
}

TEST(PdfWriter, ManyPagesMakeATreeQpdfAccepts) {
  REQUIRE_TOOL("qpdf");
  REQUIRE_TOOL("pdfinfo");
  typeset::Document d;
  d.fonts = fonts();
  for (int i = 0; i < 130; ++i) {
    typeset::Page p;
    p.width = 595.276;
    p.height = 841.89;
    p.runs.push_back(line(FaceStyle::Regular, 13, 85, 100, "Trang " + std::to_string(i + 1)));
    p.has_signature_field = i % 2 == 0;
    p.signature_field = {300, 600, 100, 50};
    d.pages.push_back(p);
  }
  const std::string path = save(write(d), "tree.pdf");
  const auto check = run("qpdf --check " + path);
  EXPECT_EQ(check.status, 0) << check.text;
  EXPECT_NE(run("pdfinfo " + path).text.find("Pages:           130\n"), std::string::npos);
  if (have("pdftotext")) {
    EXPECT_EQ(run("pdftotext -f 129 -l 129 " + path + " -").text.substr(0, 9), "Trang 129");
  }
  const auto fields = qpdf_json(path, "acroform");
  EXPECT_NE(fields.find("Signature65 /Sig p129\n"), std::string::npos) << fields;
  std::remove(path.c_str());
}

TEST(PdfWriter, EmptyOrFontlessDocumentsAreStillWholeFiles) {
  typeset::Document empty;
  const std::string a = write(empty);
  EXPECT_NE(a.find("/MediaBox [0 0 595.276 841.89]"), std::string::npos);
  EXPECT_EQ(a.find("/Font"), std::string::npos);
  typeset::Document fontless = two_pages();
  fontless.fonts = nullptr;
  fontless.pages[0].width = std::nan("");
  fontless.pages[1].height = 1e9;
  const std::string b = write(fontless);
  EXPECT_NE(b.find("/MediaBox [0 0 595.276 841.89]"), std::string::npos);
  EXPECT_NE(b.find("/MediaBox [0 0 595.276 14400]"), std::string::npos);
  if (have("qpdf")) {
    for (const auto& [bytes, name] : {std::pair{a, "empty.pdf"}, std::pair{b, "fontless.pdf"}}) {
      const std::string path = save(bytes, name);
      const auto o = run("qpdf --check " + path);
      EXPECT_EQ(o.status, 0) << o.text;
      std::remove(path.c_str());
    }
  }
}

TEST(PdfWriter, HostileValuesStillGiveAWholeFile) {
  typeset::Document d = two_pages();
  d.title = std::string("Ti\xC3tle\xFF\x00", 8) + std::string(100000, 'x');
  d.author = "\xF4\x90\x80\x80";  // past U+10FFFF
  d.language = "vi-VN)/Evil";
  auto& runs = d.pages[0].runs;
  runs[0].glyphs[0].id = 0xFFFFFFFF;
  runs[0].glyphs[1].x = std::nan("");
  runs[0].glyphs[2].text = "\xC0\xAF";  // an overlong '/'
  runs[1].face = static_cast<FaceStyle>(7);
  runs[3].color = "zz0000";
  runs[3].y = INFINITY;
  runs[4].size = -3;
  d.pages[0].strokes.push_back({0, 0, NAN, 1, 1, ""});
  d.pages[1].pictures.push_back({-1, {0, 0, 10, 10}});
  d.pages[1].signature_field = {NAN, 0, -5, 1e300};
  d.outline.push_back({"sâu", 1000, 1, 10});
  d.outline.push_back({"âm", -5, 0, NAN});
  d.outline.push_back({"ngoài", 1, 9, 0});
  const auto img = signature_image();
  const std::string pdf = write(d, &img);
  EXPECT_NE(pdf.find("/Lang (vi-VN\\)/Evil)"), std::string::npos);
  if (!have("qpdf")) GTEST_SKIP() << "qpdf is not installed";
  const std::string path = save(pdf, "hostile.pdf");
  const auto o = run("qpdf --check " + path);
  EXPECT_EQ(o.status, 0) << o.text;
  EXPECT_EQ(o.text.find("WARNING"), std::string::npos) << o.text;
  if (have("pdftotext")) {
    const std::string text = run("pdftotext -enc UTF-8 " + path + " -").text;
    EXPECT_NE(text.find(kNation), std::string::npos) << text;
    EXPECT_EQ(text.find("Điều 1"), std::string::npos) << text;  // its size was negative
  }
  std::remove(path.c_str());
}

TEST(PdfSyntax, NumbersNamesAndStrings) {
  EXPECT_EQ(pdf::number(841.89), "841.89");
  EXPECT_EQ(pdf::number(-0.0001), "0");
  EXPECT_EQ(pdf::number(12.0), "12");
  EXPECT_EQ(pdf::number(0.1236), "0.124");
  EXPECT_EQ(pdf::number(0.1235), "0.123");   // 0.1235 is a little less in binary
  EXPECT_EQ(pdf::number(-7.25, 1), "-7.2");  // to nearest even digit: −7.25 is exact
  EXPECT_EQ(pdf::number(std::nan("")), "0");
  EXPECT_EQ(pdf::name("Times New Roman#1"), "/Times#20New#20Roman#231");
  EXPECT_EQ(pdf::text_string("a(b)\\c"), "(a\\(b\\)\\\\c)");
  EXPECT_EQ(pdf::text_string("Việt"), "<FEFF005600691EC70074>");
  EXPECT_EQ(pdf::text_string("\xF0\x9F\x98\x80"), "<FEFFD83DDE00>");  // surrogate pair
  EXPECT_EQ(pdf::sanitize_text("a\xFF"
                               "b\x01"
                               "c"),
            "a\xEF\xBF\xBD"
            "bc");
  EXPECT_EQ(pdf::sanitize_text("Việt Nam", 6), "Việ");
}

TEST(PngReader, ReadsRgbaAndKeepsAlphaApart) {
  // pHYs 11811 px/m = 299.9994 dpi.
  const std::string phys = chunk("pHYs", bytes({0, 0, 0x2E, 0x23, 0, 0, 0x2E, 0x23, 1}));
  const std::string file = png_file(2, 1, 8, 6, {bytes({10, 20, 30, 255, 40, 50, 60, 128})}, phys);
  std::string why;
  const auto img = pdf::read_png(file, &why);
  ASSERT_TRUE(img) << why;
  EXPECT_EQ(img->width, 2);
  EXPECT_EQ(img->height, 1);
  EXPECT_EQ(img->rgb, bytes({10, 20, 30, 40, 50, 60}));
  EXPECT_EQ(img->alpha, bytes({255, 128}));
  EXPECT_DOUBLE_EQ(img->dpi_x, 11811 * 0.0254);
  EXPECT_DOUBLE_EQ(img->dpi_y, 11811 * 0.0254);
}

TEST(PngReader, OpaqueImagesHaveNoAlpha) {
  std::string why;
  const auto img = pdf::read_png(png_file(2, 1, 8, 2, {bytes({1, 2, 3, 4, 5, 6})}), &why);
  ASSERT_TRUE(img) << why;
  EXPECT_EQ(img->rgb, bytes({1, 2, 3, 4, 5, 6}));
  EXPECT_TRUE(img->alpha.empty());
  EXPECT_EQ(img->dpi_x, 0);
}

TEST(PngReader, PaletteWithTransparency) {
  const std::string plte = chunk("PLTE", bytes({255, 0, 0, 0, 255, 0, 0, 0, 255}));
  const std::string trns = chunk("tRNS", bytes({255, 0}));  // entry 1 transparent
  std::string why;
  // 2-bit indices 0 1 2 2 in one byte: 00 01 10 10.
  const auto img = pdf::read_png(png_file(4, 1, 2, 3, {bytes({0x1A})}, plte + trns), &why);
  ASSERT_TRUE(img) << why;
  EXPECT_EQ(img->rgb, bytes({255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 255}));
  EXPECT_EQ(img->alpha, bytes({255, 0, 255, 255}));
}

TEST(PngReader, SixteenBitAndGrey) {
  std::string why;
  // 16-bit RGB: k × 257 is exactly the 8-bit k.
  const auto deep = pdf::read_png(png_file(1, 1, 16, 2, {bytes({0, 0, 0x80, 0x80, 0xFF, 0xFF})}), &why);
  ASSERT_TRUE(deep) << why;
  EXPECT_EQ(deep->rgb, bytes({0, 128, 255}));
  const auto grey = pdf::read_png(png_file(3, 1, 8, 0, {bytes({0, 100, 255})}), &why);
  ASSERT_TRUE(grey) << why;
  EXPECT_EQ(grey->rgb, bytes({0, 0, 0, 100, 100, 100, (255), (255), (255)}));
  EXPECT_TRUE(grey->alpha.empty());
  const auto one_bit = pdf::read_png(png_file(8, 1, 1, 0, {bytes({0xA5})}), &why);  // 10100101
  ASSERT_TRUE(one_bit) << why;
  EXPECT_EQ(one_bit->rgb.substr(0, 6), bytes({255, 255, 255, 0, 0, 0}));
}

TEST(PngReader, RefusesGarbageTruncationAndHugeImages) {
  std::string why;
  EXPECT_FALSE(pdf::read_png("GIF89a not a png", &why));
  EXPECT_EQ(why, "not a PNG file");
  EXPECT_FALSE(pdf::read_png("", &why));
  EXPECT_EQ(why, "not a PNG file");

  const std::string good = png_file(2, 2, 8, 2, {bytes({1, 2, 3, 4, 5, 6}), bytes({7, 8, 9, 10, 11, 12})});
  const std::string cut = good.substr(0, good.size() - 20);  // inside IDAT
  EXPECT_FALSE(pdf::read_png(cut, &why));
  EXPECT_EQ(why, "truncated at byte " + std::to_string(cut.size()) + " (in the IDAT chunk)");

  // IDAT holding too few rows: the structure is whole, libpng finds the lack.
  const std::string short_data = png_file(2, 2, 8, 2, {bytes({1, 2, 3, 4, 5, 6})});
  EXPECT_FALSE(pdf::read_png(short_data, &why));
  EXPECT_EQ(why.rfind("bad PNG: ", 0), 0u) << why;

  // A 20000 × 20000 header over no pixel data: refused from the header alone.
  const std::string huge = std::string("\x89PNG\r\n\x1a\n", 8) + ihdr(20000, 20000, 8, 6) + chunk("IEND", "");
  EXPECT_FALSE(pdf::read_png(huge, &why));
  EXPECT_EQ(why, "too large: 20000 × 20000 pixels (at most 10000 × 10000)");

  std::string bad_crc = good;
  bad_crc[bad_crc.size() - 20] ^= 0x55;  // a byte of IDAT's data
  EXPECT_FALSE(pdf::read_png(bad_crc, &why));
  EXPECT_EQ(why.rfind("bad PNG: ", 0), 0u) << why;
}
