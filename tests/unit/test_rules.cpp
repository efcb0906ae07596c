#include <gtest/gtest.h>

#include "layout/wording.h"
#include "rules/house_style.h"
#include "rules/numbering.h"

using namespace vanban;
using namespace vanban::layout;
using namespace vanban::rules;

TEST(Numbering, Roman) {
  EXPECT_EQ(roman(1), "I");
  EXPECT_EQ(roman(4), "IV");
  EXPECT_EQ(roman(9), "IX");
  EXPECT_EQ(roman(14), "XIV");
  EXPECT_EQ(roman(40), "XL");
  EXPECT_EQ(roman(1999), "MCMXCIX");
}

TEST(Numbering, VietnameseAlphabetForPoints) {
  // a b c d đ e g h i k …: no f, j, w, z; đ after d.
  EXPECT_EQ(vietnamese_letter(1), "a");
  EXPECT_EQ(vietnamese_letter(4), "d");
  EXPECT_EQ(vietnamese_letter(5), "đ");
  EXPECT_EQ(vietnamese_letter(6), "e");
  EXPECT_EQ(vietnamese_letter(7), "g");
  EXPECT_EQ(vietnamese_letter(10), "k");
  EXPECT_EQ(vietnamese_letter(23), "y");
  EXPECT_EQ(vietnamese_letter(24), "aa");
}

TEST(Numbering, LabelsByDepth) {
  EXPECT_EQ(section_label(1, 3), "III.");
  EXPECT_EQ(section_label(2, 2), "2.");
  EXPECT_EQ(section_label(3, 5), "đ)");
  EXPECT_EQ(section_label(4, 1), "1.");
  EXPECT_EQ(item_mark(1), "-");
  EXPECT_EQ(item_mark(2), "+");
}

namespace {
model::Document doc(std::string kind, std::string number, std::string abbr, std::string unit = "") {
  model::Document d;
  d.kind = std::move(kind);
  d.number.value = std::move(number);
  d.number.unit = std::move(unit);
  d.issuer.abbr = std::move(abbr);
  return d;
}
}  // namespace

TEST(Symbol, TypeThenIssuer) {
  EXPECT_EQ(number_line(doc("ke-hoach", "477", "LĐLĐ"), *find_kind("ke-hoach")), "Số: 477/KH-LĐLĐ");
  EXPECT_EQ(number_line(doc("giay-moi", "7", "LĐLĐ"), *find_kind("giay-moi")), "Số: 07/GM-LĐLĐ");
  EXPECT_EQ(number_line(doc("quyet-dinh", "15", "BNV"), *find_kind("quyet-dinh")), "Số: 15/QĐ-BNV");
  // Phụ lục III keeps the lower-case letters of some abbreviations.
  EXPECT_EQ(number_line(doc("to-trinh", "18", "UBND"), *find_kind("to-trinh")), "Số: 18/TTr-UBND");
  EXPECT_EQ(number_line(doc("quy-dinh", "2", "UBND"), *find_kind("quy-dinh")), "Số: 02/QyĐ-UBND");
}

TEST(Symbol, IssuerAndUnitInCapitals) {
  EXPECT_EQ(number_line(doc("ke-hoach", "6", "lđlđ"), *find_kind("ke-hoach")), "Số: 06/KH-LĐLĐ");
  EXPECT_EQ(number_line(doc("cong-van", "5", "bnv", "vp"), *find_kind("cong-van")), "Số: 05/BNV-VP");
}

TEST(Symbol, CongVanHasNoTypeAbbreviation) {
  EXPECT_EQ(number_line(doc("cong-van", "5", "BNV", "VP"), *find_kind("cong-van")), "Số: 05/BNV-VP");
  EXPECT_EQ(number_line(doc("cong-van", "243", "LĐLĐ"), *find_kind("cong-van")), "Số: 243/LĐLĐ");
}

TEST(Symbol, BlankNumberAndExplicitSymbol) {
  EXPECT_EQ(number_line(doc("ke-hoach", "", "LĐLĐ"), *find_kind("ke-hoach")), "Số:       /KH-LĐLĐ");
  auto d = doc("ke-hoach", "03", "UBND");
  d.number.symbol = "Ctr-UBND-LĐLĐ";
  EXPECT_EQ(number_line(d, *find_kind("ke-hoach")), "Số: 03/Ctr-UBND-LĐLĐ");
  EXPECT_EQ(number_text("007"), "07");
  EXPECT_EQ(number_text("10"), "10");
}

TEST(Recipients, PunctuationIsMadeRight) {
  model::Recipients r;
  r.items = {{"Thường trực LĐLĐ TP;", "để báo cáo"}, {"Thường trực HU", "(b/c)"}, {"Các CĐCS trực thuộc.", ""}};
  r.has_archive = true;
  r.archive = "VT, VP.";
  const std::vector<std::string> want = {"- Thường trực LĐLĐ TP (để báo cáo);", "- Thường trực HU (b/c);",
                                         "- Các CĐCS trực thuộc;", "- Lưu: VT, VP."};
  EXPECT_EQ(recipient_lines(r), want);
}

TEST(Recipients, WithoutArchiveTheLastEndsWithFullStop) {
  model::Recipients r;
  r.items = {{"Như trên", ""}, {"Bộ Tài chính;", ""}};
  const std::vector<std::string> want = {"- Như trên;", "- Bộ Tài chính."};
  EXPECT_EQ(recipient_lines(r), want);
  model::Recipients only_archive;
  only_archive.has_archive = true;
  EXPECT_EQ(recipient_lines(only_archive), std::vector<std::string>{"- Lưu: VT."});
}

TEST(EndMark, AddedOnceWhateverTheTextEndsWith) {
  EXPECT_EQ(with_end_mark("triển khai thực hiện./."), "triển khai thực hiện./.");
  EXPECT_EQ(with_end_mark("triển khai thực hiện."), "triển khai thực hiện./.");
  EXPECT_EQ(with_end_mark("triển khai thực hiện"), "triển khai thực hiện./.");
  EXPECT_EQ(with_end_mark("như sau:"), "như sau./.");
  EXPECT_EQ(with_end_mark("con CNLĐ,..."), "con CNLĐ,..../.");
}

TEST(Authority, PrefixAndCapitals) {
  EXPECT_EQ(authority_line({"TM", "Ban Thường vụ"}), "TM. BAN THƯỜNG VỤ");
  EXPECT_EQ(authority_line({"KT", "Chủ tịch"}), "KT. CHỦ TỊCH");
  EXPECT_EQ(authority_line({"", "Chủ tịch"}), "CHỦ TỊCH");
}
