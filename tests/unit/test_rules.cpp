#include <gtest/gtest.h>
#include <zip.h>

#include "api/vanban.h"
#include "data/embedded.h"
#include "layout/wording.h"
#include "rules/house_style.h"
#include "rules/numbering.h"
#include "rules/template_schema.h"

using namespace vanban;
using namespace vanban::layout;
using namespace vanban::rules;

TEST(Numbering, Roman) {
  EXPECT_EQ(roman(1), "I");
  EXPECT_EQ(roman(4), "IV");
  EXPECT_EQ(roman(9), "IX");
  EXPECT_EQ(roman(14), "XIV");
  EXPECT_EQ(roman(40), "XL");
  EXPECT_EQ(roman(1999), "MCMXCIX");
}

TEST(Numbering, VietnameseAlphabetForPoints) {
  // a b c d đ e g h i k …: no f, j, w, z; đ after d.
  EXPECT_EQ(vietnamese_letter(1), "a");
  EXPECT_EQ(vietnamese_letter(4), "d");
  EXPECT_EQ(vietnamese_letter(5), "đ");
  EXPECT_EQ(vietnamese_letter(6), "e");
  EXPECT_EQ(vietnamese_letter(7), "g");
  EXPECT_EQ(vietnamese_letter(10), "k");
  EXPECT_EQ(vietnamese_letter(23), "y");
  EXPECT_EQ(vietnamese_letter(24), "aa");
}

TEST(Numbering, LabelsByDepth) {
  EXPECT_EQ(section_label(1, 3), "III.");
  EXPECT_EQ(section_label(2, 2), "2.");
  EXPECT_EQ(section_label(3, 5), "đ)");
  EXPECT_EQ(section_label(4, 1), "1.");
  EXPECT_EQ(item_mark(1), "-");
  EXPECT_EQ(item_mark(2), "+");
}

namespace {
model::Document doc(std::string kind, std::string number, std::string abbr, std::string unit = "") {
  model::Document d;
  d.kind = std::move(kind);
  d.number.value = std::move(number);
  d.number.unit = std::move(unit);
  d.issuer.abbr = std::move(abbr);
  return d;
}
}  // namespace

TEST(Symbol, TypeThenIssuer) {
  EXPECT_EQ(number_line(doc("ke-hoach", "477", "LĐLĐ"), *find_kind("ke-hoach")), "Số: 477/KH-LĐLĐ");
  EXPECT_EQ(number_line(doc("giay-moi", "7", "LĐLĐ"), *find_kind("giay-moi")), "Số: 07/GM-LĐLĐ");
  EXPECT_EQ(number_line(doc("quyet-dinh", "15", "BNV"), *find_kind("quyet-dinh")), "Số: 15/QĐ-BNV");
  // Phụ lục III keeps the lower-case letters of some abbreviations.
  EXPECT_EQ(number_line(doc("to-trinh", "18", "UBND"), *find_kind("to-trinh")), "Số: 18/TTr-UBND");
  EXPECT_EQ(number_line(doc("quy-dinh", "2", "UBND"), *find_kind("quy-dinh")), "Số: 02/QyĐ-UBND");
}

TEST(Symbol, IssuerAndUnitInCapitals) {
  EXPECT_EQ(number_line(doc("ke-hoach", "6", "lđlđ"), *find_kind("ke-hoach")), "Số: 06/KH-LĐLĐ");
  EXPECT_EQ(number_line(doc("cong-van", "5", "bnv", "vp"), *find_kind("cong-van")), "Số: 05/BNV-VP");
}

TEST(Symbol, CongVanHasNoTypeAbbreviation) {
  EXPECT_EQ(number_line(doc("cong-van", "5", "BNV", "VP"), *find_kind("cong-van")), "Số: 05/BNV-VP");
  EXPECT_EQ(number_line(doc("cong-van", "243", "LĐLĐ"), *find_kind("cong-van")), "Số: 243/LĐLĐ");
}

TEST(Symbol, BlankNumberAndExplicitSymbol) {
  EXPECT_EQ(number_line(doc("ke-hoach", "", "LĐLĐ"), *find_kind("ke-hoach")), "Số:       /KH-LĐLĐ");
  auto d = doc("ke-hoach", "03", "UBND");
  d.number.symbol = "Ctr-UBND-LĐLĐ";
  EXPECT_EQ(number_line(d, *find_kind("ke-hoach")), "Số: 03/Ctr-UBND-LĐLĐ");
  EXPECT_EQ(number_text("007"), "07");
  EXPECT_EQ(number_text("10"), "10");
}

TEST(Recipients, PunctuationIsMadeRight) {
  model::Recipients r;
  r.items = {{"Thường trực LĐLĐ TP;", "để báo cáo"}, {"Thường trực HU", "(b/c)"}, {"Các CĐCS trực thuộc.", ""}};
  r.has_archive = true;
  r.archive = "VT, VP.";
  const std::vector<std::string> want = {"- Thường trực LĐLĐ TP (để báo cáo);", "- Thường trực HU (b/c);",
                                         "- Các CĐCS trực thuộc;", "- Lưu: VT, VP."};
  EXPECT_EQ(recipient_lines(r), want);
}

TEST(Recipients, WithoutArchiveTheLastEndsWithFullStop) {
  model::Recipients r;
  r.items = {{"Như trên", ""}, {"Bộ Tài chính;", ""}};
  const std::vector<std::string> want = {"- Như trên;", "- Bộ Tài chính."};
  EXPECT_EQ(recipient_lines(r), want);
  model::Recipients only_archive;
  only_archive.has_archive = true;
  EXPECT_EQ(recipient_lines(only_archive), std::vector<std::string>{"- Lưu: VT."});
}

TEST(EndMark, AddedOnceWhateverTheTextEndsWith) {
  EXPECT_EQ(with_end_mark("triển khai thực hiện./."), "triển khai thực hiện./.");
  EXPECT_EQ(with_end_mark("triển khai thực hiện."), "triển khai thực hiện./.");
  EXPECT_EQ(with_end_mark("triển khai thực hiện"), "triển khai thực hiện./.");
  EXPECT_EQ(with_end_mark("như sau:"), "như sau./.");
  EXPECT_EQ(with_end_mark("con CNLĐ,..."), "con CNLĐ,..../.");
}

TEST(Authority, PrefixAndCapitals) {
  EXPECT_EQ(authority_line({"TM", "Ban Thường vụ"}), "TM. BAN THƯỜNG VỤ");
  EXPECT_EQ(authority_line({"KT", "Chủ tịch"}), "KT. CHỦ TỊCH");
  EXPECT_EQ(authority_line({"", "Chủ tịch"}), "CHỦ TỊCH");
}

// ---- Templates and schemas/templates-1.xsd

namespace {

// A complete house style, one element a line: line 3 is <page>, line 6 <size>.
const std::string kStyle =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<style xmlns=\"urn:vanban:templates:1\" id=\"mine\" name=\"Văn phòng\">\n"
    "  <page width=\"210\" height=\"297\" top=\"25\" bottom=\"20\" left=\"35\" right=\"15\" header=\"12\"/>\n"
    "  <font family=\"Times New Roman\"/>\n"
    "  <header left-share=\"0.4\" gap-after=\"12\"/>\n"
    "  <size quoc-hieu=\"13\" tieu-ngu=\"14\" superior=\"13\" issuer=\"13\" number=\"13\" date=\"14\" vv=\"13\" "
    "title=\"13\" subject=\"13\" kinh-gui=\"13\" body=\"13\" authority=\"13\" signer=\"13\" "
    "recipients-label=\"12\" recipients=\"11\" table=\"12\" footnote=\"10\" page-number=\"13\" appendix=\"13\" "
    "stamp=\"14\" contact=\"12\"/>\n"
    "  <body indent=\"10\" space-before=\"12\" line=\"150\"/>\n"
    "  <rules issuer=\"0.5\" subject=\"0.3333\" weight=\"1\"/>\n"
    "  <signature space=\"30\" left-share=\"0.4\"/>\n"
    "</style>\n";

std::string with(std::string xml, const std::string& from, const std::string& to) {
  const size_t at = xml.find(from);
  if (at == std::string::npos) throw std::logic_error("no " + from + " in the style");
  return xml.replace(at, from.size(), to);
}

// One part of a zip package, or "" when it has none.
std::string part(const std::string& package, const char* name) {
  zip_error_t err;
  zip_source_t* src = zip_source_buffer_create(package.data(), package.size(), 0, &err);
  zip_t* z = zip_open_from_source(src, ZIP_RDONLY, &err);
  if (!z) return {};
  std::string out;
  if (zip_file_t* f = zip_fopen(z, name, 0)) {
    char buf[4096];
    for (zip_int64_t n; (n = zip_fread(f, buf, sizeof buf)) > 0;) out.append(buf, static_cast<size_t>(n));
    zip_fclose(f);
  }
  zip_close(z);
  return out;
}

TemplateError style_error(const std::string& xml) {
  try {
    parse_house_style(xml, "mine.xml");
  } catch (const TemplateError& e) {
    return e;
  }
  throw std::logic_error("the style was accepted");
}

}  // namespace

TEST(TemplateSchema, EveryBuiltInTemplateValidates) {
  int checked = 0;
  for (const auto& f : data::embedded_files()) {
    if (!f.path.starts_with("templates/") || !f.path.ends_with(".xml")) continue;
    // A house style's root is <style>; every other template's is named as its file.
    const std::string name(f.path.substr(f.path.rfind('/') + 1, f.path.size() - f.path.rfind('/') - 5));
    const std::string root = f.path.starts_with("templates/styles/") ? "style" : name;
    EXPECT_NO_THROW(validate_template(f.bytes, f.path, root)) << f.path;
    ++checked;
  }
  EXPECT_GE(checked, 5);
  for (const auto& id : builtin_style_ids()) EXPECT_NE(builtin_style(id), nullptr) << id;
}

TEST(TemplateSchema, ACompleteUserStyleIsReadValueByValue) {
  const HouseStyle s = parse_house_style(kStyle, "mine.xml");
  EXPECT_EQ(s.id, "mine");
  EXPECT_EQ(s.name, "Văn phòng");
  EXPECT_EQ(s.top, 25);
  EXPECT_EQ(s.left, 35);
  EXPECT_EQ(s.header, 12);
  EXPECT_EQ(s.font, "Times New Roman");
  EXPECT_EQ(s.header_left_share, 0.4);
  EXPECT_EQ(s.size.quoc_hieu, 13);
  EXPECT_EQ(s.size.footnote, 10);
  EXPECT_EQ(s.line, 150);
  EXPECT_EQ(s.rule_subject, 0.3333);
  EXPECT_EQ(s.signature_space, 30);
  // The namespace may be bound to a prefix.
  std::string prefixed = kStyle;
  for (size_t p = 0; (p = prefixed.find('<', p)) != std::string::npos; ++p)
    if (prefixed[p + 1] != '?') prefixed.insert(prefixed[p + 1] == '/' ? p + 2 : p + 1, "t:");
  prefixed = with(prefixed, "xmlns=", "xmlns:t=");
  EXPECT_EQ(parse_house_style(prefixed, "t.xml").left, 35);
}

TEST(TemplateSchema, OutOfRangeNamesFileLineColumnValueAndRange) {
  const TemplateError e = style_error(with(kStyle, "left=\"35\"", "left=\"40\""));
  EXPECT_EQ(e.code, ErrorCode::Schema);
  EXPECT_EQ(e.origin, "mine.xml");
  EXPECT_EQ(e.line, 3);
  EXPECT_EQ(e.column, 55);  // the attribute itself
  EXPECT_EQ(e.detail, "<page left=\"40\"> is outside the allowed range 30–35");
  EXPECT_STREQ(e.what(), "mine.xml:3:55: <page left=\"40\"> is outside the allowed range 30–35");
  // Ranges with a fraction, values that are no number, and fixed values.
  EXPECT_EQ(style_error(with(kStyle, "subject=\"0.3333\"", "subject=\"0.3\"")).detail,
            "<rules subject=\"0.3\"> is outside the allowed range 0.3333–0.5");
  const TemplateError nan = style_error(with(kStyle, "body=\"13\"", "body=\"13pt\""));
  EXPECT_EQ(nan.detail, "<size body=\"13pt\"> is not a number; the allowed range is 13–14");
  EXPECT_EQ(nan.line, 6);
  EXPECT_EQ(style_error(with(kStyle, "width=\"210\"", "width=\"148\"")).detail, "<page width=\"148\"> must be 210");
}

TEST(TemplateSchema, MissingValueNamesTheElementAndTheRange) {
  TemplateError e = style_error(with(kStyle, " footnote=\"10\"", ""));
  EXPECT_EQ(e.code, ErrorCode::Schema);
  EXPECT_EQ(e.line, 6);
  EXPECT_EQ(e.column, 3);
  EXPECT_EQ(e.detail, "<size> needs attribute footnote (allowed range 10–12)");
  e = style_error(with(kStyle, "  <signature space=\"30\" left-share=\"0.4\"/>\n", ""));
  EXPECT_EQ(e.code, ErrorCode::Schema);
  EXPECT_EQ(e.line, 2);
  EXPECT_EQ(e.column, 1);
  EXPECT_NE(e.detail.find("signature"), std::string::npos) << e.detail;
  e = style_error(with(kStyle, "<font family=\"Times New Roman\"/>", "<font/><colour/>"));
  EXPECT_EQ(e.line, 4);
  EXPECT_EQ(e.detail, "<font> needs attribute family");
}

TEST(TemplateSchema, WrongRootOrNamespace) {
  TemplateError e = style_error(with(kStyle, " xmlns=\"urn:vanban:templates:1\"", ""));
  EXPECT_EQ(e.code, ErrorCode::Schema);
  EXPECT_EQ(e.line, 2);
  EXPECT_EQ(e.column, 1);
  EXPECT_EQ(e.detail,
            "the root element must be <style xmlns=\"urn:vanban:templates:1\">, not <style> without a namespace");
  e = style_error(with(kStyle, "urn:vanban:templates:1", "urn:vanban:1"));
  EXPECT_EQ(e.detail,
            "the root element must be <style xmlns=\"urn:vanban:templates:1\">, not <style> in namespace urn:vanban:1");
  // A byte-order mark is no column.
  e = style_error("\xEF\xBB\xBF<style id=\"x\"/>");
  EXPECT_EQ(e.line, 1);
  EXPECT_EQ(e.column, 1);
  // Another template is no house style, though the schema knows it.
  e = style_error(std::string(data::embedded("templates/kinds.xml")));
  EXPECT_EQ(e.code, ErrorCode::Schema);
  EXPECT_NE(e.detail.find("not <kinds>"), std::string::npos) << e.detail;
  EXPECT_GT(e.line, 1);
}

TEST(TemplateSchema, NotWellFormedAndDoctype) {
  TemplateError e = style_error(with(kStyle, "</style>", "</styl>"));
  EXPECT_EQ(e.code, ErrorCode::NotWellFormed);
  EXPECT_EQ(e.line, 10);
  EXPECT_GT(e.column, 0);
  e = style_error("not xml");
  EXPECT_EQ(e.code, ErrorCode::NotWellFormed);
  EXPECT_EQ(e.line, 1);
  e = style_error(with(kStyle, "<style ", "<!DOCTYPE style [<!ENTITY x \"y\">]>\n<style "));
  EXPECT_EQ(e.code, ErrorCode::Forbidden);
  EXPECT_EQ(e.line, 2);
}

TEST(TemplateSchema, RenderReportsAStyleFileErrorWithItsPosition) {
  const std::string doc =
      "<vanban xmlns=\"urn:vanban:1\" kind=\"ke-hoach\"><issuer abbr=\"UB\">Ủy ban</issuer><place>Huế</place>"
      "<date>2024-01-02</date></vanban>";
  StyleChoice style{"", with(kStyle, "header=\"12\"", "header=\"16\""), "office.xml"};
  const auto r = render(doc, "d.xml", Format::Text, &style);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code, ErrorCode::Schema);
  EXPECT_EQ(r.errors[0].to_string(), "office.xml:3:76: <page header=\"16\"> is outside the allowed range 5–15");
  EXPECT_TRUE(r.bytes.empty());
  style.xml = "<style";
  EXPECT_EQ(render(doc, "d.xml", Format::Text, &style).errors.at(0).code, ErrorCode::NotWellFormed);
  style.xml = kStyle;
  EXPECT_TRUE(render(doc, "d.xml", Format::Text, &style).errors.empty());
}

TEST(TemplateSchema, RangesAreReadFromTheSchema) {
  const auto r = allowed_range({"style", "page"}, "left");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->min, "30");
  EXPECT_EQ(r->max, "35");
  EXPECT_EQ(allowed_range({"style", "body"}, "indent")->max, "12.7");
  EXPECT_FALSE(allowed_range({"style", "font"}, "family"));
  EXPECT_FALSE(allowed_range({"style", "nothing"}, "left"));
}

TEST(TemplateSchema, ACompleteCustomStyleFileRendersWithoutARebuild) {
  // kStyle is no built-in: 35 mm left and 25 mm top margins, 13 pt body, 150 % lines,
  // 10 mm indents. Rendered as a user's --style file, every value reaches the output.
  const std::string doc =
      "<vanban xmlns=\"urn:vanban:1\" kind=\"ke-hoach\"><issuer abbr=\"UB\">Ủy ban</issuer><place>Huế</place>"
      "<date>2024-01-02</date><urgency>khan</urgency><body><p>Nội dung.</p></body></vanban>";
  const StyleChoice style{"", kStyle, "office.xml"};
  const auto docx = render(doc, "d.xml", Format::Docx, &style);
  ASSERT_TRUE(docx.errors.empty()) << docx.errors[0].to_string();
  const std::string document = part(docx.bytes, "word/document.xml");
  EXPECT_NE(document.find("w:top=\"1417\""), std::string::npos);   // 25 mm
  EXPECT_NE(document.find("w:left=\"1984\""), std::string::npos);  // 35 mm
  const std::string styles = part(docx.bytes, "word/styles.xml");
  const size_t body = styles.find("w:styleId=\"VbBody\"");
  ASSERT_NE(body, std::string::npos);
  const std::string vb_body = styles.substr(body, styles.find("</w:style>", body) - body);
  EXPECT_NE(vb_body.find("<w:sz w:val=\"26\"/>"), std::string::npos) << vb_body;  // 13 pt
  EXPECT_NE(vb_body.find("w:firstLine=\"567\""), std::string::npos) << vb_body;   // 10 mm
  EXPECT_NE(vb_body.find("w:line=\"360\""), std::string::npos) << vb_body;        // 150 %
  const size_t stamp = styles.find("w:styleId=\"VbStamp\"");
  ASSERT_NE(stamp, std::string::npos);
  EXPECT_NE(styles.find("<w:sz w:val=\"28\"/>", stamp), std::string::npos);  // 14 pt stamps
  const auto odt = render(doc, "d.xml", Format::Odt, &style);
  ASSERT_TRUE(odt.errors.empty());
  EXPECT_NE(part(odt.bytes, "styles.xml").find("fo:margin-left=\"35mm\""), std::string::npos);
  // The same document in the default style differs.
  EXPECT_NE(render(doc, "d.xml", Format::Docx).bytes, docx.bytes);
}
