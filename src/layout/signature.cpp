// The foot of the document: "Nơi nhận" on the left, level with the authority line of
// the signature block on the right, in one borderless table that never splits.
#include "layout/composer.h"
#include "text/unicode.h"

namespace vanban::layout {

void Composer::signature(std::vector<Block>& out) {
  const auto& sig = doc_.signature;
  const auto& rec = doc_.recipients;
  if (!sig.present && rec.items.empty() && !rec.has_archive && rec.drafter.empty()) return;

  Cell left, right;
  if (!rec.items.empty() || rec.has_archive || !rec.drafter.empty()) {
    left.paragraphs.push_back(para("VbRecipientsLabel", "Nơi nhận:"));
    for (auto& line : recipient_lines(rec)) left.paragraphs.push_back(para("VbRecipient", std::move(line)));
    // Cell 12: "PL.(300)", initials in capitals, after the list (Decree 30 §4.13).
    if (!rec.drafter.empty())
      left.paragraphs.push_back(
          para("VbRecipient", text::upper_vi(rec.drafter) + "." + (rec.copies.empty() ? "" : "(" + rec.copies + ")")));
  } else {
    left.paragraphs.push_back(para("VbRecipient", ""));
  }
  const double l = text_width_ * hs_.signature_left_share;
  const double r = text_width_ - l;
  if (sig.present) {
    // Long authority lines ("TM. ỦY BAN NHÂN DÂN TỈNH …") break like names.
    const double r_in = r - 2 * lt_.layout_cell_padding;
    for (const auto& a : sig.authorities)
      right.paragraphs.push_back(balanced("VbAuthority", authority_line(a), r_in, true));
    if (!sig.role.empty()) right.paragraphs.push_back(balanced("VbAuthority", text::upper_vi(sig.role), r_in, true));
    // The signer paragraph carries the room for signature and seal above it; it is
    // written even when the name is left blank, so the room stays.
    Paragraph signer = para("VbSigner", sig.signer);
    signer.signature_room = true;
    if (!sig.mark.empty()) {
      // A copy's "(Đã ký)" stands where the signature would, just above the name.
      signer.runs.insert(signer.runs.begin(),
                         {Run{Run::Kind::Text, sig.mark, false, true}, Run{Run::Kind::LineBreak, ""}});
    }
    right.paragraphs.push_back(std::move(signer));
  } else {
    right.paragraphs.push_back(para("VbAuthority", ""));
  }

  // Space between the end of the text and the block, on both columns so "Nơi nhận:"
  // stays level with the first authority line.
  left.paragraphs.front().before = lt_.signature_gap;
  right.paragraphs.front().before = lt_.signature_gap;

  Table t;
  t.columns = {l, r};
  t.padding = lt_.layout_cell_padding;
  t.keep_together = true;
  t.rows.push_back({{std::move(left), std::move(right)}, false, true});
  out.emplace_back(std::move(t));
}

}  // namespace vanban::layout
