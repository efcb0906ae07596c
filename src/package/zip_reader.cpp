#include "package/zip_reader.h"

#include <zip.h>

#include <memory>
#include <set>

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

bool is_unsafe_entry_name(std::string_view name) {
  if (name.empty() || name.front() == '/' || name.find('\\') != std::string_view::npos) return true;
  if (name.size() >= 2 && name[1] == ':') return true;  // C:evil
  size_t start = 0;
  while (start <= name.size()) {
    size_t end = name.find('/', start);
    if (end == std::string_view::npos) end = name.size();
    if (name.substr(start, end - start) == "..") return true;
    start = end + 1;
  }
  return false;
}

std::string unsafe_entry_name(std::string_view zip) {
  auto archive = open_zip(zip);
  if (!archive) return {};
  const zip_int64_t n = zip_get_num_entries(archive.get(), 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    const char* name = zip_get_name(archive.get(), static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
    if (name && is_unsafe_entry_name(name)) return name;
  }
  return {};
}

ZipEntry read_zip(std::string_view zip, const char* name, size_t limit) {
  using S = ZipEntry::Status;
  ZipEntry e;
  auto archive = open_zip(zip);
  if (!archive) {
    e.status = S::NotZip;
    return e;
  }
  zip_t* z = archive.get();
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(z, name, 0, &st) != 0) {
    e.status = S::Missing;
    return e;
  }
  if (!(st.valid & ZIP_STAT_SIZE) || st.size > limit) {
    e.status = S::TooLarge;
    return e;
  }
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> f(zip_fopen(z, name, 0), zip_fclose);
  e.status = S::Damaged;
  if (!f) return e;
  e.data.resize(static_cast<size_t>(st.size));
  zip_int64_t got = 0;
  while (got < static_cast<zip_int64_t>(e.data.size())) {
    const zip_int64_t n = zip_fread(f.get(), e.data.data() + got, e.data.size() - static_cast<size_t>(got));
    if (n <= 0) {
      e.data.clear();
      return e;
    }
    got += n;
  }
  e.status = S::Ok;
  return e;
}

std::optional<std::string> read_zip_entry(std::string_view zip, const char* name, size_t limit) {
  auto e = read_zip(zip, name, limit);
  if (!e) return std::nullopt;
  return std::move(e.data);
}

ZipListing read_all_zip(std::string_view zip, size_t limit, size_t max_entries) {
  ZipListing out;
  auto fail = [&](ZipListing::Status st, std::string entry) {
    out.status = st;
    out.entry = std::move(entry);
    out.parts.clear();
    return std::move(out);
  };
  auto archive = open_zip(zip);
  if (!archive) return fail(ZipListing::Status::NotZip, "");
  zip_t* z = archive.get();
  // Entries are looked up by name, not opened by index: only the libzip functions the
  // program's on-demand forwarders provide (src/cli/ondemand/libzip.cpp).
  const zip_int64_t count = zip_get_num_entries(z, 0);
  if (count < 0 || static_cast<zip_uint64_t>(count) > max_entries)
    return fail(ZipListing::Status::TooMany, std::to_string(count));
  std::set<std::string, std::less<>> names;
  size_t left = limit;
  for (zip_int64_t i = 0; i < count; ++i) {
    const char* raw = zip_get_name(z, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_RAW);
    if (!raw) return fail(ZipListing::Status::Unnamed, std::to_string(i + 1));
    const std::string name = raw;
    if (is_unsafe_entry_name(name)) return fail(ZipListing::Status::Unsafe, name);
    // Lookups by name would see only one of them.
    if (!names.insert(name).second) return fail(ZipListing::Status::Duplicate, name);
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(z, name.c_str(), ZIP_FL_ENC_RAW, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
      return fail(ZipListing::Status::Damaged, name);
    if (st.size > left) return fail(ZipListing::Status::TooLarge, name);
    ZipPart part{name, std::string(static_cast<size_t>(st.size), '\0'),
                 (st.valid & ZIP_STAT_COMP_METHOD) && st.comp_method == ZIP_CM_STORE};
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> f(zip_fopen(z, name.c_str(), ZIP_FL_ENC_RAW), zip_fclose);
    if (!f) return fail(ZipListing::Status::Damaged, name);
    // At most the stated size is ever inflated, whatever the data holds.
    zip_uint64_t got = 0;
    while (got < st.size) {
      const zip_int64_t n = zip_fread(f.get(), part.data.data() + got, st.size - got);
      if (n <= 0) return fail(ZipListing::Status::Damaged, name);
      got += static_cast<zip_uint64_t>(n);
    }
    left -= part.data.size();
    out.parts.push_back(std::move(part));
  }
  return out;
}

}  // namespace vanban::package
