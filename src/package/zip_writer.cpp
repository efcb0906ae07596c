#include "package/zip_writer.h"

#include "core/deflate.h"

#include <zlib.h>

#include <limits>
#include <stdexcept>

namespace vanban::package {
namespace {

// 1980-01-01 00:00 in DOS form: the earliest a zip can hold, so identical input gives
// identical bytes.
constexpr uint16_t kDosTime = 0;
constexpr uint16_t kDosDate = (0 << 9) | (1 << 5) | 1;
constexpr uint16_t kVersion = 20;  // 2.0: deflate
constexpr uint16_t kUtf8Names = 1 << 11;

void put16(std::string& out, uint32_t v) {
  out.push_back(static_cast<char>(v & 0xff));
  out.push_back(static_cast<char>((v >> 8) & 0xff));
}
void put32(std::string& out, uint32_t v) {
  put16(out, v & 0xffff);
  put16(out, v >> 16);
}

uint32_t narrow32(uint64_t v, const char* what) {
  if (v > std::numeric_limits<uint32_t>::max()) throw std::runtime_error(std::string("zip: ") + what + " over 4 GiB");
  return static_cast<uint32_t>(v);
}

void put_header(std::string& out, const PackedEntry& e, bool central, uint32_t offset) {
  put32(out, central ? 0x02014b50 : 0x04034b50);
  if (central) put16(out, kVersion);  // version made by: MS-DOS attributes
  put16(out, kVersion);
  put16(out, kUtf8Names);
  put16(out, e.stored ? 0 : 8);
  put16(out, kDosTime);
  put16(out, kDosDate);
  put32(out, e.crc);
  put32(out, narrow32(e.data.size(), "an entry"));
  put32(out, narrow32(e.size, "an entry"));
  put16(out, static_cast<uint32_t>(e.name.size()));
  put16(out, 0);  // no extra field
  if (central) {
    put16(out, 0);  // comment
    put16(out, 0);  // disk
    put16(out, 0);  // internal attributes
    put32(out, 0);  // external attributes
    put32(out, offset);
  }
  out += e.name;
}

}  // namespace

PackedEntry pack(std::string_view name, std::string_view data, bool stored, int level) {
  if (name.size() > 0xffff) throw std::runtime_error("zip: entry name too long");
  PackedEntry p;
  p.name = name;
  p.stored = stored;
  p.size = data.size();
  if (data.size() > std::numeric_limits<uInt>::max()) throw std::runtime_error("zip: entry over 4 GiB");
  p.crc = static_cast<uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size())));
  p.data = stored ? std::string(data) : deflate(data, level, DeflateFormat::Raw);
  return p;
}

std::string assemble(const std::vector<const PackedEntry*>& entries) {
  if (entries.size() > 0xffff) throw std::runtime_error("zip: more than 65,535 entries");
  size_t total = 22;
  for (const PackedEntry* e : entries) total += 30 + 46 + 2 * e->name.size() + e->data.size();
  std::string out;
  out.reserve(total);
  std::vector<uint32_t> offsets;
  offsets.reserve(entries.size());
  for (const PackedEntry* e : entries) {
    offsets.push_back(narrow32(out.size(), "the package"));
    put_header(out, *e, false, 0);
    out += e->data;
  }
  const uint32_t directory = narrow32(out.size(), "the package");
  for (size_t i = 0; i < entries.size(); ++i) put_header(out, *entries[i], true, offsets[i]);
  const uint32_t directory_size = narrow32(out.size() - directory, "the package");
  put32(out, 0x06054b50);
  put16(out, 0);
  put16(out, 0);
  put16(out, static_cast<uint32_t>(entries.size()));
  put16(out, static_cast<uint32_t>(entries.size()));
  put32(out, directory_size);
  put32(out, directory);
  put16(out, 0);  // no comment
  narrow32(out.size(), "the package");
  return out;
}

std::string zip(const std::vector<Entry>& entries) {
  std::vector<PackedEntry> packed;
  packed.reserve(entries.size());
  for (const auto& e : entries) packed.push_back(pack(e.name, e.data, e.stored));
  std::vector<const PackedEntry*> refs;
  refs.reserve(packed.size());
  for (const auto& p : packed) refs.push_back(&p);
  return assemble(refs);
}

}  // namespace vanban::package
