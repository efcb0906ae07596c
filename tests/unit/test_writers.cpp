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

namespace {
layout::Layout one_paragraph(std::vector<layout::Run> runs) {
  layout::Layout l;
  // A4 with Decree 30's smallest margins (the page description has no values of its own).
  l.page = {210, 297, 20, 20, 30, 15, 10, 10};
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

// The package plumbing is derived from the list of parts written: content types,
// relationships and the manifest name exactly those parts, with stable ids.
namespace {
const std::string kDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const std::string kOfficeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const std::string kWml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

layout::Layout with_notes_and_footer(bool notes, bool footer) {
  auto l = one_paragraph({{layout::Run::Kind::Text, "x"}});
  l.sections[0].address_page = true;
  if (notes) l.footnotes.push_back({{{layout::Run::Kind::Text, "Ghi chú."}}});
  if (footer) {
    layout::Paragraph p;
    p.style = "VbContact";
    p.runs.push_back({layout::Run::Kind::Text, "Điện thoại: 0225"});
    l.first_page_footer.push_back(p);
  }
  return l;
}

std::vector<std::string> names(const std::vector<package::Entry>& entries) {
  std::vector<std::string> v;
  for (const auto& e : entries) v.push_back(e.name);
  return v;
}

std::string override_part(const std::string& part, const std::string& type) {
  return "<Override PartName=\"" + part + "\" ContentType=\"" + type + "\"/>";
}
std::string relationship(const std::string& id, const std::string& type, const std::string& target) {
  return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
}
}  // namespace

TEST(DocxPackage, WithFootnotesAndFooters) {
  const auto parts = docx::content_parts(with_notes_and_footer(true, true));
  EXPECT_EQ(
      docx::content_types_xml(parts),
      kDecl + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
          "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
          override_part("/word/document.xml", kWml + "document.main+xml") +
          override_part("/word/styles.xml", kWml + "styles+xml") +
          override_part("/word/settings.xml", kWml + "settings+xml") +
          override_part("/word/fontTable.xml", kWml + "fontTable+xml") +
          override_part("/word/header1.xml", kWml + "header+xml") +
          override_part("/word/header2.xml", kWml + "header+xml") +
          override_part("/word/footnotes.xml", kWml + "footnotes+xml") +
          override_part("/word/footer1.xml", kWml + "footer+xml") +
          override_part("/word/footer2.xml", kWml + "footer+xml") +
          override_part("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml") +
          override_part("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml") +
          "</Types>");
  EXPECT_EQ(
      docx::relationships_xml(parts, ""),
      kDecl + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
          relationship("rId1", kOfficeRel + "officeDocument", "word/document.xml") +
          relationship("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                       "docProps/core.xml") +
          relationship("rId3", kOfficeRel + "extended-properties", "docProps/app.xml") + "</Relationships>");
  EXPECT_EQ(docx::relationships_xml(parts, "word/document.xml"),
            kDecl + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                relationship("rId1", kOfficeRel + "styles", "styles.xml") +
                relationship("rId2", kOfficeRel + "settings", "settings.xml") +
                relationship("rId3", kOfficeRel + "fontTable", "fontTable.xml") +
                relationship("rId4", kOfficeRel + "header", "header1.xml") +
                relationship("rId5", kOfficeRel + "header", "header2.xml") +
                relationship("rId6", kOfficeRel + "footnotes", "footnotes.xml") +
                relationship("rId7", kOfficeRel + "footer", "footer1.xml") +
                relationship("rId8", kOfficeRel + "footer", "footer2.xml") + "</Relationships>");
  EXPECT_EQ(
      names(docx::package_entries(parts)),
      (std::vector<std::string>{"[Content_Types].xml", "_rels/.rels", "word/document.xml",
                                "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml",
                                "word/fontTable.xml", "word/header1.xml", "word/header2.xml", "word/footnotes.xml",
                                "word/footer1.xml", "word/footer2.xml", "docProps/core.xml", "docProps/app.xml"}));
}

TEST(DocxPackage, WithoutFootnotesOrFooters) {
  const auto parts = docx::content_parts(with_notes_and_footer(false, false));
  EXPECT_EQ(
      docx::content_types_xml(parts),
      kDecl + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
          "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
          override_part("/word/document.xml", kWml + "document.main+xml") +
          override_part("/word/styles.xml", kWml + "styles+xml") +
          override_part("/word/settings.xml", kWml + "settings+xml") +
          override_part("/word/fontTable.xml", kWml + "fontTable+xml") +
          override_part("/word/header1.xml", kWml + "header+xml") +
          override_part("/word/header2.xml", kWml + "header+xml") +
          override_part("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml") +
          override_part("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml") +
          "</Types>");
  EXPECT_EQ(docx::relationships_xml(parts, "word/document.xml"),
            kDecl + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                relationship("rId1", kOfficeRel + "styles", "styles.xml") +
                relationship("rId2", kOfficeRel + "settings", "settings.xml") +
                relationship("rId3", kOfficeRel + "fontTable", "fontTable.xml") +
                relationship("rId4", kOfficeRel + "header", "header1.xml") +
                relationship("rId5", kOfficeRel + "header", "header2.xml") + "</Relationships>");
  EXPECT_EQ(names(docx::package_entries(parts)),
            (std::vector<std::string>{"[Content_Types].xml", "_rels/.rels", "word/document.xml",
                                      "word/_rels/document.xml.rels", "word/styles.xml", "word/settings.xml",
                                      "word/fontTable.xml", "word/header1.xml", "word/header2.xml", "docProps/core.xml",
                                      "docProps/app.xml"}));
}

TEST(DocxPackage, FootersWithoutFootnotesKeepTheirIds) {
  // A part's relationship id does not depend on which parts before it are written:
  // document.xml refers to the footers by these ids.
  const auto parts = docx::content_parts(with_notes_and_footer(false, true));
  const std::string rels = docx::relationships_xml(parts, "word/document.xml");
  EXPECT_EQ(rels.find("footnotes"), std::string::npos);
  EXPECT_NE(rels.find(relationship("rId7", kOfficeRel + "footer", "footer1.xml") +
                      relationship("rId8", kOfficeRel + "footer", "footer2.xml") + "</Relationships>"),
            std::string::npos)
      << rels;
  EXPECT_NE(docx::document_xml(with_notes_and_footer(false, true))
                .find("<w:footerReference w:type=\"first\" r:id=\"rId7\"/>"),
            std::string::npos);
}

TEST(DocxPackage, RelationshipTargetsAreRelativeToTheSource) {
  EXPECT_EQ(docx::relationships_path(""), "_rels/.rels");
  EXPECT_EQ(docx::relationships_path("word/document.xml"), "word/_rels/document.xml.rels");
  std::vector<docx::Part> parts = {
      {"word/document.xml", "t", "", "r", "rId1", ""},
      {"word/media/a.png", "t", "word/document.xml", "r", "rId1", ""},
      {"customXml/item1.xml", "t", "word/document.xml", "r", "rId2", ""},
  };
  EXPECT_EQ(docx::relationships_xml(parts, "word/document.xml"),
            kDecl + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                relationship("rId1", "r", "media/a.png") + relationship("rId2", "r", "/customXml/item1.xml") +
                "</Relationships>");
}

TEST(OdtPackage, ManifestNamesEveryStream) {
  for (bool notes : {false, true}) {
    for (bool footer : {false, true}) {
      const auto entries = odt::package_entries(odt::content_streams(with_notes_and_footer(notes, footer)));
      EXPECT_EQ(names(entries), (std::vector<std::string>{"mimetype", "META-INF/manifest.xml", "content.xml",
                                                          "styles.xml", "meta.xml"}));
      EXPECT_TRUE(entries[0].stored);
      EXPECT_EQ(entries[0].data, "application/vnd.oasis.opendocument.text");
      EXPECT_EQ(entries[1].data,
                kDecl +
                    "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
                    "manifest:version=\"1.3\">"
                    "<manifest:file-entry manifest:full-path=\"/\" "
                    "manifest:media-type=\"application/vnd.oasis.opendocument.text\" manifest:version=\"1.3\"/>"
                    "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    "<manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>"
                    "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
                    "</manifest:manifest>");
    }
  }
  // A stream added to the list is in the manifest.
  std::vector<odt::Stream> streams = {{"content.xml", "text/xml", ""}, {"Pictures/1.png", "image/png", ""}};
  EXPECT_NE(odt::manifest_xml(streams).find(
                "<manifest:file-entry manifest:full-path=\"Pictures/1.png\" manifest:media-type=\"image/png\"/>"),
            std::string::npos);
}

// The address block sits inside the text area of page 1: the footer area starts
// page.footer mm above the edge and the block is lifted by the rest of the bottom
// margin (tests/integration/address_block.sh checks the printed position).
TEST(Docx, AddressFooterIsLiftedOntoTheBottomMargin) {
  auto l = with_notes_and_footer(false, true);
  l.page.bottom = 20;
  l.page.footer = 12;  // not the header distance (10): the footer has its own
  const std::string footer = docx::footer_xml(l, true);
  // 8 mm = 454 twips: an empty line exactly that high under the block.
  EXPECT_NE(footer.find("<w:t xml:space=\"preserve\">Điện thoại: 0225</w:t></w:r></w:p><w:p><w:pPr><w:spacing "
                        "w:before=\"0\" w:after=\"0\" w:line=\"454\" w:lineRule=\"exact\"/><w:rPr><w:sz w:val=\"2\"/>"
                        "<w:szCs w:val=\"2\"/></w:rPr></w:pPr></w:p></w:ftr>"),
            std::string::npos)
      << footer;
  // The empty footer of the appendices' first pages stays in the margin.
  EXPECT_NE(docx::footer_xml(l, false).find("><w:p/></w:ftr>"), std::string::npos);
  EXPECT_NE(docx::document_xml(l).find("w:bottom=\"1134\" w:left=\"1701\" w:header=\"567\" w:footer=\"680\""),
            std::string::npos)
      << docx::document_xml(l);
}

TEST(Odt, AddressFooterIsLiftedOntoTheBottomMargin) {
  auto l = with_notes_and_footer(false, true);
  l.page.bottom = 20;
  l.page.footer = 12;  // not the header distance (10): the footer has its own
  const std::string styles = odt::styles_xml(l);
  EXPECT_NE(
      styles.find("<style:page-layout style:name=\"pmFirst\"><style:page-layout-properties fo:page-width=\"210mm\" "
                  "fo:page-height=\"297mm\" style:print-orientation=\"portrait\" fo:margin-top=\"20mm\" "
                  "fo:margin-bottom=\"12mm\" fo:margin-left=\"30mm\" fo:margin-right=\"15mm\"/>"
                  "<style:footer-style><style:header-footer-properties fo:min-height=\"0mm\" "
                  "fo:margin-top=\"0mm\" fo:padding-bottom=\"8mm\" style:dynamic-spacing=\"false\"/>"
                  "</style:footer-style></style:page-layout>"),
      std::string::npos)
      << styles;
}
