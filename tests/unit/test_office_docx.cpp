// The .docx reader (src/office): formatting resolved as Word resolves it (document
// defaults, table style, numbering, paragraph and character style chains, direct
// formatting), sections with their headers and footers, footnotes, drawn lines, what a
// package holds that vanban cannot carry, where each paragraph sits, and hostile input.
// Packages are written here from XML strings; one is a rendered sample.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <iterator>
#include <map>

#include "api/vanban.h"
#include "core/limits.h"
#include "import/office_lines.h"
#include "office/document.h"
#include "office/docx_reader.h"
#include "package/zip_writer.h"

using namespace vanban;
using namespace vanban::office;

namespace {

const std::string kNs = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
                        R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" )"
                        R"(xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" )"
                        R"(xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" )"
                        R"(xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" )"
                        R"(xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" )"
                        R"(xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" )"
                        R"(xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" )"
                        R"(xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" )"
                        R"(xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math")";

struct Parts {
  std::string styles, numbering, footnotes, theme, rels;
  std::map<std::string, std::string> more;  // part → whole XML
};

Parts with(std::string styles, std::string numbering = "", std::string footnotes = "", std::string theme = "") {
  Parts p;
  p.styles = std::move(styles);
  p.numbering = std::move(numbering);
  p.footnotes = std::move(footnotes);
  p.theme = std::move(theme);
  return p;
}

std::string docx(const std::string& body, const Parts& parts = Parts()) {
  std::vector<package::Entry> e{
      {"word/document.xml", "<w:document " + kNs + "><w:body>" + body + "</w:body></w:document>"}};
  if (!parts.styles.empty()) e.push_back({"word/styles.xml", "<w:styles " + kNs + ">" + parts.styles + "</w:styles>"});
  if (!parts.numbering.empty())
    e.push_back({"word/numbering.xml", "<w:numbering " + kNs + ">" + parts.numbering + "</w:numbering>"});
  if (!parts.footnotes.empty())
    e.push_back({"word/footnotes.xml", "<w:footnotes " + kNs + ">" + parts.footnotes + "</w:footnotes>"});
  if (!parts.theme.empty()) e.push_back({"word/theme/theme1.xml", parts.theme});
  if (!parts.rels.empty())
    e.push_back({"word/_rels/document.xml.rels",
                 R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)" +
                     parts.rels + "</Relationships>"});
  for (const auto& [name, xml] : parts.more) e.push_back({name, xml});
  return package::zip(e);
}

Document read(const std::string& bytes) {
  Errors errors;
  auto d = read_document(bytes, "t.docx", errors);
  EXPECT_TRUE(errors.empty()) << errors.front().to_string();
  EXPECT_TRUE(d);
  return d.value_or(Document{});
}

std::string run(const std::string& text, const std::string& rpr = "") {
  return "<w:r>" + (rpr.empty() ? "" : "<w:rPr>" + rpr + "</w:rPr>") + R"(<w:t xml:space="preserve">)" + text +
         "</w:t></w:r>";
}
std::string para(const std::string& content, const std::string& ppr = "") {
  return "<w:p>" + (ppr.empty() ? "" : "<w:pPr>" + ppr + "</w:pPr>") + content + "</w:p>";
}
std::string pstyle(const std::string& id) { return R"(<w:pStyle w:val=")" + id + R"("/>)"; }
std::string style(const std::string& type, const std::string& id, const std::string& based, const std::string& inner,
                  bool is_default = false) {
  return R"(<w:style w:type=")" + type + R"(" w:styleId=")" + id + R"(")" + (is_default ? R"( w:default="1")" : "") +
         R"(><w:name w:val=")" + id + R"( name"/>)" +
         (based.empty() ? "" : R"(<w:basedOn w:val=")" + based + R"("/>)") + inner + "</w:style>";
}
std::string defaults(const std::string& rpr, const std::string& ppr = "") {
  return "<w:docDefaults><w:rPrDefault><w:rPr>" + rpr + "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>" + ppr +
         "</w:pPr></w:pPrDefault></w:docDefaults>";
}
std::string sz(int half_points) { return R"(<w:sz w:val=")" + std::to_string(half_points) + R"("/>)"; }
std::string rel(const std::string& id, const std::string& type, const std::string& target) {
  return R"(<Relationship Id=")" + id +
         R"(" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/)" + type + R"(" Target=")" +
         target + R"("/>)";
}
std::string header_part(const std::string& root, const std::string& body) {
  return "<w:" + root + " " + kNs + ">" + body + "</w:" + root + ">";
}

TEST(OfficeDocx, KindOfPackages) {
  EXPECT_EQ(kind_of(docx(para(run("a")))), Kind::Docx);
  EXPECT_EQ(kind_of("plain text"), Kind::None);
  EXPECT_EQ(kind_of(package::zip({{"mimetype", "application/vnd.oasis.opendocument.text", true}})), Kind::Odt);
  EXPECT_STREQ(unsupported_name(Unsupported::Kind::TextBox), "text box");
  EXPECT_STREQ(unsupported_name(Unsupported::Kind::TrackedChange), "tracked change");
}

TEST(OfficeDocx, DocumentDefaults) {
  const auto d = read(docx(para(run("Một")) + para(""),
                           with(defaults(R"(<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>)" + sz(26),
                                         R"(<w:spacing w:after="120" w:line="276" w:lineRule="auto"/>)"))));
  EXPECT_EQ(d.kind, Kind::Docx);
  EXPECT_EQ(d.defaults.font, "Times New Roman");
  EXPECT_DOUBLE_EQ(d.defaults.size, 13);
  ASSERT_EQ(d.paragraphs.size(), 2u);
  EXPECT_DOUBLE_EQ(d.paragraphs[0].runs.at(0).look.size, 13);
  EXPECT_EQ(d.paragraphs[0].runs[0].look.font, "Times New Roman");
  EXPECT_DOUBLE_EQ(d.paragraphs[1].look.mark.size, 13);  // an empty paragraph's mark
  EXPECT_DOUBLE_EQ(d.paragraphs[0].look.after, 6);
  EXPECT_EQ(d.paragraphs[0].look.line.rule, LineSpacing::Rule::Multiple);
  EXPECT_DOUBLE_EQ(d.paragraphs[0].look.line.value, 115);
  EXPECT_EQ(d.paragraphs[0].look.style, "");  // no styles part
  EXPECT_EQ(d.paragraphs[0].text(), "Một");
}

TEST(OfficeDocx, BasedOnChainThreeDeepWithAnOverrideInTheMiddle) {
  const std::string styles =
      defaults(sz(24)) +
      style("paragraph", "Normal", "", R"(<w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr>)", true) +
      style("paragraph", "A", "Normal",
            R"(<w:pPr><w:jc w:val="center"/><w:spacing w:before="240"/></w:pPr><w:rPr><w:b/>)" + sz(28) + "</w:rPr>") +
      style("paragraph", "B", "A",
            R"(<w:pPr><w:jc w:val="right"/><w:ind w:left="567"/></w:pPr><w:rPr><w:i/>)" + sz(32) + "</w:rPr>") +
      style("paragraph", "C", "B", R"(<w:rPr><w:color w:val="ff0000"/></w:rPr>)");
  const auto d = read(docx(para(run("x"), pstyle("C")) + para(run("y")), with(styles)));
  const auto& p = d.paragraphs.at(0);
  EXPECT_EQ(p.look.style, "C name");
  EXPECT_EQ(p.look.align, Align::Right);  // B over A
  EXPECT_DOUBLE_EQ(p.look.before, 12);    // A's
  EXPECT_NEAR(p.look.left, 10.0, 0.01);   // B's 567 twips
  const RunLook& r = p.runs.at(0).look;
  EXPECT_EQ(r.font, "Arial");    // Normal's
  EXPECT_DOUBLE_EQ(r.size, 16);  // B's over A's
  EXPECT_TRUE(r.bold);
  EXPECT_TRUE(r.italic);
  EXPECT_EQ(r.color, "FF0000");
  EXPECT_EQ(p.look.mark, r);
  // A paragraph without w:pStyle is in the default paragraph style.
  EXPECT_EQ(d.paragraphs.at(1).look.style, "Normal name");
  EXPECT_DOUBLE_EQ(d.paragraphs[1].runs.at(0).look.size, 12);
  EXPECT_EQ(d.paragraphs[1].runs[0].look.font, "Arial");
}

TEST(OfficeDocx, BasedOnLoopsEnd) {
  const std::string styles = style("paragraph", "L1", "L2", "<w:rPr><w:b/></w:rPr>") +
                             style("paragraph", "L2", "L1", "<w:rPr><w:i/>" + sz(30) + "</w:rPr>") +
                             style("paragraph", "Self", "Self", "<w:rPr>" + sz(22) + "</w:rPr>");
  const auto d = read(
      docx(para(run("a"), pstyle("L1")) + para(run("b"), pstyle("L2")) + para(run("c"), pstyle("Self")), with(styles)));
  const auto& a = d.paragraphs.at(0).runs.at(0).look;
  EXPECT_TRUE(a.bold);
  EXPECT_TRUE(a.italic);
  EXPECT_DOUBLE_EQ(a.size, 15);
  const auto& b = d.paragraphs.at(1).runs.at(0).look;
  EXPECT_TRUE(b.bold);
  EXPECT_TRUE(b.italic);
  EXPECT_DOUBLE_EQ(d.paragraphs.at(2).runs.at(0).look.size, 11);
}

TEST(OfficeDocx, ThemeFontsAndTheFontThatDrawsTheText) {
  const std::string theme =
      R"(<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme name="f">)"
      R"(<a:majorFont><a:latin typeface="Cambria"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/></a:minorFont>)"
      R"(</a:fontScheme></a:themeElements></a:theme>)";
  const std::string styles =
      defaults(R"(<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:ascii="Old"/>)");
  const auto d =
      read(docx(para(run("a")) + para(run("b", R"(<w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/>)")) +
                    para(run("abc", R"(<w:rFonts w:ascii="A" w:hAnsi="B"/>)") +
                         run("ạ", R"(<w:rFonts w:ascii="A" w:hAnsi="B"/>)")),
                with(styles, "", "", theme)));
  EXPECT_EQ(d.defaults.font, "Calibri");
  EXPECT_EQ(d.paragraphs.at(0).runs.at(0).look.font, "Calibri");
  EXPECT_EQ(d.paragraphs.at(1).runs.at(0).look.font, "Cambria");
  // ASCII text is drawn in w:ascii, text beyond ASCII in w:hAnsi.
  EXPECT_EQ(d.paragraphs.at(2).runs.at(0).look.font, "A");
  EXPECT_EQ(d.paragraphs.at(2).runs.at(1).look.font, "B");
}

TEST(OfficeDocx, DirectOffOverABoldStyle) {
  const std::string styles = style("paragraph", "Bold", "", "<w:rPr><w:b/><w:caps/><w:u w:val=\"single\"/></w:rPr>") +
                             style("character", "Em", "", "<w:rPr><w:i/></w:rPr>");
  const auto d = read(docx(para(run("on") + run("zero", R"(<w:b w:val="0"/>)") +
                                    run("false", R"(<w:b w:val="false"/><w:caps w:val="off"/><w:u w:val="none"/>)") +
                                    run("em", R"(<w:rStyle w:val="Em"/>)") + run("strike", "<w:strike/>"),
                                pstyle("Bold")),
                           with(styles)));
  const auto& runs = d.paragraphs.at(0).runs;
  ASSERT_EQ(runs.size(), 5u);
  EXPECT_TRUE(runs[0].look.bold);
  EXPECT_TRUE(runs[0].look.caps);
  EXPECT_TRUE(runs[0].look.underline);
  EXPECT_FALSE(runs[0].stated_bold);  // bold by its style only
  EXPECT_FALSE(runs[1].look.bold);
  EXPECT_FALSE(runs[2].look.bold);
  EXPECT_FALSE(runs[2].look.caps);
  EXPECT_FALSE(runs[2].look.underline);
  EXPECT_TRUE(runs[3].look.italic);
  EXPECT_TRUE(runs[3].look.bold);
  EXPECT_TRUE(runs[4].look.strike);
}

TEST(OfficeDocx, TableStyleSizeAndCellWidths) {
  const std::string styles = defaults(sz(28)) + style("paragraph", "Normal", "", "", true) +
                             style("table", "Grid", "", "<w:rPr>" + sz(20) + "</w:rPr>");
  const std::string table =
      R"(<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/></w:tblPr><w:tblGrid><w:gridCol w:w="2835"/><w:gridCol w:w="1417"/>)"
      R"(<w:gridCol w:w="1418"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="2835" w:type="dxa"/></w:tcPr>)" +
      para(run("a")) + R"(</w:tc><w:tc><w:tcPr><w:tcW w:w="2500" w:type="pct"/><w:gridSpan w:val="2"/></w:tcPr>)" +
      para(run("b")) + "</w:tc></w:tr></w:tbl>";
  const auto d = read(docx(para(run("before")) + table, with(styles)));
  ASSERT_EQ(d.paragraphs.size(), 3u);
  EXPECT_DOUBLE_EQ(d.paragraphs[0].runs.at(0).look.size, 14);
  EXPECT_EQ(d.paragraphs[0].table, -1);
  const auto& a = d.paragraphs[1];
  EXPECT_DOUBLE_EQ(a.runs.at(0).look.size, 10);  // the table style's
  EXPECT_EQ(a.table, 0);
  EXPECT_EQ(a.row, 0);
  EXPECT_EQ(a.cell, 0);
  EXPECT_EQ(a.nesting, 1);
  EXPECT_NEAR(a.cell_width, 50.0, 0.01);
  EXPECT_EQ(d.paragraphs[2].cell, 1);
  EXPECT_NEAR(d.paragraphs[2].cell_width, 50.0, 0.01);  // a percentage: the two grid columns it spans
}

TEST(OfficeDocx, NumberingLabelsAndIndents) {
  const std::string numbering =
      R"(<w:abstractNum w:abstractNumId="0">)"
      R"(<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/>)"
      R"(<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>)"
      R"x(<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/>)x"
      R"(<w:pPr><w:ind w:left="1440" w:firstLine="0"/></w:pPr></w:lvl></w:abstractNum>)"
      R"(<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>)"
      R"(<w:lvlText w:val="&#xF0B7;"/><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr></w:lvl></w:abstractNum>)"
      R"(<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>)";
  auto numbered = [](int id, int level, const std::string& text) {
    return para(run(text), R"(<w:numPr><w:ilvl w:val=")" + std::to_string(level) + R"("/><w:numId w:val=")" +
                               std::to_string(id) + R"("/></w:numPr>)");
  };
  const auto d = read(docx(numbered(1, 0, "Một") + numbered(1, 1, "x") + numbered(1, 1, "y") + numbered(1, 0, "Hai") +
                               numbered(1, 1, "z") + numbered(2, 0, "điểm") + para(run("thường")),
                           with("", numbering)));
  const std::vector<std::string> want{"I.", "a)", "b)", "II.", "a)", "•", ""};
  ASSERT_EQ(d.paragraphs.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) EXPECT_EQ(d.paragraphs[i].look.list_label, want[i]) << i;
  EXPECT_EQ(d.paragraphs[0].look.list_level, 0);
  EXPECT_EQ(d.paragraphs[1].look.list_level, 1);
  EXPECT_EQ(d.paragraphs[6].look.list_level, -1);
  EXPECT_NEAR(d.paragraphs[0].look.left, 12.7, 0.001);
  EXPECT_NEAR(d.paragraphs[0].look.first_indent, -6.35, 0.001);
  EXPECT_NEAR(d.paragraphs[1].look.left, 25.4, 0.001);
  EXPECT_DOUBLE_EQ(d.paragraphs[1].look.first_indent, 0);
  // What import has always read: the same numbers, bullets as "-".
  EXPECT_EQ(d.paragraphs[3].stated_label, "II.");
  EXPECT_EQ(d.paragraphs[5].stated_label, "-");
}

TEST(OfficeDocx, PageFieldInTheDefaultHeaderAndATitlePage) {
  const std::string header = header_part(
      "hdr",
      para(
          run("Trang ") +
              R"(<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>)"
              R"(<w:r><w:instrText>\* MERGEFORMAT</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>)" +
              run("7") + R"(<w:r><w:fldChar w:fldCharType="end"/></w:r>)",
          R"(<w:jc w:val="center"/>)"));
  const std::string first = header_part("hdr", para(""));
  const std::string footer =
      header_part("ftr", para(R"(<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>9</w:t></w:r></w:fldSimple>)"));
  const std::string sect =
      R"(<w:sectPr><w:headerReference w:type="default" r:id="rId1"/><w:headerReference w:type="first" r:id="rId2"/>)"
      R"(<w:footerReference w:type="default" r:id="rId3"/><w:titlePg/></w:sectPr>)";
  Parts parts;
  parts.rels = rel("rId1", "header", "header1.xml") + rel("rId2", "header", "header2.xml") +
               rel("rId3", "footer", "footer1.xml");
  parts.more = {{"word/header1.xml", header}, {"word/header2.xml", first}, {"word/footer1.xml", footer}};
  const auto d = read(docx(para(run("body")) + sect, parts));
  ASSERT_EQ(d.sections.size(), 1u);
  const Section& s = d.sections[0];
  EXPECT_TRUE(s.title_page);
  ASSERT_TRUE(s.header_other.present);
  EXPECT_EQ(s.header_other.part, "word/header1.xml");
  EXPECT_TRUE(s.header_other.page_number());
  ASSERT_EQ(s.header_other.paragraphs.size(), 1u);
  const Paragraph& h = s.header_other.paragraphs[0];
  EXPECT_EQ(h.place, Place::Header);
  EXPECT_EQ(h.index, 1);
  EXPECT_EQ(h.text(), "Trang #");  // one page-number run; the cached "7" is not text
  ASSERT_EQ(h.runs.size(), 2u);
  EXPECT_EQ(h.runs[1].kind, office::Run::Kind::PageNumber);
  EXPECT_EQ(h.look.align, Align::Center);
  EXPECT_EQ(h.anchor.part, "word/header1.xml");
  EXPECT_EQ(h.anchor.ordinal, 0);
  EXPECT_TRUE(s.header_first.present);
  EXPECT_FALSE(s.header_first.page_number());
  EXPECT_FALSE(s.footer_first.present);
  ASSERT_TRUE(s.footer_other.present);
  EXPECT_EQ(s.footer_other.paragraphs.at(0).runs.at(0).kind, office::Run::Kind::PageCount);
  EXPECT_EQ(s.footer_other.paragraphs[0].place, Place::Footer);
}

TEST(OfficeDocx, TwoSectionsWithDifferentMarginsAndAnInheritedHeader) {
  const std::string first_sect =
      R"(<w:sectPr><w:headerReference w:type="default" r:id="rId1"/><w:pgSz w:w="11906" w:h="16838"/>)"
      R"(<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>)";
  const std::string last_sect =
      R"(<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>)"
      R"(<w:pgMar w:top="1701" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709"/></w:sectPr>)";
  Parts parts;
  parts.rels = rel("rId1", "header", "header1.xml");
  parts.more = {{"word/header1.xml", header_part("hdr", para(run("đầu trang")))}};
  const auto d = read(docx(para(run("một")) + para(run("hai"), first_sect) + para(run("ba")) + last_sect, parts));
  ASSERT_EQ(d.sections.size(), 2u);
  const Section &a = d.sections[0], &b = d.sections[1];
  EXPECT_NEAR(a.width, 210.0, 0.01);
  EXPECT_NEAR(a.height, 297.0, 0.01);
  EXPECT_FALSE(a.landscape);
  EXPECT_NEAR(a.top, 20.0, 0.01);
  EXPECT_NEAR(a.left, 30.0, 0.01);
  EXPECT_NEAR(a.right, 15.0, 0.02);
  EXPECT_NEAR(a.header, 10.0, 0.01);
  EXPECT_EQ(a.first_paragraph, 1);
  EXPECT_NEAR(b.width, 297.0, 0.01);
  EXPECT_TRUE(b.landscape);
  EXPECT_NEAR(b.top, 30.0, 0.01);
  EXPECT_NEAR(b.left, 20.0, 0.01);
  EXPECT_EQ(b.first_paragraph, 3);
  // The second section names no header: it has the first one's.
  ASSERT_TRUE(b.header_other.present);
  EXPECT_EQ(b.header_other.paragraphs.at(0).text(), "đầu trang");
  EXPECT_EQ(b.header_other.paragraphs[0].section, 1);
  EXPECT_EQ(d.paragraphs.at(0).section, 0);
  EXPECT_EQ(d.paragraphs.at(1).section, 0);
  EXPECT_EQ(d.paragraphs.at(2).section, 1);
}

TEST(OfficeDocx, Footnotes) {
  const std::string notes =
      R"(<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>)"
      R"(<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>)"
      R"(<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>)" +
      run(" Ghi chú một.") + "</w:p></w:footnote>" + R"(<w:footnote w:id="3"><w:p>)" + run("Hai.") + "</w:p>" +
      para(run("Đoạn hai.")) + "</w:footnote>";
  const std::string ref =
      R"(<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="%"/></w:r>)";
  auto refer = [&](const std::string& id) {
    std::string r = ref;
    r.replace(r.find('%'), 1, id);
    return r;
  };
  Parts parts;
  parts.footnotes = notes;
  const auto d = read(docx(para(run("Văn bản") + refer("3")) + para(run("Khác") + refer("2")), parts));
  ASSERT_EQ(d.footnotes.size(), 2u);
  const office::Run& r = d.paragraphs.at(0).runs.at(1);
  EXPECT_EQ(r.kind, office::Run::Kind::FootnoteRef);
  EXPECT_EQ(r.footnote, 0);
  EXPECT_EQ(d.paragraphs[0].text(), "Văn bản");
  ASSERT_EQ(d.footnotes[0].size(), 2u);
  EXPECT_EQ(d.footnotes[0][0].text(), "Hai.");
  EXPECT_EQ(d.footnotes[0][1].text(), "Đoạn hai.");
  EXPECT_EQ(d.footnotes[0][1].index, 2);
  EXPECT_EQ(d.footnotes[0][0].place, Place::Footnote);
  EXPECT_EQ(d.footnotes[0][0].anchor.part, "word/footnotes.xml");
  EXPECT_EQ(d.footnotes[0][0].anchor.ordinal, 3);  // after the separators' and footnote 2's paragraphs
  ASSERT_EQ(d.footnotes[1].size(), 1u);
  EXPECT_EQ(d.footnotes[1][0].text(), " Ghi chú một.");
}

std::string drawing_line(long cx) {
  return R"(<w:drawing><wp:inline><wp:extent cx=")" + std::to_string(cx) +
         R"(" cy="0"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">)"
         R"(<wps:wsp><wps:cNvSpPr/><wps:spPr><a:prstGeom prst="line"/></wps:spPr></wps:wsp></a:graphicData></a:graphic>)"
         R"(</wp:inline></w:drawing>)";
}

TEST(OfficeDocx, DrawnLines) {
  const std::string vml = R"(<w:pict><v:line from="0,0" to="155.9pt,0" strokeweight=".5pt"/></w:pict>)";
  const std::string rect = R"(<w:pict><v:rect style="width:2in;height:36pt"/></w:pict>)";
  // Word writes both: the shape for itself, VML for older readers. One is read.
  const std::string both = "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">" + drawing_line(1800000) +
                           "</mc:Choice><mc:Fallback>" + vml + "</mc:Fallback></mc:AlternateContent></w:r>";
  const auto d = read(docx(para(run("QUỐC HIỆU")) + para("<w:r>" + drawing_line(1980000) + "</w:r>") +
                           para("<w:r>" + vml + "</w:r>") + para(both) + para("<w:r>" + rect + "</w:r>")));
  ASSERT_EQ(d.shapes.size(), 4u);
  EXPECT_EQ(d.shapes[0].kind, Shape::Kind::Line);
  EXPECT_NEAR(d.shapes[0].width, 55.0, 1e-9);
  EXPECT_DOUBLE_EQ(d.shapes[0].height, 0);
  EXPECT_EQ(d.shapes[0].paragraph, 2);
  EXPECT_EQ(d.shapes[1].kind, Shape::Kind::Line);
  EXPECT_NEAR(d.shapes[1].width, 55.0, 0.01);
  EXPECT_EQ(d.shapes[1].paragraph, 3);
  EXPECT_NEAR(d.shapes[2].width, 50.0, 1e-9);  // the DrawingML choice, not the fallback
  EXPECT_EQ(d.shapes[2].paragraph, 4);
  EXPECT_EQ(d.shapes[3].kind, Shape::Kind::Rectangle);
  EXPECT_NEAR(d.shapes[3].width, 50.8, 1e-9);
  EXPECT_NEAR(d.shapes[3].height, 12.7, 1e-9);
  EXPECT_TRUE(d.unsupported.empty());
}

TEST(OfficeDocx, EachUnsupportedKind) {
  auto inline_graphic = [](const std::string& data) {
    return R"(<w:r><w:drawing><wp:inline><wp:extent cx="100" cy="100"/><a:graphic><a:graphicData>)" + data +
           "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";
  };
  const std::string text_box =
      inline_graphic(R"(<wps:wsp><wps:spPr><a:prstGeom prst="rect"/></wps:spPr><wps:txbx><w:txbxContent>)" +
                     para(run("Hộp chữ")) + para(run("dòng hai")) + "</w:txbxContent></wps:txbx></wps:wsp>");
  Parts parts;
  parts.more = {{"word/comments.xml", header_part("comments", "")}};
  const auto d = read(docx(
      para(inline_graphic("<pic:pic/>")) + para(text_box) + para(inline_graphic(R"(<c:chart r:id="rId9"/>)")) +
          para(run("x = ") + "<m:oMath><m:r><m:t>y</m:t></m:r></m:oMath>") +
          para(
              R"(<w:r><w:object><v:shape><v:imagedata r:id="rId5"/></v:shape><o:OLEObject ProgID="Equation.3"/></w:object></w:r>)") +
          para(run("cũ ") + R"(<w:ins w:id="1" w:author="A">)" + run("mới") +
               R"(</w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>bỏ</w:delText></w:r></w:del>)") +
          para(R"(<w:commentRangeStart w:id="0"/>)" + run("bàn") +
               R"(<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>)") +
          para(
              R"(<w:r><w:pict><v:shape style="width:10pt;height:10pt"><v:imagedata r:id="rId3"/></v:shape></w:pict></w:r>)"),
      parts));
  std::vector<std::tuple<Unsupported::Kind, int>> got;
  for (const auto& u : d.unsupported) got.emplace_back(u.kind, u.paragraph);
  using K = Unsupported::Kind;
  const std::vector<std::tuple<Unsupported::Kind, int>> want{
      {K::Image, 1},         {K::TextBox, 2},       {K::Chart, 3},   {K::Equation, 4}, {K::EmbeddedObject, 5},
      {K::TrackedChange, 6}, {K::TrackedChange, 6}, {K::Comment, 7}, {K::Image, 8}};
  EXPECT_EQ(got, want);
  // The text box's text is kept where it is reported; its paragraphs are not body ones.
  EXPECT_EQ(d.unsupported.at(1).detail, "Hộp chữ\ndòng hai");
  EXPECT_EQ(d.paragraphs.size(), 8u);
  // Inserted text shows, deleted text does not.
  EXPECT_EQ(d.paragraphs.at(5).text(), "cũ mới");
  EXPECT_EQ(d.paragraphs.at(3).text(), "x = ");
}

TEST(OfficeDocx, AnchorsCountEveryParagraphOfThePart) {
  const std::string text_box =
      R"(<w:r><w:pict><v:shape type="#_x0000_t202" style="width:50pt;height:20pt"><v:textbox><w:txbxContent>)" +
      para(run("trong hộp")) + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>";
  const std::string nested = "<w:tbl><w:tr><w:tc>" + para(run("lồng")) + "</w:tc></w:tr></w:tbl>";
  const std::string table = "<w:tbl><w:tr><w:tc>" + para(run("a")) + "</w:tc><w:tc>" + nested + para(run("b")) +
                            "</w:tc></w:tr><w:tr><w:tc>" + para(run("c")) + "</w:tc></w:tr></w:tbl>";
  const auto d = read(docx(para(run("một") + text_box) + table + para(run("cuối"))));
  // w:p elements of document.xml in document order: một (0), trong hộp (1), a (2),
  // lồng (3), b (4), c (5), cuối (6). The text box's is no body paragraph.
  struct Want {
    std::string text;
    int ordinal, table, row, cell, nesting;
  };
  const std::vector<Want> want{{"một", 0, -1, -1, -1, 0}, {"a", 2, 0, 0, 0, 1}, {"lồng", 3, 1, 0, 0, 2},
                               {"b", 4, 0, 0, 1, 1},      {"c", 5, 0, 1, 0, 1}, {"cuối", 6, -1, -1, -1, 0}};
  ASSERT_EQ(d.paragraphs.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    const Paragraph& p = d.paragraphs[i];
    EXPECT_EQ(p.index, static_cast<int>(i) + 1);
    EXPECT_EQ(p.text(), want[i].text);
    EXPECT_EQ(p.anchor.part, "word/document.xml");
    EXPECT_EQ(p.anchor.ordinal, want[i].ordinal) << i;
    EXPECT_EQ(p.table, want[i].table) << i;
    EXPECT_EQ(p.row, want[i].row) << i;
    EXPECT_EQ(p.cell, want[i].cell) << i;
    EXPECT_EQ(p.nesting, want[i].nesting) << i;
  }
  ASSERT_EQ(d.unsupported.size(), 1u);
  EXPECT_EQ(d.unsupported[0].detail, "trong hộp");
  EXPECT_EQ(d.unsupported[0].paragraph, 1);
}

TEST(OfficeDocx, RunsBreaksSymbolsAndHyperlinks) {
  const auto d = read(docx(
      para(
          R"(<w:hyperlink r:id="rId1"><w:r><w:t>liên</w:t></w:r></w:hyperlink><w:smartTag><w:r><w:t> kết</w:t></w:r></w:smartTag>)"
          R"(<w:sdt><w:sdtContent><w:r><w:tab/><w:t>a</w:t><w:br/><w:t>b</w:t><w:cr/></w:r></w:sdtContent></w:sdt>)"
          R"(<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>)") +
      para(run("x") + R"(<w:r><w:br w:type="page"/></w:r>)") + para(run("y")) +
      para(R"(<w:r><w:br w:type="page"/></w:r>)" + run("z"))));
  const Paragraph& p = d.paragraphs.at(0);
  EXPECT_EQ(p.text(), "liên kết\ta\nb\n\xEF\x83\xBC");
  EXPECT_EQ(p.runs.back().look.font, "Wingdings");
  EXPECT_EQ(d.paragraphs.at(1).text(), "x\n");
  EXPECT_TRUE(d.paragraphs.at(2).look.page_break_before);
  EXPECT_FALSE(d.paragraphs.at(1).look.page_break_before);
  // LibreOffice's page break: at the start of the paragraph it moves.
  EXPECT_TRUE(d.paragraphs.at(3).look.page_break_before);
  EXPECT_EQ(d.paragraphs.at(3).text(), "\nz");
}

TEST(OfficeDocx, ParagraphPropertiesAsStated) {
  const std::string ppr =
      R"(<w:keepNext/><w:keepLines w:val="1"/><w:pageBreakBefore/><w:pBdr><w:top w:val="single" w:sz="6"/>)"
      R"(<w:bottom w:val="none" w:sz="12"/></w:pBdr><w:spacing w:before="120" w:beforeAutospacing="1" w:after="60" w:line="360" w:lineRule="exact"/>)"
      R"(<w:ind w:start="283" w:end="142" w:hanging="283"/><w:jc w:val="both"/><w:outlineLvl w:val="1"/>)";
  const auto d = read(docx(para(run("x"), ppr) +
                           para(run("y"), R"(<w:spacing w:line="300" w:lineRule="atLeast"/><w:jc w:val="end"/>)")));
  const ParaLook& l = d.paragraphs.at(0).look;
  EXPECT_TRUE(l.keep_next);
  EXPECT_TRUE(l.keep_lines);
  EXPECT_TRUE(l.page_break_before);
  EXPECT_DOUBLE_EQ(l.border_top, 0.75);
  EXPECT_DOUBLE_EQ(l.border_bottom, 0);
  EXPECT_DOUBLE_EQ(l.before, 14);  // autospacing, as Word
  EXPECT_DOUBLE_EQ(l.after, 3);
  EXPECT_EQ(l.line.rule, LineSpacing::Rule::Exact);
  EXPECT_DOUBLE_EQ(l.line.value, 18);
  EXPECT_NEAR(l.left, 4.99, 0.01);
  EXPECT_NEAR(l.right, 2.5, 0.01);
  EXPECT_NEAR(l.first_indent, -4.99, 0.01);
  EXPECT_EQ(l.align, Align::Justify);
  EXPECT_EQ(l.outline, 2);
  const ParaLook& m = d.paragraphs.at(1).look;
  EXPECT_EQ(m.line.rule, LineSpacing::Rule::AtLeast);
  EXPECT_DOUBLE_EQ(m.line.value, 15);
  EXPECT_EQ(m.align, Align::Right);
  EXPECT_EQ(m.outline, 0);
}

TEST(OfficeDocx, BadValuesAreIgnored) {
  const std::string styles = style("paragraph", "Normal", "", "<w:rPr>" + sz(24) + "</w:rPr>", true);
  const std::string numbering =
      R"(<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="99"><w:numFmt w:val="upperRoman"/></w:lvl>)"
      R"(<w:lvl w:ilvl="0"><w:start w:val="2147483647"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl>)"
      R"(</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>)";
  const auto d = read(
      docx(para(run("a", R"(<w:sz w:val="-5"/>)") + run("b", R"(<w:sz w:val="abc"/><w:color w:val="zzz"/>)")) +
               para(run("c"),
                    R"(<w:ind w:left="x" w:firstLine="1e99"/><w:spacing w:line="-240"/><w:outlineLvl w:val="12"/>)") +
               para(run("d"), R"(<w:numPr><w:ilvl w:val="99"/><w:numId w:val="1"/></w:numPr>)") +
               para(run("e"), R"(<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>)") +
               para(run("f"), R"(<w:numPr><w:numId w:val="7"/></w:numPr>)"),
           with(styles, numbering)));
  ASSERT_EQ(d.paragraphs.size(), 5u);
  EXPECT_DOUBLE_EQ(d.paragraphs[0].runs.at(0).look.size, 12);
  EXPECT_DOUBLE_EQ(d.paragraphs[0].runs.at(1).look.size, 12);
  EXPECT_EQ(d.paragraphs[0].runs.at(1).look.color, "");
  EXPECT_DOUBLE_EQ(d.paragraphs[1].look.left, 0);
  EXPECT_DOUBLE_EQ(d.paragraphs[1].look.first_indent, 0);
  EXPECT_DOUBLE_EQ(d.paragraphs[1].look.line.value, 100);
  EXPECT_EQ(d.paragraphs[1].look.outline, 0);
  // A bad w:ilvl is level 0; the start is cut to Word's limit, and letters that far
  // are numbers.
  EXPECT_EQ(d.paragraphs[2].look.list_label, "32767.");
  EXPECT_EQ(d.paragraphs[3].look.list_label, "32768.");
  EXPECT_EQ(d.paragraphs[4].look.list_label, "");
  EXPECT_EQ(d.paragraphs[4].look.list_level, -1);
}

TEST(OfficeDocx, AMillionStylesAreReadWhenUsed) {
  std::string styles;
  styles.reserve(60u << 20);
  for (int i = 0; i < 1'000'000; ++i)
    styles += R"(<w:style w:type="paragraph" w:styleId="s)" + std::to_string(i) + R"("/>)";
  styles += style("paragraph", "Used", "s0", "<w:rPr>" + sz(30) + "</w:rPr>");
  const auto start = std::chrono::steady_clock::now();
  const auto d = read(docx(para(run("a"), pstyle("Used")) + para(run("b"), pstyle("s999999")), with(styles)));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(20));
  EXPECT_DOUBLE_EQ(d.paragraphs.at(0).runs.at(0).look.size, 15);
  EXPECT_DOUBLE_EQ(d.paragraphs.at(1).runs.at(0).look.size, 0);
}

TEST(OfficeDocx, UnreadablePackagesAndLimits) {
  Errors errors;
  EXPECT_FALSE(read_document("not a zip", "a.docx", errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].code, ErrorCode::Unreadable);
  EXPECT_EQ(errors[0].file, "a.docx");

  errors.clear();
  EXPECT_FALSE(
      read_document(package::zip({{"word/document.xml", "<w:document><w:body><w:p></w:body>"}}), "b.docx", errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].code, ErrorCode::Unreadable);
  EXPECT_EQ(errors[0].message.rfind("word/document.xml: ", 0), 0u) << errors[0].message;

  errors.clear();
  std::string deep;
  for (int i = 0; i < 300; ++i) deep += "<w:sdt><w:sdtContent>";
  for (int i = 0; i < 300; ++i) deep += "</w:sdtContent></w:sdt>";
  EXPECT_FALSE(read_document(docx(deep), "c.docx", errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].message, "word/document.xml: elements nested more than 256 deep");

  // A part that inflates beyond the budget: a Limit.
  errors.clear();
  Parts big;
  big.more = {{"word/footer1.xml", std::string(limits::kMaxUnzippedBytes, ' ')}};
  const std::string bomb = docx(para(run("a")), big);
  EXPECT_FALSE(read_document(bomb, "d.docx", errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].code, ErrorCode::Limit);
  EXPECT_EQ(errors[0].file, "d.docx");

  // More paragraphs than the reader holds.
  errors.clear();
  std::string many;
  many.reserve(kMaxDocxItems * 6 + 16);
  for (size_t i = 0; i <= kMaxDocxItems; ++i) many += "<w:p/>";
  EXPECT_FALSE(read_document(docx(many), "e.docx", errors));
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].code, ErrorCode::Limit);
}

TEST(OfficeDocx, LinesForImport) {
  const std::string vn = R"(<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>)";
  const std::string table =
      "<w:tbl><w:tr><w:tc>" + para(run("mét")) + "</w:tc><w:tc>" + para(run("hai")) + "</w:tc></w:tr></w:tbl>";
  const std::string unicode = R"(<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>)";
  const auto d =
      read(docx(para(run("QuyÕt ®Þnh", "<w:b/>"), R"(<w:jc w:val="center"/><w:numPr><w:numId w:val="0"/></w:numPr>)") +
                    table + para(run("Hà Nội", unicode)),
                with(defaults(vn))));
  const auto lines = import::office_lines(d);
  EXPECT_EQ(lines.text, "## **Quyết định**\n\nmột\thai\n\nHà Nội\n");
  EXPECT_EQ(lines.paragraph_of_line, (std::vector<int>{1, 0, 2, 0, 4}));
  EXPECT_EQ(lines.decoded, (std::vector<std::string>{"Quyết định", "một", "hai", "Hà Nội"}));
  EXPECT_EQ(lines.legacy, (std::vector<bool>{true, true, true, false}));
  ASSERT_EQ(lines.decodings.size(), 2u);
  EXPECT_EQ(lines.decodings[0].line, 1);
  EXPECT_EQ(lines.decodings[0].how, "font .VnTime: tcvn3");
  EXPECT_EQ(lines.decodings[1].line, 3);
}

std::string file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

const Paragraph* find(const Document& d, const std::string& text) {
  for (const auto& p : d.paragraphs)
    if (p.text() == text) return &p;
  return nullptr;
}

// A document vanban rendered: the looks templates/layout.xml and the house style give
// its roles (samples/001 is in the cong-doan style: Quốc hiệu 13 pt, Tiêu ngữ 14 pt).
TEST(OfficeDocx, RenderedSampleLooksAsTheHouseStyleSays) {
  const auto rendered =
      render(file(std::string(VANBAN_SOURCE_DIR) + "/samples/001-ke-hoach-gia-lam.xml"), "s", Format::Docx);
  ASSERT_TRUE(rendered.errors.empty());
  const Document d = read(rendered.bytes);
  const Paragraph* national = find(d, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  ASSERT_TRUE(national);
  EXPECT_EQ(national->look.style, "VB Quốc hiệu");
  EXPECT_EQ(national->look.align, Align::Center);
  EXPECT_EQ(national->table, 0);
  EXPECT_EQ(national->cell, 1);
  const RunLook& n = national->runs.at(0).look;
  EXPECT_EQ(n.font, "Times New Roman");
  EXPECT_DOUBLE_EQ(n.size, 13);
  EXPECT_TRUE(n.bold);
  EXPECT_FALSE(n.italic);
  const Paragraph* motto = find(d, "Độc lập - Tự do - Hạnh phúc");
  ASSERT_TRUE(motto);
  EXPECT_EQ(motto->look.style, "VB Tiêu ngữ");
  EXPECT_DOUBLE_EQ(motto->runs.at(0).look.size, 14);
  EXPECT_TRUE(motto->runs.at(0).look.bold);
  EXPECT_EQ(motto->look.align, Align::Center);
  // The body: justified, a first-line indent.
  int body = 0;
  for (const auto& p : d.paragraphs)
    if (p.look.style == "VB Nội dung") {
      ++body;
      EXPECT_EQ(p.look.align, Align::Justify);
      EXPECT_GT(p.look.first_indent, 0);
    }
  EXPECT_GT(body, 5);
  // A4, the page number in the header of every page but the first.
  ASSERT_FALSE(d.sections.empty());
  const Section& s = d.sections[0];
  EXPECT_NEAR(s.width, 210, 0.05);
  EXPECT_NEAR(s.height, 297, 0.05);
  EXPECT_TRUE(s.title_page);
  EXPECT_TRUE(s.header_other.page_number());
  EXPECT_FALSE(s.header_first.page_number());
  EXPECT_TRUE(d.unsupported.empty());
}

}  // namespace
