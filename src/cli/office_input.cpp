#include "cli/office_input.h"

#include <cctype>
#include <cstdlib>
#include <filesystem>

#include "cli/pdf_export.h"

namespace vanban::cli {
namespace {

bool has_ext(const std::string& path, const char* ext) {
  std::string e = std::filesystem::path(path).extension().string();
  for (char& c : e) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return e == ext;
}

bool is_rtf(const std::string& path, const std::string& bytes) {
  return bytes.rfind("{\\rtf", 0) == 0 || has_ext(path, ".rtf");
}

}  // namespace

bool is_word_97_or_rtf(const std::string& path, const std::string& bytes) {
  const bool ole = bytes.rfind("\xD0\xCF\x11\xE0", 0) == 0;
  return ole || is_rtf(path, bytes) || has_ext(path, ".doc");
}

bool word_97_to_docx(const std::string& path, std::string& bytes, Error& error) {
  std::string docx;
  const std::string why = office_convert(bytes, is_rtf(path, bytes) ? "rtf" : "doc", "docx", docx);
  if (!why.empty()) {
    error = {ErrorCode::Unreadable, path, 0, 0, "reading a .doc or .rtf file " + why};
    return false;
  }
  bytes = std::move(docx);
  return true;
}

bool message_language(const std::string& option, bool& vietnamese) {
  if (!option.empty()) {
    if (option != "vi" && option != "en") return false;
    vietnamese = option == "vi";
    return true;
  }
  // The first locale variable set decides, as setlocale(LC_MESSAGES, "") would.
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* v = std::getenv(name);
    if (v && *v) {
      vietnamese = std::string(v).rfind("vi", 0) == 0;
      return true;
    }
  }
  vietnamese = false;
  return true;
}

}  // namespace vanban::cli
