#include "merge/table_source.h"

#include <cstdio>
#include <cstring>

#include "merge/csv_source.h"
#include "merge/workbook_source.h"
#include "text/unicode.h"

namespace vanban::merge {

std::string TableSource::where(const Record& r) const {
  return file_ + (r.line > 0 ? ":" + std::to_string(r.line) : "") + ": row " + std::to_string(r.row);
}

void TableSource::set_header(std::vector<std::string> cells) {
  header_.clear();
  raw_header_ = cells;
  for (auto& c : cells) {
    if (c.starts_with("\xEF\xBB\xBF")) c.erase(0, 3);
    header_.push_back(text::nfc(text::trim(text::collapse_space(c))));
  }
  while (!header_.empty() && header_.back().empty()) header_.pop_back();
}

void TableSource::fit_to_header(Record& r) const {
  if (ragged_) return;
  if (r.cells.size() > header_.size()) {
    bool extra = false;
    for (size_t i = header_.size(); i < r.cells.size(); ++i)
      extra = extra || r.cells[i].find_first_not_of(" \t") != std::string::npos;
    if (extra)
      r.problems.push_back("the row has " + std::to_string(r.cells.size()) + " fields but the header names " +
                           std::to_string(header_.size()) + " columns (a value holding the separator must be quoted)");
  }
  r.cells.resize(header_.size());
}

std::unique_ptr<TableSource> open_table(const std::string& path, const TableOptions& options, Errors& errors) {
  if (!options.workbook_bytes.empty()) return workbook_from_bytes(options.workbook_bytes, path, errors, options.ragged);
  if (path != "-") {
    // Workbooks are zips: sniff the content, not the name.
    FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
      errors.push_back({ErrorCode::Io, path, 0, 0, std::string("cannot open: ") + std::strerror(errno)});
      return nullptr;
    }
    char magic[4] = {0, 0, 0, 0};
    const size_t n = std::fread(magic, 1, 4, f);
    std::fclose(f);
    if (n == 4 && std::memcmp(magic, "PK\x03\x04", 4) == 0) return open_workbook(path, errors, options.ragged);
    if (n == 4 && std::memcmp(magic, "\xD0\xCF\x11\xE0", 4) == 0) {
      errors.push_back({ErrorCode::Unreadable, path, 0, 0,
                        "an Excel 97-2003 workbook (.xls), which is read through LibreOffice: the vanban command "
                        "converts it when LibreOffice Calc is installed; or save it as .xlsx"});
      return nullptr;
    }
  }
  return open_csv(path, options, errors);
}

}  // namespace vanban::merge
