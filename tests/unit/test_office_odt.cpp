// The ODT reader (src/office/odt_reader.h): small hand-written packages with exactly
// known looks (styles, spans, lists, page set-up, notes, shapes, what vanban cannot
// carry, anchors), hostile ones that must end in an error or be ignored, and a
// rendered sample read back.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <regex>

#include "api/vanban.h"
#include "core/limits.h"
#include "office/odt_reader.h"
#include "package/zip_writer.h"

using namespace vanban;
using namespace vanban::office;

namespace {

const std::string kNs = R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
                        R"(xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" )"
                        R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" )"
                        R"(xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" )"
                        R"(xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" )"
                        R"(xmlns:xlink="http://www.w3.org/1999/xlink" )"
                        R"(xmlns:dc="http://purl.org/dc/elements/1.1/" )"
                        R"(xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" )"
                        R"(xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3")";

struct Package {
  std::string body;                  // office:text content
  std::string automatic;             // content.xml's automatic styles
  std::string common;                // styles.xml's office:styles
  std::string page_automatic;        // styles.xml's automatic styles (page layouts)
  std::string masters;               // office:master-styles content
  std::string faces;                 // font-face declarations (both parts)
  std::vector<package::Entry> more;  // other entries
  bool stored = false;               // parts not compressed (a big one zips slowly)

  std::string bytes() const {
    const std::string decls = "<office:font-face-decls>" + faces + "</office:font-face-decls>";
    std::vector<package::Entry> entries{{"mimetype", "application/vnd.oasis.opendocument.text", true},
                                        {"content.xml",
                                         "<office:document-content " + kNs + ">" + decls + "<office:automatic-styles>" +
                                             automatic + "</office:automatic-styles><office:body><office:text>" + body +
                                             "</office:text></office:body></office:document-content>",
                                         stored},
                                        {"styles.xml",
                                         "<office:document-styles " + kNs + ">" + decls + "<office:styles>" + common +
                                             "</office:styles><office:automatic-styles>" + page_automatic +
                                             "</office:automatic-styles><office:master-styles>" + masters +
                                             "</office:master-styles></office:document-styles>",
                                         stored}};
    entries.insert(entries.end(), more.begin(), more.end());
    return package::zip(entries);
  }
};

Document read(const std::string& bytes) {
  Errors errors;
  auto d = odt_read(bytes, "t.odt", errors);
  EXPECT_TRUE(d.has_value());
  for (const auto& e : errors) ADD_FAILURE() << e.to_string();
  return d.value_or(Document{});
}

Errors read_errors(const std::string& bytes) {
  Errors errors;
  EXPECT_FALSE(odt_read(bytes, "bad.odt", errors).has_value());
  return errors;
}

std::string style(const std::string& name, const std::string& family, const std::string& parent,
                  const std::string& text_props, const std::string& para_props = "", const std::string& more = "") {
  return R"(<style:style style:name=")" + name + R"(" style:family=")" + family + R"(")" +
         (parent.empty() ? "" : R"( style:parent-style-name=")" + parent + R"(")") + more + ">" +
         (para_props.empty() ? "" : "<style:paragraph-properties " + para_props + "/>") +
         (text_props.empty() ? "" : "<style:text-properties " + text_props + "/>") + "</style:style>";
}

std::string p(const std::string& content, const std::string& style_name = "") {
  return "<text:p" + (style_name.empty() ? "" : R"( text:style-name=")" + style_name + R"(")") + ">" + content +
         "</text:p>";
}

const std::string kDefaults =
    R"(<style:default-style style:family="paragraph"><style:paragraph-properties fo:line-height="100%"/>)"
    R"(<style:text-properties style:font-name="Times New Roman" fo:font-size="14pt"/></style:default-style>)";
const std::string kFaces = R"(<style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'"/>)"
                           R"(<style:font-face style:name="Arial1" svg:font-family="Arial, sans-serif"/>)";

TEST(OfficeOdt, DefaultStyleGivesSizeAndFont) {
  Package pk;
  pk.faces = kFaces;
  pk.common = kDefaults;
  pk.body = p("Một");
  const Document d = read(pk.bytes());
  EXPECT_EQ(d.kind, Kind::Odt);
  EXPECT_EQ(d.defaults.font, "Times New Roman");
  EXPECT_EQ(d.defaults.size, 14);
  ASSERT_EQ(d.paragraphs.size(), 1u);
  const auto& para = d.paragraphs[0];
  EXPECT_EQ(para.look.style, "");  // no style named: the default style only
  EXPECT_EQ(para.look.mark.size, 14);
  ASSERT_EQ(para.runs.size(), 1u);
  EXPECT_EQ(para.runs[0].text, "Một");
  EXPECT_EQ(para.runs[0].look.font, "Times New Roman");
  EXPECT_EQ(para.runs[0].look.size, 14);
  EXPECT_EQ(para.look.line, (LineSpacing{LineSpacing::Rule::Multiple, 100}));
  EXPECT_EQ(para.index, 1);
  EXPECT_EQ(para.place, Place::Body);
}

TEST(OfficeOdt, ParentChainWithAnOverrideInTheMiddle) {
  Package pk;
  pk.faces = kFaces;
  // Grand (13 pt, bold, centred) → Parent (12 pt, italic) → Child (only an indent);
  // an automatic P1 over Child adds a colour.
  pk.common =
      kDefaults +
      style("Grand", "paragraph", "", R"(fo:font-size="13pt" fo:font-weight="bold")", R"(fo:text-align="center")") +
      style("Parent", "paragraph", "Grand", R"(fo:font-size="12pt" fo:font-style="italic")") +
      R"(<style:style style:name="Child_20_Style" style:display-name="Child Style" style:family="paragraph" )"
      R"(style:parent-style-name="Parent"><style:paragraph-properties fo:text-indent="1.27cm"/></style:style>)";
  pk.automatic = style("P1", "paragraph", "Child_20_Style", R"(fo:color="#ff0000")");
  pk.body = p("a", "P1") + p("b", "Child_20_Style") + p("c", "Grand");
  const Document d = read(pk.bytes());
  ASSERT_EQ(d.paragraphs.size(), 3u);
  const auto& a = d.paragraphs[0].look;
  EXPECT_EQ(a.style, "Child Style");  // the automatic style is direct formatting over it
  EXPECT_EQ(a.mark.size, 12);         // Parent overrides Grand
  EXPECT_TRUE(a.mark.bold);           // from Grand
  EXPECT_TRUE(a.mark.italic);         // from Parent
  EXPECT_EQ(a.mark.color, "FF0000");
  EXPECT_EQ(a.align, Align::Center);
  EXPECT_NEAR(a.first_indent, 12.7, 1e-9);
  EXPECT_EQ(d.paragraphs[1].look.mark.color, "");
  EXPECT_EQ(d.paragraphs[2].look.mark.size, 13);
  EXPECT_FALSE(d.paragraphs[2].look.mark.italic);
  EXPECT_EQ(d.paragraphs[2].look.style, "Grand");
}

TEST(OfficeOdt, ParentLoopsAndSelfParentsEnd) {
  Package pk;
  pk.common = kDefaults + style("A", "paragraph", "B", R"(fo:font-size="11pt")") +
              style("B", "paragraph", "A", R"(fo:font-weight="bold")") +
              style("Self", "paragraph", "Self", R"(fo:font-style="italic")");
  pk.body = p("x", "A") + p("y", "Self");
  const Document d = read(pk.bytes());
  ASSERT_EQ(d.paragraphs.size(), 2u);
  EXPECT_EQ(d.paragraphs[0].look.mark.size, 11);
  EXPECT_TRUE(d.paragraphs[0].look.mark.bold);
  EXPECT_TRUE(d.paragraphs[1].look.mark.italic);
  EXPECT_EQ(d.paragraphs[1].look.mark.size, 14);
}

TEST(OfficeOdt, SizeInPercentWeightTransformAndNestedSpans) {
  Package pk;
  pk.faces = kFaces;
  pk.common = kDefaults + style("Big", "paragraph", "", R"(fo:font-size="150%")") +
              style("Heavy", "text", "", R"(fo:font-weight="700")") +
              style("Light", "text", "", R"(fo:font-weight="300")");
  pk.automatic =
      style("T1", "text", "", R"(fo:text-transform="uppercase" style:font-name="Arial1")") +
      style("T2", "text", "Heavy", R"(fo:font-size="50%" fo:font-variant="small-caps")") +
      style("T3", "text", "", R"(style:text-underline-style="solid" style:text-line-through-style="solid")") +
      style("T4", "text", "", R"(style:text-underline-style="none" fo:color="#000000")");
  pk.body = p(R"(a<text:span text:style-name="T1">b<text:span text:style-name="T2">c</text:span>d</text:span>)"
              R"(<text:span text:style-name="Light">e</text:span><text:span text:style-name="T3">f)"
              R"(<text:span text:style-name="T4">g</text:span></text:span>)",
              "Big");
  const Document d = read(pk.bytes());
  ASSERT_EQ(d.paragraphs.size(), 1u);
  const auto& runs = d.paragraphs[0].runs;
  ASSERT_EQ(runs.size(), 7u);
  EXPECT_EQ(runs[0].text, "a");
  EXPECT_EQ(runs[0].look.size, 21);  // 150 % of the default 14 pt
  EXPECT_FALSE(runs[0].look.caps);
  EXPECT_EQ(runs[1].text, "b");
  EXPECT_TRUE(runs[1].look.caps);
  EXPECT_EQ(runs[1].look.font, "Arial");
  EXPECT_EQ(runs[2].text, "c");  // the span inside the span: both
  EXPECT_TRUE(runs[2].look.caps);
  EXPECT_TRUE(runs[2].look.bold);  // weight 700 through T2's parent
  EXPECT_TRUE(runs[2].look.small_caps);
  EXPECT_EQ(runs[2].look.size, 10.5);  // 50 % of 21 pt
  EXPECT_EQ(runs[2].look.font, "Arial");
  EXPECT_EQ(runs[3].text, "d");
  EXPECT_FALSE(runs[3].look.bold);
  EXPECT_FALSE(runs[4].look.bold);  // weight 300
  EXPECT_TRUE(runs[5].look.underline);
  EXPECT_TRUE(runs[5].look.strike);
  EXPECT_FALSE(runs[6].look.underline);
  EXPECT_TRUE(runs[6].look.strike);
  EXPECT_EQ(runs[6].look.color, "000000");  // black stays black, not automatic
}

TEST(OfficeOdt, ParagraphProperties) {
  Package pk;
  pk.common =
      kDefaults +
      style("M", "paragraph", "", "",
            R"(fo:margin-left="3cm" fo:margin-right="0.5in" fo:margin-top="6pt" fo:margin-bottom="0.5cm" )"
            R"(fo:text-indent="-5mm" fo:line-height="150%" fo:keep-with-next="always" fo:break-before="page" )"
            R"(fo:text-align="end" fo:border-bottom="0.5pt solid #000000")") +
      style("Exact", "paragraph", "M", "", R"(fo:line-height="18pt" fo:text-align="justify" fo:border="none")") +
      style("Least", "paragraph", "", "", R"(style:line-height-at-least="0.5cm" fo:text-align="start")") +
      style("Normal", "paragraph", "", "", R"(fo:line-height="normal" fo:text-align="center")");
  pk.body = p("a", "M") + p("b", "Exact") + p("c", "Least") + p("d", "Normal");
  const Document d = read(pk.bytes());
  ASSERT_EQ(d.paragraphs.size(), 4u);
  const auto& m = d.paragraphs[0].look;
  EXPECT_NEAR(m.left, 30, 1e-9);
  EXPECT_NEAR(m.right, 12.7, 1e-9);
  EXPECT_NEAR(m.before, 6, 1e-9);
  EXPECT_NEAR(m.after, 14.173, 1e-3);  // 0.5 cm in pt
  EXPECT_NEAR(m.first_indent, -5, 1e-9);
  EXPECT_EQ(m.line, (LineSpacing{LineSpacing::Rule::Multiple, 150}));
  EXPECT_TRUE(m.keep_next);
  EXPECT_TRUE(m.page_break_before);
  EXPECT_EQ(m.align, Align::Right);
  EXPECT_NEAR(m.border_bottom, 0.5, 1e-9);
  EXPECT_EQ(m.border_top, 0);
  const auto& e = d.paragraphs[1].look;
  EXPECT_EQ(e.line.rule, LineSpacing::Rule::Exact);
  EXPECT_NEAR(e.line.value, 18, 1e-9);
  EXPECT_EQ(e.align, Align::Justify);
  EXPECT_EQ(e.border_bottom, 0);  // fo:border="none" over the parent's bottom border
  EXPECT_NEAR(e.left, 30, 1e-9);  // inherited
  const auto& l = d.paragraphs[2].look;
  EXPECT_EQ(l.line.rule, LineSpacing::Rule::AtLeast);
  EXPECT_NEAR(l.line.value, 14.173, 1e-3);
  EXPECT_EQ(l.align, Align::Left);
  EXPECT_EQ(d.paragraphs[3].look.line, (LineSpacing{LineSpacing::Rule::Multiple, 100}));
  EXPECT_EQ(d.paragraphs[3].look.align, Align::Center);
}

TEST(OfficeOdt, BadValuesAreIgnored) {
  Package pk;
  pk.page_automatic = R"(<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="abc" )"
                      R"(fo:page-height="29.7cm" fo:margin-left="-5cm" fo:margin-top="1e309pt"/></style:page-layout>)";
  pk.masters = R"(<style:master-page style:name="Standard" style:page-layout-name="pm1"/>)";
  pk.common = kDefaults +
              style("Bad", "paragraph", "", R"(fo:font-size="abc" fo:color="red" fo:font-weight="heavy")",
                    R"(fo:margin-left="-5cm" fo:margin-top="1e309pt" fo:line-height="x%" )"
                    R"(fo:text-indent="12" fo:border-bottom="solid")") +
              style("Neg", "paragraph", "", R"(fo:font-size="-3pt")", R"(fo:margin-bottom="-1cm")");
  pk.body = p("a", "Bad") + p("b", "Neg");
  const Document d = read(pk.bytes());
  ASSERT_EQ(d.paragraphs.size(), 2u);
  const auto& b = d.paragraphs[0].look;
  EXPECT_EQ(b.mark.size, 14);
  EXPECT_EQ(b.mark.color, "");
  EXPECT_FALSE(b.mark.bold);
  // A negative left margin is a legal indent in ODF: -5cm is kept.
  EXPECT_NEAR(b.left, -50, 1e-9);
  EXPECT_EQ(b.before, 0);
  EXPECT_EQ(b.line, (LineSpacing{LineSpacing::Rule::Multiple, 100}));
  EXPECT_EQ(b.first_indent, 0);  // no unit
  EXPECT_EQ(b.border_bottom, 0);
  EXPECT_EQ(d.paragraphs[1].look.mark.size, 14);
  EXPECT_EQ(d.paragraphs[1].look.after, 0);
  // A page margin or size cannot be negative or unreadable.
  ASSERT_EQ(d.sections.size(), 1u);
  EXPECT_EQ(d.sections[0].width, 0);
  EXPECT_NEAR(d.sections[0].height, 297, 1e-9);
  EXPECT_EQ(d.sections[0].left, 0);
  EXPECT_EQ(d.sections[0].top, 0);
}

TEST(OfficeOdt, ListLabels) {
  Package pk;
  pk.common = kDefaults;
  pk.automatic = R"(<text:list-style style:name="L1">)"
                 R"(<text:list-level-style-number text:level="1" style:num-format="I" style:num-suffix="."/>)"
                 R"(<text:list-level-style-number text:level="2" style:num-format="1" style:num-suffix="."/>)"
                 R"x(<text:list-level-style-number text:level="3" style:num-format="a" style:num-suffix=")"/>)x"
                 R"(<text:list-level-style-bullet text:level="4" text:bullet-char="-"/>)"
                 R"(</text:list-style>)";
  auto item = [](const std::string& text, const std::string& nested = "") {
    return "<text:list-item>" + p(text) + nested + "</text:list-item>";
  };
  pk.body = R"(<text:list text:style-name="L1">)" +
            item("Mục đích", "<text:list>" +
                                 item("Một", "<text:list>" + item("a", "<text:list>" + item("gạch") + "</text:list>") +
                                                 item("b") + "</text:list>") +
                                 item("Hai") + "</text:list>") +
            "<text:list-item>" + p("Hai mục") + p("tiếp") + "</text:list-item>" + "</text:list>" + p("ngoài");
  const Document d = read(pk.bytes());
  std::vector<std::pair<std::string, int>> got;
  for (const auto& para : d.paragraphs) got.emplace_back(para.look.list_label, para.look.list_level);
  const std::vector<std::pair<std::string, int>> want{{"I.", 0}, {"1.", 1},  {"a)", 2}, {"-", 3}, {"b)", 2},
                                                      {"2.", 1}, {"II.", 0}, {"", 0},   {"", -1}};
  EXPECT_EQ(got, want);
}

TEST(OfficeOdt, PageSetUpFirstPageMasterAndPageNumber) {
  Package pk;
  pk.common = kDefaults + style("Header", "paragraph", "", "", R"(fo:text-align="center")");
  pk.page_automatic =
      R"(<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" )"
      R"(fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="20mm" )"
      R"(fo:margin-left="3cm" fo:margin-right="1.5cm"/><style:header-style/></style:page-layout>)"
      R"(<style:page-layout style:name="pm2"><style:page-layout-properties fo:page-width="21cm" )"
      R"(fo:page-height="29.7cm" fo:margin-top="1cm" fo:margin-bottom="20mm" fo:margin-left="3cm" )"
      R"(fo:margin-right="1.5cm"/><style:header-style><style:header-footer-properties fo:min-height="0.8cm" )"
      R"(fo:margin-bottom="2mm"/></style:header-style></style:page-layout>)";
  pk.masters = R"(<style:master-page style:name="Standard" style:page-layout-name="pm2"><style:header>)" +
               p(R"(<text:page-number text:select-page="current">2</text:page-number>)", "Header") +
               R"(</style:header></style:master-page>)"
               R"(<style:master-page style:name="First_20_Page" style:display-name="First Page" )"
               R"(style:page-layout-name="pm1" style:next-style-name="Standard"/>)";
  pk.automatic = style("P1", "paragraph", "", "", "", R"( style:master-page-name="First_20_Page")");
  pk.body = p("Trang một", "P1") + p("tiếp");
  const Document d = read(pk.bytes());
  ASSERT_EQ(d.sections.size(), 1u);
  const Section& s = d.sections[0];
  EXPECT_NEAR(s.width, 210, 1e-9);
  EXPECT_NEAR(s.height, 297, 1e-9);
  EXPECT_NEAR(s.top, 20, 1e-9);  // the first page has no header
  EXPECT_NEAR(s.bottom, 20, 1e-9);
  EXPECT_NEAR(s.left, 30, 1e-9);
  EXPECT_NEAR(s.right, 15, 1e-9);
  EXPECT_NEAR(s.header, 10, 1e-9);  // the other pages' header, 1 cm from the edge
  EXPECT_EQ(s.footer, 0);
  EXPECT_FALSE(s.landscape);
  EXPECT_TRUE(s.title_page);
  EXPECT_FALSE(s.header_first.present);
  ASSERT_TRUE(s.header_other.present);
  EXPECT_TRUE(s.header_other.page_number());
  ASSERT_EQ(s.header_other.paragraphs.size(), 1u);
  const auto& h = s.header_other.paragraphs[0];
  EXPECT_EQ(h.place, Place::Header);
  EXPECT_EQ(h.look.align, Align::Center);
  ASSERT_EQ(h.runs.size(), 1u);
  EXPECT_EQ(h.runs[0].kind, Run::Kind::PageNumber);
  EXPECT_EQ(h.anchor.part, "styles.xml");
  EXPECT_EQ(h.anchor.ordinal, 0);
  EXPECT_FALSE(s.footer_first.present);
  EXPECT_FALSE(s.footer_other.present);

  // Without the First Page master: one master on every page, its header 8 mm + 2 mm
  // high above the body.
  pk.body = p("Một") + p("Hai", "P2");
  pk.automatic = style("P2", "paragraph", "", "", "", R"( style:master-page-name="First_20_Page")");
  const Document two = read(pk.bytes());
  ASSERT_EQ(two.sections.size(), 2u);
  EXPECT_FALSE(two.sections[0].title_page);
  EXPECT_NEAR(two.sections[0].top, 20, 1e-9);  // 1 cm + 0.8 cm + 2 mm
  EXPECT_NEAR(two.sections[0].header, 10, 1e-9);
  EXPECT_TRUE(two.sections[0].header_other.page_number());
  EXPECT_EQ(two.sections[1].first_paragraph, 2);
  EXPECT_TRUE(two.sections[1].title_page);
  EXPECT_EQ(two.paragraphs[1].section, 1);

  // ODF 1.3's style:header-first: a first page of its own in one master.
  pk.masters = R"(<style:master-page style:name="Standard" style:page-layout-name="pm2"><style:header>)" +
               p(R"(<text:page-number>2</text:page-number>)") + R"(</style:header><style:header-first>)" + p("") +
               R"(</style:header-first></style:master-page>)";
  pk.body = p("Một");
  pk.automatic = "";
  const Document first = read(pk.bytes());
  ASSERT_EQ(first.sections.size(), 1u);
  EXPECT_TRUE(first.sections[0].title_page);
  EXPECT_TRUE(first.sections[0].header_first.present);
  EXPECT_FALSE(first.sections[0].header_first.page_number());
  EXPECT_TRUE(first.sections[0].header_other.page_number());
}

TEST(OfficeOdt, LandscapeAndFooter) {
  Package pk;
  pk.common = kDefaults;
  pk.page_automatic = R"(<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="297mm" )"
                      R"(fo:page-height="210mm" style:print-orientation="landscape" fo:margin="20mm"/>)"
                      R"(<style:footer-style><style:header-footer-properties fo:min-height="0mm" fo:margin-top="0mm" )"
                      R"(fo:padding-bottom="5mm"/></style:footer-style></style:page-layout>)";
  pk.masters = R"(<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer>)" +
               p("Địa chỉ") + "</style:footer></style:master-page>";
  pk.body = p("a");
  const Document d = read(pk.bytes());
  const Section& s = d.sections[0];
  EXPECT_TRUE(s.landscape);
  EXPECT_NEAR(s.width, 297, 1e-9);
  EXPECT_NEAR(s.left, 20, 1e-9);
  EXPECT_NEAR(s.bottom, 25, 1e-9);  // 20 mm + the footer's 5 mm padding
  EXPECT_NEAR(s.footer, 20, 1e-9);
  ASSERT_TRUE(s.footer_other.present);
  EXPECT_EQ(s.footer_other.paragraphs.at(0).place, Place::Footer);
  EXPECT_EQ(s.footer_other.paragraphs.at(0).text(), "Địa chỉ");
}

TEST(OfficeOdt, RunsSpacesTabsBreaksAndNotes) {
  Package pk;
  pk.common = kDefaults;
  pk.body = p(R"(  Số:<text:s text:c="5"/>/KH  a   b<text:tab/>c<text:line-break/>d)"
              R"(<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>)"
              R"(<text:note-body>)" +
              p("Ghi chú") + p("dòng hai") +
              R"(</text:note-body></text:note>)"
              R"(<text:soft-page-break/>e)");
  const Document d = read(pk.bytes());
  ASSERT_EQ(d.paragraphs.size(), 1u);
  const auto& para = d.paragraphs[0];
  EXPECT_EQ(para.text(), "Số:     /KH a b\tc\nde");
  std::vector<Run::Kind> kinds;
  for (const auto& r : para.runs) kinds.push_back(r.kind);
  using K = Run::Kind;
  EXPECT_EQ(kinds,
            (std::vector<K>{K::Text, K::Text, K::Text, K::Tab, K::Text, K::Break, K::Text, K::FootnoteRef, K::Text}));
  ASSERT_EQ(d.footnotes.size(), 1u);
  EXPECT_EQ(para.runs[7].footnote, 0);
  EXPECT_EQ(para.runs[7].text, "1");
  ASSERT_EQ(d.footnotes[0].size(), 2u);
  EXPECT_EQ(d.footnotes[0][0].place, Place::Footnote);
  EXPECT_EQ(d.footnotes[0][0].index, 1);
  EXPECT_EQ(d.footnotes[0][1].index, 2);
  EXPECT_EQ(d.footnotes[0][1].text(), "dòng hai");
}

TEST(OfficeOdt, TablesCellsWidthsAndNesting) {
  Package pk;
  pk.common = kDefaults;
  pk.automatic = R"(<style:style style:name="C1" style:family="table-column"><style:table-column-properties )"
                 R"(style:column-width="6cm"/></style:style><style:style style:name="C2" style:family="table-column">)"
                 R"(<style:table-column-properties style:column-width="4.5cm"/></style:style>)";
  pk.body = R"(<table:table><table:table-column table:style-name="C1"/>)"
            R"(<table:table-column table:style-name="C2" table:number-columns-repeated="2"/>)"
            R"(<table:table-header-rows><table:table-row><table:table-cell table:number-columns-spanned="2">)" +
            p("span") + R"(</table:table-cell><table:covered-table-cell/><table:table-cell>)" + p("x") +
            R"(</table:table-cell></table:table-row></table:table-header-rows><table:table-row><table:table-cell>)" +
            "<table:table><table:table-row><table:table-cell>" + p("nested") +
            "</table:table-cell></table:table-row></table:table>" + p("after") +
            "</table:table-cell></table:table-row></table:table>" + p("out");
  const Document d = read(pk.bytes());
  ASSERT_EQ(d.paragraphs.size(), 5u);
  const auto& span = d.paragraphs[0];
  EXPECT_EQ(span.table, 0);
  EXPECT_EQ(span.row, 0);
  EXPECT_EQ(span.cell, 0);
  EXPECT_NEAR(span.cell_width, 105, 1e-9);
  EXPECT_EQ(span.nesting, 1);
  EXPECT_EQ(d.paragraphs[1].cell, 1);  // the covered cell does not count
  EXPECT_NEAR(d.paragraphs[1].cell_width, 45, 1e-9);
  const auto& nested = d.paragraphs[2];
  EXPECT_EQ(nested.table, 1);
  EXPECT_EQ(nested.nesting, 2);
  EXPECT_EQ(nested.row, 0);
  EXPECT_EQ(d.paragraphs[3].table, 0);
  EXPECT_EQ(d.paragraphs[3].row, 1);
  EXPECT_NEAR(d.paragraphs[3].cell_width, 60, 1e-9);
  EXPECT_EQ(d.paragraphs[4].table, -1);
  EXPECT_EQ(d.paragraphs[4].nesting, 0);
}

TEST(OfficeOdt, ShapesAnchoredInTheirParagraph) {
  Package pk;
  pk.common = kDefaults;
  pk.body =
      p("a") +
      p(R"(b<draw:line text:anchor-type="paragraph" svg:x1="2cm" svg:y1="1cm" svg:x2="7.5cm" svg:y2="1cm"><text:p/></draw:line>)") +
      p(R"(<draw:rect svg:width="3cm" svg:height="1cm"/><draw:custom-shape svg:width="4cm" svg:height="0cm">)"
        R"(<draw:enhanced-geometry draw:type="line"/></draw:custom-shape>)"
        R"(<draw:g><draw:custom-shape svg:width="1cm" svg:height="1cm"><draw:enhanced-geometry draw:type="ellipse"/>)"
        R"(</draw:custom-shape></draw:g>)");
  const Document d = read(pk.bytes());
  ASSERT_EQ(d.shapes.size(), 4u);
  EXPECT_EQ(d.shapes[0].kind, Shape::Kind::Line);
  EXPECT_NEAR(d.shapes[0].width, 55, 1e-9);
  EXPECT_EQ(d.shapes[0].height, 0);
  EXPECT_EQ(d.shapes[0].paragraph, 2);
  EXPECT_EQ(d.shapes[1].kind, Shape::Kind::Rectangle);
  EXPECT_NEAR(d.shapes[1].width, 30, 1e-9);
  EXPECT_EQ(d.shapes[1].paragraph, 3);
  EXPECT_EQ(d.shapes[2].kind, Shape::Kind::Line);
  EXPECT_NEAR(d.shapes[2].width, 40, 1e-9);
  EXPECT_EQ(d.shapes[3].kind, Shape::Kind::Other);
  EXPECT_TRUE(d.unsupported.empty());  // a line's empty paragraph is no text box
}

TEST(OfficeOdt, EveryUnsupportedKind) {
  Package pk;
  pk.common = kDefaults;
  pk.more = {
      {"META-INF/manifest.xml",
       R"(<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">)"
       R"(<manifest:file-entry manifest:full-path="Object 1/" manifest:media-type="application/vnd.oasis.opendocument.chart"/>)"
       R"(<manifest:file-entry manifest:full-path="Object 2/" manifest:media-type="application/vnd.oasis.opendocument.formula"/>)"
       R"(<manifest:file-entry manifest:full-path="Object 3/" manifest:media-type="application/vnd.sun.star.oleobject"/>)"
       R"(</manifest:manifest>)"}};
  const std::string frame = R"(<draw:frame text:anchor-type="as-char" svg:width="2cm" svg:height="1cm">)";
  pk.body =
      R"(<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion>)"
      R"(<office:change-info><dc:creator>A</dc:creator></office:change-info>)" +
      p("xoá") + R"(</text:deletion></text:changed-region></text:tracked-changes>)" +
      p(frame + R"(<draw:image xlink:href="Pictures/a.png"/></draw:frame>)") +
      p("có " + frame + "<draw:text-box>" + p("trong hộp") + p("dòng 2") + "</draw:text-box></draw:frame>") +
      p(frame +
        R"(<draw:object xlink:href="./Object 1"/><draw:image xlink:href="./ObjectReplacements/Object 1"/></draw:frame>)") +
      p(frame + R"(<draw:object xlink:href="./Object 2"/></draw:frame>)") +
      p(frame + R"(<draw:object xlink:href="./Object 3"/></draw:frame>)" + frame +
        R"(<draw:object-ole xlink:href="./Object 4"/></draw:frame>)") +
      p(R"(a<text:change text:change-id="ct1"/>b)") +
      p(R"(c<office:annotation><dc:creator>B</dc:creator>)" + p("ý kiến") + "</office:annotation>d") +
      p(R"(Ngày <text:date>07/03/2023</text:date>)") + p(frame + "</draw:frame>");
  const Document d = read(pk.bytes());
  std::vector<std::tuple<Unsupported::Kind, int, std::string>> got;
  for (const auto& u : d.unsupported) got.emplace_back(u.kind, u.paragraph, u.detail);
  using U = Unsupported::Kind;
  const std::vector<std::tuple<Unsupported::Kind, int, std::string>> want{{U::TrackedChange, 6, "text:deletion"},
                                                                          {U::Image, 1, "draw:image"},
                                                                          {U::TextBox, 2, "trong hộp\ndòng 2"},
                                                                          {U::Chart, 3, "draw:object"},
                                                                          {U::Equation, 4, "draw:object"},
                                                                          {U::EmbeddedObject, 5, "draw:object"},
                                                                          {U::EmbeddedObject, 5, "draw:object-ole"},
                                                                          {U::Comment, 7, "office:annotation"},
                                                                          {U::Field, 8, "text:date"},
                                                                          {U::Other, 9, "draw:frame"}};
  EXPECT_EQ(got, want);
  ASSERT_EQ(d.paragraphs.size(), 9u);
  // Deleted text, comments and text boxes are not in the body; a field shows its text.
  EXPECT_EQ(d.paragraphs[1].text(), "có ");
  EXPECT_EQ(d.paragraphs[5].text(), "ab");
  EXPECT_EQ(d.paragraphs[6].text(), "cd");
  EXPECT_EQ(d.paragraphs[7].text(), "Ngày 07/03/2023");
}

TEST(OfficeOdt, AnchorsCountEveryParagraphOfContent) {
  Package pk;
  pk.common = kDefaults;
  // Ordinals, in document order: 0 deleted (tracked), 1 "a", 2 "cell", 3 "b", 4 its
  // note's, 5 its comment's, 6 "c", 7 its text box's, 8 the heading.
  pk.body = R"(<text:tracked-changes><text:changed-region text:id="c1"><text:deletion>)" + p("x") +
            R"(</text:deletion></text:changed-region></text:tracked-changes>)" + p("a") +
            "<table:table><table:table-row><table:table-cell>" + p("cell") +
            "</table:table-cell></table:table-row></table:table>" +
            p(R"(b<text:note><text:note-citation>1</text:note-citation><text:note-body>)" + p("n") +
              "</text:note-body></text:note><office:annotation>" + p("cmt") + "</office:annotation>") +
            p(R"(c<draw:frame><draw:text-box>)" + p("box") + "</draw:text-box></draw:frame>") +
            R"(<text:h text:outline-level="2">H</text:h>)";
  const Document d = read(pk.bytes());
  std::vector<int> got;
  for (const auto& para : d.paragraphs) {
    EXPECT_EQ(para.anchor.part, "content.xml");
    got.push_back(para.anchor.ordinal);
  }
  EXPECT_EQ(got, (std::vector<int>{1, 2, 3, 6, 8}));
  ASSERT_EQ(d.footnotes.size(), 1u);
  EXPECT_EQ(d.footnotes[0].at(0).anchor.ordinal, 4);
  EXPECT_EQ(d.paragraphs[4].look.outline, 2);
  EXPECT_EQ(d.paragraphs[4].index, 5);
}

// ---- hostile packages ----

TEST(OfficeOdt, UnreadablePackagesNameTheFileAndWhy) {
  auto one = [](const std::string& bytes) {
    const Errors e = read_errors(bytes);
    EXPECT_EQ(e.size(), 1u);
    return e.empty() ? Error{} : e[0];
  };
  Error e = one("PK\x03\x04 not really");
  EXPECT_EQ(e.code, ErrorCode::Unreadable);
  EXPECT_EQ(e.file, "bad.odt");
  e = one(package::zip({{"mimetype", "application/vnd.oasis.opendocument.text", true}}));
  EXPECT_EQ(e.code, ErrorCode::Unreadable);
  EXPECT_EQ(e.message, "the package has no content.xml");
  e = one(package::zip({{"content.xml", "<office:document-content><unclosed>"}}));
  EXPECT_EQ(e.code, ErrorCode::Unreadable);
  EXPECT_NE(e.message.find("content.xml"), std::string::npos);
  std::string deep;
  for (int i = 0; i < 300; ++i) deep += "<text:span>";
  for (int i = 0; i < 300; ++i) deep += "</text:span>";
  e = one(
      package::zip({{"content.xml", "<office:document-content " + kNs + "><office:body><office:text><text:p>" + deep +
                                        "</text:p></office:text></office:body></office:document-content>"}}));
  EXPECT_EQ(e.code, ErrorCode::Unreadable);
  EXPECT_NE(e.message.find("nested more than 256 deep"), std::string::npos);
  e = one(package::zip({{"../evil", "x"}, {"content.xml", "<a/>"}}));
  EXPECT_EQ(e.code, ErrorCode::Unreadable);
}

TEST(OfficeOdt, ZipBombIsALimit) {
  // A small content.xml and a highly compressible styles.xml, over kMaxUnzippedBytes together.
  const std::string content = "<office:document-content " + kNs + "/>";
  const Errors e = read_errors(
      package::zip({{"content.xml", content}, {"styles.xml", std::string(limits::kMaxUnzippedBytes, ' ')}}));
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].code, ErrorCode::Limit);
  EXPECT_EQ(e[0].file, "bad.odt");
  EXPECT_EQ(e[0].message, "the package inflates to more than 64 MiB (the limit; a zip bomb?)");
}

TEST(OfficeOdt, AMillionStylesAndHugeCountsEnd) {
  Package pk;
  // A million paragraph styles, the first hundred a chain (S0 → S1 → …).
  std::string many;
  many.reserve(60u << 20);
  for (int i = 0; i < 1000000; ++i) {
    many += R"(<style:style style:name="S)" + std::to_string(i) + R"(" style:family="paragraph")";
    if (i < 100) many += R"( style:parent-style-name="S)" + std::to_string(i + 1) + R"(")";
    many += "/>";
  }
  pk.common = kDefaults + many;
  pk.stored = true;
  pk.body = p(R"(x<text:s text:c="2000000000"/>)", "S0") +
            R"(<table:table><table:table-column table:number-columns-repeated="2000000000"/><table:table-row>)"
            R"(<table:table-cell table:number-columns-spanned="99999999999">)" +
            p("c") + "</table:table-cell></table:table-row></table:table>";
  const Document d = read(pk.bytes());
  ASSERT_EQ(d.paragraphs.size(), 2u);
  EXPECT_EQ(d.paragraphs[0].look.mark.size, 14);
  EXPECT_LE(d.paragraphs[0].text().size(), 10001u);
}

// ---- a rendered sample ----

TEST(OfficeOdt, RenderedSampleLooks) {
  auto slurp = [](const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  };
  const std::string src = std::string(VANBAN_SOURCE_DIR);
  const auto rendered = render(slurp(src + "/samples/cong-van.xml"), "cong-van.xml", Format::Odt);
  ASSERT_TRUE(rendered.errors.empty());
  // The sample's house style (cong-doan) gives the Quốc hiệu its size.
  std::smatch m;
  const std::string house = slurp(src + "/templates/styles/cong-doan.xml");
  ASSERT_TRUE(std::regex_search(house, m, std::regex(R"x(quoc-hieu="([0-9.]+)")x")));
  const double size = std::stod(m[1]);
  const Document d = read(rendered.bytes);
  const Paragraph* title = nullptr;
  for (const auto& para : d.paragraphs)
    if (para.text() == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") title = &para;
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(title->look.style, "VB Quốc hiệu");
  EXPECT_EQ(title->look.align, Align::Center);
  EXPECT_EQ(title->table, 0);
  ASSERT_FALSE(title->runs.empty());
  EXPECT_EQ(title->runs[0].look.font, "Times New Roman");
  EXPECT_TRUE(title->runs[0].look.bold);
  EXPECT_EQ(title->runs[0].look.size, size);
  // A4, the first page without a page number, the others with one.
  ASSERT_FALSE(d.sections.empty());
  EXPECT_NEAR(d.sections[0].width, 210, 0.01);
  EXPECT_TRUE(d.sections[0].title_page);
  EXPECT_TRUE(d.sections[0].header_other.page_number());
  EXPECT_FALSE(d.sections[0].header_first.page_number());
}

}  // namespace
