#include "cli/sheet_convert.h"

#include <cctype>
#include <cstdio>
#include <filesystem>

#include "cli/io.h"
#include "cli/pdf_export.h"

namespace vanban::cli {

bool is_xls(const std::string& path, const std::string& head, bool ole_counts) {
  std::string ext = std::filesystem::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".xls" || (ole_counts && head.rfind("\xD0\xCF\x11\xE0", 0) == 0);
}

bool xls_to_xlsx(const std::string& xls, const std::string& path, std::string& xlsx, Error& error) {
  const std::string why = office_convert(xls, "xls", "xlsx", xlsx);
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
