// libzip for the vanban program, loaded on first use (on_demand.h). libzip reads
// packages only (import of .docx/.odt, merge of .xlsx/.ods), but loading it at start-up
// brings libcrypto (OpenSSL, for zip encryption vanban never uses) and libbz2 with it:
// 130 of the 370 page faults of `vanban --help`, on every run. VANBAN_LIBZIP_SONAME is
// the soname of the libzip the build found.
#include <zip.h>

#include "on_demand.h"

// The libzip function `name`, looked up once.
#define VANBAN_REAL(name)          \
  static auto* const real_##name = \
      reinterpret_cast<decltype(&name)>(vanban::cli::ondemand::symbol(VANBAN_LIBZIP_SONAME, #name))

extern "C" {

int zip_close(zip_t* za) {
  VANBAN_REAL(zip_close);
  return real_zip_close(za);
}
void zip_discard(zip_t* za) {
  VANBAN_REAL(zip_discard);
  real_zip_discard(za);
}
void zip_error_fini(zip_error_t* ze) {
  VANBAN_REAL(zip_error_fini);
  real_zip_error_fini(ze);
}
void zip_error_init(zip_error_t* ze) {
  VANBAN_REAL(zip_error_init);
  real_zip_error_init(ze);
}
int zip_fclose(zip_file_t* zf) {
  VANBAN_REAL(zip_fclose);
  return real_zip_fclose(zf);
}
zip_file_t* zip_fopen(zip_t* za, const char* name, zip_flags_t flags) {
  VANBAN_REAL(zip_fopen);
  return real_zip_fopen(za, name, flags);
}
zip_int64_t zip_fread(zip_file_t* zf, void* buf, zip_uint64_t n) {
  VANBAN_REAL(zip_fread);
  return real_zip_fread(zf, buf, n);
}
const char* zip_get_name(zip_t* za, zip_uint64_t index, zip_flags_t flags) {
  VANBAN_REAL(zip_get_name);
  return real_zip_get_name(za, index, flags);
}
zip_int64_t zip_get_num_entries(zip_t* za, zip_flags_t flags) {
  VANBAN_REAL(zip_get_num_entries);
  return real_zip_get_num_entries(za, flags);
}
zip_int64_t zip_name_locate(zip_t* za, const char* name, zip_flags_t flags) {
  VANBAN_REAL(zip_name_locate);
  return real_zip_name_locate(za, name, flags);
}
zip_t* zip_open(const char* path, int flags, int* errorp) {
  VANBAN_REAL(zip_open);
  return real_zip_open(path, flags, errorp);
}
zip_t* zip_open_from_source(zip_source_t* zs, int flags, zip_error_t* ze) {
  VANBAN_REAL(zip_open_from_source);
  return real_zip_open_from_source(zs, flags, ze);
}
zip_source_t* zip_source_buffer_create(const void* data, zip_uint64_t len, int freep, zip_error_t* ze) {
  VANBAN_REAL(zip_source_buffer_create);
  return real_zip_source_buffer_create(data, len, freep, ze);
}
void zip_source_free(zip_source_t* zs) {
  VANBAN_REAL(zip_source_free);
  real_zip_source_free(zs);
}
int zip_stat(zip_t* za, const char* name, zip_flags_t flags, zip_stat_t* st) {
  VANBAN_REAL(zip_stat);
  return real_zip_stat(za, name, flags, st);
}
void zip_stat_init(zip_stat_t* st) {
  VANBAN_REAL(zip_stat_init);
  real_zip_stat_init(st);
}

}  // extern "C"
