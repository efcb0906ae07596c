// Office files typed in legacy fonts: each run decoded by the font its styles give it
// (.docx: run, character style, paragraph style, defaults, theme; .odt: span,
// paragraph style chain, default style, font faces), Unicode runs left alone, the
// report's notes on the right lines, and the committed fixtures
// (tests/fixtures/legacy, tools/make-legacy-fixtures.py) decoded exactly.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>

#include "api/import.h"
#include "import/office_text.h"
#include "package/zip_writer.h"

using namespace vanban;
using namespace vanban::import;

namespace {

const std::string kW = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";

// A .docx of `body` (w:body content) with the other parts given (empty: left out).
std::string docx(const std::string& body, const std::string& styles = "", const std::string& theme = "",
                 const std::string& footnotes = "", const std::string& footer = "") {
  std::vector<package::Entry> parts{
      {"word/document.xml", "<w:document " + kW + "><w:body>" + body + "</w:body></w:document>"}};
  if (!styles.empty()) parts.push_back({"word/styles.xml", "<w:styles " + kW + ">" + styles + "</w:styles>"});
  if (!theme.empty()) parts.push_back({"word/theme/theme1.xml", theme});
  if (!footnotes.empty())
    parts.push_back({"word/footnotes.xml", "<w:footnotes " + kW + ">" + footnotes + "</w:footnotes>"});
  if (!footer.empty()) parts.push_back({"word/footer1.xml", "<w:ftr " + kW + ">" + footer + "</w:ftr>"});
  return package::zip(parts);
}

std::string text_of(const std::string& bytes, OfficeKind kind = OfficeKind::Docx,
                    std::vector<DecodingNote>* notes = nullptr) {
  std::string why;
  const auto t = office_text(bytes, kind, why, notes);
  EXPECT_TRUE(t) << why;
  return t.value_or("");
}

std::string fonts(const std::string& font) {
  return R"(<w:rFonts w:ascii=")" + font + R"(" w:hAnsi=")" + font + R"(" w:cs=")" + font + R"("/>)";
}
std::string run(const std::string& text, const std::string& props = "") {
  return "<w:r>" + (props.empty() ? "" : "<w:rPr>" + props + "</w:rPr>") + R"(<w:t xml:space="preserve">)" + text +
         "</w:t></w:r>";
}
std::string para(const std::string& runs, const std::string& style = "") {
  return "<w:p>" + (style.empty() ? "" : R"(<w:pPr><w:pStyle w:val=")" + style + R"("/></w:pPr>)") + runs + "</w:p>";
}
std::string defaults(const std::string& font) {
  return "<w:docDefaults><w:rPrDefault><w:rPr>" + fonts(font) + "</w:rPr></w:rPrDefault></w:docDefaults>";
}
std::string style(const std::string& type, const std::string& id, const std::string& based, const std::string& rpr,
                  bool is_default = false) {
  return R"(<w:style w:type=")" + type + R"(" w:styleId=")" + id + R"(")" + (is_default ? R"( w:default="1")" : "") +
         ">" + (based.empty() ? "" : R"(<w:basedOn w:val=")" + based + R"("/>)") +
         (rpr.empty() ? "" : "<w:rPr>" + rpr + "</w:rPr>") + "</w:style>";
}

// TCVN3 and VNI text as Word stores it in a legacy font: the Windows-1252 image of the
// bytes ("Céng hßa" is TCVN3 "Cộng hòa"; U+00AD is TCVN3's "ư").
constexpr const char* kCongHoa = "Céng hßa x· héi chñ nghÜa ViÖt Nam";  // Cộng hòa xã hội chủ nghĩa Việt Nam
constexpr const char* kKeHoach = "kÕ ho¹ch";                            // kế hoạch
constexpr const char* kUyBan = "ñy ban nh©n d©n";                       // ủy ban nhân dân

TEST(LegacyDocx, RunFontsDecodeAndUnicodeRunsStay) {
  const std::string d =
      docx(para(run("Hà Nội, ", fonts("Times New Roman")) + run("ngµy 07 th¸ng 3", fonts(".VnTime"))) +
               // Text that looks like TCVN3 in a Unicode font is what it says.
               para(run(kCongHoa, fonts("Times New Roman"))) + para(run("Coäng hoøa", fonts("VNI-Times"))),
           defaults("Times New Roman"));
  EXPECT_EQ(text_of(d), "Hà Nội, ngày 07 tháng 3\n" + std::string(kCongHoa) + "\nCộng hòa\n");
}

TEST(LegacyDocx, ParagraphStyleChainGivesTheFont) {
  const std::string styles = defaults("Times New Roman") + style("paragraph", "Normal", "", fonts(".VnTime"), true) +
                             style("paragraph", "TieuDe", "Normal", fonts(".VnTimeH")) +
                             style("paragraph", "Muc", "TieuDe", "<w:b/>") +
                             style("paragraph", "BodyText", "Normal", "");
  const std::string d = docx(para(run(kKeHoach), "Muc") + para(run(kKeHoach), "BodyText") + para(run(kKeHoach)) +
                                 para(run(kKeHoach), "NoSuchStyle"),
                             styles);
  // Muc → TieuDe (.VnTimeH, capitals); BodyText → Normal; no style or an unknown one:
  // the default paragraph style.
  EXPECT_EQ(text_of(d), "KẾ HOẠCH\nkế hoạch\nkế hoạch\nkế hoạch\n");
}

TEST(LegacyDocx, DocumentDefaultsAloneGiveTheFont) {
  EXPECT_EQ(text_of(docx(para(run("Quyeát ñònh")), defaults("VNI-Times"))), "Quyết định\n");
  // No styles part at all: nothing to decode by.
  EXPECT_EQ(text_of(docx(para(run("Quyeát ñònh")))), "Quyeát ñònh\n");
}

TEST(LegacyDocx, ParagraphMarkPropertiesAreNotTheRunsFont) {
  const std::string mark = R"(<w:p><w:pPr><w:rPr>)" + fonts(".VnTime") + "</w:rPr></w:pPr>" + run(kUyBan) + "</w:p>";
  EXPECT_EQ(text_of(docx(mark, defaults("Times New Roman"))), std::string(kUyBan) + "\n");
}

TEST(LegacyDocx, CharacterStyleThenDirectFormatting) {
  const std::string styles = style("paragraph", "Normal", "", fonts(".VnTime"), true) +
                             style("character", "Unicode", "", fonts("Times New Roman")) +
                             style("character", "Hoa", "Unicode", fonts(".VnTimeH"));
  const std::string d =
      docx(para(run("Hµ Néi", R"(<w:rStyle w:val="Unicode"/>)")) + para(run("hµ néi", R"(<w:rStyle w:val="Hoa"/>)")) +
               para(run("Hµ Néi", R"(<w:rStyle w:val="Unicode"/>)" + fonts(".VnTime"))),
           styles);
  EXPECT_EQ(text_of(d), "Hµ Néi\nHÀ NỘI\nHà Nội\n");
}

TEST(LegacyDocx, FontSlotsAreInheritedOneByOne) {
  const std::string styles = style("paragraph", "Normal", "", fonts(".VnTime"), true);
  // The run sets only w:eastAsia (as LibreOffice writes a .doc's runs): w:hAnsi still
  // comes from Normal.
  EXPECT_EQ(text_of(docx(para(run(kUyBan, R"(<w:rFonts w:eastAsia="Times New Roman"/>)")), styles)),
            "ủy ban nhân dân\n");
  // Text beyond ASCII is drawn in w:hAnsi, ASCII-only text in w:ascii.
  const std::string split = R"(<w:rFonts w:ascii=".VnTimeH" w:hAnsi="Times New Roman"/>)";
  EXPECT_EQ(text_of(docx(para(run("abc", split)) + para(run(kUyBan, split)), styles)),
            "ABC\n" + std::string(kUyBan) + "\n");
  // Only w:cs names a font anywhere: it is the one left.
  EXPECT_EQ(text_of(docx(para(run(kUyBan, R"(<w:rFonts w:cs=".VnTime"/>)")), style("paragraph", "N", "", "", true))),
            "ủy ban nhân dân\n");
}

std::string theme(const std::string& minor, const std::string& major) {
  auto font = [](const char* kind, const std::string& f) {
    return std::string("<a:") + kind + R"(Font><a:latin typeface=")" + f + R"("/><a:ea typeface=""/></a:)" + kind +
           "Font>";
  };
  return R"(<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme>)" +
         font("major", major) + font("minor", minor) + "</a:fontScheme></a:themeElements></a:theme>";
}

TEST(LegacyDocx, ThemeFontsOverrideTheNamesBesideThem) {
  const std::string themed =
      R"(<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/>)";
  const std::string styles =
      "<w:docDefaults><w:rPrDefault><w:rPr>" + themed + "</w:rPr></w:rPrDefault></w:docDefaults>" +
      style("paragraph", "Heading1", "",
            R"(<w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi" w:ascii="Arial" w:hAnsi="Arial"/>)");
  const std::string body = para(run(kUyBan)) + para(run(kKeHoach), "Heading1");
  EXPECT_EQ(text_of(docx(body, styles, theme(".VnTime", ".VnTimeH"))), "ủy ban nhân dân\nKẾ HOẠCH\n");
  // Without the theme part the names beside the theme attributes stand.
  EXPECT_EQ(text_of(docx(body, styles)), std::string(kUyBan) + "\n" + kKeHoach + "\n");
}

TEST(LegacyDocx, SymbolsSoftHyphensAndNonBreakingHyphens) {
  const std::string vn = fonts(".VnTime");
  const std::string d = docx(
      // Word's soft hyphen element in a TCVN3 run is the byte 0xAD: "ư".
      para(R"(<w:r><w:rPr>)" + vn + R"(</w:rPr><w:t>®Çu t</w:t><w:softHyphen/><w:t xml:space="preserve"> vµ </w:t>)" +
           R"(<w:sym w:font=".VnTime" w:char="F0AE"/><w:t>·i ngé</w:t><w:noBreakHyphen/><w:t>ngé</w:t></w:r>)") +
          // The same byte as a character (LibreOffice's way), and a symbol-charset run.
          para(run("\u00ADu ®·i", vn) + run(" ", vn) + run("\uF0AE\uF0B8", vn)) +
          // In a Unicode font a soft hyphen is only a hyphenation point, and a symbol
          // font's w:sym a glyph with no letter.
          para(R"(<w:r><w:t>co</w:t><w:softHyphen/><w:t>operate</w:t><w:sym w:font="Wingdings" w:char="F0A7"/></w:r>)"),
      defaults("Times New Roman"));
  EXPECT_EQ(text_of(d), "đầu tư và đãi ngộ-ngộ\nưu đãi đá\ncooperate\n");
}

TEST(LegacyDocx, CapsShowsCapitals) {
  const std::string styles = defaults("Times New Roman") + style("paragraph", "Caps", "", "<w:caps/>");
  const std::string d =
      docx(para(run("Kế hoạch", "<w:caps/>")) + para(run(kKeHoach, fonts(".VnTime") + "<w:caps/>")) +
               para(run("Kế hoạch"), "Caps") + para(run("Kế hoạch", R"(<w:caps w:val="0"/>)"), "Caps"),
           styles);
  EXPECT_EQ(text_of(d), "KẾ HOẠCH\nKẾ HOẠCH\nKẾ HOẠCH\nKế hoạch\n");
}

TEST(LegacyDocx, StyleChainsAreBounded) {
  // A basedOn loop ends; the font on the loop is still found.
  std::string styles = style("paragraph", "A", "B", fonts(".VnTime")) + style("paragraph", "B", "A", "<w:b/>");
  EXPECT_EQ(text_of(docx(para(run(kUyBan), "B"), styles)), "ủy ban nhân dân\n");
  // A chain far deeper than any style sheet: read up to its bound (16 styles), never
  // to the end. S0 is based on S1 … S39; the font sits in S10 and in S39.
  styles.clear();
  for (int i = 0; i < 40; ++i)
    styles += style("paragraph", "S" + std::to_string(i), i + 1 < 40 ? "S" + std::to_string(i + 1) : "",
                    i == 10   ? fonts(".VnTime")
                    : i == 39 ? fonts(".VnTimeH")
                              : "");
  EXPECT_EQ(text_of(docx(para(run(kUyBan), "S0") + para(run(kUyBan), "S30"), styles)),
            "ủy ban nhân dân\nỦY BAN NHÂN DÂN\n");
}

TEST(LegacyDocx, TablesFootnotesHyperlinksAndFooters) {
  const std::string vn = fonts(".VnTime"), vnh = fonts(".VnTimeH");
  const std::string table = "<w:tbl><w:tr><w:tc>" + para(run(kUyBan, vnh)) + "</w:tc><w:tc>" +
                            para(run(kCongHoa, vnh)) + "</w:tc></w:tr></w:tbl>";
  const std::string link = "<w:p><w:hyperlink>" + run("Trang th«ng tin", vn) + "</w:hyperlink>" +
                           R"(<w:r><w:footnoteReference w:id="2"/></w:r></w:p>)";
  const std::string notes =
      R"(<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>)" + run(" Xem §iÒu 1.", vn) + "</w:p></w:footnote>";
  const std::string footer = para(run("N¬i nhËn", vn));
  EXPECT_EQ(text_of(docx(table + link, defaults("Times New Roman"), "", notes, footer)),
            "\n|\nỦY BAN NHÂN DÂN\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\n\n"
            "Trang thông tin[1]\n\nNơi nhận\n\n[1]  Xem Điều 1.\n");
}

TEST(LegacyDocx, NotesSayWhichLineWasDecodedHow) {
  const std::string vn = fonts(".VnTime"), vnh = fonts(".VnTimeH");
  const std::string table = "<w:tbl><w:tr><w:tc>" + para(run(kUyBan, vnh)) + "</w:tc><w:tc>" +
                            para(run("§éc lËp", vn)) + "</w:tc></w:tr></w:tbl>";
  const std::string long_line(100, 'a');
  const std::string body = table + para(run("Sè: 12/KH", vn)) + para(run("2024", vn)) +
                           para(run("Hà Nội, ", fonts("Times New Roman")) + run("ngµy 5", vn) + run(" ", vn) +
                                run("th¸ng", vnh) + run(" 3", vn) + R"(<w:r><w:footnoteReference w:id="1"/></w:r>)") +
                           para(run(" ¬" + long_line, vn));
  const std::string notes =
      R"(<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>)" + run("Ghi chó", vn) + "</w:p></w:footnote>";
  std::vector<DecodingNote> got;
  const std::string text = text_of(docx(body, defaults("Times New Roman"), "", notes), OfficeKind::Docx, &got);
  ASSERT_EQ(text, "\n|\nỦY BAN NHÂN DÂN\n|\nĐộc lập\n|\n\nSố: 12/KH\n2024\nHà Nội, ngày 5 THÁNG 3[1]\n ơ" + long_line +
                      "\n\n[1] Ghi chú\n");
  // One note a line and font; the text is the decoded text of that font's runs, its
  // first 60 characters; a run decoding leaves unchanged (2024) is not news.
  const std::vector<std::tuple<int, std::string, std::string>> want{
      {3, "font .VnTimeH: tcvn3, capitals", "ỦY BAN NHÂN DÂN"},
      {5, "font .VnTime: tcvn3", "Độc lập"},
      {8, "font .VnTime: tcvn3", "Số: 12/KH"},
      {10, "font .VnTime: tcvn3", "ngày 5  3"},
      {10, "font .VnTimeH: tcvn3, capitals", "THÁNG"},
      {11, "font .VnTime: tcvn3", "ơ" + long_line.substr(0, 59)},
      {13, "font .VnTime: tcvn3", "Ghi chú"},
  };
  ASSERT_EQ(got.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(got[i].line, std::get<0>(want[i])) << i;
    EXPECT_EQ(got[i].how, std::get<1>(want[i])) << i;
    EXPECT_EQ(got[i].text, std::get<2>(want[i])) << i;
  }
}

TEST(LegacyDocx, ImportReportsDecodedLines) {
  const std::string d =
      docx(para(run(kUyBan, fonts(".VnTimeH"))) + para(run("KÕ ho¹ch", fonts(".VnTime"))), defaults("Arial"));
  const auto r = decode_document(d, "x.docx");
  ASSERT_TRUE(r.errors.empty());
  EXPECT_EQ(r.text, "ỦY BAN NHÂN DÂN\nKế hoạch\n");
  ASSERT_EQ(r.report.size(), 2u);
  EXPECT_EQ(r.report[0].to_string(), "1: decoded: font .VnTimeH: tcvn3, capitals: ỦY BAN NHÂN DÂN");
  EXPECT_EQ(r.report[1].to_string(), "2: decoded: font .VnTime: tcvn3: Kế hoạch");
}

// A run in a Unicode font that holds TCVN3 bytes all the same (the font was changed
// after typing): found as in text without fonts; real Unicode beside it, Latin-1 letters
// and foreign words included, stays; a run its font decoded is not decoded twice.
TEST(LegacyDocx, LegacyBytesInAUnicodeFontAreDetected) {
  const std::string d = docx(para(run(kCongHoa, fonts("Arial"))) +
                                 para(run("Hòa bình và các đơn vị, Café Müller", fonts("Times New Roman"))) +
                                 para(run("KÕ ho¹ch", fonts(".VnTime"))),
                             defaults("Times New Roman"));
  const auto r = decode_document(d, "x.docx");
  ASSERT_TRUE(r.errors.empty());
  EXPECT_EQ(r.text, "Cộng hòa xã hội chủ nghĩa Việt Nam\nHòa bình và các đơn vị, Café Müller\nKế hoạch\n");
  ASSERT_EQ(r.report.size(), 2u);
  EXPECT_EQ(r.report[0].to_string(), "3: decoded: font .VnTime: tcvn3: Kế hoạch");
  EXPECT_EQ(r.report[1].line, 1);
  EXPECT_EQ(r.report[1].kind, "decoded");
  EXPECT_TRUE(r.report[1].what.starts_with("detected tcvn3")) << r.report[1].what;
}

// ---- ODT ----

const std::string kOdf = R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
                         R"(xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" )"
                         R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" )"
                         R"(xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" )"
                         R"(xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" )"
                         R"(xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0")";

// An .odt: `faces` and `automatic` styles in content.xml, `common` styles in styles.xml.
std::string odt(const std::string& body, const std::string& automatic, const std::string& common,
                const std::string& faces = "") {
  const std::string decls = "<office:font-face-decls>" + faces + "</office:font-face-decls>";
  return package::zip({{"mimetype", "application/vnd.oasis.opendocument.text", true},
                       {"content.xml", "<office:document-content " + kOdf + ">" + decls + "<office:automatic-styles>" +
                                           automatic + "</office:automatic-styles><office:body><office:text>" + body +
                                           "</office:text></office:body></office:document-content>"},
                       {"styles.xml", "<office:document-styles " + kOdf + ">" + decls + "<office:styles>" + common +
                                          "</office:styles></office:document-styles>"}});
}

std::string odf_style(const std::string& name, const std::string& family, const std::string& parent,
                      const std::string& text_props) {
  return R"(<style:style style:name=")" + name + R"(" style:family=")" + family + R"(")" +
         (parent.empty() ? "" : R"( style:parent-style-name=")" + parent + R"(")") + "><style:text-properties " +
         text_props + "/></style:style>";
}

TEST(LegacyOdt, FontFacesParentsAndDefaults) {
  const std::string faces = R"(<style:font-face style:name="VnTime1" svg:font-family="&apos;.VnTime&apos;"/>)"
                            R"(<style:font-face style:name=".VnTimeH" svg:font-family=".VnTimeH"/>)";
  const std::string common =
      R"(<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Serif"/></style:default-style>)" +
      odf_style("Standard", "paragraph", "", R"(style:font-name="VnTime1")") +
      odf_style("Heading", "paragraph", "Standard", R"(fo:font-weight="bold")") +
      odf_style("Heading_20_1", "paragraph", "Heading", R"(style:font-name=".VnTimeH")");
  const std::string automatic = odf_style("P1", "paragraph", "Heading_20_1", R"(fo:font-size="13pt")") +
                                odf_style("P2", "paragraph", "Standard", "") +
                                odf_style("T1", "text", "", R"(fo:font-family="&apos;Times New Roman&apos;, serif")") +
                                odf_style("T2", "text", "", R"(fo:font-family=".VnTime")");
  const std::string body = std::string(R"(<text:h text:style-name="P1">)") + kKeHoach + "</text:h>" +
                           R"(<text:p text:style-name="P2">)" + kUyBan + R"( <text:span text:style-name="T1">)" +
                           kUyBan + "</text:span></text:p>" + "<text:p>" + kUyBan +
                           R"(<text:span text:style-name="T2"> )" + kUyBan + "</text:span></text:p>";
  // P1 → Heading 1 (.VnTimeH) → Heading → Standard; the Unicode span stays; a paragraph
  // without a style is in the default style (Liberation Serif), a span in it in .VnTime.
  EXPECT_EQ(text_of(odt(body, automatic, common, faces), OfficeKind::Odt),
            "KẾ HOẠCH\nủy ban nhân dân " + std::string(kUyBan) + "\n" + kUyBan + " ủy ban nhân dân\n");
}

TEST(LegacyOdt, DefaultStyleAndTextTransform) {
  const std::string common =
      R"(<style:default-style style:family="paragraph"><style:text-properties fo:font-family="VNI-Times"/></style:default-style>)" +
      odf_style("Caps", "paragraph", "", R"(fo:text-transform="uppercase")");
  const std::string automatic = odf_style("T1", "text", "", R"(fo:text-transform="none")");
  const std::string body =
      R"(<text:p>Coäng hoøa</text:p><text:p text:style-name="Caps">Keá hoaïch </text:p>)"
      R"(<text:p text:style-name="Caps"><text:span text:style-name="T1">Keá hoaïch</text:span></text:p>)";
  EXPECT_EQ(text_of(odt(body, automatic, common), OfficeKind::Odt), "Cộng hòa\nKẾ HOẠCH \nKế hoạch\n");
}

TEST(LegacyOdt, ParentLoopsEnd) {
  const std::string automatic = odf_style("P1", "paragraph", "P2", R"(fo:font-family=".VnTime")") +
                                odf_style("P2", "paragraph", "P1", R"(fo:font-size="13pt")");
  EXPECT_EQ(text_of(odt(std::string(R"(<text:p text:style-name="P2">)") + kUyBan + "</text:p>", automatic, ""),
                    OfficeKind::Odt),
            "ủy ban nhân dân\n");
}

TEST(LegacyOdt, NotesTablesAndLines) {
  const std::string common = odf_style("Standard", "paragraph", "", R"(fo:font-family=".VnTime")") +
                             odf_style("H", "paragraph", "", R"(fo:font-family=".VnTimeH")");
  const std::string body =
      std::string(R"(<table:table><table:table-row><table:table-cell><text:p text:style-name="H">)") + kUyBan +
      R"(</text:p></table:table-cell><table:table-cell><text:p text:style-name="Standard">§éc lËp</text:p>)"
      R"(</table:table-cell></table:table-row></table:table><text:p text:style-name="Standard">Sè 5)"
      R"(<text:note><text:note-body><text:p text:style-name="Standard">Ghi chó</text:p></text:note-body></text:note>)"
      R"(</text:p>)";
  std::vector<DecodingNote> got;
  EXPECT_EQ(text_of(odt(body, "", common), OfficeKind::Odt, &got),
            "\n|\nỦY BAN NHÂN DÂN\n|\nĐộc lập\n|\n\nSố 5[1]\n\n[1] Ghi chú\n");
  ASSERT_EQ(got.size(), 4u);
  EXPECT_EQ(got[0].line, 3);
  EXPECT_EQ(got[0].how, "font .VnTimeH: tcvn3, capitals");
  EXPECT_EQ(got[1].line, 5);
  EXPECT_EQ(got[2].line, 8);
  EXPECT_EQ(got[2].text, "Số 5");
  EXPECT_EQ(got[3].line, 10);
  EXPECT_EQ(got[3].text, "Ghi chú");
}

// ---- the committed fixtures ----

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The text without the walker's markup (tests/integration/legacy_office.py does the
// same): no "|" cell marks, "## " or "*", spaces collapsed, no blank lines.
std::vector<std::string> plain_lines(const std::string& text) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string::npos) eol = text.size();
    std::string line = text.substr(pos, eol - pos);
    pos = eol + 1;
    if (line.starts_with("## ")) line = line.substr(3);
    line = std::regex_replace(line, std::regex("\\*"), "");
    line = std::regex_replace(line, std::regex("\\s+"), " ");
    line = std::regex_replace(line, std::regex("^ | $"), "");
    if (!line.empty() && line != "|") out.push_back(line);
  }
  return out;
}

TEST(LegacyFixtures, DecodeExactly) {
  const std::filesystem::path dir = std::filesystem::path(VANBAN_SOURCE_DIR) / "tests" / "fixtures" / "legacy";
  int checked = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    const auto ext = e.path().extension();
    if (ext != ".docx" && ext != ".odt") continue;
    const std::string bytes = read(e.path());
    const auto kind = office_kind(bytes);
    ASSERT_EQ(kind, ext == ".docx" ? OfficeKind::Docx : OfficeKind::Odt) << e.path();
    auto want = e.path();
    want.replace_extension(".txt");
    EXPECT_EQ(plain_lines(text_of(bytes, kind)), plain_lines(read(want))) << e.path().filename();
    ++checked;
  }
  EXPECT_EQ(checked, 7);
}

}  // namespace
