#include "package/zip_writer.h"

#include <zip.h>

#include <stdexcept>

namespace vanban::package {
namespace {

// 1980-01-01 00:00 in local DOS time: the earliest a zip can hold, so identical input
// gives identical bytes.
constexpr time_t kEpoch1980 = 315532800;

[[noreturn]] void fail(const std::string& what, zip_error_t* e) {
  throw std::runtime_error("zip: " + what + ": " + (e ? zip_error_strerror(e) : "unknown error"));
}

}  // namespace

std::string zip(const std::vector<Entry>& entries) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &err);
  if (!buffer) fail("cannot create buffer", &err);
  zip_t* z = zip_open_from_source(buffer, ZIP_TRUNCATE, &err);
  if (!z) {
    zip_source_free(buffer);
    fail("cannot open archive", &err);
  }
  zip_source_keep(buffer);  // we read the bytes back after zip_close
  for (const auto& e : entries) {
    zip_source_t* src = zip_source_buffer(z, e.data.data(), e.data.size(), 0);
    if (!src) fail("cannot add " + e.name, zip_get_error(z));
    const zip_int64_t idx = zip_file_add(z, e.name.c_str(), src, ZIP_FL_ENC_UTF_8);
    if (idx < 0) {
      zip_source_free(src);
      fail("cannot add " + e.name, zip_get_error(z));
    }
    const auto i = static_cast<zip_uint64_t>(idx);
    if (zip_set_file_compression(z, i, e.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 6) < 0 ||
        zip_file_set_mtime(z, i, kEpoch1980, 0) < 0)
      fail("cannot set attributes of " + e.name, zip_get_error(z));
  }
  if (zip_close(z) < 0) {
    zip_error_t* ze = zip_get_error(z);
    std::string msg = zip_error_strerror(ze);
    zip_discard(z);
    zip_source_free(buffer);
    throw std::runtime_error("zip: cannot write archive: " + msg);
  }
  std::string out;
  if (zip_source_open(buffer) < 0) fail("cannot reopen buffer", zip_source_error(buffer));
  zip_source_seek(buffer, 0, SEEK_END);
  const zip_int64_t size = zip_source_tell(buffer);
  zip_source_seek(buffer, 0, SEEK_SET);
  out.resize(static_cast<size_t>(size));
  if (zip_source_read(buffer, out.data(), static_cast<zip_uint64_t>(size)) != size)
    fail("cannot read buffer", zip_source_error(buffer));
  zip_source_close(buffer);
  zip_source_free(buffer);
  return out;
}

}  // namespace vanban::package
