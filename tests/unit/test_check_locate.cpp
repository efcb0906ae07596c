// The locator on documents typed by hand, not laid out by vanban: the header in a table
// with the issuer's name over two paragraphs and its line a drawn shape, the Quốc hiệu
// beside it, the signature block in a table, the common slips.
#include <gtest/gtest.h>

#include "check/check.h"
#include "check/locate.h"
#include "check_fixture.h"
#include "import/recogniser.h"
#include "import/source_lines.h"

using namespace vanban;
using check::Code;
using check::Part;

namespace {

// A document typed line by line: each paragraph 14 pt Times New Roman, justified with a
// 12.7 mm indent and 6 pt before unless a builder call says otherwise.
class Typed {
 public:
  Typed() {
    office::Section s;
    s.width = 210;
    s.height = 297;
    s.top = s.bottom = 20;
    s.left = 30;
    s.right = 15;
    s.title_page = true;
    doc_.sections.push_back(s);
    doc_.defaults.font = "Times New Roman";
    doc_.defaults.size = 14;
  }
  // A cell paragraph: table, row, cell, column width (mm).
  Typed& cell(int table, int row, int cell, double width) {
    table_ = {table, row, cell};
    width_ = width;
    return *this;
  }
  Typed& body() {
    table_ = {-1, -1, -1};
    width_ = 0;
    return *this;
  }
  office::Paragraph& add(const std::string& text, office::Align align, double size, bool bold = false,
                         bool italic = false) {
    office::Paragraph p;
    p.index = static_cast<int>(doc_.paragraphs.size()) + 1;
    p.anchor = {"word/document.xml", p.index - 1};
    p.table = table_[0];
    p.row = table_[1];
    p.cell = table_[2];
    p.cell_width = width_;
    p.nesting = p.table >= 0;
    p.look.align = align;
    if (!text.empty()) {
      office::Run r;
      r.text = text;
      r.look.font = "Times New Roman";
      r.look.size = size;
      r.look.bold = bold;
      r.look.italic = italic;
      p.runs.push_back(r);
    }
    doc_.paragraphs.push_back(p);
    return doc_.paragraphs.back();
  }
  office::Paragraph& centred(const std::string& text, double size, bool bold = false, bool italic = false) {
    return add(text, office::Align::Center, size, bold, italic);
  }
  office::Paragraph& text(const std::string& t, double before = 6) {
    office::Paragraph& p = add(t, office::Align::Justify, 14);
    p.look.first_indent = 12.7;
    p.look.before = before;
    return p;
  }
  office::Document& doc() { return doc_; }

 private:
  office::Document doc_;
  std::array<int, 3> table_{-1, -1, -1};
  double width_ = 0;
};

// A plan as a clerk types it in Word.
Typed plan() {
  Typed t;
  t.cell(0, 0, 0, 70);
  t.centred("LĐLĐ THÀNH PHỐ HẢI PHÒNG", 12);
  t.centred("LIÊN ĐOÀN LAO ĐỘNG", 12, true);
  t.centred("QUẬN HẢI AN", 12, true);
  t.cell(0, 0, 1, 95);
  t.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true);
  t.centred("Độc lập - Tự do - Hạnh phúc", 13, true);
  t.cell(0, 1, 0, 70);
  t.centred("Số: 06/KH-LĐLĐ", 13);
  t.cell(0, 1, 1, 95);
  t.centred("Hải An, ngày 13 tháng 7 năm 2023", 13, false, true);
  t.body();
  t.centred("KẾ HOẠCH", 14, true);
  t.centred("Tổ chức Hội nghị biểu dương Lao động giỏi năm 2023", 14, true);
  t.text("Thực hiện Chương trình công tác năm 2023, Ban Thường vụ Liên đoàn Lao động quận xây dựng kế hoạch như sau:");
  t.add("I. MỤC ĐÍCH, YÊU CẦU", office::Align::Justify, 14, true).look.before = 6;
  t.add("1. Mục đích", office::Align::Justify, 14, true).look.before = 6;
  t.text("- Biểu dương những tấm gương lao động giỏi tiêu biểu.");
  t.add("2. Yêu cầu", office::Align::Justify, 14, true).look.before = 6;
  t.text("- Tổ chức trang trọng, tiết kiệm, hiệu quả./.");
  t.cell(1, 0, 0, 74);
  auto& label = t.add("Nơi nhận:", office::Align::Left, 12, true, true);
  label.look.before = 12;
  t.add("- Thường trực LĐLĐ thành phố;", office::Align::Left, 11);
  t.add("- Lưu: VT, VP.", office::Align::Left, 11);
  t.cell(1, 0, 1, 91);
  t.centred("TM. BAN THƯỜNG VỤ", 14, true).look.before = 12;
  t.centred("CHỦ TỊCH", 14, true);
  t.centred("", 14);
  t.centred("", 14);
  t.centred("Nguyễn Văn An", 14, true);
  t.body();
  t.add("", office::Align::Left, 14);
  // The lines: shapes under the issuer and the subject, an underlined motto.
  auto& d = t.doc();
  d.shapes.push_back({office::Shape::Kind::Line, 25, 0, 3});
  d.shapes.push_back({office::Shape::Kind::Line, 40, 0, 9});
  for (auto& r : d.paragraphs[4].runs) r.look.underline = true;
  // Page numbers from page 2, centred in the header.
  office::Paragraph number;
  number.look.align = office::Align::Center;
  office::Run page;
  page.kind = office::Run::Kind::PageNumber;
  page.look.size = 14;
  number.runs.push_back(page);
  d.sections[0].header_other.present = true;
  d.sections[0].header_other.paragraphs.push_back(number);
  return t;
}

check_test::Checked checked(Typed t) { return {t.doc()}; }

std::vector<Part> parts(const check_test::Checked& c) {
  const auto in = c.input();
  const auto r = import::recognise(import::read_source_lines(in.text, true));
  const auto texts = check::paragraph_texts(c.doc, in);
  std::vector<Part> v;
  for (const auto& l : check::locate(c.doc, in, texts, r.doc)) v.push_back(l.part);
  return v;
}

std::string lines(const std::vector<check::Finding>& v) {
  std::string s;
  for (const auto& f : v) s += check::finding_line(f, check::Lang::En) + "\n";
  return s;
}

}  // namespace

TEST(CheckLocate, AHandTypedPlan) {
  const auto c = checked(plan());
  using P = Part;
  EXPECT_EQ(parts(c), (std::vector<Part>{P::Superior,  P::Issuer,    P::Issuer,    P::NationalTitle,
                                         P::Motto,     P::Number,    P::Date,      P::DocType,
                                         P::Subject,   P::Body,      P::Heading,   P::Heading,
                                         P::Item,      P::Heading,   P::Item,      P::RecipientsLabel,
                                         P::Recipient, P::Recipient, P::Authority, P::SignerRole,
                                         P::None,      P::None,      P::Signer,    P::None}));
  // Typed right: nothing to say.
  EXPECT_EQ(lines(c.findings()), "");
}

TEST(CheckLocate, TheCommonSlipsOfAHandTypedPlan) {
  Typed t = plan();
  auto& d = t.doc();
  d.shapes.clear();                                 // no lines under the issuer and the trích yếu
  d.paragraphs[1].runs[0].look.bold = false;        // the issuer's first line not bold
  d.paragraphs[3].runs[0].look.size = 14;           // Quốc hiệu at 14
  d.paragraphs[5].runs[0].text = "Số: 6/KH-LĐLĐ";   // no leading zero
  d.paragraphs[6].runs[0].look.italic = false;      // the date upright
  d.paragraphs[18].runs[0].text = "KT CHỦ TỊCH";    // no dot
  d.paragraphs[22].runs[0].text = "NGUYỄN VĂN AN";  // the name in capitals
  d.paragraphs[9].look.first_indent = 0;            // a body paragraph not indented
  d.paragraphs[9].runs[0].look.font = "Arial";
  const auto v = checked(t).findings();
  EXPECT_EQ(
      lines(v),
      "paragraph 2 \"LIÊN ĐOÀN LAO ĐỘNG\": bold: Issuing body: not bold, must be bold (expected bold, found not "
      "bold)\n"
      "paragraph 3 \"QUẬN HẢI AN\": issuer-rule: Issuing body: no line under it, must have one 15.32–22.99 mm "
      "long (expected 15.32–22.99 mm, found none)\n"
      "paragraph 4 \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\": font-size: National title: size 14 pt, must be 12–13 "
      "pt (expected 12–13 pt, found 14 pt)\n"
      "paragraph 6 \"Số: 6/KH-LĐLĐ\": number-zero: Number: 6, must be 06 (expected 06, found 6)\n"
      "paragraph 7 \"Hải An, ngày 13 tháng 7 năm 2023\": italic: Place and date: not italic, must be italic "
      "(expected italic, found not italic)\n"
      "paragraph 9 \"Tổ chức Hội nghị biểu dương Lao động…\": subject-rule: Subject: no line under it, must have "
      "one 37.83–56.75 mm long (expected 37.83–56.75 mm, found none)\n"
      "paragraph 10 \"Thực hiện Chương trình công tác năm…\": font-family: Body: font Arial, must be Times New "
      "Roman (expected Times New Roman, found Arial)\n"
      "paragraph 10 \"Thực hiện Chương trình công tác năm…\": first-indent: Body: first-line indent 0 mm, must be "
      "10–12.7 mm (expected 10–12.7 mm, found 0 mm)\n"
      "paragraph 19 \"KT CHỦ TỊCH\": authority-prefix: Signing authority: prefix \"KT\", must be one of TM., KT., "
      "Q., TL., TUQ. (expected TM., KT., Q., TL., TUQ., found KT)\n"
      "paragraph 23 \"NGUYỄN VĂN AN\": capitals: Signer: in capitals, must be in normal case (expected not in "
      "capitals, found in capitals)\n");
}

// The header's lines joined by Shift+Enter: superior and issuer in one paragraph, the
// Quốc hiệu and the Tiêu ngữ in another. Each line is checked as what it is.
TEST(CheckLocate, HeaderLinesInOneParagraph) {
  Typed t;
  t.cell(0, 0, 0, 70);
  auto& names = t.centred("LĐLĐ THÀNH PHỐ HẢI PHÒNG", 12);
  office::Run br;
  br.kind = office::Run::Kind::Break;
  office::Run issuer = names.runs[0];
  issuer.text = "LIÊN ĐOÀN LAO ĐỘNG QUẬN HẢI AN";
  issuer.look.bold = true;
  names.runs.push_back(br);
  names.runs.push_back(issuer);
  t.cell(0, 0, 1, 95);
  auto& national = t.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true);
  office::Run motto = national.runs[0];
  motto.text = "Độc lập - Tự do - Hạnh phúc";
  motto.look.size = 14;  // 13–14: right for the motto, too big for the Quốc hiệu
  motto.look.underline = true;
  national.runs.push_back(br);
  national.runs.push_back(motto);
  t.cell(0, 1, 0, 70);
  t.centred("Số: 06/KH-LĐLĐ", 13);
  t.cell(0, 1, 1, 95);
  t.centred("Hải An, ngày 13 tháng 7 năm 2023", 13, false, true);
  t.body();
  t.centred("KẾ HOẠCH", 14, true);
  t.text("Thực hiện Chương trình công tác năm 2023, Liên đoàn Lao động quận xây dựng kế hoạch./.");
  t.doc().shapes.push_back({office::Shape::Kind::Line, 30, 0, 1});
  t.doc().shapes.push_back({office::Shape::Kind::Line, 12, 0, 5});
  const auto c = checked(t);
  using P = Part;
  EXPECT_EQ(parts(c), (std::vector<Part>{P::Superior, P::NationalTitle, P::Number, P::Date, P::DocType, P::Body}));
  // Nothing about the header: only the signature and the Nơi nhận this fragment lacks.
  EXPECT_EQ(lines(c.findings()),
            "document: missing-component: Signer: missing (expected signer, found none)\n"
            "document: missing-component: Recipients label: missing (expected recipients-label, found none)\n");
  // Nothing bold: the lines cannot be told apart; the one name is not bold.
  t.doc().paragraphs[0].runs[2].look.bold = false;
  const auto v = checked(t).findings();
  ASSERT_EQ(v.size(), 3u) << lines(v);
  EXPECT_EQ(v[2].code, Code::Bold);
  EXPECT_EQ(v[2].component, check::Component::Issuer);
  EXPECT_EQ(v[2].found, "not bold");
}

TEST(CheckLocate, AHeaderTypedWithoutATable) {
  Typed t;
  t.centred("LIÊN ĐOÀN LAO ĐỘNG QUẬN HẢI AN", 12, true);
  t.centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true);
  t.centred("Độc lập - Tự do - Hạnh phúc", 13, true);
  t.centred("Số: 07/GM-LĐLĐ", 13);
  t.centred("Hải An, ngày 18 tháng 7 năm 2023", 13, false, true);
  t.centred("GIẤY MỜI", 14, true);
  t.centred("Hội nghị biểu dương Lao động giỏi năm 2023", 14, true);
  t.text("Ban Thường vụ Liên đoàn Lao động quận Hải An trân trọng kính mời đồng chí tới dự Hội nghị./.");
  using P = Part;
  EXPECT_EQ(parts(checked(t)), (std::vector<Part>{P::Issuer, P::NationalTitle, P::Motto, P::Number, P::Date, P::DocType,
                                                  P::Subject, P::Body}));
}

TEST(CheckLocate, ASubjectTypedInCapitalsIsStillTheSubject) {
  Typed t = plan();
  t.doc().paragraphs[8].runs[0].text = "TỔ CHỨC HỘI NGHỊ BIỂU DƯƠNG LAO ĐỘNG GIỎI NĂM 2023";
  const auto v = checked(t).findings();
  ASSERT_FALSE(v.empty());
  bool capitals = false;
  for (const auto& f : v) capitals = capitals || (f.code == Code::Capitals && f.component == check::Component::Subject);
  EXPECT_TRUE(capitals) << lines(v);
}

// The number and the date on one line, apart by tabs: both found, each checked as
// itself; the tabs are reported as alignment by tabs.
TEST(CheckLocate, NumberAndDateApartByTabs) {
  Typed t = plan();
  auto& d = t.doc();
  auto& number = d.paragraphs[5];
  office::Run tab;
  tab.kind = office::Run::Kind::Tab;
  office::Run date = d.paragraphs[6].runs[0];
  date.text = "Hải An, ngày 3 tháng 7 năm 2023";
  number.runs.push_back(tab);
  number.runs.push_back(tab);
  number.runs.push_back(date);
  check_test::set_text(d.paragraphs[6], "");
  const auto v = checked(t).findings();
  EXPECT_EQ(lines(v),
            "paragraph 6 \"Số: 06/KH-LĐLĐ Hải An, ngày 3 tháng 7…\": date-zero: Place and date: ngày 3, must be "
            "ngày 03 (expected ngày 03, found ngày 3)\n"
            "paragraph 6 \"Số: 06/KH-LĐLĐ Hải An, ngày 3 tháng 7…\": spacing-characters: Number: 2 tabs used to "
            "align text; use indents, tab stops or a table (expected none, found 2 tabs)\n");
}
