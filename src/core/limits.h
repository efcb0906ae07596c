// Input limits, named so the README and the tests can refer to them. Every input path
// has a bound on what it holds in memory and on how much work one input can cause, so
// a hostile file ends with a clear error instead of exhausting the machine.
#pragma once
#include <cstddef>

namespace vanban::limits {

// --- render, validate, merge templates: one document's XML ---
inline constexpr std::size_t kMaxInputBytes = 32u << 20;  // 32 MiB, checked before reading a file
inline constexpr int kMaxNesting = 32;                    // sections, items, articles inside each other
inline constexpr int kMaxColumns = 64;                    // wider tables cannot be printed on A4 anyway

// --- import ---
// A legacy document to import: its XML (indented, escaped, with set-aside text) stays
// well under kMaxInputBytes, so the result can always be rendered.
inline constexpr std::size_t kMaxImportBytes = 8u << 20;
// All parts read from one .docx/.odt, inflated: a zip bomb stops here.
inline constexpr std::size_t kMaxUnzippedBytes = 64u << 20;
// Pages read from one PDF (each costs poppler a layout pass): far beyond any document,
// and its text is bounded by kMaxImportBytes too.
inline constexpr int kMaxPdfPages = 2000;

// --- merge data (CSV, TSV, .xlsx, .ods): rows are streamed, so a list may be as long as
// the disk holds; what one row or one cell may hold is bounded ---
inline constexpr std::size_t kMaxFieldBytes = 64u << 10;  // one cell: about 20 printed pages
inline constexpr int kMaxFieldLines = 64;                 // line breaks inside one quoted CSV cell
inline constexpr std::size_t kMaxFields = 1024;           // cells in one row
inline constexpr long kMaxSheetRows = 1'048'576;          // rows of a workbook sheet (as Excel and Calc)
// Workbook parts read whole before the rows (workbook, styles, relationships), and the
// shared-string table, which is held in memory while the sheet streams.
inline constexpr std::size_t kMaxWorkbookPartBytes = 64u << 20;
inline constexpr std::size_t kMaxSharedStringsBytes = 128u << 20;
// UTF-16 lists are converted to UTF-8 in memory first.
inline constexpr std::size_t kMaxUtf16ListBytes = 64u << 20;
// Runs that must hold every row or letter: --sort keeps the rows, --single the laid-out
// letters until the one file is written.
inline constexpr long kMaxHeldRows = 200'000;
inline constexpr long kMaxSingleLetters = 10'000;

}  // namespace vanban::limits
