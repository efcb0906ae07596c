// The .docx half of read_document (src/office/document.h).
#pragma once
#include <optional>
#include <string_view>

#include "core/error.h"
#include "office/document.h"

namespace vanban::office {

// Paragraphs and runs of all parts of one package together (a real document of a
// hundred pages has a few thousand): beyond it the reader stops with a Limit error, so
// 64 MiB of "<w:p/>" cannot take gigabytes.
inline constexpr size_t kMaxDocxItems = 1'000'000;

std::optional<Document> docx_read(std::string_view bytes, std::string_view file, Errors& errors);

}  // namespace vanban::office
