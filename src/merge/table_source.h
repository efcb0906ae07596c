// A delegate list, read one row at a time: CSV/TSV, or the first sheet of an .xlsx or
// .ods workbook. Rows are streamed, so memory does not grow with the list.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "api/error.h"

namespace vanban::merge {

struct Record {
  std::vector<std::string> cells;
  long row = 0;   // the row as a spreadsheet shows it: the header is row 1
  long line = 0;  // CSV/TSV: the text line the record starts on; 0 for workbooks
  // What is wrong with the row as read (too many fields, an unclosed quote): the row
  // is reported and skipped, and reading goes on.
  std::vector<std::string> problems;
};

class TableSource {
 public:
  virtual ~TableSource() = default;
  // Column names, trimmed and in NFC.
  const std::vector<std::string>& header() const { return header_; }
  // The next non-blank record; false at the end.
  virtual bool next(Record& r) = 0;
  // Fraction of the input read so far (0…1), for a progress bar.
  virtual double progress() const = 0;
  // "dai-bieu.csv:18: row 17" or "dai-bieu.xlsx: row 17": where a record is, for messages.
  std::string where(const Record& r) const;
  const std::string& file() const { return file_; }

 protected:
  explicit TableSource(std::string file) : file_(std::move(file)) {}
  // Header cells → names; records the problems of a bad header in `errors`.
  void set_header(std::vector<std::string> cells);
  // Pads a short record, and flags one with extra non-empty fields.
  void fit_to_header(Record& r) const;
  std::string file_;
  std::vector<std::string> header_;
};

struct TableOptions {
  char delimiter = 0;  // 0: by extension (.tsv/.tab/.txt → tab) or by the header line
};

// Opens `path` ("-" for stdin: CSV only) by its content: a zip holding xl/workbook.xml
// is .xlsx, one holding an ODF spreadsheet mimetype is .ods, anything else is text.
// Returns nullptr with errors when the file or its header cannot be read.
std::unique_ptr<TableSource> open_table(const std::string& path, const TableOptions& options, Errors& errors);

}  // namespace vanban::merge
