// Odd documents never crash the checker and cost time in proportion to their size.
#include <gtest/gtest.h>

#include "check/check.h"
#include "check_fixture.h"

using namespace vanban;
using check::Code;

TEST(CheckRobust, NoInputNoDocument) {
  check::CheckInput in;
  EXPECT_TRUE(check::check_document(in).empty());
}

TEST(CheckRobust, EmptyDocumentLacksEveryComponent) {
  office::Document doc;
  check::CheckInput in;
  in.doc = &doc;
  const auto v = check::check_document(in);
  std::vector<check::Component> missing;
  for (const auto& f : v) {
    EXPECT_EQ(f.code, Code::MissingComponent);
    missing.push_back(f.component);
  }
  // No tên loại: the recogniser reads a công văn, whose "V/v" is then missing.
  using C = check::Component;
  EXPECT_EQ(missing, (std::vector<C>{C::Issuer, C::NationalTitle, C::Motto, C::Number, C::Vv, C::Date, C::Signer,
                                     C::RecipientsLabel}));
}

TEST(CheckRobust, InputThatDoesNotMatchItsDocument) {
  auto c = check_test::sample("cong-van");
  check::CheckInput in = c.input();
  // Lines pointing nowhere, texts for half the paragraphs, odd indexes.
  in.paragraph_of_line.assign(in.paragraph_of_line.size(), 100000);
  in.decoded.resize(in.decoded.size() / 2);
  in.legacy.clear();
  c.doc.paragraphs[3].index = -5;
  c.doc.paragraphs[4].index = 2000000000;
  c.doc.paragraphs[5].section = 99;
  c.doc.paragraphs[6].table = 7;
  c.doc.paragraphs[6].cell_width = -40;
  in.doc = &c.doc;
  EXPECT_NO_THROW(check::check_document(in));
}

TEST(CheckRobust, SizesAndFontsNobodyStated) {
  auto c = check_test::sample("thong-bao");
  c.doc.defaults = {};
  for (auto& p : c.doc.paragraphs)
    for (auto& r : p.runs) {
      r.look.size = 0;
      r.look.font.clear();
    }
  for (const auto& f : c.findings()) {
    EXPECT_NE(f.code, Code::FontSize);
    EXPECT_NE(f.code, Code::FontFamily);
  }
}

// Speed is bench/check_bench's; here only that a long document is read whole.
TEST(CheckRobust, TenThousandParagraphs) {
  auto c = check_test::sample("thong-bao");
  const auto body = c.doc.paragraphs[check_test::find_paragraph(c.doc, "Giám đốc Sở tiếp")];
  const size_t at = check_test::find_paragraph(c.doc, "Sở Nội vụ thông báo");
  c.doc.paragraphs.insert(c.doc.paragraphs.begin() + static_cast<long>(at), 10000, body);
  for (size_t i = 0; i < c.doc.paragraphs.size(); ++i) c.doc.paragraphs[i].index = static_cast<int>(i) + 1;
  const auto v = c.findings();
  for (const auto& f : v) EXPECT_EQ(f.code, Code::SpacingCharacters) << check::finding_line(f, check::Lang::En);
}
