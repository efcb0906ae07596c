// Packages letters one after another: parts that come out identical from letter to
// letter (styles, settings, fonts, manifest) are compressed once and reused, which is
// most of the cost of a small package. One LetterWriter per thread.
#pragma once
#include <string>
#include <unordered_map>

#include "core/choices.h"
#include "package/zip_writer.h"
#include "page/page.h"

namespace vanban::merge {

class LetterWriter {
 public:
  explicit LetterWriter(Format format) : format_(format) {}

  // The file's bytes in the chosen format.
  std::string package(const layout::Layout& l);

 private:
  struct Cached {
    std::string content;
    package::PackedEntry packed;
  };
  Format format_;
  std::unordered_map<std::string, Cached> cache_;
};

}  // namespace vanban::merge
