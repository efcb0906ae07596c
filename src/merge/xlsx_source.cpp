// The first sheet of an .xlsx: shared strings and styles read first (small), the sheet
// streamed. Each string cell is decoded by its font: the cell's style (cellXfs[s] →
// fonts[fontId]/name), or a rich-text run's own rFont.
#include <algorithm>
#include <cstdlib>
#include <map>

#include "core/limits.h"
#include "merge/workbook_reader.h"
#include "merge/workbook_source.h"
#include "text/unicode.h"

namespace vanban::merge {
namespace {

using namespace workbook;

constexpr size_t kMaxColumns = limits::kMaxFields;  // wider rows are cut: no letter needs more

// A string with the font of each stretch; no spans when it is one run without a font
// of its own (the common case, which costs nothing extra).
struct RichText {
  struct Span {
    size_t start;
    int font;
  };
  std::string text;
  std::vector<Span> spans;

  void add(std::string_view piece, int font) {
    if (piece.empty()) return;
    if (spans.empty() ? font != CellFonts::kNone : spans.back().font != font) {
      if (spans.empty() && !text.empty()) spans.push_back({0, CellFonts::kNone});
      spans.push_back({text.size(), font});
    }
    text.append(piece);
  }
  // The text as the cell shows it, runs without a font of their own in `cell_font`.
  void show(CellFonts& fonts, int cell_font, std::string& out, bool& too_long) const {
    CellText cell(fonts, out, too_long);
    if (spans.empty()) return cell.add(text, cell_font);
    for (size_t i = 0; i < spans.size(); ++i) {
      const size_t end = i + 1 < spans.size() ? spans[i + 1].start : text.size();
      const int font = spans[i].font == CellFonts::kNone ? cell_font : spans[i].font;
      cell.add(std::string_view(text).substr(spans[i].start, end - spans[i].start), font);
    }
  }
  void clear() {
    text.clear();
    spans.clear();
  }
};

class XlsxSource : public WorkbookSource {
 public:
  using WorkbookSource::WorkbookSource;

  bool open(Errors& errors) {
    const std::string sheet = first_sheet_path(errors);
    if (sheet.empty()) return false;
    if (!load_styles(errors) || !load_shared_strings(errors)) return false;
    zip_stat_t st;
    if (zip_stat(zip_.get(), sheet.c_str(), 0, &st) == 0) total_ = static_cast<double>(st.size);
    reader_ = open_entry(zip_.get(), sheet);
    if (!reader_) {
      errors.push_back({ErrorCode::Unreadable, file_, 0, 0, "the workbook has no sheet " + sheet});
      return false;
    }
    return start(errors);
  }

 protected:
  bool read_row(Record& r) override {
    xmlTextReader* x = reader_.get();
    while (!done_ && step(x, error_)) {
      if (!is_start(x) || local(x) != "row") continue;
      const long row = std::atol(attribute(x, "r").c_str());
      r.row = row > 0 ? row : last_row_ + 1;
      if (r.row > limits::kMaxSheetRows) {
        error_ = too_many_rows();
        break;
      }
      last_row_ = r.row;
      r.cells.clear();
      r.line = 0;
      if (is_empty(x)) continue;
      read_cells(r);
      bool blank = true;
      for (const auto& c : r.cells) blank = blank && text::trim(c).empty();
      if (!blank) return true;
    }
    return broken_off(r, last_row_ + 1);
  }

 private:
  void read_cells(Record& r) {
    xmlTextReader* x = reader_.get();
    long next_col = 0;
    std::string type, style;
    RichText val;
    long col = 0;
    bool in_value = false;
    bool too_long = false;
    int phonetic = 0;  // inside <rPh>: a reading guide, not part of the value
    int run_font = CellFonts::kNone;
    while (step(x, error_)) {
      const std::string name = local(x);
      if (is_start(x) && name == "c") {
        const long c = column_of(attribute(x, "r"));
        col = c >= 0 ? c : next_col;
        next_col = col + 1;
        type = attribute(x, "t");
        style = attribute(x, "s");
        val.clear();
        run_font = CellFonts::kNone;
        if (is_empty(x)) continue;
      } else if (is_start(x) && (name == "v" || name == "t")) {
        in_value = !is_empty(x);
      } else if (name == "rPh" && !is_empty(x)) {
        phonetic = is_start(x);
      } else if (is_start(x) && name == "r") {
        run_font = CellFonts::kNone;  // an inline rich-text run: its own font, if it names one
      } else if (is_start(x) && name == "rFont" && !phonetic) {
        run_font = fonts_.intern(attribute(x, "val"));
      } else if (is_end(x) && (name == "v" || name == "t")) {
        in_value = false;
      } else if (is_text(x) && in_value && !phonetic) {
        std::string piece = value(x);
        const size_t room = limits::kMaxFieldBytes - std::min(val.text.size(), limits::kMaxFieldBytes);
        if (piece.size() > room) {
          too_long = true;
          piece.resize(room);
        }
        val.add(piece, run_font);
      } else if (is_end(x) && name == "c") {
        if (col >= 0 && static_cast<size_t>(col) < kMaxColumns) {
          if (r.cells.size() <= static_cast<size_t>(col)) r.cells.resize(static_cast<size_t>(col) + 1);
          r.cells[static_cast<size_t>(col)] = cell_text(type, style, val, too_long);
        }
      } else if (is_end(x) && name == "row") {
        break;
      }
    }
    if (too_long) r.problems.push_back(too_long_problem());
  }

  // The font of style `s` (cellXfs index; "" is style 0).
  int style_font(const std::string& style) const {
    const long s = style.empty() ? 0 : std::atol(style.c_str());
    if (s < 0 || static_cast<size_t>(s) >= xf_fonts_.size()) return CellFonts::kNone;
    const long f = xf_fonts_[static_cast<size_t>(s)];
    return f >= 0 && static_cast<size_t>(f) < font_ids_.size() ? font_ids_[static_cast<size_t>(f)] : CellFonts::kNone;
  }

  std::string cell_text(const std::string& type, const std::string& style, const RichText& v, bool& too_long) {
    std::string out;
    if (type == "s") {
      const long i = std::atol(v.text.c_str());
      if (i >= 0 && static_cast<size_t>(i) < shared_.size())
        shared_[static_cast<size_t>(i)].show(fonts_, style_font(style), out, too_long);
      return out;
    }
    if (type == "inlineStr" || type == "str") {
      RichText plain;
      plain.text = unescape_ooxml(v.text);
      plain.spans = v.spans;
      // Unescaping only shortens the text: span starts past its end are dropped.
      while (!plain.spans.empty() && plain.spans.back().start >= plain.text.size()) plain.spans.pop_back();
      plain.show(fonts_, style_font(style), out, too_long);
      return out;
    }
    if (type == "e") return v.text;
    if (type == "b") return v.text == "1" ? "TRUE" : "FALSE";
    if (type == "d") return iso_to_day_first(v.text);
    const long s = std::atol(style.c_str());
    if (!style.empty() && s >= 0 && static_cast<size_t>(s) < date_styles_.size() &&
        date_styles_[static_cast<size_t>(s)]) {
      char* end = nullptr;
      const double serial = std::strtod(v.text.c_str(), &end);
      if (end != v.text.c_str() && *end == '\0' && serial >= 1 && serial < 2958466)
        return excel_serial_to_date(serial, d1904_);
    }
    return format_number(v.text);
  }

  // Reads a small part whole (workbook, rels, styles): as a stream of nodes.
  template <class F>
  bool each_element(const std::string& part, Errors& errors, bool required, F&& f) {
    zip_stat_t st;
    if (zip_stat(zip_.get(), part.c_str(), 0, &st) != 0) {
      if (required) errors.push_back({ErrorCode::Unreadable, file_, 0, 0, "not a workbook: no " + part});
      return !required;
    }
    if ((st.valid & ZIP_STAT_SIZE) && st.size > limits::kMaxWorkbookPartBytes && part != "xl/sharedStrings.xml") {
      errors.push_back({ErrorCode::Limit, file_, 0, 0,
                        part + " is larger than " + std::to_string(limits::kMaxWorkbookPartBytes >> 20) + " MiB"});
      return false;
    }
    ReaderPtr r = open_entry(zip_.get(), part);
    if (!r) {
      errors.push_back({ErrorCode::Unreadable, file_, 0, 0, "cannot read " + part});
      return false;
    }
    std::string error;
    while (limit_error_.empty() && step(r.get(), error)) f(r.get());
    if (error.empty()) error = limit_error_;
    if (!error.empty()) {
      errors.push_back({ErrorCode::Unreadable, file_, 0, 0, part + ": " + error});
      return false;
    }
    return true;
  }

  std::string first_sheet_path(Errors& errors) {
    std::string rid;
    if (!each_element("xl/workbook.xml", errors, true, [&](xmlTextReader* x) {
          if (!is_start(x)) return;
          const std::string n = local(x);
          if (n == "workbookPr") {
            const std::string v = attribute(x, "date1904");
            d1904_ = v == "1" || v == "true";
          }
          if (n == "sheet" && rid.empty())
            rid = attribute_ns(x, "id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        }))
      return {};
    std::string target;
    if (!each_element("xl/_rels/workbook.xml.rels", errors, true, [&](xmlTextReader* x) {
          if (is_start(x) && local(x) == "Relationship" && attribute(x, "Id") == rid) target = attribute(x, "Target");
        }))
      return {};
    if (rid.empty() || target.empty()) {
      errors.push_back({ErrorCode::Unreadable, file_, 0, 0, "the workbook names no sheet"});
      return {};
    }
    return target.front() == '/' ? target.substr(1) : "xl/" + target;
  }

  bool load_shared_strings(Errors& errors) {
    RichText current;
    int in_t = 0;
    int phonetic = 0;  // inside <rPh>: a reading guide, not part of the string
    int run_font = CellFonts::kNone;
    return each_element("xl/sharedStrings.xml", errors, false, [&](xmlTextReader* x) {
      const std::string n = local(x);
      if (is_start(x) && n == "si") {
        current.clear();
        run_font = CellFonts::kNone;
      }
      if (n == "rPh" && !is_empty(x)) phonetic = is_start(x);
      if (is_start(x) && n == "r") run_font = CellFonts::kNone;
      if (is_start(x) && n == "rFont" && !phonetic) run_font = fonts_.intern(attribute(x, "val"));
      if (is_start(x) && n == "t" && !is_empty(x)) in_t = 1;
      if (is_end(x) && n == "t") in_t = 0;
      if (is_text(x) && in_t && !phonetic) current.add(unescape_ooxml(value(x)), run_font);
      if (is_end(x) && n == "si") {
        // The table stays in memory while the sheet streams: its size is bounded (a
        // string's bookkeeping counted too, so millions of empty strings count).
        shared_bytes_ += current.text.capacity() + sizeof(RichText) + current.spans.capacity() * sizeof(RichText::Span);
        if (shared_bytes_ > limits::kMaxSharedStringsBytes)
          limit_error_ =
              "the shared strings take more than " + std::to_string(limits::kMaxSharedStringsBytes >> 20) + " MiB";
        shared_.push_back(std::move(current));
        current.clear();
      }
      if (is_start(x) && n == "si" && is_empty(x)) shared_.emplace_back();
    });
  }

  bool load_styles(Errors& errors) {
    std::map<int, std::string> codes;
    bool in_xfs = false, in_fonts = false;
    const bool ok = each_element("xl/styles.xml", errors, false, [&](xmlTextReader* x) {
      const std::string n = local(x);
      if (is_start(x) && n == "numFmt") codes[std::atoi(attribute(x, "numFmtId").c_str())] = attribute(x, "formatCode");
      if (n == "cellXfs") in_xfs = is_start(x) && !is_empty(x);
      // <font> also appears in <dxfs> (conditional formats): only <fonts> is indexed.
      if (n == "fonts") in_fonts = is_start(x) && !is_empty(x);
      if (in_fonts && is_start(x) && n == "font" && font_ids_.size() < kMaxStyles)
        font_ids_.push_back(CellFonts::kNone);
      if (in_fonts && is_start(x) && n == "name" && !font_ids_.empty())
        font_ids_.back() = fonts_.intern(attribute(x, "val"));
      if (is_start(x) && n == "xf" && in_xfs && date_styles_.size() < kMaxStyles) {
        const int id = std::atoi(attribute(x, "numFmtId").c_str());
        const auto it = codes.find(id);
        date_styles_.push_back(is_date_format(id, it == codes.end() ? std::string() : it->second));
        const std::string font = attribute(x, "fontId");
        xf_fonts_.push_back(font.empty() ? -1 : std::atol(font.c_str()));
      }
    });
    return ok;
  }

  // Excel allows 64,000 cell formats; more are junk, and each costs memory.
  static constexpr size_t kMaxStyles = 65536;

  std::vector<RichText> shared_;
  size_t shared_bytes_ = 0;
  std::string limit_error_;  // set when a part read whole passes its limit
  std::vector<bool> date_styles_;
  std::vector<long> xf_fonts_;  // cellXfs index → fontId
  std::vector<int> font_ids_;   // fontId → CellFonts id
  bool d1904_ = false;
  long last_row_ = 0;
};

}  // namespace

std::unique_ptr<TableSource> open_xlsx(std::string file, workbook::ZipPtr z, bool ragged, Errors& errors) {
  auto s = std::make_unique<XlsxSource>(std::move(file), std::move(z), ragged);
  if (!s->open(errors)) return nullptr;
  return s;
}

}  // namespace vanban::merge
