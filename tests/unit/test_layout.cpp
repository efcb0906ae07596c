// Decree 30 layout rules checked on the page description.
#include <gtest/gtest.h>

#include "data/embedded.h"
#include "input/xml_reader.h"
#include "layout/font_metrics.h"
#include "layout/layout.h"
#include "rules/layout_template.h"
#include "rules/line_breaks.h"
#include "rules/template_error.h"

using namespace vanban;
using namespace vanban::layout;
using namespace vanban::rules;

namespace {

Layout lay(const std::string& inner, const std::string& kind = "ke-hoach", const std::string& style = "nd30") {
  const std::string x = "<vanban xmlns=\"urn:vanban:1\" kind=\"" + kind + "\" style=\"" + style +
                        "\"><issuer superior=\"Tổng Liên đoàn Lao động Việt Nam\" abbr=\"LĐLĐ\">Liên đoàn Lao động "
                        "thành phố Hải Phòng</issuer><number>6</number><place>Hải An</place><date>2023-07-13</date>" +
                        inner + "</vanban>";
  auto r = input::read_document(x, "t.xml");
  if (!r.document) throw std::runtime_error(r.errors.at(0).to_string());
  return compose(*r.document);
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const size_t at = text.find(from);
  if (at == std::string::npos) throw std::logic_error("no " + from);
  return text.replace(at, from.size(), to);
}

// `inner` laid out in house style `hs` with layout template `lt`.
Layout lay_with(const std::string& inner, const HouseStyle& hs, const LayoutTemplate& lt) {
  const std::string x =
      "<vanban xmlns=\"urn:vanban:1\" kind=\"ke-hoach\"><issuer abbr=\"LĐLĐ\">Liên đoàn Lao động</issuer>"
      "<number>6</number><place>Hải An</place><date>2023-07-13</date>" +
      inner + "</vanban>";
  auto r = input::read_document(x, "t.xml");
  if (!r.document) throw std::runtime_error(r.errors.at(0).to_string());
  return compose(*r.document, hs, lt);
}

const Table& header_table(const Layout& l) { return std::get<Table>(l.sections[0].blocks[0]); }

std::vector<std::string> texts(const Layout& l) {
  std::vector<std::string> v;
  for (const auto& b : l.sections[0].blocks)
    if (const auto* p = std::get_if<Paragraph>(&b)) v.push_back(plain_text(p->runs));
  return v;
}

}  // namespace

TEST(FontMetrics, KnownAdvanceWidths) {
  // Liberation Serif Bold: "A" is 1479 units of 2048 → 1479/2048 × 13 pt.
  EXPECT_NEAR(serif(true, false).width_pt("A", 13), 1479.0 / 2048 * 13, 1e-9);
  EXPECT_NEAR(serif(true, false).width_pt("Đ", 13), serif(true, false).width_pt("D", 13), 1e-9);
  const auto lines =
      wrapped_line_widths("một hai ba", 12, serif(false, false).width_pt("một hai", 12) + 0.01, serif(false, false));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_NEAR(lines[1], serif(false, false).width_pt("ba", 12), 1e-9);
}

TEST(Layout, MottoRuleIsExactlyAsLongAsTheMotto) {
  const Layout l = lay("");
  const Table& t = header_table(l);
  const Cell& right = t.rows[0].cells[1];
  ASSERT_EQ(right.paragraphs.size(), 3u);
  EXPECT_EQ(plain_text(right.paragraphs[0].runs), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  EXPECT_EQ(plain_text(right.paragraphs[1].runs), "Độc lập - Tự do - Hạnh phúc");
  const Paragraph& rule = right.paragraphs[2];
  ASSERT_GT(rule.rule_top, 0);
  const double motto_mm = serif(true, false).width_pt("Độc lập - Tự do - Hạnh phúc", 13) / kPtPerMm;
  // Indents count from the cell's padding, not from the column's edge.
  EXPECT_NEAR(t.columns[1] - 2 * t.padding - *rule.left - *rule.right, motto_mm, 1e-6);
}

TEST(Layout, QuocHieuAlwaysFitsItsColumn) {
  for (const char* style : {"nd30", "cong-doan"}) {
    const Layout l = lay("", "ke-hoach", style);
    const double size = l.style("VbNationalTitle")->size;
    const double need = serif(true, false).width_pt("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size) / kPtPerMm;
    // Less the 2 × 1 mm cell margins the writers use.
    EXPECT_GT(header_table(l).columns[1] - 2, need) << style;
  }
}

TEST(Layout, IssuerRuleIsBetweenAThirdAndAHalfOfTheName) {
  const Layout l = lay("");
  const Table& t = header_table(l);
  const Cell& left = t.rows[0].cells[0];
  EXPECT_EQ(plain_text(left.paragraphs[0].runs), "TỔNG LIÊN ĐOÀN LAO ĐỘNG\nVIỆT NAM");
  EXPECT_EQ(plain_text(left.paragraphs[1].runs), "LIÊN ĐOÀN LAO ĐỘNG\nTHÀNH PHỐ HẢI PHÒNG");
  const Paragraph& rule = left.paragraphs[2];
  const double rule_mm = t.columns[0] - 2 * t.padding - *rule.left - *rule.right;
  // The issuer name breaks in its column; the rule is measured against its longest line.
  double longest = 0;
  for (const auto& r : left.paragraphs[1].runs)
    if (r.kind == Run::Kind::Text) longest = std::max(longest, serif(true, false).width_pt(r.text, 12) / kPtPerMm);
  EXPECT_GE(rule_mm, longest / 3);
  EXPECT_LE(rule_mm, longest / 2);
}

TEST(Layout, NumberAndDateShareARow) {
  const Layout l = lay("");
  const Table& t = header_table(l);
  EXPECT_EQ(plain_text(t.rows[1].cells[0].paragraphs[0].runs), "Số: 06/KH-LĐLĐ");
  EXPECT_EQ(plain_text(t.rows[1].cells[1].paragraphs[0].runs), "Hải An, ngày 13 tháng 7 năm 2023");
}

TEST(Layout, SectionsAreNumberedByDepth) {
  const auto v = texts(
      lay("<body><section title=\"mục đích, yêu cầu\"><section title=\"Mục đích\"><section><p>Điểm một</p></section>"
          "<section title=\"Điểm hai\"/><item>ý<item>nhỏ</item></item></section><section title=\"Thời gian\">"
          "<lead>8 giờ</lead></section></section><section title=\"Tổ chức thực hiện\"/></body>"));
  const std::vector<std::string> want = {
      "KẾ HOẠCH", "",      "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích",          "a) Điểm một", "b) Điểm hai",
      "- ý",      "+ nhỏ", "2. Thời gian: 8 giờ",  "II. TỔ CHỨC THỰC HIỆN"};
  EXPECT_EQ(v, want);
}

TEST(Layout, KinhGuiListDashesUnderTheColon) {
  const Layout l = lay("<subject>x</subject><to>Bộ Nội vụ</to><to>Bộ Tài chính;</to>", "cong-van");
  std::vector<const Paragraph*> kg;
  for (const auto& b : l.sections[0].blocks)
    if (const auto* p = std::get_if<Paragraph>(&b); p && p->style == "VbKinhGui") kg.push_back(p);
  ASSERT_EQ(kg.size(), 3u);
  EXPECT_EQ(plain_text(kg[0]->runs), "Kính gửi:");
  EXPECT_EQ(plain_text(kg[1]->runs), "- Bộ Nội vụ;");
  EXPECT_EQ(plain_text(kg[2]->runs), "- Bộ Tài chính.");
  const double label = serif(false, false).width_pt("Kính gửi", 14) / kPtPerMm;
  EXPECT_NEAR(*kg[1]->left - *kg[0]->left, label, 1e-9);
  // Công văn: no tên loại; the trích yếu is "V/v …" under the number.
  EXPECT_EQ(plain_text(header_table(l).rows[1].cells[0].paragraphs[1].runs), "V/v x");
  EXPECT_EQ(texts(l)[0], "Kính gửi:");
}

TEST(Layout, SignatureBlockKeepsWithTheClosingAndNeverSplits) {
  const Layout l =
      lay("<closing><p>Kết thúc</p></closing><signature><authority prefix=\"TM\">Ban Thường vụ"
          "</authority><role>Chủ tịch</role><signer>Nguyễn Văn A</signer></signature>"
          "<recipients><recipient>Như trên</recipient><archive>VT</archive></recipients>");
  const auto& blocks = l.sections[0].blocks;
  const auto& closing = std::get<Paragraph>(blocks[blocks.size() - 2]);
  EXPECT_EQ(plain_text(closing.runs), "Kết thúc./.");
  EXPECT_TRUE(closing.keep_next);
  const auto& sig = std::get<Table>(blocks.back());
  EXPECT_TRUE(sig.keep_together);
  ASSERT_EQ(sig.rows.size(), 1u);
  EXPECT_TRUE(sig.rows[0].cant_split);
  const auto& left = sig.rows[0].cells[0].paragraphs;
  const auto& right = sig.rows[0].cells[1].paragraphs;
  EXPECT_EQ(plain_text(left[0].runs), "Nơi nhận:");
  EXPECT_EQ(plain_text(left[2].runs), "- Lưu: VT.");
  EXPECT_EQ(plain_text(right[0].runs), "TM. BAN THƯỜNG VỤ");
  EXPECT_EQ(plain_text(right[1].runs), "CHỦ TỊCH");
  EXPECT_EQ(plain_text(right[2].runs), "Nguyễn Văn A");
  EXPECT_EQ(left[0].before, right[0].before) << "Nơi nhận level with the authority line";
}

TEST(Layout, AppendixIsANewSectionWithItsReference) {
  const Layout l = lay("<appendix title=\"Danh sách đại biểu\"><p>x</p></appendix>");
  ASSERT_EQ(l.sections.size(), 2u);
  const auto& b = l.sections[1].blocks;
  EXPECT_EQ(plain_text(std::get<Paragraph>(b[0]).runs), "Phụ lục");
  EXPECT_EQ(plain_text(std::get<Paragraph>(b[1]).runs), "DANH SÁCH ĐẠI BIỂU");
  EXPECT_EQ(plain_text(std::get<Paragraph>(b[2]).runs), "(Kèm theo Kế hoạch số 06/KH-LĐLĐ ngày 13 tháng 7 năm 2023)");
}

TEST(LineBreaks, NamesBreakBeforeTheUnitAndNeverInsideAWord) {
  const auto& f = serif(true, false);
  const double column = 66 * kPtPerMm;  // a header column, 12 pt bold
  using V = std::vector<std::string>;
  EXPECT_EQ(balanced_lines("LIÊN ĐOÀN LAO ĐỘNG QUẬN HẢI AN", 12, column, f, &line_break_rules()),
            (V{"LIÊN ĐOÀN LAO ĐỘNG", "QUẬN HẢI AN"}));
  EXPECT_EQ(balanced_lines("TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", 12, column, f, &line_break_rules()),
            (V{"TỔNG LIÊN ĐOÀN LAO ĐỘNG", "VIỆT NAM"}));
  EXPECT_EQ(balanced_lines("ỦY BAN NHÂN DÂN TỈNH KON TUM", 12, 50 * kPtPerMm, f, &line_break_rules()),
            (V{"ỦY BAN NHÂN DÂN", "TỈNH KON TUM"}));
  // Without rules only the widths count: the two lines come out as even as possible.
  EXPECT_EQ(balanced_lines("LIÊN ĐOÀN LAO ĐỘNG QUẬN HẢI AN", 12, column, f), (V{"LIÊN ĐOÀN LAO", "ĐỘNG QUẬN HẢI AN"}));
  // What fits stays on one line; lower case matches the rules too.
  EXPECT_EQ(balanced_lines("Sở Nội vụ", 12, column, f, &line_break_rules()), (V{"Sở Nội vụ"}));
}

TEST(HouseStyle, BuiltInStylesAreWithinTheLegalRanges) {
  for (const auto& id : builtin_style_ids()) {
    const HouseStyle* s = builtin_style(id);
    ASSERT_NE(s, nullptr) << id;
    EXPECT_GE(s->left, 30);
    EXPECT_LE(s->left, 35);
    EXPECT_GE(s->size.body, 13);
    EXPECT_LE(s->size.body, 14);
  }
  EXPECT_EQ(builtin_style("nd30-13pt")->size.body, 13);
}

TEST(HouseStyle, OutOfRangeValuesAreRefusedWithTheirName) {
  const std::string nd30(data::embedded("templates/styles/nd30.xml"));
  std::string bad = nd30;
  bad.replace(bad.find("body=\"14\""), 9, "body=\"16\"");
  try {
    parse_house_style(bad, "mine.xml");
    FAIL() << "a 16 pt body was accepted";
  } catch (const TemplateError& e) {
    EXPECT_EQ(e.detail, "<size body=\"16\"> is outside the allowed range 13–14");
    EXPECT_EQ(e.origin, "mine.xml");
    EXPECT_GT(e.line, 0);
  }
  EXPECT_THROW(parse_house_style("<style/>", "x.xml"), TemplateError);
  EXPECT_THROW(parse_house_style("not xml", "x.xml"), TemplateError);
}

TEST(Layout, UrgencyAndSecrecyStampsUnderTheNumber) {
  const Layout l = lay("<secrecy>mat</secrecy><urgency>thuong-khan</urgency>");
  const Table& t = header_table(l);
  const auto& cell = t.rows[1].cells[0].paragraphs;
  ASSERT_EQ(cell.size(), 3u);
  EXPECT_EQ(plain_text(cell[1].runs), "MẬT");
  EXPECT_EQ(plain_text(cell[2].runs), "THƯỢNG KHẨN");
  for (const auto* p : {&cell[1], &cell[2]}) {
    EXPECT_GT(p->box, 0);
    EXPECT_EQ(p->color, "FF0000");  // "mực màu đỏ tươi"
  }
  // THƯỢNG KHẨN's frame is 40 mm wide (Decree 30 §4.12).
  EXPECT_NEAR(t.columns[0] - 2 * t.padding - *cell[2].left - *cell[2].right, 40, 1e-9);
}

TEST(Layout, AddressBlockUnderAFullWidthRule) {
  const Layout l = lay("<contact>Số 1 Lê Hồng Phong</contact><contact>ĐT: 0225</contact>");
  ASSERT_EQ(l.first_page_footer.size(), 2u);
  EXPECT_EQ(plain_text(l.first_page_footer[0].runs), "Số 1 Lê Hồng Phong");
  EXPECT_GT(l.first_page_footer[0].rule_top, 0);  // no indents: as wide as the text
  EXPECT_FALSE(l.first_page_footer[0].left);
  EXPECT_EQ(l.first_page_footer[1].rule_top, 0);
  EXPECT_EQ(l.style("VbContact")->size, 11);
  // The footer area starts inside the bottom margin; the writers lift the block from
  // there onto the margin (tests/unit/test_writers.cpp).
  EXPECT_GT(l.page.footer, 0);
  EXPECT_LT(l.page.footer, l.page.bottom);
}

TEST(Layout, DraftMarkIsFramedUnderTheNumber) {
  const Layout l = lay("<draft round=\"2\"/>");
  const auto& cell = header_table(l).rows[1].cells[0].paragraphs;
  ASSERT_EQ(cell.size(), 2u);
  EXPECT_EQ(plain_text(cell[1].runs), "DỰ THẢO LẦN 2");
  EXPECT_GT(cell[1].box, 0);
  EXPECT_EQ(cell[1].color, "");  // black, unlike the red urgency stamps
  EXPECT_EQ(plain_text(header_table(lay("<draft/>")).rows[1].cells[0].paragraphs[1].runs), "DỰ THẢO");
}

TEST(Layout, LandscapeAppendixUsesTheLongSide) {
  const Layout l =
      lay("<appendix title=\"Bảng\" orientation=\"landscape\"><table widths=\"1 3\"><row><cell>a</cell>"
          "<cell>b</cell></row></table></appendix>");
  ASSERT_EQ(l.sections.size(), 2u);
  EXPECT_FALSE(l.sections[0].landscape);
  EXPECT_TRUE(l.sections[1].landscape);
  const auto& t = std::get<Table>(l.sections[1].blocks.back());
  EXPECT_NEAR(t.columns[0] + t.columns[1], 297 - 30 - 15, 1e-9);  // 252 mm instead of 165
}

// ---- The role table and the other layout numbers come from templates/layout.xml.

TEST(Roles, EveryRoleOfTheTemplateIsAStyleInItsOrder) {
  const LayoutTemplate& lt = layout_template();
  const Layout l = lay("");
  ASSERT_EQ(l.styles.size(), lt.roles.size());
  ASSERT_GE(lt.roles.size(), 30u);
  for (size_t i = 0; i < lt.roles.size(); ++i) {
    EXPECT_EQ(l.styles[i].id, lt.roles[i].id);
    EXPECT_EQ(l.styles[i].name, lt.roles[i].name);
  }
  // Sizes and spacing by reference to the house style, or numbers of the role's own.
  const HouseStyle& nd30 = *builtin_style("nd30");
  EXPECT_EQ(l.style("VbBody")->first_indent, nd30.indent);
  EXPECT_EQ(l.style("VbSigner")->before, nd30.signature_space * 72.0 / 25.4);  // mm given, pt used
  EXPECT_EQ(l.style("VbDocType")->before, nd30.header_gap_after);
  EXPECT_EQ(l.style("VbVv")->before, 6);  // §4.5: 6 pt after Số, ký hiệu
  EXPECT_EQ(l.style("VbStamp")->size, nd30.size.stamp);
  EXPECT_EQ(l.style("VbFootnote")->first_indent, -4);
  // The file-wide settings too: nothing falls back on a default of the C++.
  EXPECT_EQ(l.language, lt.language);
  EXPECT_EQ(l.language, "vi-VN");
  EXPECT_EQ(l.default_size, lt.default_size);
  EXPECT_GT(l.default_size, 0);
  EXPECT_EQ(l.font, nd30.font);
  EXPECT_EQ(l.page.left, nd30.left);
  EXPECT_EQ(l.page.header, nd30.header);
  for (const ParaStyle& s : l.styles) {
    EXPECT_GT(s.size, 0) << s.id;
    EXPECT_GE(s.line, 100) << s.id;
  }
}

TEST(Roles, ACustomRoleSizeInAUserStyleShowsInTheLayout) {
  // A user's style file: stamps at 14 pt and the address block at 12 pt, where the
  // built-in styles have 13 and 11.
  std::string xml(data::embedded("templates/styles/nd30.xml"));
  xml = replaced(xml, "stamp=\"13\" contact=\"11\"", "stamp=\"14\" contact=\"12\"");
  const HouseStyle mine = parse_house_style(xml, "mine.xml");
  const Layout l = lay_with("<urgency>khan</urgency><contact>Số 1 Lê Lợi</contact>", mine, layout_template());
  EXPECT_EQ(l.style("VbStamp")->size, 14);
  EXPECT_EQ(l.style("VbContact")->size, 12);
  EXPECT_EQ(l.style("VbRecipient")->size, 11);  // no longer tied to the address block
  const Layout builtin = lay_with("<urgency>khan</urgency>", *builtin_style("nd30"), layout_template());
  EXPECT_EQ(builtin.style("VbStamp")->size, 13);
}

TEST(Roles, ACustomLayoutTemplateChangesRolesTextsAndStamps) {
  std::string xml(data::embedded("templates/layout.xml"));
  // The body bold at the title's size with 9 pt before; KHẨN in a 25 mm green frame;
  // another motto; wider cell padding.
  xml = replaced(xml, "<role id=\"VbBody\" name=\"VB Nội dung\" size=\"size/body\"",
                 "<role id=\"VbBody\" name=\"VB Thân bài\" size=\"size/title\" bold=\"yes\"");
  xml = replaced(
      xml,
      "first-indent=\"body/indent\"\n          before=\"body/space-before\" line=\"body/line\"/>\n    <!-- §4.8 \"I.\"",
      "first-indent=\"10\"\n          before=\"9\" line=\"120\"/>\n    <!-- §4.8 \"I.\"");
  xml = replaced(xml, "text=\"KHẨN\" width=\"20\" color=\"FF0000\"", "text=\"KHẨN\" width=\"25\" color=\"00FF00\"");
  xml = replaced(xml, "motto=\"Độc lập - Tự do - Hạnh phúc\"", "motto=\"Độc lập\"");
  xml = replaced(xml, "layout-padding=\"1\"", "layout-padding=\"2\"");
  const LayoutTemplate lt = parse_layout_template(xml, "layout.xml");
  const HouseStyle& nd30 = *builtin_style("nd30");
  const Layout l = lay_with("<urgency>khan</urgency><body><p>x</p></body>", nd30, lt);
  const ParaStyle& body = *l.style("VbBody");
  EXPECT_EQ(body.name, "VB Thân bài");
  EXPECT_TRUE(body.bold);
  EXPECT_EQ(body.size, nd30.size.title);
  EXPECT_EQ(body.first_indent, 10);
  EXPECT_EQ(body.before, 9);
  EXPECT_EQ(body.line, 120);
  const Table& t = header_table(l);
  EXPECT_EQ(t.padding, 2);
  EXPECT_EQ(plain_text(t.rows[0].cells[1].paragraphs[1].runs), "Độc lập");
  const Paragraph& stamp = t.rows[1].cells[0].paragraphs[1];
  EXPECT_EQ(plain_text(stamp.runs), "KHẨN");
  EXPECT_EQ(stamp.color, "00FF00");
  EXPECT_NEAR(t.columns[0] - 2 * t.padding - *stamp.left - *stamp.right, 25, 1e-9);
}

TEST(Roles, ALayoutTemplateIsValidatedLikeAStyle) {
  std::string xml(data::embedded("templates/layout.xml"));
  try {
    parse_layout_template(replaced(xml, "Nội dung\" size=\"size/body\"", "Nội dung\" size=\"size/bogus\""),
                          "layout.xml");
    FAIL() << "an unknown house-style value was accepted";
  } catch (const TemplateError& e) {
    EXPECT_EQ(e.code, ErrorCode::Schema);
    EXPECT_GT(e.line, 1);
    EXPECT_NE(e.detail.find("size/bogus"), std::string::npos) << e.detail;
  }
  EXPECT_THROW(parse_layout_template(replaced(xml, "align=\"center\"", "align=\"middle\""), "layout.xml"),
               TemplateError);
}
