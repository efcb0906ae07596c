// The first sheet of an .ods, streamed from content.xml. Each string cell is decoded
// by its font: the cell's style (else the row's or column's default cell style, else
// "Default"), through its parents to a style:font-name and the font-face declared for
// it; a text:span or text:p with a style naming a font of its own overrides it.
#include <algorithm>
#include <cstdlib>
#include <map>

#include "core/limits.h"
#include "merge/workbook_reader.h"
#include "text/unicode.h"

namespace vanban::merge {
namespace {

using namespace workbook;

constexpr size_t kMaxColumns = limits::kMaxFields;  // wider rows are cut: no letter needs more
constexpr size_t kMaxStyles = 65536;                // more is junk, and each costs memory
constexpr int kMaxStyleDepth = 16;                  // parent chains longer than this are cut

constexpr const char* kTableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr const char* kOfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr const char* kTextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr const char* kStyleNs = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
constexpr const char* kFoNs = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
constexpr const char* kSvgNs = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";

// "'.VnTime'" → ".VnTime": a font family as ODF quotes it, first of a list.
std::string unquote_family(std::string f) {
  if (const size_t comma = f.find(','); comma != std::string::npos) f.resize(comma);
  f = text::trim(f);
  if (f.size() >= 2 && (f.front() == '\'' || f.front() == '"') && f.back() == f.front()) f = f.substr(1, f.size() - 2);
  return f;
}

// Styles and font faces, from styles.xml and content.xml's automatic styles.
class OdsStyles {
 public:
  // Takes what a node of either part says about fonts and styles.
  void note(xmlTextReader* x, CellFonts& fonts) {
    if (!is_start(x)) return;
    const std::string n = local(x);
    if (n == "font-face") {
      const std::string family = unquote_family(attribute_ns(x, "font-family", kSvgNs));
      const std::string name = attribute_ns(x, "name", kStyleNs);
      if (faces_.size() < kMaxStyles) {
        faces_[name] = family.empty() ? name : family;
        fonts.intern(faces_[name]);  // the workbook's legacy encodings are known before its cells
      }
    } else if (n == "style" || n == "default-style") {
      current_ = attribute_ns(x, "family", kStyleNs) + ":" + (n == "style" ? attribute_ns(x, "name", kStyleNs) : "");
      if (styles_.size() < kMaxStyles || styles_.count(current_))
        styles_[current_].parent = attribute_ns(x, "parent-style-name", kStyleNs);
      else
        current_.clear();
    } else if (n == "text-properties" && !current_.empty()) {
      std::string font = attribute_ns(x, "font-name", kStyleNs);
      if (font.empty()) font = attribute_ns(x, "font-family", kFoNs);
      if (!font.empty()) {
        styles_[current_].font = font;
        const auto face = faces_.find(font);
        fonts.intern(face != faces_.end() ? face->second : unquote_family(font));
      }
    }
  }

  // The font of style `name` in `family`, through its parents; when none of them names
  // one, the family's default style (`inherit` false) or kNone (`inherit`: the
  // enclosing text's font applies).
  int font(CellFonts& fonts, const std::string& family, const std::string& name, bool inherit) {
    const std::string key = family + ":" + name + (inherit ? "+" : "");
    if (const auto it = resolved_.find(key); it != resolved_.end()) return it->second;
    std::string at = family + ":" + name, found;
    for (int depth = 0; depth < kMaxStyleDepth && found.empty(); ++depth) {
      const auto it = styles_.find(at);
      if (it == styles_.end()) break;
      found = it->second.font;
      if (it->second.parent.empty()) break;
      at = family + ":" + it->second.parent;
    }
    if (found.empty() && !inherit) {
      const auto it = styles_.find(family + ":");
      if (it != styles_.end()) found = it->second.font;
    }
    int id = CellFonts::kNone;
    if (!found.empty()) {
      const auto face = faces_.find(found);
      id = fonts.intern(face != faces_.end() ? face->second : unquote_family(found));
    }
    if (resolved_.size() < kMaxStyles) resolved_[key] = id;
    return id;
  }

 private:
  struct Style {
    std::string parent, font;
  };
  std::map<std::string, std::string> faces_;  // font-face name → family
  std::map<std::string, Style> styles_;       // "family:name" ("family:" the default style)
  std::map<std::string, int> resolved_;
  std::string current_;
};

class OdsSource : public WorkbookSource {
 public:
  using WorkbookSource::WorkbookSource;

  bool open(Errors& errors) {
    if (!load_common_styles(errors)) return false;
    zip_stat_t st;
    if (zip_stat(zip_.get(), "content.xml", 0, &st) == 0) total_ = static_cast<double>(st.size);
    reader_ = open_entry(zip_.get(), "content.xml");
    if (!reader_) {
      errors.push_back({ErrorCode::Unreadable, file_, 0, 0, "not a spreadsheet: no content.xml"});
      return false;
    }
    return start(errors);
  }

 protected:
  bool read_row(Record& r) override {
    // A row repeated n times (table:number-rows-repeated) is handed out n times.
    if (repeat_left_ > 0) {
      --repeat_left_;
      r.cells = repeated_;
      r.problems = repeated_problems_;
      r.row = ++row_;
      r.line = 0;
      return true;
    }
    xmlTextReader* x = reader_.get();
    while (!done_ && step(x, error_)) {
      const std::string n = local(x);
      if (is_end(x) && n == "table") {
        done_ = true;  // the first sheet only
        break;
      }
      if (!in_table_) {
        // content.xml's font faces and automatic styles come before the body.
        if (is_start(x) && n == "table") in_table_ = true;
        styles_.note(x, fonts_);
        continue;
      }
      if (is_start(x) && n == "table-column") {
        note_column(x);
        continue;
      }
      if (!is_start(x) || n != "table-row") continue;
      // Clamped: a repeat count is attacker-chosen and must not overflow the row count.
      const long repeat =
          std::clamp(std::atol(attribute_ns(x, "number-rows-repeated", kTableNs).c_str()), 1L, limits::kMaxSheetRows);
      row_style_ = attribute_ns(x, "default-cell-style-name", kTableNs);
      r.cells.clear();
      r.line = 0;
      if (!is_empty(x)) read_cells(r);
      const long first = row_ + 1;
      row_ += repeat;
      bool blank = true;
      for (const auto& c : r.cells) blank = blank && text::trim(c).empty();
      if (blank) continue;  // trailing rows repeated a million times cost nothing
      if (first + (repeat - 1) > limits::kMaxSheetRows) {
        error_ = too_many_rows();
        row_ = first - 1;  // the bad row is reported as the one that starts the repeat
        break;
      }
      r.row = first;
      if (repeat > 1) {
        repeat_left_ = repeat - 1;
        repeated_ = r.cells;
        repeated_problems_ = r.problems;
        row_ = first;
      }
      return true;
    }
    return broken_off(r, row_ + 1);
  }

 private:
  bool load_common_styles(Errors& errors) {
    zip_stat_t st;
    if (zip_stat(zip_.get(), "styles.xml", 0, &st) != 0) return true;  // optional
    if ((st.valid & ZIP_STAT_SIZE) && st.size > limits::kMaxWorkbookPartBytes) {
      errors.push_back({ErrorCode::Limit, file_, 0, 0,
                        "styles.xml is larger than " + std::to_string(limits::kMaxWorkbookPartBytes >> 20) + " MiB"});
      return false;
    }
    ReaderPtr r = open_entry(zip_.get(), "styles.xml");
    std::string error;
    while (r && step(r.get(), error)) styles_.note(r.get(), fonts_);
    if (!r || !error.empty()) {
      errors.push_back({ErrorCode::Unreadable, file_, 0, 0, "styles.xml: " + (r ? error : "cannot be read")});
      return false;
    }
    return true;
  }

  // A column's default cell style, for the cells of it that name none.
  void note_column(xmlTextReader* x) {
    const long repeat = std::clamp(std::atol(attribute_ns(x, "number-columns-repeated", kTableNs).c_str()), 1L,
                                   static_cast<long>(kMaxColumns));
    const std::string style = attribute_ns(x, "default-cell-style-name", kTableNs);
    for (long k = 0; k < repeat && column_styles_.size() < kMaxColumns; ++k) column_styles_.push_back(style);
  }

  // The font a cell shows its text in.
  int cell_font(const std::string& style, size_t column) {
    std::string name = style;
    if (name.empty()) name = row_style_;
    if (name.empty() && column < column_styles_.size()) name = column_styles_[column];
    if (name.empty()) name = "Default";
    return styles_.font(fonts_, "table-cell", name, false);
  }

  // The cells of the row being read, and the cell being read.
  struct RowCells {
    RowCells(CellFonts& fonts, Record& row) : r(row), text(fonts, cell, too_long) {}
    Record& r;
    std::string cell;
    bool too_long = false;
    CellText text;
    long repeat = 1;
    bool in_cell = false;
    int paragraphs = 0;
    int annotation = 0;           // inside a cell comment: not the cell's text
    bool typed_text = true;       // a text cell (not a number): decoded by its fonts
    std::vector<int> font_stack;  // the cell's font, then each open span's or paragraph's

    int font() const { return font_stack.empty() ? CellFonts::kNone : font_stack.back(); }
    void put() {
      text.flush();
      while (!cell.empty() && cell.back() == '\n') cell.pop_back();
      const bool empty = cell.empty();
      for (long k = 0; k < repeat && r.cells.size() < kMaxColumns; ++k) {
        if (empty && k > 0) {
          r.cells.resize(std::min(kMaxColumns, r.cells.size() + static_cast<size_t>(repeat - k)));
          break;
        }
        r.cells.push_back(cell);
      }
    }
  };

  void read_cells(Record& r) {
    xmlTextReader* x = reader_.get();
    RowCells row(fonts_, r);
    while (step(x, error_)) {
      const std::string n = local(x);
      const bool cell_element = n == "table-cell" || n == "covered-table-cell";
      if (is_start(x) && cell_element) {
        start_cell(x, row);
      } else if (is_end(x) && cell_element) {
        row.put();
        row.in_cell = false;
      } else if (n == "annotation" && !is_empty(x)) {
        row.annotation = is_start(x);
      } else if (row.annotation) {
        continue;
      } else if (row.in_cell && cell_content(x, n, row)) {
        continue;
      } else if (is_end(x) && n == "table-row") {
        break;
      }
    }
    if (row.too_long) r.problems.push_back(too_long_problem());
  }

  void start_cell(xmlTextReader* x, RowCells& row) {
    row.repeat = std::max(1L, std::atol(attribute_ns(x, "number-columns-repeated", kTableNs).c_str()));
    row.cell.clear();
    row.paragraphs = 0;
    const std::string type = attribute_ns(x, "value-type", kOfficeNs);
    if (type == "date") row.cell = iso_to_day_first(attribute_ns(x, "date-value", kOfficeNs));
    row.in_cell = type != "date";
    row.font_stack.clear();
    // Numbers, currencies, booleans show in digits and words of the office suite: only
    // text is typed in the cell's font.
    row.typed_text = type.empty() || type == "string";
    row.font_stack.push_back(row.typed_text ? cell_font(attribute_ns(x, "style-name", kTableNs), row.r.cells.size())
                                            : CellFonts::kNone);
    if (is_empty(x)) {
      row.put();
      row.in_cell = false;
    }
  }

  // A node inside a cell (not the cell's own start or end, nor a comment); false when
  // it is none of the cell's text.
  bool cell_content(xmlTextReader* x, const std::string& n, RowCells& row) {
    if ((n == "p" || n == "span" || n == "h") && !is_empty(x)) {
      if (is_start(x)) {
        if (n == "p" && row.paragraphs++ > 0) row.text.add("\n", row.font());
        const std::string style = attribute_ns(x, "style-name", kTextNs);
        const int own = style.empty() || !row.typed_text
                            ? CellFonts::kNone
                            : styles_.font(fonts_, n == "span" ? "text" : "paragraph", style, true);
        row.font_stack.push_back(own != CellFonts::kNone ? own : row.font());
      } else if (row.font_stack.size() > 1) {
        row.font_stack.pop_back();
      }
    } else if (is_start(x) && n == "p") {
      if (row.paragraphs++ > 0) row.text.add("\n", row.font());
    } else if (is_start(x) && n == "s") {
      const long c = std::atol(attribute_ns(x, "c", kTextNs).c_str());
      row.text.add(std::string(static_cast<size_t>(std::clamp(c, 1L, 1000L)), ' '), row.font());
    } else if (is_start(x) && (n == "tab" || n == "line-break")) {
      row.text.add(n == "tab" ? "\t" : "\n", row.font());
    } else if (is_text(x)) {
      row.text.add(value(x), row.font());
    } else {
      return false;
    }
    return true;
  }

  OdsStyles styles_;
  bool in_table_ = false;
  std::vector<std::string> column_styles_;
  std::string row_style_;
  long row_ = 0;
  long repeat_left_ = 0;
  std::vector<std::string> repeated_;
  std::vector<std::string> repeated_problems_;
};

}  // namespace

std::unique_ptr<TableSource> open_ods(std::string file, workbook::ZipPtr z, bool ragged, Errors& errors) {
  auto s = std::make_unique<OdsSource>(std::move(file), std::move(z), ragged);
  if (!s->open(errors)) return nullptr;
  return s;
}

}  // namespace vanban::merge
