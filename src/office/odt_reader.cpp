// Temporary, until the ODT reader lands (issue 13: the lead replaces this file by the
// ODT helper's at merge).
#include "office/odt_reader.h"

namespace vanban::office {

std::optional<Document> odt_read(std::string_view, std::string_view file, Errors& errors) {
  errors.push_back({ErrorCode::Unreadable, std::string(file), 0, 0, "ODT reading not built yet"});
  return std::nullopt;
}

}  // namespace vanban::office
