// Exact XML of writer elements, and properties that must hold for whole packages.
#include <gtest/gtest.h>

#include "docx/parts.h"
#include "docx/properties.h"
#include "odt/parts.h"
#include "text/unicode.h"
#include "xml/xml_writer.h"

using namespace vanban;

TEST(XmlWriter, EscapesAndDropsIllegalCharacters) {
  std::string out;
  xml::Writer w(out);
  w.start("a").attr("v", "x\"<&>\n");
  w.text(std::string("1 < 2 & \"q\"\x01", 13));
  w.end();
  EXPECT_EQ(out, "<a v=\"x&quot;&lt;&amp;&gt;&#10;\">1 &lt; 2 &amp; \"q\"</a>");
}

TEST(XmlWriter, DropsCodePointsXmlForbids) {
  std::string out;
  xml::escape_into(out,
                   std::string("a\x01"
                               "b\x0b"
                               "c\td",
                               8),
                   false);
  EXPECT_EQ(out, "abc\td");
  out.clear();
  xml::escape_into(out,
                   "\xEF\xBF\xBE"
                   "x",
                   false);  // U+FFFE
  EXPECT_EQ(out, "x");
  out.clear();
  xml::escape_into(out, "\xED\xA0\x80Đ", false);  // a lone surrogate, then Đ
  EXPECT_EQ(out, "Đ");
  static_assert(text::is_xml_char(U'ệ') && !text::is_xml_char(0xFFFF) && !text::is_xml_char(0xD800));
}

TEST(XmlWriter, EmptyElementsSelfClose) {
  std::string out;
  xml::Writer w(out);
  w.start("p");
  w.empty("br");
  w.start("q");
  w.end();
  w.end();
  EXPECT_EQ(out, "<p><br/><q/></p>");
}

TEST(XmlWriter, FixedNumbers) {
  EXPECT_EQ(xml::fixed(12.7, 2), "12.7");
  EXPECT_EQ(xml::fixed(14, 2), "14");
  EXPECT_EQ(xml::fixed(79.3749, 2), "79.37");
  EXPECT_EQ(xml::fixed(-0.001, 2), "0");
}

TEST(Docx, ParagraphPropertiesInSchemaOrder) {
  std::string out;
  xml::Writer w(out);
  docx::ParaProps p;
  p.style = "VbRule";
  p.keep_next = true;
  p.rule_top = 0.75;
  p.before = 2;
  p.left = 20;
  p.right = 20;
  p.align = layout::Align::Center;
  docx::write_ppr(w, p);
  // CT_PPr order: pStyle, keepNext, pBdr, spacing, ind, jc.
  EXPECT_EQ(out,
            "<w:pPr><w:pStyle w:val=\"VbRule\"/><w:keepNext/><w:pBdr><w:top w:val=\"single\" w:sz=\"6\" "
            "w:space=\"1\" w:color=\"000000\"/></w:pBdr><w:spacing w:before=\"40\"/><w:ind w:left=\"1134\" "
            "w:right=\"1134\"/><w:jc w:val=\"center\"/></w:pPr>");
}

TEST(Docx, FramedParagraphInRed) {
  std::string out;
  xml::Writer w(out);
  layout::Paragraph para;
  para.style = "VbStamp";
  para.box = 0.75;
  para.color = "FF0000";
  docx::write_ppr(w, docx::para_overrides(para));
  EXPECT_EQ(out,
            "<w:pPr><w:pStyle w:val=\"VbStamp\"/><w:pBdr>"
            "<w:top w:val=\"single\" w:sz=\"6\" w:space=\"2\" w:color=\"FF0000\"/>"
            "<w:left w:val=\"single\" w:sz=\"6\" w:space=\"2\" w:color=\"FF0000\"/>"
            "<w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"2\" w:color=\"FF0000\"/>"
            "<w:right w:val=\"single\" w:sz=\"6\" w:space=\"2\" w:color=\"FF0000\"/></w:pBdr></w:pPr>");
}

TEST(Docx, RunsPreserveSpacesAndMarkFootnotes) {
  std::string out;
  xml::Writer w(out);
  std::vector<layout::Run> runs = {{layout::Run::Kind::Text, "Số:      /KH", false, false},
                                   {layout::Run::Kind::Text, "đậm", true, true},
                                   {layout::Run::Kind::FootnoteRef, "", false, false, 0}};
  docx::write_runs(w, runs);
  EXPECT_EQ(out,
            "<w:r><w:t xml:space=\"preserve\">Số:      /KH</w:t></w:r>"
            "<w:r><w:rPr><w:b/><w:bCs/><w:i/><w:iCs/></w:rPr><w:t xml:space=\"preserve\">đậm</w:t></w:r>"
            "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"1\"/></w:r>");
}

TEST(Docx, PageNumberHeader) {
  layout::Layout l;
  l.page_number_style = "VbPageNumber";
  EXPECT_EQ(docx::header_xml(l, true),
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:hdr xmlns:w=\"" + std::string(docx::kW) +
                "\" xmlns:r=\"" + docx::kR +
                "\"><w:p><w:pPr><w:pStyle w:val=\"VbPageNumber\"/></w:pPr><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>2"
                "</w:t></w:r></w:fldSimple></w:p></w:hdr>");
}

TEST(Docx, ContentTypesListFootnotesOnlyWhenThereAreAny) {
  EXPECT_EQ(docx::content_types_xml(false, false).find("footnotes"), std::string::npos);
  EXPECT_NE(docx::content_types_xml(true, false).find("PartName=\"/word/footnotes.xml\""), std::string::npos);
  EXPECT_EQ(docx::content_types_xml(true, false).find("footer"), std::string::npos);
  EXPECT_NE(docx::content_types_xml(false, true).find("PartName=\"/word/footer2.xml\""), std::string::npos);
}

namespace {
layout::Layout one_paragraph(std::vector<layout::Run> runs) {
  layout::Layout l;
  layout::Section s;
  layout::Paragraph p;
  p.style = "VbBody";
  p.runs = std::move(runs);
  s.blocks.emplace_back(std::move(p));
  l.sections.push_back(std::move(s));
  return l;
}
std::string body_of(const std::string& content) {
  const auto a = content.find("<office:text>");
  const auto b = content.find("</office:text>");
  return content.substr(a + 13, b - a - 13);
}
}  // namespace

TEST(Odt, RunsOfSpacesBecomeTextS) {
  auto l = one_paragraph({{layout::Run::Kind::Text, "Số:      /KH", false, false}});
  // The first block of a section starts a page with the first-page master: style P1.
  EXPECT_EQ(body_of(odt::content_xml(l)),
            "<text:p text:style-name=\"P1\">Số: <text:s/><text:s/><text:s/><text:s/><text:s/>/KH</text:p>");
}

TEST(Odt, EmphasisAndFootnotes) {
  layout::Layout l = one_paragraph({{layout::Run::Kind::Text, "tỉnh", true, false},
                                    {layout::Run::Kind::FootnoteRef, "", false, false, 0},
                                    {layout::Run::Kind::Text, " ; x", false, true}});
  l.footnote_style = "VbFootnote";
  l.footnotes.push_back({{{layout::Run::Kind::Text, "Quy chế số 4859."}}});
  EXPECT_EQ(body_of(odt::content_xml(l)),
            "<text:p text:style-name=\"P1\"><text:span text:style-name=\"TB\">tỉnh</text:span>"
            "<text:note text:id=\"ftn1\" text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
            "<text:note-body><text:p text:style-name=\"VbFootnote\">Quy chế số 4859.</text:p></text:note-body>"
            "</text:note><text:span text:style-name=\"TI\"> ; x</text:span></text:p>");
}

TEST(Odt, FirstParagraphOfASectionRestartsPageNumbersOnTheFirstPageMaster) {
  auto l = one_paragraph({{layout::Run::Kind::Text, "x"}});
  const std::string c = odt::content_xml(l);
  EXPECT_NE(c.find("<style:style style:name=\"P1\" style:family=\"paragraph\" style:parent-style-name=\"VbBody\" "
                   "style:master-page-name=\"First_20_Page\"><style:paragraph-properties style:page-number=\"1\"/>"
                   "</style:style>"),
            std::string::npos)
      << c;
}
