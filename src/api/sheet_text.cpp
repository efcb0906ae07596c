#include "api/sheet_text.h"

#include <algorithm>
#include <cctype>

#include "core/limits.h"
#include "import/decode.h"
#include "merge/csv_source.h"
#include "merge/workbook_source.h"
#include "package/zip_reader.h"
#include "text/unicode.h"

namespace vanban {
namespace {

std::string lower_ext(std::string_view file) {
  const size_t dot = file.rfind('.');
  std::string ext(dot == std::string_view::npos ? std::string_view() : file.substr(dot));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

bool is_workbook_zip(std::string_view bytes) {
  if (!bytes.starts_with(std::string_view("PK\x03\x04", 4))) return false;
  if (package::zip_has_entry(bytes, "xl/workbook.xml")) return true;
  const auto m = package::read_zip_entry(bytes, "mimetype", 256);
  return m && m->rfind("application/vnd.oasis.opendocument.spreadsheet", 0) == 0;
}

// A cell on one line: tabs and line breaks are spaces, and nothing XML cannot hold.
std::string one_line(const std::string& cell) {
  std::string s = text::nfc(cell);
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return text::xml_safe(s);
}

}  // namespace

bool is_spreadsheet(std::string_view bytes, std::string_view file) {
  const std::string ext = lower_ext(file);
  if (ext == ".csv" || ext == ".tsv") return true;
  if (ext == ".xls" && bytes.starts_with("\xD0\xCF\x11\xE0")) return true;
  return is_workbook_zip(bytes);
}

void sheet_text(std::string_view bytes, std::string_view file, const ImportOptions& options, ImportResult& result) {
  const std::string name(file);
  if (bytes.starts_with("\xD0\xCF\x11\xE0")) {
    result.errors.push_back({ErrorCode::Unreadable, name, 0, 0,
                             "an Excel 97-2003 workbook (.xls) is read once LibreOffice has made it an .xlsx "
                             "(vanban import does so when LibreOffice Calc is installed)"});
    return;
  }
  std::unique_ptr<merge::TableSource> source;
  std::string decoded;  // a CSV's text, which the source reads
  if (is_workbook_zip(bytes)) {
    source = merge::workbook_from_bytes(bytes, name, result.errors, true);
    result.encoding = package::zip_has_entry(bytes, "xl/workbook.xml") ? "xlsx" : "ods";
  } else {
    std::optional<import::Encoding> forced;
    if (!options.encoding.empty() && !(forced = import::encoding_from_name(options.encoding))) {
      result.errors.push_back({ErrorCode::Usage, name, 0, 0, "unknown encoding '" + options.encoding + "'"});
      return;
    }
    // The whole file is decoded first, exactly as a text document would be.
    auto text = import::decode_text(bytes, forced);
    result.encoding = import::encoding_name(text.encoding);
    result.guessed = text.guessed;
    merge::TableOptions table;
    table.ragged = true;
    table.encoding = import::Encoding::Utf8;
    table.delimiter = lower_ext(file) == ".tsv" ? '\t' : 0;
    source = merge::csv_from_text(std::move(text.text), name, table, result.errors);
  }
  if (!source) return;

  // Rows by number; the text is bounded as it grows, like any imported document.
  std::vector<std::pair<long, std::vector<std::string>>> rows;
  size_t bytes_out = 0, width = 0;
  auto keep = [&](long row, const std::vector<std::string>& cells) {
    std::vector<std::string> line;
    for (const auto& c : cells) {
      line.push_back(one_line(c));
      bytes_out += line.back().size() + 1;
    }
    while (!line.empty() && text::trim(line.back()).empty()) line.pop_back();
    width = std::max(width, line.size());
    rows.emplace_back(row, std::move(line));
  };
  keep(source->header_row(), source->raw_header());
  merge::Record r;
  while (bytes_out <= limits::kMaxImportBytes && source->next(r)) {
    for (const auto& p : r.problems)
      result.errors.push_back(
          {ErrorCode::Row, name, static_cast<int>(r.row), 0, "row " + std::to_string(r.row) + ": " + p});
    keep(r.row, r.cells);
  }
  if (bytes_out > limits::kMaxImportBytes) {
    result.errors.push_back({ErrorCode::Limit, name, 0, 0,
                             "the sheet's text is larger than " + std::to_string(limits::kMaxImportBytes >> 20) +
                                 " MiB, the import limit"});
    return;
  }
  // Blank rows become lines of empty cells: bounded too (a lone cell at row 1,000,000).
  if (!rows.empty() &&
      static_cast<size_t>(rows.back().first) * std::max<size_t>(width, 1) + bytes_out > limits::kMaxImportBytes) {
    result.errors.push_back({ErrorCode::Limit, name, 0, 0,
                             "the sheet's text, blank rows included, is larger than " +
                                 std::to_string(limits::kMaxImportBytes >> 20) + " MiB, the import limit"});
    return;
  }
  long at = 1;
  for (auto& [row, cells] : rows) {
    for (; at < row; ++at) result.text += std::string(width > 0 ? width - 1 : 0, '\t') + "\n";
    cells.resize(width);
    for (size_t i = 0; i < cells.size(); ++i) result.text += (i ? "\t" : "") + cells[i];
    result.text += "\n";
    at = row + 1;
  }
  if (const std::string how = source->decoding(); !how.empty()) result.report.push_back({0, "decoded", how, ""});
}

}  // namespace vanban
