#include "merge/letter_writer.h"

#include "render/render_steps.h"

namespace vanban::merge {
namespace {

// Letters are many and small: zlib's fast levels halve the time of the one part that
// changes per letter, for a few per cent in size.
constexpr int kLevel = 3;

}  // namespace

std::string LetterWriter::package(const layout::Layout& l) {
  if (format_ == Format::Text) return write_layout(l, format_);
  std::vector<package::Entry> parts = package_parts(l, format_);
  std::vector<const package::PackedEntry*> packed;
  packed.reserve(parts.size());
  for (auto& part : parts) {
    Cached& c = cache_[part.name];
    if (c.packed.name.empty() || c.content != part.data) {
      c.packed = package::pack(part.name, part.data, part.stored, kLevel);
      c.content = std::move(part.data);
    }
    packed.push_back(&c.packed);
  }
  return package::assemble(packed);
}

}  // namespace vanban::merge
