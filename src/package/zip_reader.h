// Reads named entries of a ZIP package held in memory (a .docx or .odt to import).
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace vanban::package {

// The entry's bytes, or nullopt when the archive is unreadable or has no such entry.
// Entries larger than `limit` bytes are refused (a zip bomb stops here).
std::optional<std::string> read_zip_entry(std::string_view zip, const char* name, size_t limit);
// Whether the archive has the entry, without inflating it.
bool zip_has_entry(std::string_view zip, const char* name);

}  // namespace vanban::package
