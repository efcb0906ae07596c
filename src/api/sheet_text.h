// A spreadsheet as text, for `vanban import --text-only`: the cells of the first sheet
// of an .xlsx or .ods (an .xls once LibreOffice has made it an .xlsx), or of a .csv or
// .tsv in any Vietnamese encoding, as tab-separated lines. Cells are read by merge's
// own readers, so a legacy-font cell decodes here exactly as it does in a merge.
#pragma once
#include <string_view>

#include "api/import.h"

namespace vanban {

// Whether `bytes` named `file` are a spreadsheet: a zip holding an .xlsx or .ods
// workbook, an OLE file named .xls, or a file named .csv or .tsv.
bool is_spreadsheet(std::string_view bytes, std::string_view file);

// Line n is row n of the sheet (blank rows kept as empty cells, so lines and rows
// agree), every line has as many cells as the widest row, and a tab or line break
// inside a cell becomes a space. NFC. Fills result.text, .encoding ("xlsx", "ods",
// or the CSV's encoding) and a "decoded" note naming the legacy fonts met; a row that
// cannot be read is an error naming the file and the row.
void sheet_text(std::string_view bytes, std::string_view file, const ImportOptions& options, ImportResult& result);

}  // namespace vanban
