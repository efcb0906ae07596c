#include <gtest/gtest.h>

#include "input/xml_reader.h"

using namespace vanban;

namespace {

// A minimal valid document; `extra` goes into the body, `header` replaces the default issuer…date.
std::string doc(const std::string& body, const std::string& date = "2023-04-24") {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<vanban xmlns=\"urn:vanban:1\" kind=\"ke-hoach\">\n"
         "  <issuer abbr=\"LĐLĐ\">LĐLĐ huyện Gia Lâm</issuer>\n"
         "  <place>Gia Lâm</place>\n"
         "  <date>" +
         date +
         "</date>\n"
         "  <body>" +
         body +
         "</body>\n"
         "</vanban>\n";
}

}  // namespace

TEST(Reader, ReadsAMinimalDocument) {
  auto r = input::read_document(doc("<p>Nội dung</p>"), "a.xml");
  ASSERT_TRUE(r.errors.empty()) << r.errors[0].to_string();
  ASSERT_TRUE(r.document);
  EXPECT_EQ(r.document->kind, "ke-hoach");
  EXPECT_EQ(r.document->style, "nd30");
  EXPECT_EQ(r.document->issuer.name, "LĐLĐ huyện Gia Lâm");
  ASSERT_EQ(r.document->body.size(), 1u);
}

TEST(Reader, RefusesExternalEntities) {
  const std::string xxe =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE vanban [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
      "<vanban xmlns=\"urn:vanban:1\" kind=\"ke-hoach\"><issuer>&x;</issuer></vanban>";
  auto r = input::read_document(xxe, "xxe.xml");
  ASSERT_FALSE(r.document);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code, ErrorCode::Forbidden);
  EXPECT_EQ(r.errors[0].line, 2);
  EXPECT_NE(r.errors[0].to_string().find("xxe.xml:2:"), std::string::npos) << r.errors[0].to_string();
  EXPECT_NE(r.errors[0].message.find("DOCTYPE"), std::string::npos);
}

TEST(Reader, RefusesEntityExpansionBombBeforeExpanding) {
  std::string bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n";
  for (int i = 1; i < 10; ++i) {
    bomb += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) bomb += "&lol" + (i == 1 ? std::string() : std::to_string(i - 1)) + ";";
    bomb += "\">\n";
  }
  bomb += "]>\n<vanban xmlns=\"urn:vanban:1\" kind=\"ke-hoach\"><issuer>&lol9;</issuer></vanban>";
  auto r = input::read_document(bomb, "bomb.xml");
  ASSERT_FALSE(r.document);
  ASSERT_FALSE(r.errors.empty());
  EXPECT_EQ(r.errors[0].code, ErrorCode::Forbidden);
}

TEST(Reader, SchemaErrorsNameLineAndColumn) {
  auto r = input::read_document(doc("\n    <p>x</p><chapter/>"), "bad.xml");
  ASSERT_FALSE(r.document);
  ASSERT_FALSE(r.errors.empty());
  EXPECT_EQ(r.errors[0].code, ErrorCode::Schema);
  EXPECT_EQ(r.errors[0].line, 7);
  EXPECT_EQ(r.errors[0].column, 13);
  EXPECT_NE(r.errors[0].message.find("chapter"), std::string::npos) << r.errors[0].message;
  EXPECT_EQ(r.errors[0].message.find("urn:vanban"), std::string::npos) << "namespace noise is removed";
}

TEST(Reader, NotWellFormedNamesTheSpot) {
  auto r = input::read_document("<vanban xmlns=\"urn:vanban:1\">\n  <issuer>x</issue>\n</vanban>", "broken.xml");
  ASSERT_FALSE(r.document);
  ASSERT_FALSE(r.errors.empty());
  EXPECT_EQ(r.errors[0].code, ErrorCode::NotWellFormed);
  EXPECT_EQ(r.errors[0].line, 2);
  EXPECT_GT(r.errors[0].column, 0);
}

TEST(Reader, ImpossibleDateIsAnError) {
  auto r = input::read_document(doc("<p>x</p>", "2023-02-30"), "date.xml");
  ASSERT_FALSE(r.document);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code, ErrorCode::BadDate);
  EXPECT_EQ(r.errors[0].line, 5);
  EXPECT_EQ(r.errors[0].column, 3);
}

TEST(Reader, UnknownKindAndStyle) {
  std::string x = doc("<p>x</p>");
  auto r = input::read_document(std::string(x).replace(x.find("ke-hoach"), 8, "thu-tinh"), "k.xml");
  ASSERT_FALSE(r.errors.empty());
  EXPECT_EQ(r.errors[0].code, ErrorCode::UnknownKind);
  EXPECT_NE(r.errors[0].message.find("ke-hoach"), std::string::npos) << "lists the known kinds";
  auto s = input::read_document(std::string(x).replace(x.find("kind="), 5, "style=\"fancy\" kind="), "s.xml");
  ASSERT_FALSE(s.errors.empty());
  EXPECT_EQ(s.errors[0].code, ErrorCode::UnknownStyle);
}

TEST(Reader, SymbolNeedsAnAbbreviation) {
  std::string x = doc("<p>x</p>");
  const std::string abbr = " abbr=\"LĐLĐ\"";
  x.replace(x.find(abbr), abbr.size(), "");
  auto r = input::read_document(x, "sym.xml");
  ASSERT_FALSE(r.errors.empty());
  EXPECT_EQ(r.errors[0].code, ErrorCode::Symbol);
  EXPECT_EQ(r.errors[0].line, 3);
}

TEST(Reader, TextIsNfcAndWhiteSpaceCollapsedAcrossRuns) {
  // "Lâm" decomposed; indentation and a line break inside the paragraph.
  auto r = input::read_document(doc("<p>  Gia La\xCC\x82m\n      <b>Thời gian:</b> 8 giờ  </p>"), "n.xml");
  ASSERT_TRUE(r.document) << r.errors[0].to_string();
  const auto& t = r.document->body[0].text;
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].text, "Gia Lâm ");
  EXPECT_EQ(t[1].text, "Thời gian: ");  // a space between runs stays with the earlier run
  EXPECT_TRUE(t[1].bold);
  EXPECT_EQ(t[2].text, "8 giờ");
}

TEST(Reader, NestingBeyondTheLimitIsRefused) {
  std::string deep;
  for (int i = 0; i < 40; ++i) deep += "<section title=\"x\">";
  for (int i = 0; i < 40; ++i) deep += "</section>";
  auto r = input::read_document(doc(deep), "deep.xml");
  ASSERT_FALSE(r.document);
  ASSERT_FALSE(r.errors.empty());
  EXPECT_EQ(r.errors[0].code, ErrorCode::Limit);
}

TEST(Reader, HugeTableSpansAreALimitNotACrash) {
  auto r = input::read_document(
      doc("<table widths=\"1 99999999999999999999999\"><row><cell span=\"99999999999999999999\">a</cell>"
          "</row></table>"),
      "span.xml");
  ASSERT_FALSE(r.document);
  ASSERT_FALSE(r.errors.empty());
  EXPECT_EQ(r.errors[0].code, ErrorCode::Limit);
  EXPECT_EQ(r.errors[0].line, 6);
}
