#include "import/office_parts.h"

#include <algorithm>

#include "import/source_lines.h"
#include "rules/numbering.h"

namespace vanban::import {
namespace {

std::string emphasis(const std::string& text, bool bold, bool italic) {
  if (text.find_first_not_of(' ') == std::string::npos) return text;
  // Markers hug the text: "**a** b", not "** a **".
  const size_t b = text.find_first_not_of(' '), e = text.find_last_not_of(' ');
  std::string mark = bold && italic ? "***" : bold ? "**" : italic ? "*" : "";
  return text.substr(0, b) + mark + text.substr(b, e - b + 1) + mark + text.substr(e + 1);
}

}  // namespace

std::string list_number(std::string_view format, int n) {
  if (format == "I" || format == "i") {
    std::string r = rules::roman(n);
    if (format == "i")
      for (char& c : r) c = static_cast<char>(c - 'A' + 'a');
    return r;
  }
  if (format == "a" || format == "A")
    return std::string(1, static_cast<char>((format == "a" ? 'a' : 'A') + (n - 1) % 26));
  return std::to_string(n);
}

std::string clean(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

std::string join_pieces(const std::vector<Piece>& pieces) {
  std::vector<Piece> merged;
  for (const auto& p : pieces) {
    if (p.text.empty()) continue;
    const bool blank = p.text.find_first_not_of(' ') == std::string::npos;
    if (!merged.empty() && (blank || (merged.back().bold == p.bold && merged.back().italic == p.italic)))
      merged.back().text += p.text;
    else
      merged.push_back(p);
  }
  std::string s;
  for (const auto& p : merged) s += emphasis(p.text, p.bold, p.italic);
  return s;
}

void LineNotes::next_line(const std::string& out, const std::vector<Decoding>& decodings, int index) {
  if (!(notes_ && !decodings.empty()) && !(paragraphs_ && index > 0)) return;
  lines_ += static_cast<int>(std::count(out.begin() + static_cast<std::ptrdiff_t>(counted_), out.end(), '\n'));
  counted_ = out.size();
  if (notes_)
    for (const auto& d : decodings) notes_->push_back({lines_ + 1, d.how, d.text});
  if (paragraphs_ && index > 0) {
    if (paragraphs_->size() < static_cast<size_t>(lines_ + 1)) paragraphs_->resize(static_cast<size_t>(lines_ + 1));
    int& at = (*paragraphs_)[static_cast<size_t>(lines_)];
    if (at == 0) at = index;
  }
}

void emit_table(const Rows& rows, std::string& out, LineNotes& notes) {
  bool layout = false;
  for (const auto& r : rows)
    for (const auto& c : r) {
      std::string joined;
      for (const auto& p : c) joined += p.text + " ";
      layout = layout || layout_text(joined);
    }
  out += "\n";
  if (layout) {
    out += "|\n";
    for (const auto& r : rows)
      for (const auto& c : r) {
        if (c.empty()) continue;
        for (const auto& p : c) {
          notes.next_line(out, p.decodings, p.index);
          out += p.text + "\n";
        }
        out += "|\n";
      }
    out += "\n";
    return;
  }
  for (const auto& r : rows) {
    std::string line;
    for (size_t i = 0; i < r.size(); ++i) {
      std::string cell;
      for (const auto& p : r[i]) {
        cell += (cell.empty() ? "" : " ") + p.text;
        notes.next_line(out, p.decodings, p.index);
      }
      line += (i ? "\t" : "") + cell;
    }
    out += line + "\n";
  }
  out += "\n";
}

std::string with_notes(std::string out, const std::vector<std::string>& notes,
                       const std::vector<std::vector<Decoding>>& decodings, LineNotes& lines) {
  if (notes.empty()) return out;
  out += "\n";
  for (size_t i = 0; i < notes.size(); ++i) {
    if (i < decodings.size()) lines.next_line(out, decodings[i]);
    out += "[" + std::to_string(i + 1) + "] " + notes[i] + "\n";
  }
  return out;
}

void finish_lines(const office::Document& d, std::string (*decoded)(const office::Paragraph&, bool& legacy),
                  OfficeLines& out) {
  const std::string& text = out.text;
  size_t count = static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
  if (!text.empty() && text.back() != '\n') ++count;
  out.paragraph_of_line.resize(count);
  out.decoded.reserve(d.paragraphs.size());
  out.legacy.reserve(d.paragraphs.size());
  for (const auto& p : d.paragraphs) {
    bool legacy = false;
    out.decoded.push_back(decoded(p, legacy));
    out.legacy.push_back(legacy);
  }
}

}  // namespace vanban::import
