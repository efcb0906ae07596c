// Reads named entries of a ZIP package held in memory (a .docx or .odt to import).
// Entries are only ever looked up by name and read into memory, never extracted, so
// entry names ("../../etc/passwd", "/abs") cannot reach the file system.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::package {

struct ZipEntry {
  enum class Status { Ok, NotZip, Missing, TooLarge, Damaged } status = Status::Missing;
  std::string data;  // when Ok
  explicit operator bool() const { return status == Status::Ok; }
};

// The entry's bytes. An entry whose inflated size is over `limit` is refused unread
// (TooLarge), so a zip bomb stops here; at most `limit` bytes are ever inflated even
// when the archive lies about the size.
ZipEntry read_zip(std::string_view zip, const char* name, size_t limit);
// The same as an optional: nullopt for every failure.
std::optional<std::string> read_zip_entry(std::string_view zip, const char* name, size_t limit);
// Whether the archive has the entry, without inflating it.
bool zip_has_entry(std::string_view zip, const char* name);
// The first entry name that would point outside a folder it was extracted to (an
// absolute path, a drive letter, a ".." component, a backslash), or "". Office suites
// never write such names; a package that has one is refused as hostile.
std::string unsafe_entry_name(std::string_view zip);
// The same test on one name.
bool is_unsafe_entry_name(std::string_view name);

// Every entry of an archive, in its order, inflated: a package copied with an edit
// (annotate). Read within `limit` bytes inflated in all and `max_entries` entries; a
// nameless, unsafe ("../x") or repeated name, or an entry that cannot be read, ends it.
struct ZipPart {
  std::string name;
  std::string data;     // inflated
  bool stored = false;  // was stored uncompressed (pictures): written back the same way
};
struct ZipListing {
  enum class Status { Ok, NotZip, TooMany, Unnamed, Unsafe, Duplicate, Damaged, TooLarge } status = Status::Ok;
  std::string entry;           // the name the status is about (Unsafe, Duplicate, Damaged); the count for TooMany
  std::vector<ZipPart> parts;  // when Ok
};
ZipListing read_all_zip(std::string_view zip, size_t limit, size_t max_entries);

}  // namespace vanban::package
