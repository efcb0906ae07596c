// Legacy Vietnamese in delegate lists: workbook cells decoded by their font (cell
// style, rich-text run, ODS span), legacy CSV detected or forced and decoded per
// record, and import's tab-separated view of a sheet.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "api/import.h"
#include "import/legacy_encodings.h"
#include "merge/csv_source.h"
#include "merge/table_source.h"
#include "merge/workbook_source.h"
#include "merge/workbook_xml.h"
#include "package/zip_writer.h"

using namespace vanban;
using namespace vanban::merge;

namespace {

const std::string kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// A one-sheet .xlsx whose cellXfs i uses fonts[i].
std::string xlsx(const std::vector<std::string>& fonts, const std::string& shared, const std::string& rows) {
  std::string font_xml, xfs;
  for (size_t i = 0; i < fonts.size(); ++i) {
    font_xml += "<font><sz val=\"12\"/><name val=\"" + fonts[i] + "\"/></font>";
    xfs += "<xf numFmtId=\"0\" fontId=\"" + std::to_string(i) + "\"/>";
  }
  return package::zip({
      {"xl/workbook.xml", "<workbook xmlns:r=\"" + kRel + "\"><sheets><sheet r:id=\"rId1\"/></sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels",
       "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
      {"xl/styles.xml", "<styleSheet><fonts>" + font_xml +
                            "</fonts><dxfs><dxf><font><name val=\"VNI-Times\"/></font></dxf></dxfs><cellXfs>" + xfs +
                            "</cellXfs></styleSheet>"},
      {"xl/sharedStrings.xml", "<sst>" + shared + "</sst>"},
      {"xl/worksheets/sheet1.xml", "<worksheet><sheetData>" + rows + "</sheetData></worksheet>"},
  });
}

std::vector<Record> all_records(TableSource& s) {
  std::vector<Record> out;
  Record r;
  while (s.next(r)) out.push_back(r);
  return out;
}

std::string read_file(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::string fixture(const std::string& name) {
  return read_file(std::string(VANBAN_SOURCE_DIR) + "/tests/fixtures/legacy/sheets/" + name);
}

const char* kList =
    "stt,ho_ten,don_vi\r\n"
    "1,Nguyễn Văn An,Công đoàn ngành Y tế\r\n"
    "2,\"Trần Thị Bích Ngọc\",\"Sở Lao động, Thương binh và Xã hội\"\r\n"
    "3,Phạm Thị Ân,LĐLĐ quận Hải An\r\n";

std::vector<std::vector<std::string>> table_of(TableSource& s) {
  std::vector<std::vector<std::string>> out{s.header()};
  for (const auto& r : all_records(s)) out.push_back(r.cells);
  return out;
}

const std::vector<std::vector<std::string>> kListTable{
    {"stt", "ho_ten", "don_vi"},
    {"1", "Nguyễn Văn An", "Công đoàn ngành Y tế"},
    {"2", "Trần Thị Bích Ngọc", "Sở Lao động, Thương binh và Xã hội"},
    {"3", "Phạm Thị Ân", "LĐLĐ quận Hải An"},
};

}  // namespace

// ---------------------------------------------------------------- workbook fonts

TEST(LegacySheets, XlsxCellsDecodeByTheirStyleFontAndRunFont) {
  // Styles: 0 Arial, 1 .VnTime, 2 .VnTimeH, 3 VNI-Times. The header is in .VnTime too.
  const std::string shared =
      "<si><t>h\xC3\xA4 t\xC2\xAAn</t></si>"         // 0: "hä tªn" (.VnTime: họ tên)
      "<si><t>Nguy\xC3\x94n V\xC2\xA8n An</t></si>"  // 1: "NguyÔn V¨n An"
      "<si><r><t>Ph\xC2\xB9m Th\xC3\x9E </t></r><r><rPr><rFont val=\"VNI-Times\"/></rPr><t>A\xC3\x82n</t></r></si>"
      "<si><t>c\xC2\xABng \xC2\xAEo\xC2\xB5n</t></si>"  // 3: "c«ng ®oµn" in .VnTimeH
      "<si><t>Lê Đức Ánh</t></si>"                      // 4: Unicode
      "<si><t>_x0001_t</t></si>";                       // 5: TCVN3 0x01 = Ú
  const std::string rows =
      "<row r=\"1\"><c r=\"A1\" s=\"1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>4</v></c></row>"
      "<row r=\"2\"><c r=\"A2\" s=\"1\" t=\"s\"><v>1</v></c><c r=\"B2\" s=\"2\" t=\"s\"><v>3</v></c></row>"
      "<row r=\"3\"><c r=\"A3\" s=\"1\" t=\"s\"><v>2</v></c><c r=\"B3\" s=\"0\" t=\"s\"><v>4</v></c></row>"
      "<row r=\"4\"><c r=\"A4\" s=\"3\" t=\"inlineStr\"><is><t>Tra\xC3\xA0n Th\xC3\xB2</t></is></c>"
      "<c r=\"B4\" s=\"1\" t=\"s\"><v>5</v></c><c r=\"C4\" s=\"1\"><v>15</v></c></row>";
  Errors errors;
  const std::string bytes = xlsx({"Arial", ".VnTime", ".VnTimeH", "VNI-Times"}, shared, rows);
  auto s = workbook_from_bytes(bytes, "list.xlsx", errors);
  ASSERT_TRUE(s) << errors[0].to_string();
  EXPECT_EQ(s->header(), (std::vector<std::string>{"họ tên", "Lê Đức Ánh"}));
  const auto r = all_records(*s);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0].cells, (std::vector<std::string>{"Nguyễn Văn An", "CÔNG ĐOÀN"}));
  EXPECT_EQ(r[1].cells, (std::vector<std::string>{"Phạm Thị Ân", "Lê Đức Ánh"}));
  EXPECT_EQ(r[2].cells, (std::vector<std::string>{"Trần Thị", "Út"}));  // C4 cut: the header names two columns
  EXPECT_EQ(s->decoding(), "legacy fonts: .VnTime (tcvn3) 4, .VnTimeH (tcvn3, capitals) 1, VNI-Times (vni) 2");
}

TEST(LegacySheets, UnicodeFontCellHoldingLegacyBytesIsReadByTheWorkbooksLegacyFont) {
  // Arial cells: legacy bytes typed without changing the font, real Unicode, and a
  // foreign name; the workbook's other font is .VnTime.
  const std::string shared =
      "<si><t>ten</t></si>"
      "<si><t>L\xC2\xA9m tr\xC2\xAD\xC3\xAAng A</t></si>"      // "L©m tr­êng A"
      "<si><t>L\xC3\xA2m tr\xC6\xB0\xE1\xBB\x9Dng B</t></si>"  // "Lâm trường B", Unicode
      "<si><t>M\xC3\xBCller</t></si>";                         // "Müller"
  const std::string rows =
      "<row r=\"1\"><c r=\"A1\" s=\"1\" t=\"s\"><v>0</v></c></row>"
      "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>"
      "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>2</v></c></row>"
      "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>3</v></c></row>";
  Errors errors;
  const std::string bytes = xlsx({"Arial", ".VnTime"}, shared, rows);
  auto s = workbook_from_bytes(bytes, "list.xlsx", errors);
  ASSERT_TRUE(s);
  const auto r = all_records(*s);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0].cells[0], "Lâm trường A");
  EXPECT_EQ(r[1].cells[0], "Lâm trường B");
  EXPECT_EQ(r[2].cells[0], "Müller");
  EXPECT_EQ(s->decoding(), "legacy fonts: Arial text read as tcvn3 1");

  // Without a legacy font in the workbook, nothing is guessed.
  auto plain = workbook_from_bytes(xlsx({"Arial"}, shared, rows), "plain.xlsx", errors);
  ASSERT_TRUE(plain);
  EXPECT_EQ(all_records(*plain)[0].cells[0], "L©m tr\u00ADêng A");
}

TEST(LegacySheets, OdsCellsDecodeByCellColumnAndSpanStyles) {
  const std::string ns =
      " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
      " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
      " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\""
      " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
      " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"";
  const std::string content =
      "<office:document-content" + ns +
      "><office:font-face-decls>"
      "<style:font-face style:name=\"VnT\" svg:font-family=\"'.VnTime'\"/>"
      "<style:font-face style:name=\".VnTimeH\" svg:font-family=\".VnTimeH\"/>"
      "<style:font-face style:name=\"VNI-Times\" svg:font-family=\"VNI-Times\"/>"
      "</office:font-face-decls><office:automatic-styles>"
      "<style:style style:name=\"ce1\" style:family=\"table-cell\" style:parent-style-name=\"Legacy\"/>"
      "<style:style style:name=\"ce2\" style:family=\"table-cell\"><style:text-properties "
      "style:font-name=\".VnTimeH\"/></style:style>"
      "<style:style style:name=\"T1\" style:family=\"text\"><style:text-properties "
      "style:font-name=\"VNI-Times\"/></style:style>"
      "</office:automatic-styles><office:body><office:spreadsheet><table:table table:name=\"A\">"
      "<table:table-column table:default-cell-style-name=\"ce1\"/>"
      "<table:table-column table:number-columns-repeated=\"2\"/>"
      "<table:table-row><table:table-cell><text:p>h\u00E4 t\u00AAn</text:p></table:table-cell>"
      "<table:table-cell table:style-name=\"ce2\"><text:p>\u00AE\u00ACn<text:s/>v\u00DE</text:p></table:table-cell>"
      "</table:table-row>"
      "<table:table-row><table:table-cell><text:p>Ph\u00B9m Th\u00DE <text:span "
      "text:style-name=\"T1\">A\u00C2n</text:span></text:p></table:table-cell>"
      "<table:table-cell><text:p>L\u00EA \u0110\u1EE9c \u00C1nh</text:p></table:table-cell></table:table-row>"
      "</table:table></office:spreadsheet></office:body></office:document-content>";
  const std::string styles =
      "<office:document-styles" + ns +
      "><office:font-face-decls><style:font-face style:name=\"Liberation Sans\" "
      "svg:font-family=\"'Liberation Sans'\"/></office:font-face-decls><office:styles>"
      "<style:default-style style:family=\"table-cell\"><style:text-properties style:font-name=\"Liberation "
      "Sans\"/></style:default-style>"
      "<style:style style:name=\"Legacy\" style:family=\"table-cell\"><style:text-properties "
      "style:font-name=\"VnT\"/></style:style></office:styles></office:document-styles>";
  const std::string ods = package::zip({
      {"mimetype", "application/vnd.oasis.opendocument.spreadsheet", true},
      {"content.xml", content},
      {"styles.xml", styles},
  });
  Errors errors;
  auto s = workbook_from_bytes(ods, "list.ods", errors);
  ASSERT_TRUE(s) << errors[0].to_string();
  // A1: no style, the column's default ce1 → parent "Legacy" → face VnT → .VnTime.
  EXPECT_EQ(s->header(), (std::vector<std::string>{"họ tên", "ĐƠN VỊ"}));
  const auto r = all_records(*s);
  ASSERT_EQ(r.size(), 1u);
  // B2: no style and a column without one → "Default" (absent) → the default style.
  EXPECT_EQ(r[0].cells, (std::vector<std::string>{"Phạm Thị Ân", "Lê Đức Ánh"}));
}

TEST(LegacySheets, OoxmlEscapes) {
  EXPECT_EQ(workbook::unescape_ooxml("_x0001_t"), "\x01t");
  EXPECT_EQ(workbook::unescape_ooxml("a_x005F_x0041_b"), "a_x0041_b");
  EXPECT_EQ(workbook::unescape_ooxml("_x1EA0_"), "Ạ");
  EXPECT_EQ(workbook::unescape_ooxml("_x0000_ _xD800_ _x12G4_ _x12"), "_x0000_ _xD800_ _x12G4_ _x12");
}

// ---------------------------------------------------------------- legacy CSV

TEST(LegacySheets, CsvInEachLegacyEncodingIsDetectedAndDecoded) {
  for (const auto e : {import::Encoding::Tcvn3, import::Encoding::Vni, import::Encoding::Windows1258}) {
    Errors errors;
    auto s = csv_from_text(import::encode_text(kList, e), "list.csv", 0, errors);
    ASSERT_TRUE(s) << import::encoding_name(e);
    EXPECT_EQ(table_of(*s), kListTable) << import::encoding_name(e);
    EXPECT_EQ(s->decoding(), std::string(import::encoding_name(e)) + " (detected)");
  }
}

TEST(LegacySheets, CsvEncodingCanBeForced) {
  Errors errors;
  TableOptions options;
  options.encoding = import::Encoding::Vni;
  auto s = csv_from_text(import::encode_text(kList, import::Encoding::Vni), "list.csv", options, errors);
  ASSERT_TRUE(s);
  EXPECT_EQ(table_of(*s), kListTable);
  EXPECT_EQ(s->decoding(), "vni");
  // Forced UTF-8: the legacy bytes stay as they are (the row is then reported).
  options.encoding = import::Encoding::Utf8;
  auto raw = csv_from_text(import::encode_text(kList, import::Encoding::Tcvn3), "list.csv", options, errors);
  ASSERT_TRUE(raw);
  EXPECT_EQ(all_records(*raw)[0].cells[1], import::encode_text("Nguyễn Văn An", import::Encoding::Tcvn3));
  EXPECT_EQ(raw->decoding(), "");
}

TEST(LegacySheets, Utf8CsvWithOneDamagedRowStaysUtf8) {
  Errors errors;
  auto s = csv_from_text(std::string(kList) + "4,Tr\xE2n Th\xEF,X\r\n", "list.csv", 0, errors);
  ASSERT_TRUE(s);
  const auto r = all_records(*s);
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[0].cells[1], "Nguyễn Văn An");
  EXPECT_EQ(r[3].cells[1], "Tr\xE2n Th\xEF");  // left for the merge to report as not UTF-8
  EXPECT_EQ(s->decoding(), "");
}

TEST(LegacySheets, LongCsvIsDetectedOnItsStartAndDecodedToTheEnd) {
  const std::string path = ::testing::TempDir() + "long-tcvn3.csv";
  {
    std::ofstream f(path, std::ios::binary);
    f << import::encode_text("stt,ho_ten\n", import::Encoding::Tcvn3);
    for (int i = 1; i <= 20000; ++i)  // about 500 KiB: past the 256 KiB sample
      f << import::encode_text(std::to_string(i) + ",Nguyễn Thị Hường Ứng\n", import::Encoding::Tcvn3);
  }
  Errors errors;
  auto s = open_table(path, {}, errors);
  ASSERT_TRUE(s);
  long rows = 0;
  Record r;
  while (s->next(r)) {
    ++rows;
    ASSERT_EQ(r.cells[1], "Nguyễn Thị Hường Ứng") << "row " << r.row;
  }
  EXPECT_EQ(rows, 20000);
  EXPECT_EQ(s->decoding(), "tcvn3 (detected)");
  std::remove(path.c_str());
}

TEST(LegacySheets, XlsFileIsRefusedByTheLibraryWithAMessage) {
  const std::string path = ::testing::TempDir() + "list.xls";
  {
    std::ofstream f(path, std::ios::binary);
    f << std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) << std::string(504, '\0');
  }
  Errors errors;
  EXPECT_FALSE(open_table(path, {}, errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("Excel 97-2003 workbook (.xls)"), std::string::npos) << errors[0].message;
  std::remove(path.c_str());
}

// ---------------------------------------------------------------- import's text view

TEST(LegacySheets, ImportTextOfTheFixtureWorkbookIsTheExpectedTsv) {
  const ImportResult r = decode_document(fixture("dai-bieu-legacy.xlsx"), "dai-bieu-legacy.xlsx");
  ASSERT_TRUE(r.errors.empty()) << r.errors[0].to_string();
  EXPECT_EQ(r.text, fixture("dai-bieu-legacy.tsv"));
  EXPECT_EQ(r.encoding, "xlsx");
  ASSERT_EQ(r.report.size(), 1u);
  EXPECT_EQ(r.report[0].kind, "decoded");
}

TEST(LegacySheets, ImportTextOfLibreOfficesOdsOfTheFixture) {
  // LibreOffice's own styles (automatic cell styles, font-face declarations, text:span
  // runs). It drops the C0 character of the TCVN3 capital Ú, which ODF cannot hold.
  const ImportResult r = decode_document(fixture("dai-bieu-legacy.ods"), "dai-bieu-legacy.ods");
  ASSERT_TRUE(r.errors.empty()) << r.errors[0].to_string();
  std::string expected = fixture("dai-bieu-legacy.tsv");
  expected.replace(expected.find("Nguyễn Thị Út"), std::string("Nguyễn Thị Út").size(), "Nguyễn Thị t");
  EXPECT_EQ(r.text, expected);
  EXPECT_EQ(r.encoding, "ods");
}

TEST(LegacySheets, ImportTextOfEachLegacyCsvIsTheExpectedTsv) {
  for (const char* name : {"dai-bieu-tcvn3.csv", "dai-bieu-vni.csv", "dai-bieu-cp1258.csv"}) {
    const ImportResult r = decode_document(fixture(name), name);
    ASSERT_TRUE(r.errors.empty()) << name;
    EXPECT_EQ(r.text, fixture("dai-bieu-csv.tsv")) << name;
    EXPECT_TRUE(r.guessed);
  }
}

TEST(LegacySheets, ImportTextKeepsRowsAndColumnsInPlace) {
  // Row 2 blank, a cell past the header's width, a tab and a line break inside cells.
  const std::string shared = "<si><t>a</t></si><si><t>x\ty\nz</t></si><si><t>far</t></si>";
  const std::string rows =
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
      "<row r=\"3\"><c r=\"B3\" t=\"s\"><v>1</v></c><c r=\"D3\" t=\"s\"><v>2</v></c></row>";
  const ImportResult r = decode_document(xlsx({"Arial"}, shared, rows), "t.xlsx");
  ASSERT_TRUE(r.errors.empty());
  EXPECT_EQ(r.text, "a\t\t\t\n\t\t\t\n\tx y z\t\tfar\n");
}

TEST(LegacySheets, ImportTextOfTsvAndRaggedCsv) {
  const ImportResult r = decode_document("a\tb\n1\t2\t3\n\n4\n", "t.tsv");
  ASSERT_TRUE(r.errors.empty());
  EXPECT_EQ(r.text, "a\tb\t\n1\t2\t3\n\t\t\n4\t\t\n");
}

TEST(LegacySheets, StructuredImportOfASpreadsheetIsAUsageError) {
  for (const char* name : {"dai-bieu-legacy.xlsx", "dai-bieu-tcvn3.csv"}) {
    const ImportResult r = import_document(fixture(name), name);
    ASSERT_EQ(r.errors.size(), 1u) << name;
    EXPECT_EQ(r.errors[0].code, ErrorCode::Usage);
    EXPECT_NE(r.errors[0].message.find("--text-only"), std::string::npos);
  }
}

// ---------------------------------------------------------------- hostile fonts

TEST(LegacySheets, BadFontReferencesAndStyleCyclesAreHarmless) {
  // fontId and s out of range, negative, not numbers; an empty rFont.
  const std::string shared = "<si><t>h\xC3\xA4</t></si><si><r><rPr><rFont val=\"\"/></rPr><t>x</t></r></si>";
  const std::string rows =
      "<row r=\"1\"><c r=\"A1\" s=\"1\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"99\" t=\"s\"><v>0</v></c>"
      "<c r=\"C1\" s=\"-1\" t=\"s\"><v>1</v></c><c r=\"D1\" s=\"x\" t=\"s\"><v>0</v></c></row>";
  const std::string bytes = package::zip({
      {"xl/workbook.xml", "<workbook xmlns:r=\"" + kRel + "\"><sheets><sheet r:id=\"rId1\"/></sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels",
       "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
      {"xl/styles.xml",
       "<styleSheet><fonts><font><name val=\".VnTimeH\"/></font></fonts><cellXfs><xf fontId=\"0\"/><xf "
       "fontId=\"7\"/><xf fontId=\"-3\"/></cellXfs></styleSheet>"},
      {"xl/sharedStrings.xml", "<sst>" + shared + "</sst>"},
      {"xl/worksheets/sheet1.xml", "<worksheet><sheetData>" + rows + "</sheetData></worksheet>"},
  });
  Errors errors;
  auto s = workbook_from_bytes(bytes, "bad.xlsx", errors);
  ASSERT_TRUE(s) << errors[0].to_string();
  // Style 1 names font 7, which is not there; styles 99 and -1 do not exist: no font,
  // so only the rescue reads them (as TCVN3, without capitals). "x" reads as style 0
  // (.VnTimeH), as atol reads it.
  EXPECT_EQ(s->header(), (std::vector<std::string>{"họ", "họ", "x", "HỌ"}));

  // ODS styles that are their own parents, and a chain longer than any real one.
  std::string styles;
  for (int i = 0; i < 40; ++i)
    styles += "<style:style style:name=\"s" + std::to_string(i) +
              "\" style:family=\"table-cell\" "
              "style:parent-style-name=\"s" +
              std::to_string(i + 1) + "\"/>";
  styles +=
      "<style:style style:name=\"s40\" style:family=\"table-cell\"><style:text-properties "
      "style:font-name=\".VnTimeH\"/></style:style>"
      "<style:style style:name=\"loop\" style:family=\"table-cell\" style:parent-style-name=\"loop\"/>";
  const std::string ns =
      " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
      " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
      " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
      " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"";
  const std::string ods = package::zip({
      {"mimetype", "application/vnd.oasis.opendocument.spreadsheet", true},
      {"content.xml", "<office:document-content" + ns + "><office:automatic-styles>" + styles +
                          "</office:automatic-styles><office:body><office:spreadsheet><table:table>"
                          "<table:table-row><table:table-cell table:style-name=\"loop\"><text:p>h\u00E4</text:p>"
                          "</table:table-cell><table:table-cell table:style-name=\"s0\"><text:p>h\u00E4</text:p>"
                          "</table:table-cell><table:table-cell table:style-name=\"s30\"><text:p>h\u00E4</text:p>"
                          "</table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>"
                          "</office:document-content>"},
  });
  auto o = workbook_from_bytes(ods, "bad.ods", errors);
  ASSERT_TRUE(o) << errors[0].to_string();
  // s0's font is 40 parents away, past the 16 followed; s30's is 10 away. The first
  // two have no font: only the rescue reads them (TCVN3, no capitals).
  EXPECT_EQ(o->header(), (std::vector<std::string>{"họ", "họ", "HỌ"}));
}
