// The first sheet of a workbook as a table source: Office Open XML (.xlsx) or
// OpenDocument (.ods). The sheet is read as a stream from the zip (libzip + libxml2's
// reader), so a long list never sits in memory whole; the shared strings, styles and
// workbook parts are small and read first. Date cells become "dd/mm/yyyy". Text cells
// in a legacy Vietnamese font (.VnTime, VNI-Times …) are decoded by that font.
#pragma once
#include <memory>
#include <string>
#include <string_view>

#include "merge/table_source.h"

namespace vanban::merge {

// `ragged`: rows keep every cell, however many the header names (import's text view).
std::unique_ptr<TableSource> open_workbook(const std::string& path, Errors& errors, bool ragged = false);
// The same over a workbook in memory, which must outlive the source; `name` names it.
std::unique_ptr<TableSource> workbook_from_bytes(std::string_view bytes, const std::string& name, Errors& errors,
                                                 bool ragged = false);

// Days since 1899-12-30 (Excel's 1900 system, after its 29 Feb 1900) → "dd/mm/yyyy".
std::string excel_serial_to_date(double serial, bool system_1904);
// Whether an Excel number format shows a date (built-in ids 14–22, 27–36, 45–47,
// 50–58, or a custom code with d or y outside quotes and brackets).
bool is_date_format(int id, const std::string& code);

}  // namespace vanban::merge
