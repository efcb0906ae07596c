#include "package/zip_reader.h"

#include <zip.h>

#include <memory>

namespace vanban::package {

namespace {

// The archive opened read-only over the bytes, or null.
std::unique_ptr<zip_t, int (*)(zip_t*)> open_zip(std::string_view zip) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(zip.data(), zip.size(), 0, &err);
  zip_t* z = src ? zip_open_from_source(src, ZIP_RDONLY, &err) : nullptr;
  if (src && !z) zip_source_free(src);
  return {z, zip_close};
}

}  // namespace

bool zip_has_entry(std::string_view zip, const char* name) {
  auto archive = open_zip(zip);
  return archive && zip_name_locate(archive.get(), name, 0) >= 0;
}

std::optional<std::string> read_zip_entry(std::string_view zip, const char* name, size_t limit) {
  auto archive = open_zip(zip);
  if (!archive) return std::nullopt;
  zip_t* z = archive.get();
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(z, name, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || st.size > limit) return std::nullopt;
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> f(zip_fopen(z, name, 0), zip_fclose);
  if (!f) return std::nullopt;
  std::string out(static_cast<size_t>(st.size), '\0');
  zip_int64_t got = 0;
  while (got < static_cast<zip_int64_t>(out.size())) {
    const zip_int64_t n = zip_fread(f.get(), out.data() + got, out.size() - static_cast<size_t>(got));
    if (n <= 0) return std::nullopt;
    got += n;
  }
  return out;
}

}  // namespace vanban::package
