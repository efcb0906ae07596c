#include "cli/sheet_convert.h"

#include <cctype>
#include <cstdio>
#include <filesystem>
#include <string_view>

#include "cli/io.h"
#include "cli/pdf_export.h"

namespace vanban::cli {
namespace {

// The LibreOffice filter for an OLE file that should hold an Excel workbook, or "" with
// `problem` saying what is wrong. Checked before LibreOffice sees it, and the filter
// is then forced: given junk, LibreOffice falls back to importing it as text and
// would hand back a "workbook" of garbage.
std::string excel_filter(std::string_view b, std::string& problem) {
  if (b.size() < 512 || !b.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
    problem = "its OLE header is cut short or damaged";
    return {};
  }
  const bool little_endian = b[28] == '\xFE' && b[29] == '\xFF';
  const bool sectors = (b[30] == 9 || b[30] == 12) && b[31] == 0;  // 512- or 4096-byte sectors
  if (!little_endian || !sectors) {
    problem = "its OLE header is damaged";
    return {};
  }
  // The directory names the workbook stream, in UTF-16LE: "Workbook" from Excel 97 on
  // (BIFF8), "Book" before (BIFF5, Excel 95).
  if (b.find(std::string_view("W\0o\0r\0k\0b\0o\0o\0k\0", 16)) != std::string_view::npos) return "MS Excel 97";
  if (b.find(std::string_view("B\0o\0o\0k\0", 8)) != std::string_view::npos) return "MS Excel 95";
  problem = "it holds no Excel workbook stream (a renamed Word file, or damaged)";
  return {};
}

}  // namespace

bool is_xls(const std::string& path, const std::string& head, bool ole_counts) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".xls" || (ole_counts && head.rfind("\xD0\xCF\x11\xE0", 0) == 0);
}

bool xls_to_xlsx(const std::string& xls, const std::string& path, std::string& xlsx, Error& error) {
  // An OLE file is read by its Excel filter only; a file merely named .xls (an HTML or
  // text table saved so, as web sites do) by whichever filter LibreOffice finds.
  std::string filter, problem;
  if (xls.starts_with("\xD0\xCF\x11\xE0") && (filter = excel_filter(xls, problem)).empty()) {
    error = {ErrorCode::Unreadable, path, 0, 0, "not a readable .xls workbook: " + problem};
    return false;
  }
  const std::string why = office_convert(xls, "xls", "xlsx", xlsx, filter);
  if (why.empty() && xlsx.rfind("PK\x03\x04", 0) == 0) return true;
  error = {ErrorCode::Unreadable, path, 0, 0,
           "an .xls workbook is read through LibreOffice Calc (package libreoffice-calc-nogui), and that failed: " +
               (why.empty() ? std::string("LibreOffice wrote no .xlsx") : why) + "; or save the list as .xlsx"};
  return false;
}

bool convert_xls(const std::string& path, std::string& xlsx, Error& error) {
  xlsx.clear();
  if (path == "-") return true;
  std::string head(4, '\0');
  if (FILE* f = std::fopen(path.c_str(), "rb")) {
    head.resize(std::fread(head.data(), 1, head.size(), f));
    std::fclose(f);
  }
  if (!is_xls(path, head, true)) return true;
  const auto bytes = read_input(path, error);
  return bytes && xls_to_xlsx(*bytes, path, xlsx, error);
}

}  // namespace vanban::cli
