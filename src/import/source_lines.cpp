#include "import/source_lines.h"

#include <algorithm>

#include "core/limits.h"
#include "import/inline_markup.h"
#include "import/patterns.h"
#include "text/unicode.h"

namespace vanban::import {
namespace {

struct RawLine {
  int n;
  std::string text;
};

std::string_view trim_ws(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Non-breaking and other Unicode spaces read as plain spaces.
std::string ascii_spaces(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s.substr(i, 2) == "\u00A0") {
      out += ' ';
      ++i;
    } else if (s.substr(i, 3) == "\u2002" || s.substr(i, 3) == "\u2003" || s.substr(i, 3) == "\u2009" ||
               s.substr(i, 3) == "\u200B" || s.substr(i, 3) == "\uFEFF") {
      if (s.substr(i, 3) != "\u200B" && s.substr(i, 3) != "\uFEFF") out += ' ';
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

bool is_rule(std::string_view s) {
  s = trim_ws(s);
  if (s.size() < 3) return false;
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return c == '-' || c == '_' || c == '=' || c == ' ' || c == '*'; }) &&
         std::count_if(s.begin(), s.end(), [](char c) { return c == '-' || c == '_' || c == '='; }) >= 3;
}

// "VĂN PHÒNG CHÍNH PHỦ -------": a rule run on to the text.
std::string strip_rules(const std::string& s) {
  if (s.find("---") == std::string::npos && s.find("___") == std::string::npos) return s;
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t e = i;
    while (e < s.size() && (s[e] == '-' || s[e] == '_') && (e == i || s[e] == s[i])) ++e;
    if (e - i >= 3) {
      out += ' ';
      i = e;
    } else {
      out += s[i++];
    }
  }
  return out;
}

SourceLine text_line(int n, std::string_view raw_in) {
  SourceLine l;
  l.n = n;
  std::string raw = ascii_spaces(trim_ws(raw_in));
  if (!raw.empty() && raw[0] == '#') {
    size_t k = 0;
    while (k < raw.size() && raw[k] == '#') ++k;
    if (k <= 6 && (k == raw.size() || raw[k] == ' ')) {
      l.heading = true;
      raw.erase(0, k);
    }
  }
  if (is_rule(raw)) raw.clear();
  raw = strip_rules(raw);
  for (char& c : raw)
    if (c == '\t') c = ' ';
  l.raw = std::string(trim_ws(raw));
  const model::Text runs = parse_inline(l.raw);
  l.plain = plain_text(runs);
  l.bold = all_bold(runs);
  // Markup left with nothing in it ("* *", "** **"): an empty line.
  if (l.plain.find_first_not_of("* _") == std::string::npos) l.plain.clear(), l.raw.clear();
  return l;
}

model::TableCell make_cell(const std::string& raw) {
  model::TableCell c;
  c.text = parse_inline(raw);
  return c;
}

std::shared_ptr<model::Table> make_table(std::vector<std::vector<std::string>> rows) {
  auto t = std::make_shared<model::Table>();
  size_t cols = 0;
  for (const auto& r : rows) cols = std::max(cols, r.size());
  std::vector<size_t> width(cols, 2);
  for (const auto& r : rows) {
    model::TableRow row;
    for (const auto& raw : r) {
      model::TableCell c = make_cell(raw);
      // Figures and list numbers ("40", "1.500", "(1)", "II") are centred, as tables
      // in administrative documents set them.
      const std::string p = plain_text(c.text);
      if (!p.empty() && p.size() <= 14 &&
          (p.find_first_not_of("0123456789.,%()") == std::string::npos ||
           p.find_first_not_of("IVXLC") == std::string::npos))
        c.align = "center";
      row.cells.push_back(std::move(c));
    }
    // A short row (a merged header cell in the source) spans its last cell to the edge.
    if (!row.cells.empty() && row.cells.size() < cols)
      row.cells.back().span = static_cast<int>(cols - row.cells.size() + 1);
    // A column is as wide as its longest cell (up to a point) and never narrower than
    // its longest word, so numbers like 8.360.000 do not break inside a cell.
    for (size_t i = 0; i < row.cells.size(); ++i) {
      if (row.cells[i].span != 1) continue;
      const std::string p = plain_text(row.cells[i].text);
      size_t longest_word = 0;
      for (auto w : text::words(p)) longest_word = std::max(longest_word, length_cp(w));
      width[i] = std::max({width[i], std::min<size_t>(length_cp(p), 30), longest_word + 2});
    }
    const bool bold = std::all_of(row.cells.begin(), row.cells.end(),
                                  [](const model::TableCell& c) { return c.text.empty() || all_bold(c.text); });
    const std::string first = row.cells.empty() ? "" : plain_text(row.cells.front().text);
    if (t->rows.empty())
      row.kind = model::TableRow::Kind::Header;
    else if (first.rfind("Tổng", 0) == 0 || first.rfind("Cộng", 0) == 0 || first.rfind("TỔNG", 0) == 0)
      row.kind = model::TableRow::Kind::Total;
    else if (bold)
      row.kind = model::TableRow::Kind::Group;
    t->rows.push_back(std::move(row));
  }
  for (size_t w : width) t->widths.push_back(static_cast<double>(std::max<size_t>(w, 4)));
  return t;
}

}  // namespace

bool layout_text(const std::string& s) {
  static const char* kAnchors[] = {
      "CỘNG HÒA XÃ HỘI", "CỘNG HOÀ XÃ HỘI", "Độc lập", "Số:", "Nơi nhận", "TM.", "KT.", "TL.", "TUQ.", "Kính gửi"};
  for (const char* a : kAnchors)
    if (s.find(a) != std::string::npos) return true;
  return s.find(", ngày") != std::string::npos && s.find("năm") != std::string::npos && s.size() < 120;
}

namespace {

// Tab-separated fields; an empty field between two others is an empty cell.
std::vector<std::string> tab_fields(std::string_view s) {
  std::vector<std::string> out;
  // Leading tabs are indentation; a trailing tab closes an empty last cell.
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  if (s.empty()) return out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == '\t') {
      out.emplace_back(trim_ws(s.substr(start, i - start)));
      start = i + 1;
    }
  return out;
}

size_t field_count(std::string_view s) { return tab_fields(s).size(); }

bool markdown_row(std::string_view s) {
  s = trim_ws(s);
  return s.size() >= 3 && s.front() == '|' && s.back() == '|' && std::count(s.begin(), s.end(), '|') >= 3;
}

// More columns than a document can hold: read as lines instead.
bool too_wide(const std::vector<std::vector<std::string>>& rows) {
  for (const auto& r : rows)
    if (r.size() > static_cast<size_t>(limits::kMaxColumns)) return true;
  return false;
}

class Reader {
 public:
  explicit Reader(std::vector<RawLine> lines) : in_(std::move(lines)) {}

  std::vector<SourceLine> run() {
    for (size_t i = 0; i < in_.size();) {
      const std::string_view t = trim_ws(in_[i].text);
      if (t == "|" && pipe_region(i)) continue;
      if (markdown_row(t) && markdown_table(i)) continue;
      if (field_count(in_[i].text) >= 2 && tab_table(i)) continue;
      out_.push_back(text_line(in_[i].n, in_[i].text));
      ++i;
    }
    return std::move(out_);
  }

 private:
  // TVPL cells: "|" lines between cells; two "|" lines in a row end a row. The region
  // ends at a "|" followed by a blank line, or at the last "|" that closes a cell.
  bool pipe_region(size_t& i) {
    std::vector<std::vector<RawLine>> cells;  // an empty vector = row break
    size_t j = i + 1, last_bar = i;
    std::vector<RawLine> cell;
    while (j < in_.size()) {
      const std::string_view t = trim_ws(in_[j].text);
      if (t == "|") {
        cells.push_back(std::move(cell));
        cell.clear();
        last_bar = j;
        ++j;
        if (j < in_.size() && trim_ws(in_[j].text).empty()) break;
        continue;
      }
      if (t.empty() || j - last_bar > 60) break;
      cell.push_back(in_[j]);
      ++j;
    }
    if (cells.empty()) return false;
    // Rows of cells.
    std::vector<std::vector<std::vector<RawLine>>> rows(1);
    for (auto& c : cells) {
      if (c.empty()) {
        if (!rows.back().empty()) rows.emplace_back();
      } else {
        rows.back().push_back(std::move(c));
      }
    }
    if (rows.back().empty()) rows.pop_back();
    size_t max_cols = 0;
    bool layout = false;
    for (const auto& r : rows) {
      max_cols = std::max(max_cols, r.size());
      for (const auto& c : r) {
        std::string s;
        for (const auto& l : c) s += l.text + " ";
        layout = layout || layout_text(s);
      }
    }
    if (layout || max_cols < 2 || rows.size() < 2 || max_cols > static_cast<size_t>(limits::kMaxColumns)) {
      // Flatten: each cell's lines in reading order, a blank line between cells.
      for (const auto& r : rows)
        for (const auto& c : r) {
          bool first = true;
          for (const auto& l : c) {
            SourceLine sl = text_line(l.n, l.text);
            sl.cell_start = first;
            first = false;
            out_.push_back(std::move(sl));
          }
          out_.push_back(text_line(c.back().n, ""));
        }
    } else {
      std::vector<std::vector<std::string>> table;
      for (const auto& r : rows) {
        std::vector<std::string> row;
        for (const auto& c : r) {
          std::string s;
          for (const auto& l : c) s += std::string(trim_ws(l.text)) + " ";
          row.push_back(std::string(trim_ws(s)));
        }
        table.push_back(std::move(row));
      }
      push_table(in_[i].n, make_table(std::move(table)));
    }
    i = last_bar + 1;
    return true;
  }

  bool markdown_table(size_t& i) {
    std::vector<std::vector<std::string>> rows;
    size_t j = i;
    for (; j < in_.size() && markdown_row(in_[j].text); ++j) {
      std::string_view t = trim_ws(in_[j].text);
      t = t.substr(1, t.size() - 2);
      std::vector<std::string> row;
      bool separator = true;
      size_t start = 0;
      for (size_t k = 0; k <= t.size(); ++k)
        if (k == t.size() || t[k] == '|') {
          const std::string cell(trim_ws(t.substr(start, k - start)));
          separator = separator && !cell.empty() && cell.find_first_not_of("-: ") == std::string::npos;
          row.push_back(cell);
          start = k + 1;
        }
      if (!separator) rows.push_back(std::move(row));
    }
    if (rows.size() < 2 || too_wide(rows)) return false;
    push_table(in_[i].n, make_table(std::move(rows)));
    i = j;
    return true;
  }

  bool tab_table(size_t& i) {
    std::vector<std::vector<std::string>> rows;
    size_t j = i, end = i;
    while (j < in_.size()) {
      if (field_count(in_[j].text) >= 2) {
        rows.push_back(tab_fields(in_[j].text));
        end = ++j;
        continue;
      }
      // One blank line inside a table (a page break in the source) is skipped.
      if (trim_ws(in_[j].text).empty() && j + 1 < in_.size() && field_count(in_[j + 1].text) >= 2) {
        ++j;
        continue;
      }
      break;
    }
    if (rows.size() < 2 || too_wide(rows)) return false;
    push_table(in_[i].n, make_table(std::move(rows)));
    i = end;
    return true;
  }

  void push_table(int first, std::shared_ptr<model::Table> t) {
    SourceLine l;
    l.n = first;
    l.table = std::move(t);
    out_.push_back(std::move(l));
  }

  std::vector<RawLine> in_;
  std::vector<SourceLine> out_;
};

}  // namespace

std::vector<SourceLine> read_source_lines(std::string_view text, bool whole_paragraphs) {
  std::vector<RawLine> lines;
  int n = 1;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    lines.push_back({n++, std::string(text.substr(pos, eol - pos))});
    pos = eol + 1;
  }
  std::vector<SourceLine> out = Reader(std::move(lines)).run();
  if (whole_paragraphs)
    for (auto& l : out) l.whole = true;
  return out;
}

}  // namespace vanban::import
