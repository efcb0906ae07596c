#include "layout/concat.h"

namespace vanban::layout {
namespace {

bool same_runs(const std::vector<Run>& a, const std::vector<Run>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i].kind != b[i].kind || a[i].text != b[i].text || a[i].bold != b[i].bold || a[i].italic != b[i].italic)
      return false;
  return true;
}

bool same_file_settings(const Layout& a, const Layout& b) {
  const auto& p = a.page;
  const auto& q = b.page;
  if (p.width != q.width || p.height != q.height || p.top != q.top || p.bottom != q.bottom || p.left != q.left ||
      p.right != q.right || p.header != q.header || p.footer != q.footer)
    return false;
  if (a.font != b.font || a.language != b.language || a.default_size != b.default_size ||
      a.page_number_style != b.page_number_style || a.footnote_style != b.footnote_style || a.styles != b.styles)
    return false;
  if (a.first_page_footer.size() != b.first_page_footer.size()) return false;
  for (size_t i = 0; i < a.first_page_footer.size(); ++i)
    if (!same_runs(a.first_page_footer[i].runs, b.first_page_footer[i].runs)) return false;
  return true;
}

void shift_notes(std::vector<Run>& runs, int offset) {
  for (auto& r : runs)
    if (r.kind == Run::Kind::FootnoteRef) r.footnote += offset;
}

void shift_notes(Section& s, int offset) {
  for (auto& b : s.blocks) {
    if (auto* p = std::get_if<Paragraph>(&b)) {
      shift_notes(p->runs, offset);
      continue;
    }
    for (auto& row : std::get<Table>(b).rows)
      for (auto& cell : row.cells)
        for (auto& p : cell.paragraphs) shift_notes(p.runs, offset);
  }
}

}  // namespace

bool append_letter(Layout& into, Layout&& letter) {
  if (into.sections.empty()) {
    into = std::move(letter);
    return true;
  }
  if (!same_file_settings(into, letter)) return false;
  const int offset = static_cast<int>(into.footnotes.size());
  for (auto& s : letter.sections) {
    if (offset) shift_notes(s, offset);
    into.sections.push_back(std::move(s));
  }
  for (auto& n : letter.footnotes) into.footnotes.push_back(std::move(n));
  return true;
}

}  // namespace vanban::layout
