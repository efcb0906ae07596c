// CSV and TSV per RFC 4180, streamed: quoted fields with separators, quotes ("") and
// line breaks; LF, CRLF or CR line ends; a UTF-8 BOM; UTF-16 text with a BOM (Excel's
// "Unicode text") is converted first. A quote left open does not swallow the rest of
// a file: that row is reported and reading resumes on the line after it starts.
// Text that is not UTF-8 (Windows-1258, TCVN3, VNI as Excel's plain "CSV" writes it)
// is detected on the first 256 KiB, or forced, and each record decoded as it is read.
#pragma once
#include <cstdio>
#include <memory>
#include <string>

#include "merge/table_source.h"

namespace vanban::merge {

// `path` "-" reads stdin. `delimiter` 0 guesses from the extension and the header line.
std::unique_ptr<TableSource> open_csv(const std::string& path, char delimiter, Errors& errors);
std::unique_ptr<TableSource> open_csv(const std::string& path, const TableOptions& options, Errors& errors);
// The same over text in memory (tests, import's text view, and converted UTF-16).
std::unique_ptr<TableSource> csv_from_text(std::string text, std::string file, char delimiter, Errors& errors);
std::unique_ptr<TableSource> csv_from_text(std::string text, std::string file, const TableOptions& options,
                                           Errors& errors);

}  // namespace vanban::merge
