#include "layout/layout.h"

namespace vanban::layout {

std::vector<ParaStyle> make_styles(const rules::HouseStyle& hs) {
  const auto& z = hs.size;
  // Header and signature cells: single-spaced, no extra space, centred.
  auto cell = [](std::string id, std::string name, double size, bool bold, bool italic) {
    ParaStyle s;
    s.id = std::move(id);
    s.name = std::move(name);
    s.size = size;
    s.bold = bold;
    s.italic = italic;
    s.align = Align::Center;
    return s;
  };
  // Body text: justified, first-line indent, space between paragraphs (Decree 30 §4.8).
  auto body = [&](std::string id, std::string name, bool bold) {
    ParaStyle s;
    s.id = std::move(id);
    s.name = std::move(name);
    s.size = z.body;
    s.bold = bold;
    s.align = Align::Justify;
    s.first_indent = hs.indent;
    s.before = hs.space_before;
    s.line = hs.line;
    return s;
  };
  std::vector<ParaStyle> v;
  v.push_back(cell("VbSuperior", "VB Cơ quan chủ quản", z.superior, false, false));
  v.push_back(cell("VbIssuer", "VB Cơ quan ban hành", z.issuer, true, false));
  v.push_back(cell("VbNationalTitle", "VB Quốc hiệu", z.quoc_hieu, true, false));
  v.push_back(cell("VbMotto", "VB Tiêu ngữ", z.tieu_ngu, true, false));
  auto rule = cell("VbRule", "VB Đường kẻ", 4, false, false);
  rule.before = 4;  // a hairline gap so the rule never touches the descenders above
  v.push_back(rule);
  auto number = cell("VbNumber", "VB Số ký hiệu", z.number, false, false);
  v.push_back(number);
  auto vv = cell("VbVv", "VB Trích yếu công văn", z.vv, false, false);
  vv.before = 6;  // "6 pt after Số, ký hiệu" (Decree 30 §4.5)
  v.push_back(vv);
  v.push_back(cell("VbDate", "VB Địa danh ngày tháng", z.date, false, true));
  auto stamp = cell("VbStamp", "VB Dấu mật khẩn", 13, true, false);
  stamp.before = 6;
  v.push_back(stamp);
  auto type = cell("VbDocType", "VB Tên loại", z.title, true, false);
  type.before = hs.header_gap_after;
  type.keep_next = true;
  v.push_back(type);
  auto subject = cell("VbSubject", "VB Trích yếu", z.subject, true, false);
  subject.keep_next = true;
  v.push_back(subject);
  auto kg = body("VbKinhGui", "VB Kính gửi", false);
  kg.size = z.kinh_gui;
  kg.first_indent = 0;
  kg.align = Align::Left;
  v.push_back(kg);
  auto decider = cell("VbDecider", "VB Thẩm quyền ban hành", z.body, true, false);
  decider.before = hs.space_before;
  v.push_back(decider);
  auto basis = body("VbBasis", "VB Căn cứ", false);
  basis.italic = true;
  v.push_back(basis);
  auto formula = cell("VbFormula", "VB Quyết định", z.body, true, false);
  formula.before = hs.space_before;
  formula.keep_next = true;
  v.push_back(formula);
  v.push_back(body("VbBody", "VB Nội dung", false));
  auto h1 = body("VbHeading1", "VB Mục I", true);
  h1.keep_next = true;
  h1.outline = 1;  // the navigator then shows the plan's outline
  v.push_back(h1);
  auto h2 = body("VbHeading2", "VB Khoản 1", true);
  h2.keep_next = true;
  h2.outline = 2;
  v.push_back(h2);
  auto h3 = body("VbHeading3", "VB Điểm a", false);
  h3.keep_next = true;
  h3.outline = 3;
  v.push_back(h3);
  auto art = body("VbArticle", "VB Điều", true);
  art.keep_next = true;
  art.outline = 1;
  v.push_back(art);
  v.push_back(body("VbItem", "VB Gạch đầu dòng", false));
  ParaStyle label;
  label.id = "VbRecipientsLabel";
  label.name = "VB Nơi nhận";
  label.size = z.recipients_label;
  label.bold = label.italic = true;
  v.push_back(label);
  ParaStyle rec;
  rec.id = "VbRecipient";
  rec.name = "VB Nơi nhận mục";
  rec.size = z.recipients;
  v.push_back(rec);
  v.push_back(cell("VbAuthority", "VB Quyền hạn chức vụ", z.authority, true, false));
  auto signer = cell("VbSigner", "VB Người ký", z.signer, true, false);
  signer.before = hs.signature_space * 72.0 / 25.4;  // room for signature and seal
  v.push_back(signer);
  ParaStyle table;
  table.id = "VbTable";
  table.name = "VB Bảng";
  table.size = z.table;
  table.before = table.after = 2;
  v.push_back(table);
  auto th = table;
  th.id = "VbTableHead";
  th.name = "VB Bảng tiêu đề";
  th.bold = true;
  th.align = Align::Center;
  v.push_back(th);
  v.push_back(cell("VbAppendixLabel", "VB Phụ lục", z.appendix, true, false));
  v.push_back(cell("VbAppendixTitle", "VB Tên phụ lục", z.appendix, true, false));
  v.push_back(cell("VbAppendixRef", "VB Kèm theo", z.appendix, false, true));
  ParaStyle fn;
  fn.id = "VbFootnote";
  fn.name = "VB Chú thích";
  fn.size = z.footnote;
  fn.align = Align::Justify;
  fn.left = 4;  // the note number hangs in the margin, the text aligned after it
  fn.first_indent = -4;
  v.push_back(fn);
  v.push_back(cell("VbPageNumber", "VB Số trang", z.page_number, false, false));
  ParaStyle contact;
  contact.id = "VbContact";
  contact.name = "VB Địa chỉ liên hệ";
  contact.size = z.recipients;  // 11 pt, the decree's example size for cell 13
  v.push_back(contact);
  return v;
}

}  // namespace vanban::layout
