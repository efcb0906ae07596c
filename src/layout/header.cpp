// The top of page 1: the two-column header (issuer | Quốc hiệu), the number and date
// row, tên loại and trích yếu, Kính gửi, căn cứ, and the Giấy mời sentence.
#include <algorithm>

#include "layout/composer.h"
#include "layout/font_metrics.h"
#include "text/dates.h"
#include "text/unicode.h"

namespace vanban::layout {

void Composer::header(std::vector<Block>& out) {
  const double padding = lt_.layout_cell_padding;
  // Columns: the right one must hold the Quốc hiệu on one line (Decree 30: it never
  // wraps), so it is widened past the house style's share when the font needs it.
  const double qh_mm = fit_width(text_mm("VbNationalTitle", lt_.national_title));
  const double right = std::max(text_width_ * (1 - hs_.header_left_share), qh_mm + 2 * padding);
  const double left = text_width_ - right;
  // Widths inside the cells (a padding either side): what the rules, frames and line
  // breaks have to fit in.
  const double left_in = left - 2 * padding;
  const double right_in = right - 2 * padding;

  Cell issuer_cell, national_cell;
  if (!doc_.issuer.superior.empty())
    issuer_cell.paragraphs.push_back(balanced("VbSuperior", text::upper_vi(doc_.issuer.superior), left_in, true));
  // The issuer name wraps between words in its column; the rule is a share of its
  // longest line.
  double issuer_line_mm = 0;
  issuer_cell.paragraphs.push_back(
      balanced("VbIssuer", text::upper_vi(doc_.issuer.name), left_in, true, &issuer_line_mm));
  // No name (an import that found none): no rule either, only room to write it in.
  if (!doc_.issuer.name.empty()) issuer_cell.paragraphs.push_back(rule(issuer_line_mm * hs_.rule_issuer, left_in));

  national_cell.paragraphs.push_back(para("VbNationalTitle", lt_.national_title));
  national_cell.paragraphs.push_back(para("VbMotto", lt_.motto));
  // The rule under the motto is exactly as long as the motto (Decree 30 §4.1).
  national_cell.paragraphs.push_back(rule(text_mm("VbMotto", lt_.motto), right_in));

  Cell number_cell, date_cell;
  number_cell.paragraphs.push_back(para("VbNumber", number_line(doc_, kind_)));
  if (!kind_.has_title && !doc_.subject.empty())
    number_cell.paragraphs.push_back(balanced("VbVv", "V/v " + doc_.subject, left_in, false));
  stamps(number_cell, left_in);
  date_cell.paragraphs.push_back(para("VbDate", text::place_and_date(doc_.place, doc_.date)));

  Table t;
  t.columns = {left, right};
  t.padding = padding;
  t.keep_together = true;
  t.rows.push_back({{std::move(issuer_cell), std::move(national_cell)}, false, true});
  t.rows.push_back({{std::move(number_cell), std::move(date_cell)}, false, true});
  out.emplace_back(std::move(t));
}

// Decree 30 §4.12: the secrecy (10a) and urgency (10b) stamps go under the number, in a
// frame, centred in the cell; the draft mark (§4.15) above them. Texts, frame widths and
// colours: templates/layout.xml, <stamps>.
void Composer::stamps(Cell& cell, double inner_mm) {
  auto framed = [&](const std::string& text, double width_mm, const std::string& color) {
    Paragraph p = para("VbStamp", text);
    const double frame = std::max(width_mm, fit_width(text_mm("VbStamp", text)) + lt_.stamp_margin);
    p.left = p.right = std::max(0.0, (inner_mm - frame) / 2);
    p.box = lt_.stamp_frame;
    p.color = color;
    cell.paragraphs.push_back(std::move(p));
  };
  if (doc_.draft) framed(doc_.draft_round.empty() ? lt_.draft : lt_.draft_round + " " + doc_.draft_round, 0, "");
  for (const std::string& chosen : {doc_.secrecy, doc_.urgency})
    for (const rules::Stamp& st : lt_.stamps)
      if (st.id == chosen) framed(st.text, st.width, st.color);
}

void Composer::title_block(std::vector<Block>& out) {
  if (!kind_.has_title) return;
  const std::string name = doc_.title.empty() ? kind_.name : doc_.title;
  out.emplace_back(para("VbDocType", text::upper_vi(name)));
  double line_mm = text_mm("VbDocType", text::upper_vi(name));
  if (!doc_.subject.empty()) out.emplace_back(balanced("VbSubject", doc_.subject, text_width_, false, &line_mm));
  out.emplace_back(rule(line_mm * hs_.rule_subject, text_width_));
}

void Composer::kinh_gui(std::vector<Block>& out) {
  if (doc_.to.empty()) return;
  const ParaStyle& role = style("VbKinhGui");
  const double size = role.size;
  const FontMetrics& f = serif(role.bold, role.italic);
  if (doc_.to.size() == 1) {
    Paragraph p = para("VbKinhGui", "Kính gửi: " + strip_end_punctuation(doc_.to[0]));
    p.align = Align::Center;
    out.emplace_back(std::move(p));
    return;
  }
  // Several recipients: one a line, the dashes lined up under the colon (Decree 30
  // §4.6); the block is centred on the text width when it fits.
  const double label_mm = f.width_pt("Kính gửi", size) / kPtPerMm;
  double widest = 0;
  for (const auto& t : doc_.to) widest = std::max(widest, f.width_pt("- " + list_line(t, false), size) / kPtPerMm);
  const double block = label_mm + widest;
  const double indent = block < text_width_ ? (text_width_ - block) / 2 : 0;
  Paragraph head = para("VbKinhGui", "Kính gửi:");
  head.left = indent;
  out.emplace_back(std::move(head));
  for (size_t i = 0; i < doc_.to.size(); ++i) {
    Paragraph p = para("VbKinhGui", "- " + list_line(doc_.to[i], i + 1 == doc_.to.size()));
    p.left = indent + label_mm;
    p.keep_next = true;
    out.emplace_back(std::move(p));
  }
}

void Composer::bases_and_formula(std::vector<Block>& out) {
  if (!doc_.decider.empty()) out.emplace_back(para("VbDecider", text::upper_vi(doc_.decider)));
  for (size_t i = 0; i < doc_.bases.size(); ++i) {
    Paragraph p;
    p.style = "VbBasis";
    p.runs = runs(doc_.bases[i]);
    // Each căn cứ ends with ";", the last with "." (Decree 30 §4.7).
    for (auto it = p.runs.rbegin(); it != p.runs.rend(); ++it)
      if (it->kind == Run::Kind::Text) {
        it->text = list_line(it->text, i + 1 == doc_.bases.size());
        break;
      }
    out.emplace_back(std::move(p));
  }
  if (!kind_.formula.empty()) out.emplace_back(para("VbFormula", kind_.formula));
}

void Composer::invitation(std::vector<Block>& out) {
  const auto& inv = doc_.invitation;
  if (!inv.present) return;
  // Mẫu 1.7: "…(2)… trân trọng kính mời: …(6)…", "Tới dự …", "Chủ trì: …",
  // "Thời gian: …", "Địa điểm: …".
  auto line = [&](std::vector<Run> lead, const model::Text& t, std::vector<Run> tail = {}) {
    Paragraph p;
    p.style = "VbBody";
    p.runs = std::move(lead);
    for (auto& r : runs(t)) p.runs.push_back(std::move(r));
    for (auto& r : tail) p.runs.push_back(std::move(r));
    out.emplace_back(std::move(p));
  };
  line(runs(inv.host), {}, {Run{Run::Kind::Text, " trân trọng kính mời: "}});
  auto& invite = std::get<Paragraph>(out.back());
  for (auto& r : runs(inv.guest, true)) invite.runs.push_back(std::move(r));
  line({Run{Run::Kind::Text, "Tới dự "}}, inv.event);
  if (!inv.chair.empty()) line({Run{Run::Kind::Text, "Chủ trì: "}}, inv.chair);
  line({Run{Run::Kind::Text, "Thời gian: "}}, inv.time);
  line({Run{Run::Kind::Text, "Địa điểm: "}}, inv.venue);
}

}  // namespace vanban::layout
