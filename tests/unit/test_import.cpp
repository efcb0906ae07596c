// The importer: line patterns, inline markup, recognition of small documents, the
// model→XML writer, and office files read back.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "api/import.h"
#include "api/vanban.h"
#include "import/inline_markup.h"
#include "import/kind_names.h"
#include "import/patterns.h"
#include "import/recogniser.h"
#include "import/source_lines.h"
#include "input/document_xml.h"
#include "input/xml_reader.h"

using namespace vanban;
using namespace vanban::import;

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

model::Document recognise_text(const std::string& text) { return recognise(read_source_lines(text)).doc; }

std::string plain(const model::Text& t) { return plain_text(t); }

}  // namespace

TEST(ImportPatterns, Labels) {
  EXPECT_EQ(read_label("I. MỤC ĐÍCH").kind, Label::Kind::Roman);
  EXPECT_EQ(read_label("IV. KINH PHÍ").number, 4);
  EXPECT_EQ(read_label("12. Sở Nội vụ").kind, Label::Kind::Arabic);
  EXPECT_EQ(read_label("1.2. Nâng cao").kind, Label::Kind::Dotted2);
  EXPECT_EQ(read_label("2.1.3. Chi tiết").kind, Label::Kind::Dotted3);
  EXPECT_EQ(read_label("a) Học sinh").kind, Label::Kind::Letter);
  EXPECT_EQ(read_label("đ) Điểm").kind, Label::Kind::Letter);
  EXPECT_EQ(read_label("a.1) Tiết").kind, Label::Kind::LetterDotted);
  EXPECT_EQ(read_label("- Tham mưu").kind, Label::Kind::Dash);
  EXPECT_EQ(read_label("+ Chi tiết").kind, Label::Kind::Plus);
  EXPECT_EQ(read_label("Điều 3. Hiệu lực").kind, Label::Kind::Article);
  EXPECT_EQ(read_label("I.").length, 2u);
  // Not labels: numbers in text, a year, a negative figure, "Idea".
  for (const char* s : {"1.500 người tham dự", "2023 là năm", "-5% so với", "In ấn", "12/6/2021 của", "Iran"})
    EXPECT_EQ(read_label(s).kind, Label::Kind::None) << s;
  EXPECT_LT(rank(Label::Kind::Roman), rank(Label::Kind::Arabic));
  EXPECT_LT(rank(Label::Kind::Arabic), rank(Label::Kind::Letter));
}

TEST(ImportPatterns, NumberLine) {
  auto n = parse_number_line("Số: 477 /KH-LĐLĐ");
  ASSERT_TRUE(n);
  EXPECT_EQ(n->value, "477");
  EXPECT_EQ(n->symbol, "KH-LĐLĐ");
  n = parse_number_line("Số:       /KH-LĐLĐ");
  ASSERT_TRUE(n);
  EXPECT_EQ(n->value, "");
  n = parse_number_line("Số: 63/2025/QĐ-UBND");
  ASSERT_TRUE(n);
  EXPECT_EQ(n->value, "63/2025");
  EXPECT_EQ(n->symbol, "QĐ-UBND");
  n = parse_number_line("Số: 2739/VPCP-ĐMDN V/v quy định về quản trị");
  ASSERT_TRUE(n);
  EXPECT_EQ(n->rest, "V/v quy định về quản trị");
  EXPECT_TRUE(parse_number_line("Số:")->alone);
  // Groups typed apart around the hyphen are one symbol; a word after it is not.
  for (const char* line : {"Số: 15/QĐ - LĐLĐ", "Số: 15/QĐ- LĐLĐ", "Số: 15/QĐ -LĐLĐ"}) {
    n = parse_number_line(line);
    ASSERT_TRUE(n) << line;
    EXPECT_EQ(n->symbol, "QĐ-LĐLĐ") << line;
    EXPECT_EQ(n->rest, "") << line;
  }
  n = parse_number_line("Số: 15/QĐ-LĐLĐ - Hải An");
  ASSERT_TRUE(n);
  EXPECT_EQ(n->symbol, "QĐ-LĐLĐ");
  EXPECT_EQ(n->rest, "- Hải An");
  EXPECT_FALSE(parse_number_line("Số hiệu: 980/KH-UBND"));
  EXPECT_FALSE(parse_number_line("Số lượng: 200 người"));
}

TEST(ImportPatterns, PlaceAndDateInFigures) {
  for (const char* line : {"Gia Lâm, 24/4/2023", "Gia Lâm, 24-04-2023", "Gia Lâm, 24.4.2023"}) {
    const auto d = parse_place_date(line);
    ASSERT_TRUE(d) << line;
    EXPECT_EQ(d->place, "Gia Lâm");
    EXPECT_EQ(d->date.day, 24);
    EXPECT_EQ(d->date.month, 4);
    EXPECT_EQ(d->date.year, 2023);
  }
  // Not a place and date: mixed separators, an impossible day, no place, a sum.
  for (const char* line :
       {"Gia Lâm, 24/4-2023", "Huế, 31/2/2023", ", 24/4/2023", "Tổng cộng, 24/4/20231", "Số 3, 1/2/2023"})
    EXPECT_FALSE(parse_place_date(line)) << line;
}

TEST(ImportPatterns, KindNamedAloneInOrdinaryCase) {
  const auto* k = kind_named_alone("Kế hoạch");
  ASSERT_TRUE(k);
  EXPECT_EQ(k->id, "ke-hoach");
  EXPECT_FALSE(kind_named_alone("KẾ HOẠCH"));  // capitals: kind_named_in_caps reads it
  EXPECT_FALSE(kind_named_alone("Kế hoạch năm 2023"));
  EXPECT_FALSE(kind_named_alone("Hoạch định"));
}

TEST(ImportPatterns, AuthorityWithoutItsDot) {
  auto a = parse_authority("KT GIÁM ĐỐC");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->first, "KT");
  EXPECT_EQ(a->second, "GIÁM ĐỐC");
  a = parse_authority("TM BAN THƯỜNG VỤ");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->first, "TM");
  EXPECT_FALSE(parse_authority("KTX KÝ TÚC XÁ"));
  EXPECT_FALSE(parse_authority("TM thường"));
}

TEST(ImportPatterns, PlaceAndDate) {
  auto d = parse_place_date("Gia Lâm, ngày 24 tháng 4 năm 2023");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->place, "Gia Lâm");
  EXPECT_EQ(d->date.year, 2023);
  EXPECT_EQ(d->date.month, 4);
  EXPECT_EQ(d->date.day, 24);
  d = parse_place_date("Hải Phòng, ngày     tháng 4 năm 2023");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->date.day, 0);
  EXPECT_EQ(d->date.month, 4);
  d = parse_place_date("Hà Nội, ngày 05 tháng 04 năm 2019 Kính gửi: Bộ Kế hoạch và Đầu tư.");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->rest, "Kính gửi: Bộ Kế hoạch và Đầu tư.");
  d = parse_place_date("Huế, ngày 31 tháng 2 năm 2023");
  ASSERT_TRUE(d);
  EXPECT_TRUE(d->impossible);
  EXPECT_EQ(d->date.day, 0);
  EXPECT_FALSE(parse_place_date("Thời gian: ngày 26 tháng 5"));
}

TEST(ImportPatterns, SignatureParts) {
  auto a = parse_authority("TM. BAN THƯỜNG VỤ");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->first, "TM");
  EXPECT_EQ(a->second, "BAN THƯỜNG VỤ");
  EXPECT_EQ(parse_authority("K/T TRƯỞNG BAN")->first, "KT");
  EXPECT_EQ(parse_authority("TUQ. GIÁM ĐỐC")->first, "TUQ");
  EXPECT_FALSE(parse_authority("TM. ban thường vụ"));
  EXPECT_TRUE(is_signature_mark("(Đã ký)"));
  EXPECT_TRUE(is_signature_mark("(Đã ký và đóng dấu)"));
  EXPECT_TRUE(looks_like_name("Trần Văn Đông"));
  EXPECT_FALSE(looks_like_name("Trần văn đông"));
  EXPECT_FALSE(looks_like_name("CHỦ TỊCH"));
  EXPECT_FALSE(looks_like_name("Đông"));
  auto p = split_purpose("Thường trực Tỉnh ủy (b/c);");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->first, "Thường trực Tỉnh ủy");
  EXPECT_EQ(p->second, "b/c");
  NationalSeen seen;
  EXPECT_EQ(strip_national("VĂN PHÒNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc", seen),
            "VĂN PHÒNG CHÍNH PHỦ");
  EXPECT_TRUE(seen.all());
  // Once each: a second copy is the document's own text.
  EXPECT_EQ(strip_national("Cộng hòa xã hội chủ nghĩa Việt Nam", seen), "Cộng hòa xã hội chủ nghĩa Việt Nam");
  NationalSeen halves;
  EXPECT_EQ(strip_national("CỘNG HÒA XÃ HỘI", halves), "");
  EXPECT_EQ(strip_national("CHỦ NGHĨA VIỆT NAM", halves), "");
  EXPECT_TRUE(halves.first_half && halves.second_half && !halves.motto);
}

TEST(ImportMarkup, BoldItalicAndNoise) {
  model::Text t = parse_inline("1. **Thời gian:** 8 giờ *ngày 25*");
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[1].text, "Thời gian:");
  EXPECT_TRUE(t[1].bold);
  EXPECT_TRUE(t[3].italic);
  EXPECT_EQ(plain_text(parse_inline("**ỦY BAN NHÂN DÂN")), "ỦY BAN NHÂN DÂN");  // unpaired: dropped
  EXPECT_EQ(plain_text(parse_inline("<b>II</b>\t<b>Đại biểu</b>")), "II Đại biểu");
  EXPECT_EQ(plain_text(parse_inline("*** Đại biểu Thành phố:**")), "* Đại biểu Thành phố:");
  EXPECT_EQ(plain_text(parse_inline("2 * 3 = 6")), "2 * 3 = 6");
}

TEST(ImportLines, TablesInThreeShapes) {
  // TVPL cells: "|" between cells, two in a row end the row.
  auto lines = read_source_lines("|\nTT\n|\nNội dung\n|\n|\n1\n|\nTổ chức lại\nBan Chỉ huy\n|\n\nSau bảng");
  ASSERT_GE(lines.size(), 2u);
  ASSERT_TRUE(lines[0].table);
  ASSERT_EQ(lines[0].table->rows.size(), 2u);
  EXPECT_EQ(plain_text(lines[0].table->rows[1].cells[1].text), "Tổ chức lại Ban Chỉ huy");
  // A layout table (the header) is flattened into lines.
  lines = read_source_lines("|\nỦY BAN NHÂN DÂN\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\n\n");
  EXPECT_FALSE(lines[0].table);
  EXPECT_EQ(lines[0].plain, "ỦY BAN NHÂN DÂN");
  // Tab-separated rows, a blank line inside; markdown rows.
  lines = read_source_lines("TT\tTên\tSố\n1\tA\t3\n\n2\tB\t4\n");
  ASSERT_TRUE(lines[0].table);
  EXPECT_EQ(lines[0].table->rows.size(), 3u);
  lines = read_source_lines("| TT | Tên |\n|---|---|\n| 1 | A |\n");
  ASSERT_TRUE(lines[0].table);
  EXPECT_EQ(lines[0].table->rows.size(), 2u);
}

TEST(ImportRecognise, WholeLetter) {
  const model::Document d = recognise_text(
      "Trang chủ | Văn bản\n\n"
      "LIÊN ĐOÀN LAO ĐỘNG TỈNH X\n**BAN THƯỜNG VỤ**\n"
      "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
      "Số: 12/KH-LĐLĐ\nX, ngày 05 tháng 3 năm 2024\n\n"
      "KẾ HOẠCH\nTổ chức Hội nghị đối thoại\nnăm 2024\n\n"
      "Thực hiện Chương trình công tác năm 2024[1], Ban Thường vụ xây dựng Kế hoạch như sau:\n"
      "I. MỤC ĐÍCH, YÊU CẦU\n"
      "1. Mục đích: Lắng nghe ý kiến của người\nlao động.\n"
      "- Bảo đảm thiết thực;\n+ tiết kiệm.\n"
      "II. TỔ CHỨC THỰC HIỆN\n"
      "Các đơn vị triển khai thực hiện./.\n"
      "Nơi nhận:\n- Tổng LĐLĐ Việt Nam (b/c);\n- Lưu: VT, VP.\n"
      "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n(Đã ký)\nNguyễn Văn An\n"
      "[1] Chương trình số 01/CTr-LĐLĐ.\n");
  EXPECT_EQ(d.kind, "ke-hoach");
  EXPECT_EQ(d.issuer.superior, "LIÊN ĐOÀN LAO ĐỘNG TỈNH X");
  EXPECT_EQ(d.issuer.name, "BAN THƯỜNG VỤ");
  EXPECT_EQ(d.number.value, "12");
  EXPECT_EQ(d.number.symbol, "KH-LĐLĐ");
  EXPECT_EQ(d.place, "X");
  EXPECT_EQ(d.date.day, 5);
  EXPECT_EQ(d.subject, "Tổ chức Hội nghị đối thoại năm 2024");
  ASSERT_EQ(d.preamble.size(), 1u);
  // The footnote is bound to its mark.
  ASSERT_EQ(d.preamble[0].text.size(), 3u);
  EXPECT_EQ(d.preamble[0].text[1].kind, model::Inline::Kind::Footnote);
  EXPECT_EQ(plain(d.preamble[0].text[1].note), "Chương trình số 01/CTr-LĐLĐ.");
  ASSERT_EQ(d.body.size(), 2u);
  EXPECT_EQ(plain(d.body[0].title), "MỤC ĐÍCH, YÊU CẦU");
  const auto& s1 = d.body[0].children.at(0);
  EXPECT_EQ(plain(s1.title), "Mục đích");
  EXPECT_EQ(plain(s1.text), "Lắng nghe ý kiến của người lao động.");  // wrapped line joined
  ASSERT_EQ(s1.children.size(), 1u);
  EXPECT_EQ(s1.children[0].kind, model::Node::Kind::Item);
  EXPECT_EQ(s1.children[0].children.at(0).kind, model::Node::Kind::Item);  // "+" under "-"
  ASSERT_EQ(d.closing.size(), 1u);
  EXPECT_EQ(plain(d.closing[0].text), "Các đơn vị triển khai thực hiện");
  ASSERT_EQ(d.recipients.items.size(), 1u);
  EXPECT_EQ(d.recipients.items[0].purpose, "b/c");
  EXPECT_EQ(d.recipients.archive, "VT, VP");
  ASSERT_EQ(d.signature.authorities.size(), 1u);
  EXPECT_EQ(d.signature.authorities[0].prefix, "TM");
  EXPECT_EQ(d.signature.role, "CHỦ TỊCH");
  EXPECT_EQ(d.signature.mark, "(Đã ký)");
  EXPECT_EQ(d.signature.signer, "Nguyễn Văn An");
  // The line before the header is set aside, never printed.
  ASSERT_EQ(d.aside.size(), 1u);
  EXPECT_EQ(d.aside[0].line, 1);
}

TEST(ImportRecognise, CongVanFlattenedAndMergedColumns) {
  const model::Document d = recognise_text(
      "VĂN PHÒNG CHÍNH PHỦ -------\n"
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
      "Số: 2739/VPCP-ĐMDN V/v quy định về quản trị doanh nghiệp\n"
      "Hà Nội, ngày 05 tháng 04 năm 2019 Kính gửi: Bộ Kế hoạch và Đầu tư.\n"
      "Văn phòng Chính phủ thông báo để Bộ biết, thực hiện./.\n"
      "Nơi nhận: GIÁM ĐỐC\n"
      "Như trên; (Đã ký và đóng dấu)\n"
      "Thành ủy, HĐND, UBND thành phố; Lê Thị Bích Thuận\n"
      "Lưu: VT, ĐMDN (2b).\n");
  EXPECT_EQ(d.kind, "cong-van");
  EXPECT_EQ(d.issuer.name, "VĂN PHÒNG CHÍNH PHỦ");
  EXPECT_EQ(d.subject, "quy định về quản trị doanh nghiệp");
  ASSERT_EQ(d.to.size(), 1u);
  EXPECT_EQ(d.to[0], "Bộ Kế hoạch và Đầu tư");
  EXPECT_EQ(d.date.month, 4);
  EXPECT_EQ(d.signature.role, "GIÁM ĐỐC");
  EXPECT_EQ(d.signature.mark, "(Đã ký và đóng dấu)");
  EXPECT_EQ(d.signature.signer, "Lê Thị Bích Thuận");
  ASSERT_EQ(d.recipients.items.size(), 2u);
  EXPECT_EQ(d.recipients.items[1].text, "Thành ủy, HĐND, UBND thành phố");
  EXPECT_EQ(d.recipients.archive, "VT, ĐMDN (2b)");
}

TEST(ImportRecognise, QuyetDinhArticlesBasesAndAppendix) {
  const model::Document d = recognise_text(
      "ỦY BAN NHÂN DÂN\nTỈNH Y\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
      "Số: 7/QĐ-UBND\nY, ngày 1 tháng 6 năm 2024\n"
      "QUYẾT ĐỊNH\nVề việc ban hành Quy chế\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH Y\n\n"
      "Căn cứ Luật Tổ chức chính quyền địa phương;\nXét đề nghị của Giám đốc Sở Nội vụ,\n"
      "QUYẾT ĐỊNH:\n"
      "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\n"
      "Điều 2. Hiệu lực\nQuyết định có hiệu lực từ ngày ký./.\n"
      "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n"
      "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Bình\n\n"
      "QUY CHẾ LÀM VIỆC\n(Ban hành kèm theo Quyết định số 7/QĐ-UBND)\n"
      "1. Phạm vi: toàn tỉnh.\n");
  EXPECT_EQ(d.kind, "quyet-dinh");
  EXPECT_EQ(d.issuer.name, "ỦY BAN NHÂN DÂN TỈNH Y");
  EXPECT_EQ(d.decider, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH Y");
  ASSERT_EQ(d.bases.size(), 2u);
  EXPECT_EQ(plain(d.bases[1]), "Xét đề nghị của Giám đốc Sở Nội vụ");
  ASSERT_EQ(d.body.size(), 2u);
  EXPECT_EQ(d.body[0].kind, model::Node::Kind::Article);
  EXPECT_EQ(plain(d.body[1].title), "Hiệu lực");
  ASSERT_EQ(d.appendices.size(), 1u);
  EXPECT_EQ(d.appendices[0].title, "QUY CHẾ LÀM VIỆC");
  EXPECT_EQ(d.appendices[0].reference, "(Ban hành kèm theo Quyết định số 7/QĐ-UBND)");
  EXPECT_TRUE(d.appendices[0].arabic);
}

TEST(ImportRecognise, GluedFootnotesAndPageNumbers) {
  const model::Document d = recognise_text(
      "KẾ HOẠCH\nĐối thoại\n\n"
      "Thực hiện chỉ đạo của Thường trực Tỉnh ủy1; Quy chế phối hợp giai đoạn 2021-20252 và ý kiến\n"
      "của Liên đoàn Lao động tỉnh.\n\n\n4\n\n"
      "1Tại các Thông báo số 207-TB/VPTU ngày 25 tháng 4 năm\n2022 của Văn phòng.\n2 Quy chế số 4859.\n"
      "- Việc thực hiện các chế độ.\n");
  // The paragraph before the first label is the preamble; the point after it is the body.
  ASSERT_EQ(d.preamble.size(), 1u);
  ASSERT_EQ(d.body.size(), 1u);
  const model::Text& t = d.preamble[0].text;
  int notes = 0;
  for (const auto& r : t) notes += r.kind == model::Inline::Kind::Footnote;
  EXPECT_EQ(notes, 2);
  EXPECT_EQ(plain(t),
            "Thực hiện chỉ đạo của Thường trực Tỉnh ủy; Quy chế phối hợp giai đoạn 2021-2025 và ý kiến của "
            "Liên đoàn Lao động tỉnh.");
  EXPECT_EQ(d.body[0].kind, model::Node::Kind::Item);
}

TEST(ImportRecognise, NoHeaderAndTrailingNotes) {
  // A page that starts with its text: no header is invented, every point is kept, and
  // "[n]" notes at the end bind to their marks even without a signature block.
  std::string text;
  for (int i = 1; i <= 300; ++i) text += "- Mục số " + std::to_string(i) + (i == 7 ? " có chú thích[1]" : "") + ";\n";
  text += "\n[1] Chú thích của mục bảy.\n";
  const model::Document d = recognise_text(text);
  EXPECT_TRUE(d.issuer.name.empty());
  EXPECT_TRUE(d.preamble.empty());
  ASSERT_EQ(d.body.size(), 300u);
  EXPECT_EQ(plain(d.body[0].text), "Mục số 1;");
  EXPECT_EQ(plain(d.body[299].text), "Mục số 300;");
  ASSERT_EQ(d.body[6].text.size(), 3u);
  EXPECT_EQ(plain(d.body[6].text[1].note), "Chú thích của mục bảy.");
  EXPECT_TRUE(d.closing.empty());
}

TEST(ImportXml, ModelRoundTripsThroughTheWriter) {
  // Every sample: read → write → read gives the same XML again.
  for (const auto& e : std::filesystem::directory_iterator(std::string(VANBAN_SOURCE_DIR) + "/samples")) {
    if (e.path().extension() != ".xml") continue;  // samples/merge holds templates, not documents
    const std::string xml = read(e.path().string());
    auto first = input::read_document(xml, e.path().string());
    ASSERT_TRUE(first.document) << e.path();
    const std::string written = input::write_document_xml(*first.document);
    EXPECT_TRUE(validate(written, "written").empty()) << e.path();
    auto second = input::read_document(written, "written");
    ASSERT_TRUE(second.document) << e.path();
    EXPECT_EQ(input::write_document_xml(*second.document), written) << e.path();
    // And the rendering is unchanged.
    EXPECT_EQ(render(written, "w", Format::Text).bytes, render(xml, "x", Format::Text).bytes) << e.path();
  }
}

TEST(ImportOffice, RenderedDocumentsReadBack) {
  // A document vanban wrote, as .docx and .odt, imports back to the same parts.
  const std::string xml = read(std::string(VANBAN_SOURCE_DIR) + "/samples/001-ke-hoach-gia-lam.xml");
  for (Format f : {Format::Docx, Format::Odt}) {
    const auto rendered = render(xml, "s", f);
    ASSERT_TRUE(rendered.errors.empty());
    const ImportResult r = import_document(rendered.bytes, "s");
    ASSERT_TRUE(r.errors.empty()) << r.errors.front().to_string();
    EXPECT_EQ(r.encoding, f == Format::Docx ? "docx" : "odt");
    auto doc = input::read_document(r.xml, "imported");
    ASSERT_TRUE(doc.document);
    EXPECT_EQ(doc.document->kind, "ke-hoach");
    EXPECT_EQ(doc.document->issuer.superior, "LĐLĐ THÀNH PHỐ HÀ NỘI");
    EXPECT_EQ(doc.document->number.value, "477");
    EXPECT_EQ(doc.document->date.day, 24);
    EXPECT_EQ(doc.document->signature.signer, "Nguyễn Đức Thế");
    // The sample's archive is "VP"; the render prints "Lưu: VT, VP." (the records office
    // first, Decree 30 §4.10), and that is what comes back.
    EXPECT_EQ(doc.document->recipients.archive, "VT, VP");
  }
}

// Every line vanban prints, printed again after a DOCX or ODT round trip: the office
// readers and the recogniser lose nothing of a well-made document. A "*" point comes
// back as "-" (the file holds only the mark), and runs of blanks as one.
TEST(ImportOffice, EverySampleRoundTrips) {
  auto lines = [](const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);) {
      if (l.rfind("* ", 0) == 0) l[0] = '-';
      std::string c;
      for (char ch : l)
        if (!(ch == ' ' && !c.empty() && c.back() == ' ')) c += ch;
      out.push_back(c);
    }
    return out;
  };
  for (const auto& e : std::filesystem::directory_iterator(std::string(VANBAN_SOURCE_DIR) + "/samples")) {
    if (e.path().extension() != ".xml") continue;  // samples/merge holds templates, not documents
    const std::string xml = read(e.path().string());
    const auto original = lines(render(xml, "o", Format::Text).bytes);
    for (Format f : {Format::Docx, Format::Odt}) {
      const ImportResult r = import_document(render(xml, "s", f).bytes, e.path().filename().string());
      ASSERT_TRUE(r.errors.empty()) << e.path();
      const auto again = lines(render(r.xml, "i", Format::Text).bytes);
      for (const auto& l : original)
        EXPECT_NE(std::find(again.begin(), again.end(), l), again.end())
            << e.path().filename() << (f == Format::Docx ? " docx" : " odt") << ": lost line: " << l;
    }
  }
}

TEST(ImportApi, ErrorsAndLimits) {
  ImportOptions bad;
  bad.encoding = "klingon";
  auto r = import_document("x", "in.txt", bad);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code, ErrorCode::Usage);
  r = import_document(std::string("PK\x03\x04garbage", 11), "bad.docx");
  // Not a readable package: an error (it used to be read as text, importing garbage).
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code, ErrorCode::Unreadable);
  EXPECT_TRUE(r.xml.empty());
  // Empty input still gives a valid (empty) document.
  r = import_document("", "empty.txt");
  EXPECT_TRUE(r.errors.empty());
  EXPECT_TRUE(validate(r.xml, "x").empty());
}
