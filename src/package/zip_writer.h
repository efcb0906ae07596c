// Deterministic zip packages (zlib), built in memory: fixed 1980 timestamps, entries in
// the order added, the first one optionally stored (ODF's "mimetype"). Entries can be
// compressed once and reused in many packages (merge writes thousands of letters that
// share their styles, settings and manifest).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vanban::package {

struct Entry {
  std::string name;
  std::string data;
  bool stored = false;  // no compression (ODF mimetype)
};

// An entry ready to be put in a package: its data already deflated (or stored).
struct PackedEntry {
  std::string name;
  std::string data;  // raw deflate stream, or the bytes themselves when stored
  uint32_t crc = 0;
  uint64_t size = 0;  // uncompressed
  bool stored = false;
};

// Compresses one entry at zlib `level` (6: zlib's default; 1–3: about twice as fast,
// a few per cent larger). Thread-safe (each thread reuses its own zlib streams).
PackedEntry pack(std::string_view name, std::string_view data, bool stored = false, int level = 6);

// The package of already packed entries, in order.
std::string assemble(const std::vector<const PackedEntry*>& entries);

// Packs and assembles; throws std::runtime_error if zlib fails or the package would
// need zip64 (over 4 GiB or 65,535 entries).
std::string zip(const std::vector<Entry>& entries);

}  // namespace vanban::package
