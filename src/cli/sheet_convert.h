// Excel 97-2003 workbooks (.xls) are binary (BIFF8 in an OLE file): vanban reads them
// as LibreOffice Calc converts them to .xlsx, fonts and all, so that legacy-font
// cells decode as in any .xlsx.
#pragma once
#include <string>

#include "core/error.h"

namespace vanban::cli {

// Whether a file named `path` with these first bytes is an .xls workbook: by the name,
// or (`ole_counts`) by the OLE signature D0 CF 11 E0 alone, where no Word file is
// expected (a merge list).
bool is_xls(const std::string& path, const std::string& head, bool ole_counts);
// The .xlsx LibreOffice makes of `xls`; false with `error` (naming `path`) when it
// cannot: LibreOffice or its Calc missing, the file damaged.
bool xls_to_xlsx(const std::string& xls, const std::string& path, std::string& xlsx, Error& error);
// For merge: when `path` is an .xls, reads and converts it into `xlsx` (left empty
// otherwise); false with `error` on failure.
bool convert_xls(const std::string& path, std::string& xlsx, Error& error);

}  // namespace vanban::cli
