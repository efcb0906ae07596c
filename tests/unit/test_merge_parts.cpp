// Merge building blocks: the template language, CSV/TSV and workbook reading, file
// names, Vietnamese order, dates, and the zip writer.
#include <gtest/gtest.h>

#include "merge/csv_source.h"
#include "merge/file_names.h"
#include "merge/letter_template.h"
#include "merge/table_source.h"
#include "merge/vietnamese_order.h"
#include "merge/workbook_source.h"
#include "package/zip_reader.h"
#include "package/zip_writer.h"

using namespace vanban;
using namespace vanban::merge;

namespace {

constexpr const char* kHead = "<?xml version=\"1.0\"?>\n<vanban xmlns=\"urn:vanban:1\">\n";

LetterTemplate bound(const std::string& xml, const std::vector<std::string>& header, Errors& errors) {
  LetterTemplate t = LetterTemplate::parse(xml, "t.xml", errors);
  for (auto& e : t.bind(header)) errors.push_back(e);
  return t;
}

std::string fill(const LetterTemplate& t, const std::vector<std::string>& cells, std::vector<std::string>& problems) {
  return t.fill({&cells, "2", "1"}, problems);
}

std::vector<Record> all_records(TableSource& s) {
  std::vector<Record> out;
  Record r;
  while (s.next(r)) out.push_back(r);
  return out;
}

std::unique_ptr<TableSource> csv(const std::string& text, char delimiter = 0, const std::string& name = "d.csv") {
  Errors errors;
  auto s = csv_from_text(text, name, delimiter, errors);
  EXPECT_TRUE(errors.empty()) << (errors.empty() ? "" : errors[0].to_string());
  return s;
}

}  // namespace

// ---------------------------------------------------------------- template

TEST(LetterTemplate, FillsTextAndAttributesEscapingValues) {
  Errors errors;
  const auto t = bound(std::string(kHead) + "<guest a=\"{{x}}\">Đồng chí {{ho_ten}}</guest>", {"ho_ten", "x"}, errors);
  ASSERT_TRUE(errors.empty());
  std::vector<std::string> problems;
  EXPECT_EQ(
      fill(t, {"A <b>&amp;</b> \"B\"", "q\"'<"}, problems),
      std::string(kHead) + "<guest a=\"q&quot;&apos;&lt;\">Đồng chí A &lt;b&gt;&amp;amp;&lt;/b&gt; \"B\"</guest>");
  EXPECT_TRUE(problems.empty());
}

TEST(LetterTemplate, ValuesCannotBreakTheDocument) {
  Errors errors;
  const auto t = bound("<p>{{a}}</p><![CDATA[{{a}}]]>", {"a"}, errors);
  std::vector<std::string> problems;
  // Line breaks, tabs and controls become spaces; "]]>" cannot end a CDATA section.
  EXPECT_EQ(fill(t, {"x\r\ny\tz\x01]]>"}, problems), "<p>x  y z ]]&gt;</p><![CDATA[x  y z ]]]]><![CDATA[>]]>");
  fill(t, {"\xC3\x28"}, problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0], "column 'a' is not valid UTF-8");
}

TEST(LetterTemplate, EmptyRequiredValueIsARowProblemNamingTheTemplateLine) {
  Errors errors;
  const auto t = bound("<a>\n<b>{{ho_ten}} {{chuc_vu?}}</b></a>", {"ho_ten", "chuc_vu"}, errors);
  std::vector<std::string> problems;
  EXPECT_EQ(fill(t, {"An", ""}, problems), "<a>\n<b>An </b></a>");
  EXPECT_TRUE(problems.empty());
  fill(t, {"  ", "x"}, problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0], "column 'ho_ten' is empty, but the template needs it (line 2)");
}

TEST(LetterTemplate, BlocksKeptOnlyWhenTheColumnHasAValue) {
  Errors errors;
  const auto t =
      bound("<g>{{n}}{{#cv}}, {{cv}}{{/cv}}{{^cv}} (no role){{/cv}}</g><c>{{#note}}<p>{{note}}</p>{{/note}}</c>",
            {"n", "cv", "note"}, errors);
  ASSERT_TRUE(errors.empty());
  std::vector<std::string> problems;
  EXPECT_EQ(fill(t, {"An", "Chủ tịch", ""}, problems), "<g>An, Chủ tịch</g><c></c>");
  EXPECT_EQ(fill(t, {"An", "", "Ghi chú"}, problems), "<g>An (no role)</g><c><p>Ghi chú</p></c>");
  EXPECT_TRUE(problems.empty());
}

TEST(LetterTemplate, DateInDateElementAcceptsDayFirst) {
  Errors errors;
  const auto t = bound("<date>{{ngay}}</date><p>{{ngay}}</p>", {"ngay"}, errors);
  std::vector<std::string> problems;
  EXPECT_EQ(fill(t, {"5/7/2023"}, problems), "<date>2023-07-05</date><p>5/7/2023</p>");
  EXPECT_EQ(fill(t, {"2023-07-05"}, problems), "<date>2023-07-05</date><p>2023-07-05</p>");
  EXPECT_EQ(day_first_to_iso("25.12.2024"), "2024-12-25");
  EXPECT_EQ(day_first_to_iso("25/12-2024"), "25/12-2024");
  EXPECT_EQ(day_first_to_iso("125/12/2024"), "125/12/2024");
  EXPECT_EQ(day_first_to_iso("ngày 5"), "ngày 5");
}

TEST(LetterTemplate, ProbeUsesValuesValidForTheirElement) {
  Errors errors;
  const auto t =
      bound("<number>{{so}}</number><date>{{d}}</date><p>{{x}}{{^x}}gone{{/x}}</p>", {"so", "d", "x"}, errors);
  EXPECT_EQ(t.probe(), "<number>1</number><date>2000-01-01</date><p>X</p>");
}

TEST(LetterTemplate, UnknownColumnIsLocated) {
  Errors errors;
  bound("<a>\n  <b>{{ho_ten}}</b>\n  <c>Đồng chí {{chuc_vu}}</c>{{chuc_vu}}</a>", {"ho_ten", "don_vi"}, errors);
  ASSERT_EQ(errors.size(), 1u);  // one error per name, at its first use
  EXPECT_EQ(errors[0].line, 3);
  EXPECT_EQ(errors[0].column, 15);  // in characters: "Đồng chí " is 9
  EXPECT_NE(errors[0].message.find("no column 'chuc_vu' (columns: ho_ten, don_vi"), std::string::npos);
}

TEST(LetterTemplate, BuiltInsAndNfcNames) {
  Errors errors;
  // The name is written decomposed (NFD) in the template, composed in the header.
  const auto t = bound("<a>{{_row}}/{{_seq}} {{ he\xCC\x82\xCC\x81t }}</a>", {"h\xE1\xBA\xBFt"}, errors);
  ASSERT_TRUE(errors.empty());
  std::vector<std::string> problems;
  EXPECT_EQ(fill(t, {"v"}, problems), "<a>2/1 v</a>");
}

TEST(LetterTemplate, SyntaxErrors) {
  struct Case {
    const char* xml;
    int line;
    const char* message;
  };
  const Case cases[] = {
      {"<a>{{x</a>", 1, "'{{' is not closed"},
      {"<a {{x}}=\"1\"/>", 1, "cannot stand inside a tag"},
      {"<a>{{}}</a>", 1, "needs a column name"},
      {"<a>\n{{#x}}</a>", 2, "is never closed"},
      {"<a>{{/x}}</a>", 1, "closes no open"},
      {"<a>{{#x}}<b>{{/x}}</b></a>", 1, "must close inside the same element"},
      {"<a t=\"{{#x}}\">{{/x}}</a>", 1, "must close inside the same element"},
  };
  for (const auto& c : cases) {
    Errors errors;
    LetterTemplate::parse(c.xml, "t.xml", errors);
    ASSERT_FALSE(errors.empty()) << c.xml;
    EXPECT_EQ(errors[0].line, c.line) << c.xml;
    EXPECT_NE(errors[0].message.find(c.message), std::string::npos) << c.xml << ": " << errors[0].message;
  }
}

TEST(LetterTemplate, CommentsAreNotScanned) {
  Errors errors;
  const auto t = bound("<!-- {{not a column}} --><a>{{x}}</a>", {"x"}, errors);
  ASSERT_TRUE(errors.empty());
  std::vector<std::string> problems;
  EXPECT_EQ(fill(t, {"1"}, problems), "<!-- {{not a column}} --><a>1</a>");
}

// ---------------------------------------------------------------- CSV

TEST(Csv, QuotedFieldsWithSeparatorsQuotesAndNewlines) {
  auto s = csv("ho_ten,ghi_chu\r\n\"Nguyễn, Văn An\",\"nói \"\"xin chào\"\"\r\ndòng 2\"\r\nB,\r\n");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->header(), (std::vector<std::string>{"ho_ten", "ghi_chu"}));
  const auto rows = all_records(*s);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].cells, (std::vector<std::string>{"Nguyễn, Văn An", "nói \"xin chào\"\r\ndòng 2"}));
  EXPECT_EQ(rows[0].row, 2);
  EXPECT_EQ(rows[0].line, 2);
  EXPECT_EQ(rows[1].cells, (std::vector<std::string>{"B", ""}));
  EXPECT_EQ(rows[1].row, 3);
  EXPECT_EQ(rows[1].line, 4);  // the quoted newline moved it down a line
  EXPECT_EQ(s->where(rows[1]), "d.csv:4: row 3");
}

TEST(Csv, BomLineEndsAndBlankRows) {
  auto s = csv("\xEF\xBB\xBFten\rAn\r\n\nBình\n,\nChi");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->header(), std::vector<std::string>{"ten"});
  const auto rows = all_records(*s);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].cells[0], "An");
  EXPECT_EQ(rows[1].cells[0], "Bình");
  EXPECT_EQ(rows[2].cells[0], "Chi");
  EXPECT_EQ(rows[2].row, 6);  // blank lines are rows a spreadsheet would show
}

TEST(Csv, MissingAndExtraColumns) {
  auto s = csv("a,b,c\n1\n1,2,3,,\n1,2,3,4\n");
  const auto rows = all_records(*s);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].cells, (std::vector<std::string>{"1", "", ""}));
  EXPECT_TRUE(rows[0].problems.empty());
  EXPECT_TRUE(rows[1].problems.empty());  // trailing empty fields are harmless
  ASSERT_EQ(rows[2].problems.size(), 1u);
  EXPECT_NE(rows[2].problems[0].find("4 fields but the header names 3"), std::string::npos);
}

TEST(Csv, UnclosedQuoteLosesOnlyItsRow) {
  auto s = csv("a,b\n1,\"open\n2,x\n3,y\n");
  const auto rows = all_records(*s);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_FALSE(rows[0].problems.empty());
  EXPECT_NE(rows[0].problems[0].find("never closed"), std::string::npos);
  EXPECT_EQ(rows[1].cells, (std::vector<std::string>{"2", "x"}));
  EXPECT_EQ(rows[1].line, 3);
  EXPECT_EQ(rows[2].cells, (std::vector<std::string>{"3", "y"}));
}

TEST(Csv, TextAfterClosingQuoteIsARowProblem) {
  auto s = csv("a,b\n\"x\"y,2\n\"ok\" ,3\n");
  const auto rows = all_records(*s);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_FALSE(rows[0].problems.empty());
  EXPECT_TRUE(rows[1].problems.empty());
  EXPECT_EQ(rows[1].cells[0], "ok");
}

TEST(Csv, DelimiterGuessedOrGiven) {
  auto semi = csv("ho_ten;don_vi\nAn;X, Y\n");
  EXPECT_EQ(all_records(*semi)[0].cells, (std::vector<std::string>{"An", "X, Y"}));
  auto tsv = csv("ho_ten\tdon_vi\nAn\tX, Y\n", 0, "d.tsv");
  EXPECT_EQ(all_records(*tsv)[0].cells, (std::vector<std::string>{"An", "X, Y"}));
  auto given = csv("a|b\n1|2\n", '|');
  EXPECT_EQ(all_records(*given)[0].cells, (std::vector<std::string>{"1", "2"}));
}

TEST(Csv, HeaderNamesAreTrimmedAndNfc) {
  auto s = csv(" he\xCC\x82\xCC\x81t , b \n1,2\n");
  EXPECT_EQ(s->header(), (std::vector<std::string>{"h\xE1\xBA\xBFt", "b"}));
}

TEST(Csv, EmptyInputHasNoHeader) {
  Errors errors;
  EXPECT_FALSE(csv_from_text("", "e.csv", 0, errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("empty"), std::string::npos);
}

// ---------------------------------------------------------------- workbooks

namespace {

std::string write_temp(const std::string& name, const std::string& bytes) {
  const std::string path = ::testing::TempDir() + name;
  FILE* f = std::fopen(path.c_str(), "wb");
  std::fwrite(bytes.data(), 1, bytes.size(), f);
  std::fclose(f);
  return path;
}

}  // namespace

TEST(Workbook, XlsxFirstSheetSharedAndInlineStringsNumbersDatesGaps) {
  const std::string rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const std::string xlsx = package::zip({
      {"[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
      {"xl/workbook.xml", "<workbook xmlns:r=\"" + rel_ns +
                              "\"><sheets><sheet name=\"DS\" sheetId=\"1\" r:id=\"rId7\"/><sheet name=\"B\" "
                              "sheetId=\"2\" r:id=\"rId8\"/></sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels",
       "<Relationships><Relationship Id=\"rId8\" Target=\"worksheets/other.xml\"/><Relationship Id=\"rId7\" "
       "Target=\"worksheets/first.xml\"/></Relationships>"},
      {"xl/sharedStrings.xml",
       "<sst><si><t>ho_ten</t></si><si><t>ngay</t></si><si><r><t>Nguyễn </t></r><r><t>Văn An</t></r><rPh><t>x</t></rPh>"
       "</si><si><t>so</t></si></sst>"},
      {"xl/styles.xml",
       "<styleSheet><numFmts><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy;@\"/></numFmts><cellXfs><xf "
       "numFmtId=\"0\"/><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>"},
      {"xl/worksheets/first.xml",
       "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"D1\" "
       "t=\"s\"><v>3</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\" s=\"1\"><v>45034</v></c><c "
       "r=\"D2\"><v>15</v></c></row><row r=\"3\"/><row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>Trần "
       "Bình</t></is></c><c r=\"B5\" s=\"2\"><v>1</v></c><c r=\"D5\"><v>0.30000000000000004</v></c></row></sheetData>"
       "</worksheet>"},
      {"xl/worksheets/other.xml", "<worksheet><sheetData><row r=\"1\"><c><v>9</v></c></row></sheetData></worksheet>"},
  });
  Errors errors;
  auto s = open_table(write_temp("list.xlsx", xlsx), {}, errors);
  ASSERT_TRUE(s) << errors[0].to_string();
  EXPECT_EQ(s->header(), (std::vector<std::string>{"ho_ten", "ngay", "", "so"}));
  const auto rows = all_records(*s);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].cells, (std::vector<std::string>{"Nguyễn Văn An", "18/04/2023", "", "15"}));
  EXPECT_EQ(rows[0].row, 2);
  EXPECT_EQ(rows[1].cells, (std::vector<std::string>{"Trần Bình", "01/01/1900", "", "0.3"}));
  EXPECT_EQ(rows[1].row, 5);
  EXPECT_EQ(s->where(rows[1]), ::testing::TempDir() + "list.xlsx: row 5");
}

TEST(Workbook, OdsRepeatsSpacesDatesAndFirstSheetOnly) {
  const std::string ns =
      " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
      " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
      " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"";
  const std::string ods = package::zip({
      {"mimetype", "application/vnd.oasis.opendocument.spreadsheet", true},
      {"content.xml",
       "<office:document-content" + ns +
           "><office:body><office:spreadsheet><table:table table:name=\"A\">"
           "<table:table-row><table:table-cell><text:p>ho_ten</text:p></table:table-cell><table:table-cell><text:p>"
           "ngay</text:p></table:table-cell></table:table-row>"
           "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell><text:p>A<text:s "
           "text:c=\"2\"/>B</text:p><text:p>C</text:p></table:table-cell><table:table-cell office:value-type=\"date\" "
           "office:date-value=\"2023-07-25\"><text:p>25 thg 7</text:p></table:table-cell></table:table-row>"
           "<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell "
           "table:number-columns-repeated=\"16384\"/></table:table-row>"
           "</table:table><table:table table:name=\"B\"><table:table-row><table:table-cell><text:p>no</text:p>"
           "</table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>"
           "</office:document-content>"},
  });
  Errors errors;
  auto s = open_table(write_temp("list.ods", ods), {}, errors);
  ASSERT_TRUE(s) << errors[0].to_string();
  EXPECT_EQ(s->header(), (std::vector<std::string>{"ho_ten", "ngay"}));
  const auto rows = all_records(*s);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].cells, (std::vector<std::string>{"A  B\nC", "25/07/2023"}));
  EXPECT_EQ(rows[0].row, 2);
  EXPECT_EQ(rows[1].row, 3);
}

TEST(Workbook, DoctypeIsRefused) {
  const std::string xlsx = package::zip({
      {"xl/workbook.xml", "<!DOCTYPE w [<!ENTITY e \"x\">]><workbook/>"},
  });
  Errors errors;
  EXPECT_FALSE(open_table(write_temp("bad.xlsx", xlsx), {}, errors));
  ASSERT_FALSE(errors.empty());
  EXPECT_NE(errors[0].message.find("DOCTYPE"), std::string::npos) << errors[0].message;
}

TEST(Workbook, ExcelDatesAndFormats) {
  EXPECT_EQ(excel_serial_to_date(1, false), "01/01/1900");
  EXPECT_EQ(excel_serial_to_date(61, false), "01/03/1900");
  EXPECT_EQ(excel_serial_to_date(45034.75, false), "18/04/2023");
  EXPECT_EQ(excel_serial_to_date(0, true), "01/01/1904");
  EXPECT_TRUE(is_date_format(14, ""));
  EXPECT_TRUE(is_date_format(165, "d/m/yyyy"));
  EXPECT_FALSE(is_date_format(165, "\"d\"0.00"));
  EXPECT_FALSE(is_date_format(165, "[Red]0.00"));
  EXPECT_FALSE(is_date_format(2, ""));
}

// ---------------------------------------------------------------- file names

TEST(FileNames, UnsafeNamesBecomeOneSafeComponent) {
  EXPECT_EQ(safe_file_name("../x", 120), "_x");
  EXPECT_EQ(safe_file_name("a/b\\c", 120), "a_b_c");
  EXPECT_EQ(safe_file_name("..", 120), "");
  EXPECT_EQ(safe_file_name("a..b...c", 120), "a.b.c");
  EXPECT_EQ(safe_file_name("x\x01y\x7f"
                           "z\n w",
                           120),
            "x_y_z w");
  EXPECT_EQ(safe_file_name("a:b*c?d\"e<f>g|h", 120), "a_b_c_d_e_f_g_h");
  EXPECT_EQ(safe_file_name("  .hidden. ", 120), "hidden");
  EXPECT_EQ(safe_file_name("con", 120), "_con");
  EXPECT_EQ(safe_file_name("LPT1.txt", 120), "_LPT1.txt");
  EXPECT_EQ(safe_file_name("CONSOLE", 120), "CONSOLE");
  EXPECT_EQ(safe_file_name("abc\xE2\x80\xAEtxt.exe", 120), "abctxt.exe");         // right-to-left override dropped
  EXPECT_EQ(safe_file_name("Nguye\xCC\x82\xCC\x83n", 120), "Nguy\xE1\xBB\x85n");  // NFC
}

TEST(FileNames, LongNamesAreCutBetweenCharacters) {
  std::string name;
  for (int i = 0; i < 100; ++i) name += "Đặng ";  // 300+ characters
  const std::string cut = safe_file_name(name, 120);
  EXPECT_LE(cut.size(), 120u);
  EXPECT_GT(cut.size(), 100u);
  EXPECT_NE(cut.back(), ' ');
  EXPECT_EQ(safe_file_name(cut, 120), cut);  // whole characters: valid UTF-8, stable
}

TEST(FileNames, DuplicatesGetSuffixesCaseInsensitively) {
  UniqueNames u;
  EXPECT_EQ(u.take("An"), "An");
  EXPECT_EQ(u.take("an"), "an-2");
  EXPECT_EQ(u.take("An-3"), "An-3");
  EXPECT_EQ(u.take("AN"), "AN-4");  // An-3 is taken by a real name
  EXPECT_EQ(u.take("Đức"), "Đức");
  EXPECT_EQ(u.take("đỨc"), "đỨc-2");
}

// ---------------------------------------------------------------- Vietnamese order

TEST(VietnameseOrder, IcuViCollationPinned) {
  VietnameseOrder o;
  std::vector<std::string> w = {"ạ", "á", "ã", "ả", "à", "a", "ă", "â", "b", "đ", "d", "e",
                                "ê", "o", "ô", "ơ", "u", "ư", "y", "Đ", "D", "A", "Ă"};
  std::sort(w.begin(), w.end(), [&](const auto& a, const auto& b) { return o.key(a) < o.key(b); });
  // Ă, Â after A; Đ after D; tones in the dictionary order ngang, huyền, hỏi, ngã, sắc,
  // nặng; lower case before upper case.
  EXPECT_EQ(w, (std::vector<std::string>{"a", "A", "à", "ả", "ã", "á", "ạ", "ă", "Ă", "â", "b", "d",
                                         "D", "đ", "Đ", "e", "ê", "o", "ô", "ơ", "u", "ư", "y"}));
  EXPECT_LT(o.key("Anh"), o.key("Ân"));  // letters before tones: â is a letter after all a…
  EXPECT_LT(o.key("Dũng"), o.key("Đạt"));
}

TEST(VietnameseOrder, NamesByGivenNameThenFamily) {
  VietnameseOrder o;
  std::vector<std::string> n = {"Nguyễn Văn An", "Trần Thị Ánh", "Lê Anh",    "Phạm Ân", "Bùi Ấn",
                                "Đỗ Đức",        "Ngô Dũng",     "Lê Văn An", "Ân"};
  std::stable_sort(n.begin(), n.end(), [&](const auto& a, const auto& b) { return o.name_key(a) < o.name_key(b); });
  EXPECT_EQ(n, (std::vector<std::string>{"Lê Văn An", "Nguyễn Văn An", "Lê Anh", "Trần Thị Ánh", "Ân", "Phạm Ân",
                                         "Bùi Ấn", "Ngô Dũng", "Đỗ Đức"}));
}

// ---------------------------------------------------------------- zip

TEST(ZipWriter, PackedEntriesAreReusedAndReadBack) {
  const auto styles = package::pack("styles.xml", std::string(5000, 's'));
  const auto mime = package::pack("mimetype", "application/x", true);
  for (const char* body : {"first", "second letter"}) {
    const auto doc = package::pack("doc.xml", body, false, 3);
    const std::string z = package::assemble({&mime, &doc, &styles});
    EXPECT_EQ(z.substr(30, 8), "mimetype");  // first, stored: sniffable at offset 30
    EXPECT_EQ(z.substr(38, 13), "application/x");
    EXPECT_EQ(package::read_zip_entry(z, "doc.xml", 1 << 20), std::string(body));
    EXPECT_EQ(package::read_zip_entry(z, "styles.xml", 1 << 20), std::string(5000, 's'));
  }
  EXPECT_EQ(package::zip({{"a", "x"}}), package::zip({{"a", "x"}}));  // no timestamps
}

TEST(Workbook, SheetBrokenOffPartWayIsOneBadRowThenTheEnd) {
  // Long enough that the XML reader delivers rows before it meets the break.
  std::string sheet = "<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>a</t></is></c></row>";
  for (int i = 2; i <= 2000; ++i)
    sheet += "<row r=\"" + std::to_string(i) + "\"><c t=\"inlineStr\"><is><t>x</t></is></c></row>";
  sheet += "<row r=\"2001\"><c></sheetData>";
  const std::string xlsx = package::zip({
      {"xl/workbook.xml",
       "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet "
       "r:id=\"rId1\"/></sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" Target=\"s.xml\"/></Relationships>"},
      {"xl/s.xml", sheet},
  });
  Errors errors;
  auto s = open_table(write_temp("broken.xlsx", xlsx), {}, errors);
  ASSERT_TRUE(s);
  const auto rows = all_records(*s);
  ASSERT_GE(rows.size(), 2u);
  EXPECT_EQ(rows[0].cells, std::vector<std::string>{"x"});
  EXPECT_TRUE(rows[rows.size() - 2].problems.empty());
  ASSERT_FALSE(rows.back().problems.empty());  // one bad row, then the end
  EXPECT_NE(rows.back().problems[0].find("not well-formed"), std::string::npos);
}
