// The .odt half of read_document (src/office/document.h).
#pragma once
#include <optional>
#include <string_view>

#include "core/error.h"
#include "office/document.h"

namespace vanban::office {

std::optional<Document> odt_read(std::string_view bytes, std::string_view file, Errors& errors);

}  // namespace vanban::office
