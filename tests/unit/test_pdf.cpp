// PDF import (pdf_text.h, pdf_layout.h): the fixtures of tests/fixtures/pdf/ (made by
// tools/make-pdf-fixtures.py), the layout of words into lines, and the errors.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <sstream>

#include "api/import.h"
#include "import/pdf_layout.h"
#include "import/pdf_text.h"

using namespace vanban;
using import::PdfPageText;
using import::PdfWord;

namespace {

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(VANBAN_SOURCE_DIR) + "/tests/fixtures/pdf/" + name, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

// The lines with text, bold and italic markers taken off.
std::vector<std::string> plain_lines(const std::string& text) {
  std::vector<std::string> out;
  for (std::string l : lines_of(text)) {
    std::erase(l, '*');
    if (!l.empty()) out.push_back(l);
  }
  return out;
}

PdfWord word(double left, double top, const std::string& text, bool bold = false) {
  PdfWord w;
  w.left = left;
  w.top = top;
  w.right = left + 6.0 * static_cast<double>(text.size());
  w.bottom = top + 14;
  w.text = text;
  w.space_after = true;
  w.bold = bold;
  return w;
}

// Words of one line from `left`, one a space apart, in reading order from `order`.
std::vector<PdfWord> line(double left, double top, const std::string& text, int order, bool bold = false) {
  std::vector<PdfWord> out;
  std::istringstream in(text);
  for (std::string t; in >> t;) {
    out.push_back(word(left, top, t, bold));
    out.back().order = order++;
    left = out.back().right + 4;
  }
  return out;
}

std::string laid_out(const std::vector<std::vector<PdfWord>>& lines) {
  std::vector<PdfWord> words;
  for (const auto& l : lines) words.insert(words.end(), l.begin(), l.end());
  PdfPageText page;
  import::lay_out_page(words, page);
  return page.text;
}

}  // namespace

TEST(PdfImport, LegacyFontsDecodedByName) {
  const ImportResult r = decode_document(fixture("legacy-fonts.pdf"), "legacy-fonts.pdf");
  ASSERT_TRUE(r.errors.empty()) << r.errors[0].to_string();
  EXPECT_EQ(r.encoding, "pdf");
  // Every line as the fonts show it: .VnTimeH in capitals, VNI-Times,Bold, a .VnTime
  // run amid Unicode, and TCVN3 in a font no table names (found by its bytes).
  EXPECT_EQ(plain_lines(r.text), lines_of(fixture("legacy-fonts.txt")));
  std::vector<std::string> notes;
  for (const auto& n : r.report) notes.push_back(n.to_string());
  EXPECT_EQ(notes,
            (std::vector<std::string>{
                "1: decoded: font .VnTimeH: tcvn3, capitals: ỦY BAN NHÂN DÂN TỈNH AN GIANG",
                "3: decoded: font .VnTime: tcvn3: Cộng hòa xã hội chủ nghĩa Việt Nam",
                "5: decoded: font .VnTime: tcvn3: Độc lập - Tự do - Hạnh phúc",
                "7: decoded: font .VnTime: tcvn3: Số: 522/2002/QĐ.UB, ngày 07 tháng 3 năm 2002",
                "9: decoded: font VNI-Times,Bold: vni: **Quyết định về việc ban hành quy chế khuyến khích đầu tư",
                "10: decoded: font VNI-Times,Bold: vni: Ủy ban nhân dân tỉnh Bình Phước**",
                "12: decoded: detected tcvn3 in Windows-1252 image (score 13 vs -13): Căn cứ Luật Tổ chức Hội "
                "đồng nhân dân và Ủy ban nhân dân",
            }));
}

TEST(PdfImport, UnicodeDocumentReadAndRecognised) {
  const std::string pdf = fixture("cong-van.pdf");
  const ImportResult text = decode_document(pdf, "cong-van.pdf");
  ASSERT_TRUE(text.errors.empty());
  EXPECT_EQ(text.text, fixture("cong-van.txt"));
  EXPECT_TRUE(text.report.empty());
  const ImportResult r = import_document(pdf, "cong-van.pdf");
  ASSERT_TRUE(r.errors.empty()) << r.errors[0].to_string();
  for (const char* part :
       {"<number symbol=\"LĐLĐ-VP\">123</number>", "<date>2023-02-03</date>",
        "<subject>đề nghị cử đại biểu dự Hội nghị đối thoại năm 2023</subject>", "<urgency>khan</urgency>",
        "<to>Ủy ban nhân dân quận Hải An</to>", "<signer>Trần Minh Đức</signer>", "<archive>VT, VP</archive>"})
    EXPECT_NE(r.xml.find(part), std::string::npos) << part;
}

TEST(PdfImport, RecognisedByContentNotName) {
  EXPECT_TRUE(import::is_pdf(fixture("cong-van.pdf")));
  EXPECT_TRUE(import::is_pdf("\r\n%PDF-1.7\n"));  // bytes before the header
  EXPECT_FALSE(import::is_pdf("Số: 12/QĐ-UBND about %PDF- files"));
  EXPECT_EQ(decode_document(fixture("cong-van.pdf"), "letter.txt").encoding, "pdf");
  EXPECT_EQ(decode_document("Kính gửi: Sở Nội vụ\n", "letter.pdf").encoding, "utf-8");
}

TEST(PdfImport, PagesWithoutTextReported) {
  const ImportResult r = import_document(fixture("part-scanned.pdf"), "part-scanned.pdf");
  ASSERT_TRUE(r.errors.empty());
  EXPECT_EQ(plain_lines(r.text), lines_of(fixture("legacy-fonts.txt")));
  int notes = 0;
  for (const auto& n : r.report)
    if (n.what == "page without text") {
      ++notes;
      EXPECT_EQ(n.to_string(), "0: note: page without text: page 2 has no text layer (scanned?): not imported");
    }
  EXPECT_EQ(notes, 1);
}

TEST(PdfImport, ClearErrors) {
  auto error_of = [](const std::string& bytes) {
    const ImportResult r = import_document(bytes, "x.pdf");
    EXPECT_EQ(r.errors.size(), 1u);
    EXPECT_TRUE(r.xml.empty());
    return r.errors.empty() ? std::string() : r.errors[0].message;
  };
  const ImportResult scanned = import_document(fixture("scanned.pdf"), "scan.pdf");
  ASSERT_EQ(scanned.errors.size(), 1u);
  EXPECT_EQ(scanned.errors[0].code, ErrorCode::Unreadable);
  EXPECT_EQ(scanned.errors[0].message,
            "the PDF has no text layer: a scanned PDF; run OCR first (e.g. ocrmypdf), then import");
  EXPECT_EQ(error_of(fixture("encrypted.pdf")), "the PDF is encrypted: it cannot be read without its password");
  EXPECT_EQ(error_of("%PDF-1.4\ngarbage\n"), "the PDF is damaged: poppler cannot read it");
  // Cut anywhere, a PDF never crashes the reader: it reads, or says it cannot.
  const std::string pdf = fixture("cong-van.pdf");
  for (size_t cut = 0; cut < pdf.size(); cut += pdf.size() / 40 + 1) {
    const ImportResult r = import_document(pdf.substr(0, cut), "cut.pdf");
    for (const auto& e : r.errors) EXPECT_NE(e.code, ErrorCode::Internal) << cut;
  }
}

TEST(PdfLayout, LinesInReadingOrderAndParagraphs) {
  // Drawn in any order: the words come back by line, left to right; a wider step
  // down is a blank line.
  auto a = line(72, 100, "Thực hiện kế hoạch", 0);
  auto b = line(72, 116, "của Ban Thường vụ", 10);
  auto c = line(72, 160, "Điều 2. Hiệu lực", 20);
  EXPECT_EQ(laid_out({c, b, a}), "Thực hiện kế hoạch\ncủa Ban Thường vụ\n\nĐiều 2. Hiệu lực\n");
}

TEST(PdfLayout, TwoColumnsBecomeCellsTablesTabs) {
  // The header: two columns, each read whole (left, then right), as layout cells; a
  // blank line closes the region.
  auto l1 = line(90, 50, "ỦY BAN NHÂN DÂN", 0);
  auto r1 = line(300, 50, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 10);
  auto l2 = line(95, 66, "TỈNH AN GIANG", 20);
  auto r2 = line(320, 66, "Độc lập - Tự do - Hạnh phúc", 30);
  EXPECT_EQ(laid_out({l1, r1, l2, r2}),
            "|\nỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh "
            "phúc\n|\n|\n\n");
  // A table: columns where no word of its rows falls, cells between tabs.
  auto h = line(72, 200, "TT", 0), h2 = line(150, 200, "Nội dung", 2), h3 = line(400, 200, "Số", 5);
  auto d = line(72, 216, "1", 10), d2 = line(150, 216, "Tiền lương", 11), d3 = line(400, 216, "7", 13);
  EXPECT_EQ(laid_out({h, h2, h3, d, d2, d3}), "TT\tNội dung\tSố\n1\tTiền lương\t7\n");
}

TEST(PdfLayout, BoldHeadingWrappedStaysOneRun) {
  auto a = line(72, 100, "I. MỤC ĐÍCH,", 0, true);
  auto b = line(72, 116, "YÊU CẦU", 5, true);
  auto c = line(72, 132, "Nội dung", 10);
  EXPECT_EQ(laid_out({a, b, c}), "**I. MỤC ĐÍCH,\nYÊU CẦU**\nNội dung\n");
}
