#include <gtest/gtest.h>

#include "text/dates.h"
#include "text/unicode.h"

using namespace vanban;

TEST(Unicode, NfcComposesDecomposedVietnamese) {
  // "Lâm" typed as L + a + U+0302 (circumflex) + m, as NFD text from macOS arrives.
  EXPECT_EQ(text::nfc("La\xCC\x82m"), "Lâm");
  // ệ = e + U+0323 (dot below) + U+0302 (circumflex), in either mark order
  EXPECT_EQ(text::nfc("e\xCC\xA3\xCC\x82"), "ệ");
  EXPECT_EQ(text::nfc("e\xCC\x82\xCC\xA3"), "ệ");
}

TEST(Unicode, UpperVietnamese) {
  EXPECT_EQ(text::upper_vi("Liên đoàn Lao động huyện Gia Lâm"), "LIÊN ĐOÀN LAO ĐỘNG HUYỆN GIA LÂM");
  EXPECT_EQ(text::upper_vi("ban thường vụ"), "BAN THƯỜNG VỤ");
  EXPECT_EQ(text::upper_vi("ỷ ỹ ữ ợ đ"), "Ỷ Ỹ Ữ Ợ Đ");
  // Decomposed input comes out composed.
  EXPECT_EQ(text::upper_vi("la\xCC\x82m"), "LÂM");
}

TEST(Unicode, CollapseSpace) {
  EXPECT_EQ(text::collapse_space("  Kế \n\t hoạch  "), "Kế hoạch");
  EXPECT_EQ(text::collapse_space(""), "");
}

TEST(Dates, LeadingZeroRule) {
  // Decree 30 §4.4: day < 10 and months 1-2 take a zero; months 3-12 do not.
  EXPECT_EQ(text::place_and_date("Hà Nội", {2020, 1, 5}), "Hà Nội, ngày 05 tháng 01 năm 2020");
  EXPECT_EQ(text::place_and_date("Hải An", {2023, 2, 3}), "Hải An, ngày 03 tháng 02 năm 2023");
  EXPECT_EQ(text::place_and_date("Gia Lâm", {2023, 4, 24}), "Gia Lâm, ngày 24 tháng 4 năm 2023");
  EXPECT_EQ(text::place_and_date("Hải An", {2023, 12, 10}), "Hải An, ngày 10 tháng 12 năm 2023");
  EXPECT_EQ(text::date_in_words({2019, 6, 29}), "ngày 29 tháng 6 năm 2019");
}

TEST(Dates, BlankPartsLeaveAGap) {
  const std::string gap(text::kBlank);
  EXPECT_EQ(text::date_in_words({2023, 4, 0}), "ngày " + gap + " tháng 4 năm 2023");
  EXPECT_EQ(text::date_in_words({2023, 0, 0}), "ngày " + gap + " tháng " + gap + " năm 2023");
  EXPECT_GE(gap.size(), 4u) << "room to write a number in by hand";
}

TEST(Dates, ParseFullAndPartial) {
  std::string why;
  auto d = text::parse_issue_date("2023-04-24", why);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->year, 2023);
  EXPECT_EQ(d->month, 4);
  EXPECT_EQ(d->day, 24);
  d = text::parse_issue_date("2023-04", why);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->day, 0);
  d = text::parse_issue_date("2023", why);
  ASSERT_TRUE(d);
  EXPECT_EQ(d->month, 0);
  EXPECT_TRUE(text::parse_issue_date("2024-02-29", why));  // leap year
}

TEST(Dates, ImpossibleDatesAreErrors) {
  std::string why;
  EXPECT_FALSE(text::parse_issue_date("2023-02-29", why));
  EXPECT_NE(why.find("28 days"), std::string::npos) << why;
  EXPECT_FALSE(text::parse_issue_date("2023-13-01", why));
  EXPECT_FALSE(text::parse_issue_date("2023-04-31", why));
  EXPECT_FALSE(text::parse_issue_date("1900-02-29", why));  // not a leap year
  EXPECT_FALSE(text::parse_issue_date("2023-4-1", why));
  EXPECT_FALSE(text::parse_issue_date("0000-01-01", why));
}

TEST(Unicode, WordsSplitOnSpacesOnly) {
  const std::vector<std::string_view> want = {"LIÊN", "ĐOÀN", "LAO-ĐỘNG", "x"};
  EXPECT_EQ(text::words("  LIÊN ĐOÀN  LAO-ĐỘNG x "), want);
  EXPECT_TRUE(text::words("   ").empty());
}
