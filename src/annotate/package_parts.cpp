#include "annotate/package_parts.h"

#include <zip.h>

#include <memory>
#include <set>

#include "core/limits.h"
#include "package/zip_reader.h"
#include "package/zip_writer.h"
#include "text/unicode.h"

namespace vanban::annotate {
namespace {

// Only libzip functions the program's on-demand forwarders provide are used here
// (src/cli/ondemand/libzip.cpp): entries are looked up by name, not by index.
std::unique_ptr<zip_t, int (*)(zip_t*)> open_zip(std::string_view zip) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(zip.data(), zip.size(), 0, &err);
  zip_t* z = src ? zip_open_from_source(src, ZIP_RDONLY, &err) : nullptr;
  if (src && !z) zip_source_free(src);
  return {z, zip_close};
}

std::string budget_why() {
  return "the package inflates to more than " + std::to_string(limits::kMaxUnzippedBytes >> 20) +
         " MiB (the limit; a zip bomb?)";
}

}  // namespace

std::optional<std::vector<Part>> read_parts(std::string_view zip, Failure& failure) {
  auto archive = open_zip(zip);
  if (!archive) {
    failure = {ErrorCode::Unreadable, "not a readable zip package"};
    return std::nullopt;
  }
  zip_t* z = archive.get();
  const zip_int64_t count = zip_get_num_entries(z, 0);
  if (count < 0 || static_cast<zip_uint64_t>(count) > kMaxParts) {
    failure = {ErrorCode::Limit, "the package has " + std::to_string(count) + " entries, more than " +
                                     std::to_string(kMaxParts) + " (the limit)"};
    return std::nullopt;
  }
  std::vector<Part> parts;
  std::set<std::string, std::less<>> names;
  size_t left = limits::kMaxUnzippedBytes;
  for (zip_int64_t i = 0; i < count; ++i) {
    const char* raw = zip_get_name(z, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
    if (!raw) {
      failure = {ErrorCode::Unreadable, "entry " + std::to_string(i + 1) + " of the package has no name (damaged)"};
      return std::nullopt;
    }
    const std::string name = raw;
    // The copy would carry the name on to whoever extracts it.
    if (package::is_unsafe_entry_name(name)) {
      failure = {ErrorCode::Unreadable,
                 "the package has an entry named '" + text::printable(name) + "', which points outside it: refused"};
      return std::nullopt;
    }
    // Lookups by name would see only one of them, and the copy would lose the other.
    if (!names.insert(name).second) {
      failure = {ErrorCode::Unreadable, "the package holds '" + text::printable(name) + "' twice (damaged)"};
      return std::nullopt;
    }
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(z, name.c_str(), ZIP_FL_ENC_RAW, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
      failure = {ErrorCode::Unreadable, "cannot read " + text::printable(name) + " from the package (damaged)"};
      return std::nullopt;
    }
    if (st.size > left) {
      failure = {ErrorCode::Limit, budget_why()};
      return std::nullopt;
    }
    Part part{name, std::string(static_cast<size_t>(st.size), '\0'),
              (st.valid & ZIP_STAT_COMP_METHOD) && st.comp_method == ZIP_CM_STORE};
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> f(zip_fopen(z, name.c_str(), ZIP_FL_ENC_RAW), zip_fclose);
    if (!f) {
      failure = {ErrorCode::Unreadable,
                 "cannot read " + text::printable(name) + " from the package (damaged or encrypted)"};
      return std::nullopt;
    }
    // At most the stated size is ever inflated, whatever the data holds.
    zip_uint64_t got = 0;
    while (got < st.size) {
      const zip_int64_t n = zip_fread(f.get(), part.data.data() + got, st.size - got);
      if (n <= 0) {
        failure = {ErrorCode::Unreadable, "cannot read " + text::printable(name) + " from the package (damaged)"};
        return std::nullopt;
      }
      got += static_cast<zip_uint64_t>(n);
    }
    left -= part.data.size();
    parts.push_back(std::move(part));
  }
  return parts;
}

Part* find_part(std::vector<Part>& parts, std::string_view name) {
  for (auto& p : parts)
    if (p.name == name) return &p;
  return nullptr;
}

std::string write_parts(std::vector<Part>&& parts, bool odf) {
  // Moved, not copied: a package may hold up to kMaxUnzippedBytes of pictures.
  std::vector<package::Entry> entries;
  entries.reserve(parts.size());
  size_t mimetype = parts.size();
  if (odf)
    for (size_t i = 0; i < parts.size(); ++i)
      if (parts[i].name == "mimetype") mimetype = i;
  if (mimetype < parts.size())
    entries.push_back({std::move(parts[mimetype].name), std::move(parts[mimetype].data), true});
  for (size_t i = 0; i < parts.size(); ++i)
    if (i != mimetype) entries.push_back({std::move(parts[i].name), std::move(parts[i].data), parts[i].stored});
  return package::zip(entries);
}

}  // namespace vanban::annotate
