// One letter from its filled-in XML: read and checked like any input (schema and
// semantics), laid out, and packaged. Parts that come out identical from letter to
// letter (styles, settings, fonts, manifest) are compressed once and reused, which is
// most of the cost of a small package. One LetterWriter per thread.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "api/vanban.h"
#include "layout/house_style.h"
#include "layout/page.h"
#include "package/zip_writer.h"

namespace vanban::merge {

class LetterWriter {
 public:
  LetterWriter(Format format, std::optional<layout::HouseStyle> style) : format_(format), style_(std::move(style)) {}

  // The laid-out letter, or nullopt with errors (located in `file`).
  std::optional<layout::Layout> lay_out(std::string_view xml, std::string_view file, Errors& errors) const;
  // The file's bytes in the chosen format.
  std::string package(const layout::Layout& l);

 private:
  struct Cached {
    std::string content;
    package::PackedEntry packed;
  };
  Format format_;
  std::optional<layout::HouseStyle> style_;
  std::unordered_map<std::string, Cached> cache_;
};

}  // namespace vanban::merge
