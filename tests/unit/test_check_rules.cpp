// One defect at a time in a document that checks clean (a sample as vanban renders
// it): the finding it gives, with its code, component, place, values and severity.
#include <gtest/gtest.h>

#include "check/check.h"
#include "check_fixture.h"

using namespace vanban;
using check::Code;
using check::Component;
using check::Finding;
using check::Severity;
using Kind = check::Location::Kind;

namespace {

std::string dump(const std::vector<Finding>& v) {
  std::string s;
  for (const auto& f : v) s += check::finding_line(f, check::Lang::En) + "\n";
  return s;
}

// The document's one finding (the test fails when it has none or several).
Finding only(const check_test::Checked& c) {
  const auto v = c.findings();
  EXPECT_EQ(v.size(), 1u) << dump(v);
  return v.empty() ? Finding{} : v.front();
}

// The one finding with `code` (others may come with it: a page of another width moves
// the rules drawn for the old one).
Finding one_of(const check_test::Checked& c, Code code) {
  const auto v = c.findings();
  Finding out;
  int n = 0;
  for (const auto& f : v)
    if (f.code == code) {
      out = f;
      ++n;
    }
  EXPECT_EQ(n, 1) << dump(v);
  return out;
}

void expect_paragraph(const Finding& f, int index, const std::string& words) {
  EXPECT_EQ(f.where.kind, Kind::Paragraph);
  EXPECT_EQ(f.where.index, index);
  EXPECT_EQ(f.where.words, words);
  EXPECT_EQ(f.where.anchor.part, "word/document.xml");
  EXPECT_EQ(f.where.anchor.ordinal, index - 1);
}

}  // namespace

TEST(CheckRules, SamplesUsedHereAreClean) {
  for (const char* name : {"cong-van", "giay-moi", "quyet-dinh", "thong-bao", "003-ke-hoach-kon-tum"})
    EXPECT_EQ(dump(check_test::sample(name).findings()), "") << name;
}

// ---- §2 page set-up

TEST(CheckRules, A5IsPageSize) {
  auto c = check_test::sample("giay-moi");
  c.doc.sections[0].width = 148;
  c.doc.sections[0].height = 210;
  const Finding f = one_of(c, Code::PageSize);
  EXPECT_EQ(f.code, Code::PageSize);
  EXPECT_EQ(f.component, Component::Page);
  EXPECT_EQ(f.severity, Severity::Error);
  EXPECT_EQ(f.where.kind, Kind::PageSetup);
  EXPECT_EQ(f.where.index, 1);
  EXPECT_EQ(f.where.anchor.ordinal, 0);
  EXPECT_EQ(f.expected, "A4 (210 × 297 mm)");
  EXPECT_EQ(f.found, "148 × 210 mm");
  EXPECT_EQ(f.clause, "§2");
}

TEST(CheckRules, LandscapeTextIsPageOrientationButALandscapeAppendixIsFine) {
  auto c = check_test::sample("giay-moi");
  std::swap(c.doc.sections[0].width, c.doc.sections[0].height);
  c.doc.sections[0].landscape = true;
  const Finding f = one_of(c, Code::PageOrientation);
  EXPECT_EQ(f.expected, "portrait");
  EXPECT_EQ(f.found, "landscape");

  auto a = check_test::sample("004-ke-hoach-hai-phong");
  ASSERT_EQ(a.doc.sections.size(), 2u);
  std::swap(a.doc.sections[1].width, a.doc.sections[1].height);
  a.doc.sections[1].landscape = true;
  for (const auto& g : a.findings())
    EXPECT_NE(g.code, Code::PageOrientation) << check::finding_line(g, check::Lang::En);
}

TEST(CheckRules, LeftMargin20IsPageMargin) {
  auto c = check_test::sample("thong-bao");
  c.doc.sections[0].left = 20;
  c.doc.sections[0].right += 10;  // the same text width: only the margins change
  const auto v = c.findings();
  ASSERT_EQ(v.size(), 2u) << dump(v);
  const Finding& f = v[0];
  EXPECT_EQ(f.code, Code::PageMargin);
  EXPECT_EQ(f.expected, "left 30–35 mm");
  EXPECT_EQ(f.found, "left 20 mm");
  EXPECT_EQ(check::message(f, check::Lang::En), "Left margin 20 mm, must be 30–35 mm");
  EXPECT_EQ(check::message(f, check::Lang::Vi), "Lề trái 20 mm, cần 30–35 mm");
  EXPECT_EQ(v[1].found, "right 25 mm");
}

TEST(CheckRules, MarginsAsWordRoundsThemAreFine) {
  auto c = check_test::sample("thong-bao");
  c.doc.sections[0].right = 850 * 25.4 / 1440;  // 15 mm in twips: 14.99 mm
  EXPECT_EQ(dump(c.findings()), "");
}

// An empty w:sectPr (pandoc's): no size, no margins. Reported as not stated, not as 0.
TEST(CheckRules, UnstatedPageSetUpIsReportedNotStated) {
  auto c = check_test::sample("thong-bao");
  auto& sec = c.doc.sections[0];
  sec.width = sec.height = 0;
  sec.top = sec.bottom = sec.left = sec.right = 0;
  std::string page;
  for (const auto& f : c.findings())
    if (f.where.kind == Kind::PageSetup) page += check::finding_line(f, check::Lang::En) + "\n";
  // Findings come sorted by place, then code and what they expect: the sides in that order.
  EXPECT_EQ(page,
            "page-setup: page-size: Page size not stated, must be A4 (210 × 297 mm) (expected A4 (210 × 297 mm), "
            "found not stated)\n"
            "page-setup: page-margin: Bottom margin not stated, must be 20–25 mm (expected bottom 20–25 mm, found "
            "bottom not stated)\n"
            "page-setup: page-margin: Left margin not stated, must be 30–35 mm (expected left 30–35 mm, found left "
            "not stated)\n"
            "page-setup: page-margin: Right margin not stated, must be 15–20 mm (expected right 15–20 mm, found right "
            "not stated)\n"
            "page-setup: page-margin: Top margin not stated, must be 20–25 mm (expected top 20–25 mm, found top not "
            "stated)\n");
  const auto v = c.findings();
  EXPECT_EQ(check::message(v[1], check::Lang::Vi), "Lề dưới không ghi, cần 20–25 mm");
}

// ---- §2 fonts

TEST(CheckRules, ArialIsFontFamilyLiberationSerifAWarning) {
  auto c = check_test::sample("cong-van");
  c.at("Thực hiện Chương trình").runs[0].look.font = "Arial";
  Finding f = only(c);
  EXPECT_EQ(f.code, Code::FontFamily);
  EXPECT_EQ(f.severity, Severity::Error);
  EXPECT_EQ(f.component, Component::Body);
  expect_paragraph(f, 15, "Thực hiện Chương trình công tác năm…");
  EXPECT_EQ(f.expected, "Times New Roman");
  EXPECT_EQ(f.found, "Arial");

  c.at("Thực hiện Chương trình").runs[0].look.font = "Liberation Serif";
  f = only(c);
  EXPECT_EQ(f.code, Code::FontFamily);
  EXPECT_EQ(f.severity, Severity::Warning);
  EXPECT_EQ(f.found, "Liberation Serif");
}

TEST(CheckRules, VnTimeIsFontLegacyNotFontFamily) {
  auto c = check_test::sample("cong-van");
  c.at("Để Hội nghị đạt kết quả").runs[0].look.font = ".VnTime";
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::FontLegacy);
  EXPECT_EQ(f.found, ".VnTime");
  EXPECT_EQ(f.expected, "Times New Roman (Unicode)");
  expect_paragraph(f, 16, "Để Hội nghị đạt kết quả, Liên đoàn Lao…");
}

TEST(CheckRules, BlueTextIsFontColorTheRedStampIsNot) {
  auto c = check_test::sample("cong-van");
  ASSERT_EQ(c.at("KHẨN").runs[0].look.color, "FF0000");
  c.at("Để Hội nghị đạt kết quả").runs[0].look.color = "0000FF";
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::FontColor);
  EXPECT_EQ(f.found, "0000FF");
  EXPECT_EQ(f.expected, "000000");
}

// ---- §4 per component

TEST(CheckRules, NationalTitleAt14IsFontSize) {
  auto c = check_test::sample("cong-van");
  for (auto& r : c.at("CỘNG HÒA").runs) r.look.size = 14;
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::FontSize);
  EXPECT_EQ(f.component, Component::NationalTitle);
  EXPECT_EQ(f.severity, Severity::Error);
  expect_paragraph(f, 4, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  EXPECT_EQ(f.expected, "12–13 pt");
  EXPECT_EQ(f.found, "14 pt");
  EXPECT_EQ(f.clause, "§4.1");
  EXPECT_EQ(check::message(f, check::Lang::Vi), "Quốc hiệu: cỡ chữ 14, cần 12–13");
  EXPECT_EQ(check::message(f, check::Lang::En), "National title: size 14 pt, must be 12–13 pt");
  EXPECT_EQ(check::finding_line(f, check::Lang::En),
            "paragraph 4 \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\": font-size: National title: size 14 pt, must be "
            "12–13 pt (expected 12–13 pt, found 14 pt)");
  EXPECT_EQ(check::finding_line(f, check::Lang::Vi),
            "paragraph 4 \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\": font-size: Quốc hiệu: cỡ chữ 14, cần 12–13 (cần "
            "12–13 pt, có 14 pt)");
}

TEST(CheckRules, IssuerNotBoldIsBold) {
  auto c = check_test::sample("thong-bao");
  for (auto& r : c.at("SỞ NỘI VỤ").runs) r.look.bold = false;
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::Bold);
  EXPECT_EQ(f.component, Component::Issuer);
  expect_paragraph(f, 2, "SỞ NỘI VỤ");
  EXPECT_EQ(f.expected, "bold");
  EXPECT_EQ(f.found, "not bold");
  EXPECT_EQ(check::message(f, check::Lang::Vi), "Cơ quan ban hành: không đậm, cần đậm");
}

TEST(CheckRules, DateUprightIsItalic) {
  auto c = check_test::sample("thong-bao");
  for (auto& r : c.at("Ninh Thuận, ngày").runs) r.look.italic = false;
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::Italic);
  EXPECT_EQ(f.component, Component::Date);
  expect_paragraph(f, 8, "Ninh Thuận, ngày 05 tháng 01 năm 2024");
  EXPECT_EQ(f.found, "not italic");
}

TEST(CheckRules, DocTypeInLowerCaseIsCapitals) {
  auto c = check_test::sample("thong-bao");
  check_test::set_text(c.at("THÔNG BÁO"), "Thông báo");
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::Capitals);
  EXPECT_EQ(f.component, Component::DocType);
  expect_paragraph(f, 9, "Thông báo");
  EXPECT_EQ(f.expected, "in capitals");
  EXPECT_EQ(f.found, "not in capitals");
}

TEST(CheckRules, CapitalsShownByTheRunLookCount) {
  auto c = check_test::sample("thong-bao");
  auto& p = c.at("THÔNG BÁO");
  check_test::set_text(p, "Thông báo");
  p.runs[0].look.caps = true;
  EXPECT_EQ(dump(c.findings()), "");
}

TEST(CheckRules, BodyAlignedLeftIsAlignment) {
  auto c = check_test::sample("thong-bao");
  c.at("Giám đốc Sở tiếp").look.align = office::Align::Left;
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::Alignment);
  EXPECT_EQ(f.component, Component::Body);
  expect_paragraph(f, 14, "Giám đốc Sở tiếp công dân vào ngày 15…");
  EXPECT_EQ(f.expected, "justified");
  EXPECT_EQ(f.found, "left");
}

// ---- §4.1 Quốc hiệu, Tiêu ngữ and the line under it

TEST(CheckRules, NationalTitleWithHoaIsFineATrailingDotIsNot) {
  auto c = check_test::sample("giay-moi");
  check_test::set_text(c.at("CỘNG HÒA"), "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  EXPECT_EQ(dump(c.findings()), "");
  check_test::set_text(c.at("CỘNG HOÀ"), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM.");
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::NationalTitleText);
  EXPECT_EQ(f.expected, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  EXPECT_EQ(f.found, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM.");
}

TEST(CheckRules, MottoWithEnDashesIsMottoText) {
  auto c = check_test::sample("giay-moi");
  check_test::set_text(c.at("Độc lập"), "Độc lập – Tự do – Hạnh phúc");
  const auto v = c.findings();
  ASSERT_GE(v.size(), 1u);
  const Finding& f = v.front();
  EXPECT_EQ(f.code, Code::MottoText);
  EXPECT_EQ(f.component, Component::Motto);
  expect_paragraph(f, 5, "Độc lập – Tự do – Hạnh phúc");
  EXPECT_EQ(f.expected, "Độc lập - Tự do - Hạnh phúc");
  EXPECT_EQ(f.found, "Độc lập – Tự do – Hạnh phúc");
  EXPECT_EQ(check::message(f, check::Lang::En),
            "Motto: \"Độc lập – Tự do – Hạnh phúc\", must be \"Độc lập - Tự do - Hạnh phúc\"");
  EXPECT_EQ(check::message(f, check::Lang::Vi),
            "Tiêu ngữ: \"Độc lập – Tự do – Hạnh phúc\", cần \"Độc lập - Tự do - Hạnh phúc\"");
  // The en dashes are wider: the rule, as long as the hyphenated motto, is within 10 %.
  EXPECT_EQ(v.size(), 1u) << dump(v);
}

TEST(CheckRules, MottoRuleTooShortOrMissing) {
  auto c = check_test::sample("giay-moi");
  const size_t rule = check_test::find_paragraph(c.doc, "Độc lập") + 1;
  c.doc.paragraphs[rule].look.left += 10;
  c.doc.paragraphs[rule].look.right += 10;
  Finding f = only(c);
  EXPECT_EQ(f.code, Code::MottoRule);
  EXPECT_EQ(f.component, Component::Motto);
  expect_paragraph(f, 5, "Độc lập - Tự do - Hạnh phúc");
  EXPECT_EQ(f.found, "40.46 mm");
  EXPECT_EQ(f.expected, "60.46 mm");
  c.doc.paragraphs[rule].look.border_top = 0;
  f = only(c);
  EXPECT_EQ(f.code, Code::MottoRule);
  EXPECT_EQ(f.found, "");
  EXPECT_EQ(check::message(f, check::Lang::En), "Motto: no line under it, must have one 60.46 mm long");
}

TEST(CheckRules, MottoRuleAsALineShapeOrAnUnderline) {
  auto c = check_test::sample("giay-moi");
  const size_t motto = check_test::find_paragraph(c.doc, "Độc lập");
  c.doc.paragraphs[motto + 1].look.border_top = 0;
  c.doc.shapes.push_back({office::Shape::Kind::Line, 64, 0, c.doc.paragraphs[motto + 1].index});
  EXPECT_EQ(dump(c.findings()), "");
  c.doc.shapes.clear();
  for (auto& r : c.doc.paragraphs[motto].runs) r.look.underline = true;
  EXPECT_EQ(dump(c.findings()), "");
}

TEST(CheckRules, MottoRuleOffCentre) {
  auto c = check_test::sample("giay-moi");
  auto& rule = c.doc.paragraphs[check_test::find_paragraph(c.doc, "Độc lập") + 1].look;
  rule.left += 5;
  rule.right -= 5;
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::MottoRule);
  EXPECT_EQ(f.expected, "centred");
  EXPECT_EQ(f.found, "off centre 5 mm");
}

// ---- §4.2, §4.5 the issuer's and the trích yếu's lines

TEST(CheckRules, IssuerWithoutItsLineIsIssuerRule) {
  auto c = check_test::sample("thong-bao");
  c.doc.paragraphs[check_test::find_paragraph(c.doc, "SỞ NỘI VỤ") + 1].look.border_top = 0;
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::IssuerRule);
  EXPECT_EQ(f.component, Component::Issuer);
  expect_paragraph(f, 2, "SỞ NỘI VỤ");
  EXPECT_EQ(f.found, "");
  // "SỞ NỘI VỤ", 12 pt bold: 21.9 mm; 1/3–1/2 of it.
  EXPECT_EQ(f.expected, "7.29–10.94 mm");
}

TEST(CheckRules, SubjectLineAcrossTheTextIsSubjectRule) {
  auto c = check_test::sample("thong-bao");
  auto& rule = c.doc.paragraphs[check_test::find_paragraph(c.doc, "Lịch tiếp công dân") + 1].look;
  rule.left = rule.right = 0;
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::SubjectRule);
  EXPECT_EQ(f.component, Component::Subject);
  expect_paragraph(f, 10, "Lịch tiếp công dân định kỳ năm 2024");
  EXPECT_EQ(f.found, "165 mm");
  EXPECT_EQ(f.expected, "26.02–39.04 mm");
}

// ---- §4.3 number, §4.4 date

TEST(CheckRules, NumberWithoutItsColonIsNumberFormat) {
  auto c = check_test::sample("giay-moi");
  check_test::set_text(c.at("Số: 07"), "Số 07/GM-LĐLĐ");
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::NumberFormat);
  EXPECT_EQ(f.component, Component::Number);
  expect_paragraph(f, 7, "Số 07/GM-LĐLĐ");
  EXPECT_EQ(f.expected, "Số:");
  EXPECT_EQ(f.found, "Số");
}

TEST(CheckRules, NumberBelowTenWithoutItsZeroIsNumberZero) {
  auto c = check_test::sample("giay-moi");
  check_test::set_text(c.at("Số: 07"), "Số: 7/GM-LĐLĐ");
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::NumberZero);
  expect_paragraph(f, 7, "Số: 7/GM-LĐLĐ");
  EXPECT_EQ(f.expected, "07");
  EXPECT_EQ(f.found, "7");
  EXPECT_EQ(check::message(f, check::Lang::En), "Number: 7, must be 07");
  EXPECT_EQ(check::message(f, check::Lang::Vi), "Số, ký hiệu: 7, cần 07");
}

TEST(CheckRules, KeHoachNumberFiveIsNumberZero) {
  auto c = check_test::sample("003-ke-hoach-kon-tum");
  check_test::set_text(c.at("Số:"), "Số: 5/KH-LĐLĐ");
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::NumberZero);
  EXPECT_EQ(f.found, "5");
}

TEST(CheckRules, SpacedOrLowerCaseSymbolIsSymbolFormat) {
  auto c = check_test::sample("giay-moi");
  check_test::set_text(c.at("Số: 07"), "Số: 07/GM - LĐLĐ");
  Finding f = only(c);
  EXPECT_EQ(f.code, Code::SymbolFormat);
  EXPECT_EQ(f.expected, "GM-LĐLĐ");
  EXPECT_EQ(f.found, "GM - LĐLĐ");
  check_test::set_text(c.at("Số: 07"), "Số: 07/Gm-LĐLĐ");
  f = only(c);
  EXPECT_EQ(f.code, Code::SymbolFormat);
  EXPECT_EQ(f.expected, "GM-LĐLĐ");
  // Phụ lục III's own small letters are right: "TTr".
  check_test::set_text(c.at("Số: 07"), "Số: 07/TTr-LĐLĐ");
  EXPECT_EQ(dump(c.findings()), "");
}

TEST(CheckRules, DateInFiguresIsDateFormat) {
  auto c = check_test::sample("giay-moi");
  check_test::set_text(c.at("Hải An, ngày"), "Hải An, 18/7/2023");
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::DateFormat);
  EXPECT_EQ(f.component, Component::Date);
  expect_paragraph(f, 8, "Hải An, 18/7/2023");
  EXPECT_EQ(f.expected, "Place, ngày DD tháng M năm YYYY");
  EXPECT_EQ(f.found, "Hải An, 18/7/2023");
}

TEST(CheckRules, DayAndMonthZerosAreDateZero) {
  auto c = check_test::sample("giay-moi");
  check_test::set_text(c.at("Hải An, ngày"), "Hải An, ngày 5 tháng 2 năm 2023");
  auto v = c.findings();
  ASSERT_EQ(v.size(), 2u) << dump(v);
  EXPECT_EQ(v[0].code, Code::DateZero);
  EXPECT_EQ(v[0].expected, "ngày 05");
  EXPECT_EQ(v[0].found, "ngày 5");
  EXPECT_EQ(v[1].code, Code::DateZero);
  EXPECT_EQ(v[1].expected, "tháng 02");
  EXPECT_EQ(v[1].found, "tháng 2");
  check_test::set_text(c.at("Hải An, ngày"), "Hải An, ngày 05 tháng 07 năm 2023");
  const Finding f = only(c);
  EXPECT_EQ(f.expected, "tháng 7");
  EXPECT_EQ(f.found, "tháng 07");
}

// ---- §4.6 Kính gửi, §4.7 căn cứ

TEST(CheckRules, AddresseeWithoutItsSemicolonIsAddresseePunctuation) {
  auto c = check_test::sample("cong-van");
  check_test::set_text(c.at("- Ủy ban nhân dân"), "- Ủy ban nhân dân quận Hải An");
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::AddresseePunctuation);
  EXPECT_EQ(f.component, Component::Addressee);
  expect_paragraph(f, 12, "- Ủy ban nhân dân quận Hải An");
  EXPECT_EQ(f.expected, ";");
  EXPECT_EQ(f.found, "none");
}

TEST(CheckRules, KinhGuiWithoutItsColon) {
  auto c = check_test::sample("cong-van");
  check_test::set_text(c.at("Kính gửi:"), "Kính gửi");
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::AddresseePunctuation);
  EXPECT_EQ(f.expected, "Kính gửi:");
  EXPECT_EQ(f.found, "Kính gửi");
}

TEST(CheckRules, BasisEndingInACommaIsBasisPunctuation) {
  auto c = check_test::sample("quyet-dinh");
  check_test::set_text(c.at("Căn cứ Luật Công đoàn"), "Căn cứ Luật Công đoàn năm 2012,");
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::BasisPunctuation);
  EXPECT_EQ(f.component, Component::Basis);
  expect_paragraph(f, 13, "Căn cứ Luật Công đoàn năm 2012,");
  EXPECT_EQ(f.expected, ";");
  EXPECT_EQ(f.found, ",");
}

// ---- §4.8 body

TEST(CheckRules, NoFirstLineIndentIsFirstIndent) {
  auto c = check_test::sample("thong-bao");
  c.at("Giám đốc Sở tiếp").look.first_indent = 0;
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::FirstIndent);
  EXPECT_EQ(f.expected, "10–12.7 mm");
  EXPECT_EQ(f.found, "0 mm");
}

TEST(CheckRules, NoSpaceBetweenParagraphsIsParagraphSpacing) {
  auto c = check_test::sample("thong-bao");
  c.at("Giám đốc Sở tiếp").look.before = 0;
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::ParagraphSpacing);
  expect_paragraph(f, 14, "Giám đốc Sở tiếp công dân vào ngày 15…");
  EXPECT_EQ(f.expected, "≥ 6 pt");
  EXPECT_EQ(f.found, "0 pt");
}

TEST(CheckRules, DoubleOrExactlyTwelvePointIsLineSpacing) {
  auto c = check_test::sample("thong-bao");
  auto& p = c.at("Giám đốc Sở tiếp");
  p.look.line = {office::LineSpacing::Rule::Multiple, 200};
  Finding f = only(c);
  EXPECT_EQ(f.code, Code::LineSpacing);
  EXPECT_EQ(f.expected, "100–150 %");
  EXPECT_EQ(f.found, "200 %");
  p.look.line = {office::LineSpacing::Rule::Exact, 12};
  f = only(c);
  EXPECT_EQ(f.found, "exactly 12 pt (75 %)");
  EXPECT_EQ(check::message(f, check::Lang::Vi), "Nội dung: giãn dòng đúng 12 pt (75 %), cần 100–150 %");
  // 18 pt exactly at 14 pt type is 112 %: within.
  p.look.line = {office::LineSpacing::Rule::Exact, 18};
  EXPECT_EQ(dump(c.findings()), "");
}

TEST(CheckRules, ClauseNumberSkippedIsNumberingOrder) {
  auto c = check_test::sample("cong-van");
  auto& p = c.at("2. Tổng hợp");
  p.runs.front().text.replace(0, 2, "3.");
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::NumberingOrder);
  EXPECT_EQ(f.component, Component::Body);
  EXPECT_EQ(f.expected, "2.");
  EXPECT_EQ(f.found, "3.");
}

TEST(CheckRules, AutomaticNumberingLabelsAreRead) {
  auto c = check_test::sample("thong-bao");
  // "II." typed as Word numbering showing "III.": the label is the list's, not the text's.
  auto& p = c.at("II. ĐỊA ĐIỂM");
  check_test::set_text(p, "ĐỊA ĐIỂM");
  p.runs[0].look.bold = true;
  p.look.list_label = "III.";
  p.look.list_level = 0;
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::NumberingOrder);
  EXPECT_EQ(f.expected, "II.");
  EXPECT_EQ(f.found, "III.");
}

// A body paragraph of Word's automatic numbering (a bullet here) sits where its list puts
// it: its alignment and first-line indent are not the body's (nd30.md §4.8).
TEST(CheckRules, AutomaticListItemsAreNotHeldToTheBodyIndentAndAlignment) {
  auto c = check_test::sample("cong-van");
  auto& p = c.at("Thực hiện Chương trình");
  p.look.align = office::Align::Left;
  p.look.first_indent = -8.47;
  p.look.left = 12.7;
  const auto typed = c.findings();
  ASSERT_EQ(typed.size(), 2u) << dump(typed);
  EXPECT_EQ(typed[0].code, Code::Alignment);
  EXPECT_EQ(typed[1].code, Code::FirstIndent);
  p.look.list_label = "•";
  p.look.list_level = 0;
  EXPECT_EQ(dump(c.findings()), "");
}

// ---- §4.9 signature

TEST(CheckRules, KtWithoutItsDotIsAuthorityPrefix) {
  auto c = check_test::sample("thong-bao");
  check_test::set_text(c.at("KT. GIÁM ĐỐC"), "KT GIÁM ĐỐC");
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::AuthorityPrefix);
  EXPECT_EQ(f.component, Component::Authority);
  expect_paragraph(f, 22, "KT GIÁM ĐỐC");
  EXPECT_EQ(f.expected, "TM., KT., Q., TL., TUQ.");
  EXPECT_EQ(f.found, "KT");
  check_test::set_text(c.at("KT GIÁM ĐỐC"), "T/M GIÁM ĐỐC");
  EXPECT_EQ(only(c).found, "T/M");
}

TEST(CheckRules, AcademicTitleBeforeTheNameIsASignerNameWarning) {
  auto c = check_test::sample("thong-bao");
  check_test::set_text(c.at("Lê Văn Bình"), "TS. Lê Văn Bình");
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::SignerName);
  EXPECT_EQ(f.severity, Severity::Warning);
  EXPECT_EQ(f.component, Component::Signer);
  expect_paragraph(f, 24, "TS. Lê Văn Bình");
  EXPECT_EQ(f.found, "TS.");
}

TEST(CheckRules, NoNameUnderTheSignatureIsSignerName) {
  auto c = check_test::sample("thong-bao");
  check_test::set_text(c.at("Lê Văn Bình"), "");
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::SignerName);
  EXPECT_EQ(f.severity, Severity::Error);
  expect_paragraph(f, 23, "PHÓ GIÁM ĐỐC");
  EXPECT_EQ(f.found, "");
}

// ---- §4.10 Nơi nhận

TEST(CheckRules, LabelWithoutItsColonIsRecipientsLabel) {
  auto c = check_test::sample("thong-bao");
  check_test::set_text(c.at("Nơi nhận:"), "Nơi nhận");
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::RecipientsLabel);
  EXPECT_EQ(f.component, Component::RecipientsLabel);
  expect_paragraph(f, 18, "Nơi nhận");
  EXPECT_EQ(f.found, "Nơi nhận");
}

TEST(CheckRules, RecipientWithoutItsSemicolonIsRecipientsPunctuation) {
  auto c = check_test::sample("giay-moi");
  check_test::set_text(c.at("- Như trên;"), "- Như trên");
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::RecipientsPunctuation);
  EXPECT_EQ(f.component, Component::Recipients);
  expect_paragraph(f, 19, "- Như trên");
  EXPECT_EQ(f.expected, ";");
  EXPECT_EQ(f.found, "none");
  EXPECT_EQ(check::message(f, check::Lang::En), "Recipients: ends without a mark, must end with \";\"");
}

TEST(CheckRules, LastLineNotTheArchiveIsRecipientsArchive) {
  auto c = check_test::sample("giay-moi");
  check_test::set_text(c.at("- Lưu: VT, VP."), "- Lưu VP.");
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::RecipientsArchive);
  expect_paragraph(f, 21, "- Lưu VP.");
  EXPECT_EQ(f.expected, "- Lưu: VT, … .");
  EXPECT_EQ(f.found, "- Lưu VP.");
}

// ---- §2 page numbers

TEST(CheckRules, PageNumberInTheFirstPageHeaderIsPageNumberFirst) {
  auto c = check_test::sample("giay-moi");
  c.doc.sections[0].header_first = c.doc.sections[0].header_other;
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::PageNumberFirst);
  EXPECT_EQ(f.component, Component::PageNumber);
  EXPECT_EQ(f.where.kind, Kind::Header);
  EXPECT_EQ(f.where.index, 1);
  EXPECT_EQ(check::location_text(f.where), "header");
}

TEST(CheckRules, OneHeaderForEveryPageNumbersPageOne) {
  auto c = check_test::sample("giay-moi");
  c.doc.sections[0].title_page = false;
  EXPECT_EQ(only(c).code, Code::PageNumberFirst);
}

TEST(CheckRules, NoPageNumbersIsPageNumberMissingOnlyPastOnePage) {
  auto plan = check_test::sample("003-ke-hoach-kon-tum");
  plan.doc.sections[0].header_other.paragraphs[0].runs.clear();
  const Finding f = only(plan);
  EXPECT_EQ(f.code, Code::PageNumberMissing);
  EXPECT_EQ(f.severity, Severity::Warning);
  EXPECT_EQ(f.where.kind, Kind::Header);
  // A one-page invitation needs none.
  auto invitation = check_test::sample("giay-moi");
  invitation.doc.sections[0].header_other.paragraphs[0].runs.clear();
  EXPECT_EQ(dump(invitation.findings()), "");
}

TEST(CheckRules, PageNumberOnTheRightIsPageNumberPosition) {
  auto c = check_test::sample("003-ke-hoach-kon-tum");
  c.doc.sections[0].header_other.paragraphs[0].look.align = office::Align::Right;
  Finding f = only(c);
  EXPECT_EQ(f.code, Code::PageNumberPosition);
  EXPECT_EQ(f.expected, "header, centred");
  EXPECT_EQ(f.found, "header, right");
  // In the footer instead of the header.
  auto d = check_test::sample("003-ke-hoach-kon-tum");
  std::swap(d.doc.sections[0].header_other, d.doc.sections[0].footer_other);
  f = only(d);
  EXPECT_EQ(f.code, Code::PageNumberPosition);
  EXPECT_EQ(f.where.kind, Kind::Footer);
  EXPECT_EQ(f.found, "footer");
}

// ---- text

TEST(CheckRules, DecomposedAccentsAreNotNfc) {
  auto c = check_test::sample("thong-bao");
  // "Giám" with U+0301 after the "a".
  auto& p = c.at("Giám đốc Sở tiếp");
  p.runs[0].text.replace(0, std::string("Giám").size(), "Gia\xCC\x81m");
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::NotNfc);
  EXPECT_EQ(f.where.index, 14);
  EXPECT_EQ(f.expected, "NFC");
}

TEST(CheckRules, TwoEmptyParagraphsAreOneEmptyParagraphFinding) {
  auto c = check_test::sample("thong-bao");
  const size_t at = check_test::find_paragraph(c.doc, "Giám đốc Sở tiếp");
  office::Paragraph empty;
  empty.look = c.doc.paragraphs[at].look;
  c.doc.paragraphs.insert(c.doc.paragraphs.begin() + static_cast<long>(at) + 1, {empty, empty});
  for (size_t i = 0; i < c.doc.paragraphs.size(); ++i) {
    c.doc.paragraphs[i].index = static_cast<int>(i) + 1;
    c.doc.paragraphs[i].anchor = {"word/document.xml", static_cast<int>(i)};
  }
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::EmptyParagraph);
  EXPECT_EQ(f.severity, Severity::Warning);
  expect_paragraph(f, 15, "");
  EXPECT_EQ(f.found, "2");
  EXPECT_EQ(check::message(f, check::Lang::En), "2 empty paragraphs used for spacing; use space before or after");
}

TEST(CheckRules, SpacesUsedToIndentAreSpacingCharacters) {
  auto c = check_test::sample("thong-bao");
  auto& p = c.at("Giám đốc Sở tiếp");
  p.runs[0].text = "     " + p.runs[0].text;
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::SpacingCharacters);
  EXPECT_EQ(f.severity, Severity::Warning);
  EXPECT_EQ(f.found, "5 spaces");
  EXPECT_EQ(check::message(f, check::Lang::Vi),
            "Nội dung: 5 dấu cách dùng để căn chỉnh; dùng thụt lề, điểm dừng tab hoặc bảng");
}

TEST(CheckRules, BlanksLeftForTheRecordsOfficeAreNotSpacingCharacters) {
  auto c = check_test::sample("giay-moi");
  check_test::set_text(c.at("Số: 07"), "Số:        /GM-LĐLĐ");
  check_test::set_text(c.at("Hải An, ngày"), "Hải An, ngày      tháng     năm 2023");
  EXPECT_EQ(dump(c.findings()), "");
}

// ---- Điều 8.2 components

TEST(CheckRules, NoMottoIsMissingComponent) {
  auto c = check_test::sample("thong-bao");
  const size_t motto = check_test::find_paragraph(c.doc, "Độc lập");
  check_test::set_text(c.doc.paragraphs[motto], "");
  c.doc.paragraphs[motto + 1].look.border_top = 0;  // and its line
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::MissingComponent);
  EXPECT_EQ(f.component, Component::Motto);
  EXPECT_EQ(f.where.kind, Kind::Document);
  EXPECT_EQ(check::location_text(f.where), "document");
  EXPECT_EQ(check::message(f, check::Lang::Vi), "Tiêu ngữ: không có");
}

// ---- more places a rule applies

TEST(CheckRules, ThayMatWrittenOutIsAuthorityPrefix) {
  auto c = check_test::sample("thong-bao");
  check_test::set_text(c.at("KT. GIÁM ĐỐC"), "KÝ THAY GIÁM ĐỐC");
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::AuthorityPrefix);
  EXPECT_EQ(f.found, "KÝ THAY");
}

TEST(CheckRules, RomanHeadingInLowerCaseIsCapitals) {
  auto c = check_test::sample("thong-bao");
  check_test::set_text(c.at("II. ĐỊA ĐIỂM"), "II. Địa điểm");
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::Capitals);
  EXPECT_EQ(f.component, Component::Heading);
  expect_paragraph(f, 15, "II. Địa điểm");
}

TEST(CheckRules, AppendixTitleNotBoldIsBold) {
  auto c = check_test::sample("004-ke-hoach-hai-phong");
  for (auto& r : c.at("ĐẠI BIỂU DỰ HỘI NGHỊ").runs) r.look.bold = false;
  const Finding f = one_of(c, Code::Bold);
  EXPECT_EQ(f.component, Component::AppendixTitle);
  EXPECT_EQ(f.clause, "§4.11");
}

TEST(CheckRules, LargeTableTextIsAFontSizeWarning) {
  auto c = check_test::sample("004-ke-hoach-hai-phong");
  for (auto& r : c.at("Tên đơn vị").runs) r.look.size = 16;
  const Finding f = one_of(c, Code::FontSize);
  EXPECT_EQ(f.component, Component::Table);
  EXPECT_EQ(f.severity, Severity::Warning);
  EXPECT_EQ(f.expected, "10–14 pt");
  EXPECT_EQ(f.found, "16 pt");
}

TEST(CheckRules, CongVanSubjectInBoldIsBold) {
  auto c = check_test::sample("cong-van");
  for (auto& r : c.at("V/v đề nghị").runs) r.look.bold = true;
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::Bold);
  EXPECT_EQ(f.component, Component::Vv);
  EXPECT_EQ(f.expected, "not bold");
  EXPECT_EQ(f.found, "bold");
}

TEST(CheckRules, LegacyTextTheReaderDecodedIsFontLegacy) {
  auto c = check_test::sample("thong-bao");
  auto in = c.input();
  in.legacy[check_test::find_paragraph(c.doc, "Giám đốc Sở tiếp")] = true;
  const auto v = check::check_document(in);
  ASSERT_EQ(v.size(), 1u) << dump(v);
  EXPECT_EQ(v[0].code, Code::FontLegacy);
  EXPECT_EQ(v[0].found, "Times New Roman");
}

TEST(CheckRules, TheMottoLineAnchoredAtTheCellsFirstParagraph) {
  auto c = check_test::sample("giay-moi");
  const size_t motto = check_test::find_paragraph(c.doc, "Độc lập");
  c.doc.paragraphs[motto + 1].look.border_top = 0;
  // Drawn in Word with the cursor on the Quốc hiệu: anchored there, a cell above the motto.
  c.doc.shapes.push_back({office::Shape::Kind::Line, 61, 0, c.doc.paragraphs[motto - 1].index});
  EXPECT_EQ(dump(c.findings()), "");
}

TEST(CheckRules, NoBreakSpacesInTheMottoAreSpaces) {
  auto c = check_test::sample("giay-moi");
  check_test::set_text(c.at("Độc lập"), "Độc lập\xC2\xA0-\xC2\xA0Tự do - Hạnh phúc");
  EXPECT_EQ(dump(c.findings()), "");
}

TEST(CheckRules, LargeFootnotesAreAFontSizeWarning) {
  auto c = check_test::sample("thong-bao");
  office::Paragraph note;
  note.anchor = {"word/footnotes.xml", 2};
  office::Run r;
  r.text = "Theo Luật Tiếp công dân năm 2013.";
  r.look.font = "Times New Roman";
  r.look.size = 14;
  note.runs.push_back(r);
  c.doc.footnotes.push_back({note});
  const Finding f = only(c);
  EXPECT_EQ(f.code, Code::FontSize);
  EXPECT_EQ(f.severity, Severity::Warning);
  EXPECT_EQ(f.component, Component::Footnote);
  EXPECT_EQ(check::location_text(f.where), "footnote 1");
  EXPECT_EQ(f.where.anchor.part, "word/footnotes.xml");
  EXPECT_EQ(f.expected, "10–12 pt");
}
