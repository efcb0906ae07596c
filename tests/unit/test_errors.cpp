// The error model (src/core/error.h): each code for what causes it, asserted by code
// (never by wording); exceptions caught at the boundaries (a merge row, a public API
// function) as Internal errors, made to happen with core/fault.h; and the one XML
// escaper every value goes through.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "api/import.h"
#include "api/import_accounting.h"
#include "api/merge.h"
#include "api/vanban.h"
#include "core/fault.h"
#include "merge/csv_source.h"
#include "merge/letter_template.h"
#include "xml/xml_writer.h"

using namespace vanban;
namespace fs = std::filesystem;

namespace {

const std::string kLetter = R"(<?xml version="1.0" encoding="UTF-8"?>
<vanban xmlns="urn:vanban:1" version="1" kind="giay-moi" style="nd30">
  <issuer superior="UBND tỉnh Kon Tum" abbr="SNV">Sở Nội vụ</issuer>
  <number>{{so}}</number>
  <place>Kon Tum</place>
  <date>{{ngay}}</date>
  <subject>Dự hội nghị tổng kết</subject>
  <invitation>
    <host>Sở Nội vụ</host>
    <guest>Ông (bà) {{ho_ten}}</guest>
    <event>Hội nghị tổng kết năm 2024.</event>
    <time>08 giờ, ngày 20 tháng 12 năm 2024.</time>
    <venue>Hội trường Sở Nội vụ.</venue>
  </invitation>
  <signature>
    <authority prefix="KT">Giám đốc</authority>
    <role>Phó Giám đốc</role>
    <signer>Trần Văn Bình</signer>
  </signature>
  <recipients>
    <recipient>{{don_vi}}</recipient>
    <archive>VT</archive>
  </recipients>
</vanban>
)";

std::vector<ErrorCode> codes(const Errors& errors) {
  std::vector<ErrorCode> out;
  for (const auto& e : errors) out.push_back(e.code);
  return out;
}

// Arms a fault predicate for one test.
struct Armed {
  explicit Armed(fault::Predicate p) { fault::arm(p); }
  ~Armed() { fault::arm(nullptr); }
  Armed(const Armed&) = delete;
  Armed& operator=(const Armed&) = delete;
};

bool row_3_throws(std::string_view point, std::string_view detail) { return point == "merge.row" && detail == "3"; }
bool every_row_throws(std::string_view point, std::string_view) { return point == "merge.row"; }
bool api_throws(std::string_view point, std::string_view) { return point == "api"; }

const std::string kFourRows =
    "so,ngay,ho_ten,don_vi\n1,1/1/2024,An,A\n2,1/1/2024,Bình,B\n3,1/1/2024,Chi,C\n4,1/1/2024,Dũng,D\n";

class ErrorCodes : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) / ("errors-" + std::to_string(::getpid()) + "-" +
                                             ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  MergeSummary merge(const std::string& letter, const std::string& csv, MergeOptions o = {}) {
    std::ofstream(dir_ / "t.xml", std::ios::binary) << letter;
    std::ofstream(dir_ / "d.csv", std::ios::binary) << csv;
    o.template_path = (dir_ / "t.xml").string();
    o.data_path = (dir_ / "d.csv").string();
    if (o.single_path.empty()) o.out_dir = (dir_ / "out").string();
    o.row_error = [this](const Error& e) { rows_.push_back(e); };
    return merge_letters(o);
  }
  std::vector<std::string> outputs() const {
    std::vector<std::string> names;
    if (fs::exists(dir_ / "out"))
      for (const auto& e : fs::directory_iterator(dir_ / "out")) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }

  fs::path dir_;
  Errors rows_;
};

}  // namespace

TEST(ErrorCodeNames, TheClosedSet) {
  EXPECT_STREQ(error_code_name(ErrorCode::Schema), "schema");
  EXPECT_STREQ(error_code_name(ErrorCode::Template), "template");
  EXPECT_STREQ(error_code_name(ErrorCode::Data), "data");
  EXPECT_STREQ(error_code_name(ErrorCode::Row), "row");
  EXPECT_STREQ(error_code_name(ErrorCode::Internal), "internal");
}

// ---------------------------------------------------------------- template

TEST(ErrorCodesTemplate, PlaceholderSyntaxIsTemplate) {
  for (const char* xml : {"<a>{{x</a>", "<a {{x}}=\"1\"/>", "<a>{{}}</a>", "<a>{{#x}}</a>", "<a>{{/x}}</a>",
                          "<a>{{#x}}<b>{{/x}}</b></a>"}) {
    Errors errors;
    merge::LetterTemplate::parse(xml, "t.xml", errors);
    ASSERT_FALSE(errors.empty()) << xml;
    EXPECT_EQ(errors[0].code, ErrorCode::Template) << xml;
  }
}

TEST_F(ErrorCodes, ColumnTheDataLacksIsTemplate) {
  const auto s = merge(kLetter, "so,ngay,ten,don_vi\n1,1/1/2024,An,A\n");
  EXPECT_EQ(codes(s.errors), std::vector<ErrorCode>{ErrorCode::Template});
  EXPECT_FALSE(fs::exists(dir_ / "out"));
}

TEST_F(ErrorCodes, FilledTemplateThatIsNoDocumentKeepsTheReadersCode) {
  std::string bad = kLetter;
  bad.replace(bad.find("<place>"), 7, "<plase>");
  EXPECT_EQ(merge(bad, "so,ngay,ho_ten,don_vi\n1,1/1/2024,An,A\n").errors.at(0).code, ErrorCode::NotWellFormed);
}

// ---------------------------------------------------------------- data

TEST_F(ErrorCodes, EmptyListIsData) {
  EXPECT_EQ(codes(merge(kLetter, "").errors), std::vector<ErrorCode>{ErrorCode::Data});
  Errors errors;
  EXPECT_FALSE(merge::csv_from_text("", "e.csv", 0, errors));
  EXPECT_EQ(codes(errors), std::vector<ErrorCode>{ErrorCode::Data});
}

TEST_F(ErrorCodes, BadHeaderIsData) {
  // An unclosed quote in the header: the columns cannot be read.
  EXPECT_EQ(codes(merge(kLetter, "so,\"ngay\n").errors), std::vector<ErrorCode>{ErrorCode::Data});
}

TEST_F(ErrorCodes, RepeatedColumnIsData) {
  const auto s = merge(kLetter, "so,ngay,ho_ten,don_vi,ho_ten\n1,1/1/2024,An,A,B\n");
  EXPECT_EQ(codes(s.errors), std::vector<ErrorCode>{ErrorCode::Data});
}

TEST_F(ErrorCodes, NoRowMadeIntoALetterIsData) {
  MergeOptions o;
  o.single_path = (dir_ / "all.docx").string();
  const auto s = merge(kLetter, "so,ngay,ho_ten,don_vi\n1,1/1/2024,,A\n", o);
  EXPECT_EQ(codes(s.errors), std::vector<ErrorCode>{ErrorCode::Data});
  EXPECT_EQ(codes(rows_), std::vector<ErrorCode>{ErrorCode::Row});
  EXPECT_FALSE(fs::exists(dir_ / "all.docx"));
}

// ---------------------------------------------------------------- row

TEST_F(ErrorCodes, BadRowsAreRowOrTheCheckTheirLetterFailed) {
  const auto s = merge(kLetter,
                       "so,ngay,ho_ten,don_vi\n"
                       "1,1/1/2024,An,A\n"
                       "2,1/1/2024,,B\n"            // a required value empty
                       "3,1/1/2024,Chi,C,extra\n"   // more fields than the header names
                       "4,31/2/2024,Dũng,D\n"       // the letter's date does not exist
                       "5,1/1/2024,\"Hà\xff\",E\n"  // not UTF-8
                       "6,1/1/2024,Lan,F\n");
  EXPECT_TRUE(s.errors.empty());
  EXPECT_EQ(s.written, 2);
  EXPECT_EQ(codes(rows_), (std::vector<ErrorCode>{ErrorCode::Row, ErrorCode::Row, ErrorCode::BadDate, ErrorCode::Row}));
  EXPECT_EQ(rows_[0].line, 3);  // located on the row
  EXPECT_EQ(outputs(), (std::vector<std::string>{"0001.docx", "0006.docx"}));
}

TEST(ErrorCodesRow, UnreadableRowOfASheetToImportIsRow) {
  const ImportResult r = decode_document("a,b\n1,2\n3,\"open\n", "t.csv");
  ASSERT_FALSE(r.errors.empty());
  EXPECT_EQ(r.errors[0].code, ErrorCode::Row);
  EXPECT_EQ(r.errors[0].line, 3);
}

// ---------------------------------------------------------------- escaping

TEST(OneEscaper, EachPlaceAValueCanGo) {
  const std::string v = "a&b<c>d\"e'f]]>g\x01h";
  auto escaped = [&](xml::Escape where) {
    std::string out;
    xml::escape_into(out, v, where);
    return out;
  };
  EXPECT_EQ(escaped(xml::Escape::Text), "a&amp;b&lt;c&gt;d\"e'f]]&gt;gh");
  EXPECT_EQ(escaped(xml::Escape::Attribute), "a&amp;b&lt;c&gt;d&quot;e'f]]&gt;gh");
  EXPECT_EQ(escaped(xml::Escape::AnyQuote), "a&amp;b&lt;c&gt;d&quot;e&apos;f]]&gt;gh");
  // Nothing is escaped in CDATA; "]]>" is split across two sections, also when a
  // dropped character stood inside it.
  EXPECT_EQ(escaped(xml::Escape::CData), "a&b<c>d\"e'f]]]]><![CDATA[>gh");
  std::string out;
  xml::escape_into(out, "]]\x01>", xml::Escape::CData);
  EXPECT_EQ(out, "]]]]><![CDATA[>");
}

TEST(OneEscaper, MergeValuesAreMadeXmlSafeThenEscaped) {
  Errors errors;
  auto t = merge::LetterTemplate::parse("<a t='{{x}}'>{{x}}</a>", "t.xml", errors);
  ASSERT_TRUE(t.bind({"x"}).empty());
  std::vector<std::string> cells{"it's \xEF\xBF\xBE<1>"}, problems;
  // U+FFFE, which XML cannot hold, becomes a space (text::xml_safe), as in imports.
  EXPECT_EQ(t.fill({&cells, "2", "1"}, problems), "<a t='it&apos;s  &lt;1&gt;'>it's  &lt;1&gt;</a>");
  EXPECT_TRUE(problems.empty());
}

// ---------------------------------------------------------------- boundaries

TEST_F(ErrorCodes, AnExceptionOnOneRowIsThatRowsInternalErrorAndLosesNoOther) {
  const Armed armed(row_3_throws);  // row 3: the list's second data row
  for (unsigned jobs : {1u, 3u}) {
    rows_.clear();
    fs::remove_all(dir_ / "out");
    MergeOptions o;
    o.jobs = jobs;
    const auto s = merge(kLetter, kFourRows, o);
    EXPECT_TRUE(s.errors.empty());
    EXPECT_EQ(s.written, 3);
    EXPECT_EQ(s.failed, 1);
    ASSERT_EQ(codes(rows_), std::vector<ErrorCode>{ErrorCode::Internal});
    EXPECT_EQ(rows_[0].file, (dir_ / "d.csv").string());
    EXPECT_EQ(rows_[0].line, 3);
    EXPECT_EQ(rows_[0].message.rfind("row 3: ", 0), 0u) << rows_[0].message;
    EXPECT_EQ(outputs(), (std::vector<std::string>{"0001.docx", "0003.docx", "0004.docx"}));
  }
}

TEST_F(ErrorCodes, AnExceptionOnOneRowUnderSingleAndStrict) {
  const Armed armed(row_3_throws);
  MergeOptions single;
  single.single_path = (dir_ / "all.docx").string();
  auto s = merge(kLetter, kFourRows, single);
  EXPECT_TRUE(s.errors.empty());
  EXPECT_EQ(s.written, 3);
  EXPECT_EQ(codes(rows_), std::vector<ErrorCode>{ErrorCode::Internal});
  EXPECT_TRUE(fs::exists(dir_ / "all.docx"));

  rows_.clear();
  MergeOptions strict;
  strict.strict = true;
  s = merge(kLetter, kFourRows, strict);
  EXPECT_TRUE(s.stopped);
  EXPECT_EQ(s.written, 1);
  EXPECT_EQ(codes(rows_), std::vector<ErrorCode>{ErrorCode::Internal});
}

TEST_F(ErrorCodes, EveryRowThrowingStillEndsTheRun) {
  const Armed armed(every_row_throws);
  MergeOptions o;
  o.jobs = 2;
  const auto s = merge(kLetter, kFourRows, o);
  EXPECT_EQ(s.failed, 4);
  EXPECT_EQ(s.written, 0);
  EXPECT_EQ(codes(rows_), std::vector<ErrorCode>(4, ErrorCode::Internal));
}

TEST_F(ErrorCodes, AnExceptionInACallerCallbackJoinsTheWorkersAndIsInternal) {
  MergeOptions o;
  o.jobs = 2;
  o.progress = [](double, long) { throw std::runtime_error("callback"); };
  const auto s = merge(kLetter, kFourRows, o);
  EXPECT_EQ(codes(s.errors), std::vector<ErrorCode>{ErrorCode::Internal});
  EXPECT_EQ(s.errors[0].file, (dir_ / "d.csv").string());
}

TEST_F(ErrorCodes, MergeLettersIsABoundary) {
  const Armed armed(api_throws);
  const auto s = merge(kLetter, kFourRows);
  EXPECT_EQ(codes(s.errors), std::vector<ErrorCode>{ErrorCode::Internal});
  EXPECT_EQ(s.errors[0].file, (dir_ / "d.csv").string());
  EXPECT_FALSE(fs::exists(dir_ / "out"));
}

TEST(ApiBoundaries, EachPublicFunctionReportsAnExceptionAsInternalNamingTheFile) {
  const Armed armed(api_throws);
  const RenderResult one = render("<vanban/>", "a.xml", Format::Docx);
  EXPECT_EQ(codes(one.errors), std::vector<ErrorCode>{ErrorCode::Internal});
  EXPECT_EQ(one.errors[0].file, "a.xml");
  EXPECT_TRUE(one.bytes.empty());
  const MultiRenderResult many = render("<vanban/>", "b.xml", {Format::Docx, Format::Odt});
  EXPECT_EQ(codes(many.errors), std::vector<ErrorCode>{ErrorCode::Internal});
  EXPECT_TRUE(many.files.empty());
  const Errors v = validate("<vanban/>", "c.xml");
  EXPECT_EQ(codes(v), std::vector<ErrorCode>{ErrorCode::Internal});
  EXPECT_EQ(v[0].file, "c.xml");
  const ImportResult imported = import_document("Kế hoạch", "d.txt");
  EXPECT_EQ(codes(imported.errors), std::vector<ErrorCode>{ErrorCode::Internal});
  EXPECT_EQ(imported.errors[0].file, "d.txt");
  const ImportResult decoded = decode_document("Kế hoạch", "e.txt");
  EXPECT_EQ(codes(decoded.errors), std::vector<ErrorCode>{ErrorCode::Internal});
  const WordAccount account = account_words("Kế hoạch", imported);
  EXPECT_FALSE(account.ok());
  EXPECT_EQ(codes(account.errors), std::vector<ErrorCode>{ErrorCode::Internal});
}
