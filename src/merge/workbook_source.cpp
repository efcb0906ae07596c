#include "merge/workbook_source.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "merge/workbook_reader.h"

namespace vanban::merge {
namespace {

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

}  // namespace

bool WorkbookSource::start(Errors& errors) {
  Record h;
  if (!read_row(h) || !h.problems.empty()) {
    errors.push_back({ErrorCode::Data, file_, 0, 0,
                      !h.problems.empty() ? h.problems.front()
                      : error_.empty()    ? "the first sheet is empty: its first row must name the columns"
                                          : error_});
    return false;
  }
  header_row_ = h.row;
  set_header(std::move(h.cells));
  return true;
}

bool WorkbookSource::next(Record& r) {
  r.problems.clear();
  if (!read_row(r)) return false;
  fit_to_header(r);
  return true;
}

double WorkbookSource::progress() const {
  if (total_ <= 0) return 0;
  return std::min(1.0, static_cast<double>(xmlTextReaderByteConsumed(reader_.get())) / total_);
}

std::string WorkbookSource::decoding() const {
  const std::string fonts = fonts_.summary();
  return fonts.empty() ? fonts : "legacy fonts: " + fonts;
}

bool WorkbookSource::broken_off(Record& r, long row) {
  if (error_.empty()) return false;
  r.cells.clear();
  r.row = row;
  r.problems.push_back(error_);
  error_.clear();
  done_ = true;
  return true;
}

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

namespace {

std::unique_ptr<TableSource> open_zip(workbook::ZipPtr z, const std::string& name, bool ragged, Errors& errors) {
  if (zip_name_locate(z.get(), "xl/workbook.xml", 0) >= 0) return open_xlsx(name, std::move(z), ragged, errors);
  if (zip_name_locate(z.get(), "content.xml", 0) >= 0) return open_ods(name, std::move(z), ragged, errors);
  errors.push_back(
      {ErrorCode::Unreadable, name, 0, 0, "a zip that is neither an .xlsx nor an .ods workbook (.xls: save as .xlsx)"});
  return nullptr;
}

}  // namespace

std::unique_ptr<TableSource> open_workbook(const std::string& path, Errors& errors, bool ragged) {
  int err = 0;
  workbook::ZipPtr z(zip_open(path.c_str(), ZIP_RDONLY, &err));
  if (!z) {
    errors.push_back({ErrorCode::Unreadable, path, 0, 0, "not a readable zip (an .xlsx or .ods workbook)"});
    return nullptr;
  }
  return open_zip(std::move(z), path, ragged, errors);
}

std::unique_ptr<TableSource> workbook_from_bytes(std::string_view bytes, const std::string& name, Errors& errors,
                                                 bool ragged) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* z = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  zip_error_fini(&error);
  if (!z) {
    if (source) zip_source_free(source);
    errors.push_back({ErrorCode::Unreadable, name, 0, 0, "not a readable zip (an .xlsx or .ods workbook)"});
    return nullptr;
  }
  return open_zip(workbook::ZipPtr(z), name, ragged, errors);
}

}  // namespace vanban::merge
