// A delegate list, read one row at a time: CSV/TSV, or the first sheet of an .xlsx or
// .ods workbook. Rows are streamed, so memory does not grow with the list.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "import/legacy_encodings.h"

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
  // The header row's cells as read (decoded, not trimmed), and its row number.
  const std::vector<std::string>& raw_header() const { return raw_header_; }
  long header_row() const { return header_row_; }
  // The next non-blank record; false at the end.
  virtual bool next(Record& r) = 0;
  // Fraction of the input read so far (0…1), for a progress bar.
  virtual double progress() const = 0;
  // "dai-bieu.csv:18: row 17" or "dai-bieu.xlsx: row 17": where a record is, for messages.
  std::string where(const Record& r) const;
  const std::string& file() const { return file_; }
  // How the text was decoded when it was not plain Unicode, for a note: "tcvn3
  // (detected)", "legacy fonts: .VnTime (tcvn3) 12"; "" otherwise.
  virtual std::string decoding() const { return {}; }

 protected:
  explicit TableSource(std::string file, bool ragged = false) : file_(std::move(file)), ragged_(ragged) {}
  // Header cells → names; records the problems of a bad header in `errors`.
  void set_header(std::vector<std::string> cells);
  // Pads a short record, and flags one with extra non-empty fields (not when ragged).
  void fit_to_header(Record& r) const;
  std::string file_;
  std::vector<std::string> header_;
  std::vector<std::string> raw_header_;
  long header_row_ = 1;
  bool ragged_ = false;
};

struct TableOptions {
  char delimiter = 0;  // 0: by extension (.tsv/.tab/.txt → tab) or by the header line
  // CSV/TSV in a legacy 8-bit encoding (merge --encoding); nullopt: detected on the
  // first 256 KiB with decode_text's scoring (valid UTF-8 stays UTF-8).
  std::optional<import::Encoding> encoding;
  // Rows keep every field, however many the header names (import's text view).
  bool ragged = false;
  // A workbook already in memory (an .xls the caller converted to .xlsx); `path` then
  // only names it in messages. It must outlive the source.
  std::string_view workbook_bytes;
};

// Opens `path` ("-" for stdin: CSV only) by its content: a zip holding xl/workbook.xml
// is .xlsx, one holding an ODF spreadsheet mimetype is .ods, an OLE file (.xls) is
// refused with a message (the command line converts it first), anything else is text.
// Returns nullptr with errors when the file or its header cannot be read.
std::unique_ptr<TableSource> open_table(const std::string& path, const TableOptions& options, Errors& errors);

}  // namespace vanban::merge
