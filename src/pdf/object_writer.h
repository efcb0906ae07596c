// The file's frame: header, numbered indirect objects at recorded offsets, the classic
// cross-reference table and the trailer. Objects may be written in any order once
// their numbers are reserved; every reserved number must be written before finish().
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "pdf/digest.h"

namespace vanban::pdf {

class ObjectWriter {
 public:
  // `expected_size` reserves the output buffer (the cached streams are large).
  explicit ObjectWriter(size_t expected_size);

  int reserve();  // the next object number (from 1)
  // "n 0 obj <body> endobj"
  void object(int num, std::string_view body);
  // A stream: `dict` holds the entries but /Length, which is added; `data` as stored
  // (already compressed when `dict` names a filter). `known` is a digest of `data`
  // computed earlier (a cached stream) that stands in for its bytes in the file
  // identifier, so large shared streams are not hashed again for every file.
  void stream(int num, std::string_view dict, std::string_view data, const Digest* known = nullptr);
  // Cross-reference table and trailer (with /ID from everything written so far);
  // returns the file's bytes. `info` 0: no Info dictionary.
  std::string finish(int root, int info);

  static std::string ref(int num) { return std::to_string(num) + " 0 R"; }

 private:
  std::string out_;
  std::vector<size_t> offsets_;  // by number - 1; npos when not yet written
  Digest digest_;
  size_t hashed_ = 0;  // out_ up to here is in digest_
  void start(int num);
  void hash_pending();
};

}  // namespace vanban::pdf
