#include "import/line_cursor.h"

#include "import/inline_markup.h"

namespace vanban::import {
namespace {

std::string shorten(std::string_view s) {
  if (s.size() <= 80) return std::string(s);
  size_t cut = 80;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "…";
}

}  // namespace

size_t LineCursor::next_nonblank(size_t i) const {
  while (i < lines_.size() && lines_[i].blank() && !lines_[i].table) ++i;
  return i;
}

std::vector<SourceLine> LineCursor::lines_between(size_t from, size_t to) const {
  return std::vector<SourceLine>(lines_.begin() + static_cast<long>(from), lines_.begin() + static_cast<long>(to));
}

void LineCursor::insert(size_t at, SourceLine line) {
  lines_.insert(lines_.begin() + static_cast<long>(at), std::move(line));
}

void LineCursor::note(ReportEntry::Kind kind, int line, std::string what, std::string_view text) {
  report_.push_back(
      {kind, line, std::move(what), kind == ReportEntry::Kind::Dropped ? std::string(text) : shorten(text)});
}

void set_aside(const SourceLine& line, model::Document& doc, LineCursor& lines) {
  if (line.table) {
    for (const auto& row : line.table->rows) {
      std::string s;
      for (const auto& c : row.cells) s += (s.empty() ? "" : " | ") + plain_text(c.text);
      doc.aside.push_back({line.n, s});
    }
    lines.note(ReportEntry::Kind::Aside, line.n, "table outside the document");
    return;
  }
  if (line.blank()) return;
  doc.aside.push_back({line.n, line.plain});
  lines.note(ReportEntry::Kind::Aside, line.n, "outside the document", line.plain);
}

}  // namespace vanban::import
