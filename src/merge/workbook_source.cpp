#include "merge/workbook_source.h"

#include <libxml/xmlreader.h>
#include <zip.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <map>

#include "input/limits.h"
#include "text/unicode.h"

namespace vanban::merge {
namespace {

constexpr size_t kMaxColumns = limits::kMaxFields;  // wider rows are cut: no letter needs more

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;

struct ReaderDeleter {
  void operator()(xmlTextReader* r) const { xmlFreeTextReader(r); }
};
using ReaderPtr = std::unique_ptr<xmlTextReader, ReaderDeleter>;

int read_cb(void* ctx, char* buf, int len) {
  const zip_int64_t n = zip_fread(static_cast<zip_file_t*>(ctx), buf, static_cast<zip_uint64_t>(len));
  return n < 0 ? -1 : static_cast<int>(n);
}
int close_cb(void* ctx) { return zip_fclose(static_cast<zip_file_t*>(ctx)); }

// A streaming reader over one entry: no network, no DTD, no entity substitution.
ReaderPtr open_entry(zip_t* z, const std::string& name) {
  zip_file_t* f = zip_fopen(z, name.c_str(), 0);
  if (!f) return nullptr;
  return ReaderPtr(xmlReaderForIO(read_cb, close_cb, f, name.c_str(), nullptr,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
}

std::string local(xmlTextReader* r) {
  const xmlChar* n = xmlTextReaderConstLocalName(r);
  return n ? reinterpret_cast<const char*>(n) : "";
}
std::string attribute(xmlTextReader* r, const char* name) {
  xmlChar* v = xmlTextReaderGetAttribute(r, BAD_CAST name);
  if (!v) return {};
  std::string s(reinterpret_cast<char*>(v));
  xmlFree(v);
  return s;
}
std::string attribute_ns(xmlTextReader* r, const char* name, const char* ns) {
  xmlChar* v = xmlTextReaderGetAttributeNs(r, BAD_CAST name, BAD_CAST ns);
  if (!v) return {};
  std::string s(reinterpret_cast<char*>(v));
  xmlFree(v);
  return s;
}

// One step; false at the end. A DOCTYPE is refused, as in every vanban input.
bool step(xmlTextReader* r, std::string& error) {
  const int rc = xmlTextReaderRead(r);
  if (rc < 0) error = "the workbook's XML is not well-formed";
  if (rc == 1 && xmlTextReaderNodeType(r) == XML_READER_TYPE_DOCUMENT_TYPE) {
    error = "the workbook's XML has a DOCTYPE, which vanban never processes";
    return false;
  }
  return rc == 1;
}
bool is_start(xmlTextReader* r) { return xmlTextReaderNodeType(r) == XML_READER_TYPE_ELEMENT; }
bool is_end(xmlTextReader* r) { return xmlTextReaderNodeType(r) == XML_READER_TYPE_END_ELEMENT; }
bool is_text(xmlTextReader* r) {
  const int t = xmlTextReaderNodeType(r);
  return t == XML_READER_TYPE_TEXT || t == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || t == XML_READER_TYPE_CDATA ||
         t == XML_READER_TYPE_WHITESPACE;
}
std::string value(xmlTextReader* r) {
  const xmlChar* v = xmlTextReaderConstValue(r);
  return v ? reinterpret_cast<const char*>(v) : "";
}
// Appends text to a cell, keeping at most kMaxFieldBytes; `too_long` records the cut.
void append_capped(std::string& cell, std::string_view more, bool& too_long) {
  const size_t room = limits::kMaxFieldBytes - std::min(cell.size(), limits::kMaxFieldBytes);
  if (more.size() > room) too_long = true;
  cell.append(more.substr(0, room));
}
std::string too_long_problem() {
  return "a cell is longer than the " + std::to_string(limits::kMaxFieldBytes >> 10) + " KiB limit";
}
std::string too_many_rows() {
  return "the sheet goes on past row " + std::to_string(limits::kMaxSheetRows) +
         ", the last row a spreadsheet has (split the list)";
}

long days_from_civil(long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}
void civil_from_days(long z, int& y, int& m, int& d) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(static_cast<long>(yoe) + era * 400 + (m <= 2));
}

std::string two(int v) { return (v < 10 ? "0" : "") + std::to_string(v); }

// "2023-07-25" or "2023-07-25T08:00:00" → "25/07/2023"; other text unchanged.
std::string iso_to_day_first(const std::string& iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return iso;
  return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
}

std::string format_number(const std::string& v) {
  char* end = nullptr;
  const double x = std::strtod(v.c_str(), &end);
  if (end == v.c_str() || *end != '\0' || !std::isfinite(x)) return v;
  char b[64];
  if (x == std::floor(x) && std::fabs(x) < 1e15)
    std::snprintf(b, sizeof b, "%lld", static_cast<long long>(x));
  else
    std::snprintf(b, sizeof b, "%.15g", x);  // Excel shows 15 significant digits
  return b;
}

// Zero-based column of a cell reference: "C5" → 2; -1 without letters.
long column_of(const std::string& ref) {
  long col = 0;
  size_t i = 0;
  for (; i < ref.size() && std::isalpha(static_cast<unsigned char>(ref[i])); ++i) {
    col = col * 26 + (std::toupper(static_cast<unsigned char>(ref[i])) - 'A' + 1);
    if (col > 1 << 20) return -1;
  }
  return i == 0 ? -1 : col - 1;
}

class WorkbookSource : public TableSource {
 public:
  WorkbookSource(std::string file, ZipPtr z) : TableSource(std::move(file)), zip_(std::move(z)) {}

  // Reads the first non-blank row as the header.
  bool start(Errors& errors) {
    Record h;
    if (!read_row(h) || !h.problems.empty()) {
      errors.push_back({ErrorCode::Schema, file_, 0, 0,
                        !h.problems.empty() ? h.problems.front()
                        : error_.empty()    ? "the first sheet is empty: its first row must name the columns"
                                            : error_});
      return false;
    }
    set_header(std::move(h.cells));
    return true;
  }

  bool next(Record& r) override {
    r.problems.clear();
    if (!read_row(r)) return false;
    fit_to_header(r);
    return true;
  }

  double progress() const override {
    if (total_ <= 0) return 0;
    return std::min(1.0, static_cast<double>(xmlTextReaderByteConsumed(reader_.get())) / total_);
  }

  std::string error_;  // set when the sheet turns out unreadable part-way

 protected:
  // The next row with a non-empty cell; false at the end of the sheet.
  virtual bool read_row(Record& r) = 0;

  // At the end of the rows: a sheet that breaks off part-way (bad XML) gives one bad
  // row, reported, and then the end; never a silent stop.
  bool broken_off(Record& r, long row) {
    if (error_.empty()) return false;
    r.cells.clear();
    r.row = row;
    r.problems.push_back(error_);
    error_.clear();
    done_ = true;
    return true;
  }

  ZipPtr zip_;
  ReaderPtr reader_;
  double total_ = 0;   // the sheet's inflated size, for progress
  bool done_ = false;  // the first sheet has ended (or broken off)
};

class XlsxSource : public WorkbookSource {
 public:
  using WorkbookSource::WorkbookSource;

  bool open(Errors& errors) {
    const std::string sheet = first_sheet_path(errors);
    if (sheet.empty()) return false;
    if (!load_shared_strings(errors) || !load_styles(errors)) return false;
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
      if (xmlTextReaderIsEmptyElement(x)) continue;
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
    std::string type, style, val;
    long col = 0;
    bool in_value = false;
    bool too_long = false;
    int phonetic = 0;  // inside <rPh>: a reading guide, not part of the value
    while (step(x, error_)) {
      const std::string name = local(x);
      if (is_start(x) && name == "c") {
        const long c = column_of(attribute(x, "r"));
        col = c >= 0 ? c : next_col;
        next_col = col + 1;
        type = attribute(x, "t");
        style = attribute(x, "s");
        val.clear();
        if (xmlTextReaderIsEmptyElement(x)) continue;
      } else if (is_start(x) && (name == "v" || name == "t")) {
        in_value = !xmlTextReaderIsEmptyElement(x);
      } else if (name == "rPh" && !xmlTextReaderIsEmptyElement(x)) {
        phonetic = is_start(x);
      } else if (is_end(x) && (name == "v" || name == "t")) {
        in_value = false;
      } else if (is_text(x) && in_value && !phonetic) {
        append_capped(val, value(x), too_long);
      } else if (is_end(x) && name == "c") {
        if (col >= 0 && static_cast<size_t>(col) < kMaxColumns) {
          if (r.cells.size() <= static_cast<size_t>(col)) r.cells.resize(static_cast<size_t>(col) + 1);
          r.cells[static_cast<size_t>(col)] = cell_text(type, style, val);
        }
      } else if (is_end(x) && name == "row") {
        break;
      }
    }
    if (too_long) r.problems.push_back(too_long_problem());
  }

  std::string cell_text(const std::string& type, const std::string& style, const std::string& v) const {
    if (type == "s") {
      const long i = std::atol(v.c_str());
      return i >= 0 && static_cast<size_t>(i) < shared_.size() ? shared_[static_cast<size_t>(i)] : std::string();
    }
    if (type == "inlineStr" || type == "str" || type == "e") return v;
    if (type == "b") return v == "1" ? "TRUE" : "FALSE";
    if (type == "d") return iso_to_day_first(v);
    const long s = std::atol(style.c_str());
    if (!style.empty() && s >= 0 && static_cast<size_t>(s) < date_styles_.size() &&
        date_styles_[static_cast<size_t>(s)]) {
      char* end = nullptr;
      const double serial = std::strtod(v.c_str(), &end);
      if (end != v.c_str() && *end == '\0' && serial >= 1 && serial < 2958466)
        return excel_serial_to_date(serial, d1904_);
    }
    return format_number(v);
  }

  // Reads a small part whole (workbook, rels): as a stream of start elements.
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
    std::string current;
    int in_t = 0;
    int phonetic = 0;  // inside <rPh>: a reading guide, not part of the string
    return each_element("xl/sharedStrings.xml", errors, false, [&](xmlTextReader* x) {
      const std::string n = local(x);
      if (is_start(x) && n == "si") current.clear();
      if (n == "rPh" && !xmlTextReaderIsEmptyElement(x)) phonetic = is_start(x);
      if (is_start(x) && n == "t" && !xmlTextReaderIsEmptyElement(x)) in_t = 1;
      if (is_end(x) && n == "t") in_t = 0;
      if (is_text(x) && in_t && !phonetic) current += value(x);
      if (is_end(x) && n == "si") {
        // The table stays in memory while the sheet streams: its size is bounded (a
        // string's bookkeeping counted too, so millions of empty strings count).
        shared_bytes_ += current.capacity() + sizeof(std::string);
        if (shared_bytes_ > limits::kMaxSharedStringsBytes)
          limit_error_ =
              "the shared strings take more than " + std::to_string(limits::kMaxSharedStringsBytes >> 20) + " MiB";
        shared_.push_back(std::move(current));
      }
      if (is_start(x) && n == "si" && xmlTextReaderIsEmptyElement(x)) shared_.emplace_back();
    });
  }

  bool load_styles(Errors& errors) {
    std::map<int, std::string> codes;
    bool in_xfs = false;
    return each_element("xl/styles.xml", errors, false, [&](xmlTextReader* x) {
      const std::string n = local(x);
      if (is_start(x) && n == "numFmt") codes[std::atoi(attribute(x, "numFmtId").c_str())] = attribute(x, "formatCode");
      if (n == "cellXfs") in_xfs = is_start(x) && !xmlTextReaderIsEmptyElement(x);
      if (is_start(x) && n == "xf" && in_xfs) {
        const int id = std::atoi(attribute(x, "numFmtId").c_str());
        const auto it = codes.find(id);
        date_styles_.push_back(is_date_format(id, it == codes.end() ? std::string() : it->second));
      }
    });
  }

  std::vector<std::string> shared_;
  size_t shared_bytes_ = 0;
  std::string limit_error_;  // set when a part read whole passes its limit
  std::vector<bool> date_styles_;
  bool d1904_ = false;
  long last_row_ = 0;
};

constexpr const char* kTableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr const char* kOfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr const char* kTextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

class OdsSource : public WorkbookSource {
 public:
  using WorkbookSource::WorkbookSource;

  bool open(Errors& errors) {
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
      if (!is_start(x) || n != "table-row") continue;
      // Clamped: a repeat count is attacker-chosen and must not overflow the row count.
      const long repeat =
          std::clamp(std::atol(attribute_ns(x, "number-rows-repeated", kTableNs).c_str()), 1L, limits::kMaxSheetRows);
      r.cells.clear();
      r.line = 0;
      if (!xmlTextReaderIsEmptyElement(x)) read_cells(r);
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
  void read_cells(Record& r) {
    xmlTextReader* x = reader_.get();
    std::string cell;
    long repeat = 1;
    bool in_cell = false;
    bool too_long = false;
    int paragraphs = 0;
    int annotation = 0;  // inside a cell comment: not the cell's text
    auto put = [&] {
      while (!cell.empty() && cell.back() == '\n') cell.pop_back();
      const bool empty = cell.empty();
      for (long k = 0; k < repeat && r.cells.size() < kMaxColumns; ++k) {
        if (empty && k > 0) {
          r.cells.resize(std::min(kMaxColumns, r.cells.size() + static_cast<size_t>(repeat - k)));
          break;
        }
        r.cells.push_back(cell);
      }
    };
    while (step(x, error_)) {
      const std::string n = local(x);
      const bool cell_element = n == "table-cell" || n == "covered-table-cell";
      if (is_start(x) && cell_element) {
        repeat = std::max(1L, std::atol(attribute_ns(x, "number-columns-repeated", kTableNs).c_str()));
        cell.clear();
        paragraphs = 0;
        const std::string type = attribute_ns(x, "value-type", kOfficeNs);
        if (type == "date") cell = iso_to_day_first(attribute_ns(x, "date-value", kOfficeNs));
        in_cell = type != "date";
        if (xmlTextReaderIsEmptyElement(x)) {
          put();
          in_cell = false;
        }
      } else if (is_end(x) && cell_element) {
        put();
        in_cell = false;
      } else if (n == "annotation" && !xmlTextReaderIsEmptyElement(x)) {
        annotation = is_start(x);
      } else if (annotation) {
        continue;
      } else if (in_cell && is_start(x) && n == "p") {
        if (paragraphs++ > 0) append_capped(cell, "\n", too_long);
      } else if (in_cell && is_start(x) && n == "s") {
        const long c = std::atol(attribute_ns(x, "c", kTextNs).c_str());
        append_capped(cell, std::string(static_cast<size_t>(std::clamp(c, 1L, 1000L)), ' '), too_long);
      } else if (in_cell && is_start(x) && (n == "tab" || n == "line-break")) {
        append_capped(cell, n == "tab" ? "\t" : "\n", too_long);
      } else if (in_cell && is_text(x)) {
        append_capped(cell, value(x), too_long);
      } else if (is_end(x) && n == "table-row") {
        break;
      }
    }
    if (too_long) r.problems.push_back(too_long_problem());
  }

  long row_ = 0;
  long repeat_left_ = 0;
  std::vector<std::string> repeated_;
  std::vector<std::string> repeated_problems_;
};

}  // namespace

std::string excel_serial_to_date(double serial, bool system_1904) {
  long days = static_cast<long>(std::floor(serial));
  long base;
  if (system_1904) {
    base = days_from_civil(1904, 1, 1);
  } else {
    base = days_from_civil(1899, 12, 30);
    if (days < 61) ++days;  // Excel counts a 29 February 1900 that never was
  }
  int y, m, d;
  civil_from_days(base + days, y, m, d);
  return two(d) + "/" + two(m) + "/" + std::to_string(y);
}

bool is_date_format(int id, const std::string& code) {
  if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58)) return true;
  if (id < 164) return false;
  bool quoted = false, bracket = false;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '\\') {
      ++i;
      continue;
    }
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '[') bracket = true;
    if (c == ']') bracket = false;
    if (bracket) continue;
    if (c == 'd' || c == 'D' || c == 'y' || c == 'Y') return true;
  }
  return false;
}

std::unique_ptr<TableSource> open_workbook(const std::string& path, Errors& errors) {
  int err = 0;
  ZipPtr z(zip_open(path.c_str(), ZIP_RDONLY, &err));
  if (!z) {
    errors.push_back({ErrorCode::Unreadable, path, 0, 0, "not a readable zip (an .xlsx or .ods workbook)"});
    return nullptr;
  }
  if (zip_name_locate(z.get(), "xl/workbook.xml", 0) >= 0) {
    auto s = std::make_unique<XlsxSource>(path, std::move(z));
    if (!s->open(errors)) return nullptr;
    return s;
  }
  if (zip_name_locate(z.get(), "content.xml", 0) >= 0) {
    auto s = std::make_unique<OdsSource>(path, std::move(z));
    if (!s->open(errors)) return nullptr;
    return s;
  }
  errors.push_back(
      {ErrorCode::Unreadable, path, 0, 0, "a zip that is neither an .xlsx nor an .ods workbook (.xls: save as .xlsx)"});
  return nullptr;
}

}  // namespace vanban::merge
