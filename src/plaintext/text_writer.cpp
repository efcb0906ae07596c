#include "plaintext/text_writer.h"

#include <algorithm>

namespace vanban::plaintext {

std::string write_text(const layout::Layout& l) {
  std::string out;
  for (const auto& s : l.sections) {
    for (const auto& b : s.blocks) {
      if (const auto* p = std::get_if<layout::Paragraph>(&b)) {
        const std::string t = plain_text(p->runs);
        if (!t.empty()) out += t + "\n";
        continue;
      }
      for (const auto& row : std::get<layout::Table>(b).rows)
        for (const auto& cell : row.cells)
          for (const auto& p : cell.paragraphs) {
            std::string t = plain_text(p.runs);
            std::replace(t.begin(), t.end(), '\n', ' ');  // one line per cell paragraph
            if (!t.empty()) out += "\t" + t + "\n";
          }
    }
  }
  for (const auto& p : l.first_page_footer) out += "\t" + plain_text(p.runs) + "\n";
  for (size_t i = 0; i < l.footnotes.size(); ++i)
    out += "\t[" + std::to_string(i + 1) + "] " + plain_text(l.footnotes[i].runs) + "\n";
  return out;
}

}  // namespace vanban::plaintext
