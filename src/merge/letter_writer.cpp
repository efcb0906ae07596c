#include "merge/letter_writer.h"

#include "docx/docx_writer.h"
#include "input/xml_reader.h"
#include "layout/layout.h"
#include "layout/text_writer.h"
#include "odt/odt_writer.h"

namespace vanban::merge {
namespace {

// Letters are many and small: zlib's fast levels halve the time of the one part that
// changes per letter, for a few per cent in size.
constexpr int kLevel = 3;

}  // namespace

std::optional<layout::Layout> LetterWriter::lay_out(std::string_view xml, std::string_view file, Errors& errors) const {
  auto read = input::read_document(xml, file);
  if (!read.document) {
    errors = std::move(read.errors);
    return std::nullopt;
  }
  return style_ ? layout::compose(*read.document, *style_) : layout::compose(*read.document);
}

std::string LetterWriter::package(const layout::Layout& l) {
  if (format_ == Format::Text) return layout::write_text(l);
  const std::vector<package::Entry> parts = format_ == Format::Docx ? docx::docx_parts(l) : odt::odt_parts(l);
  std::vector<const package::PackedEntry*> packed;
  packed.reserve(parts.size());
  for (const auto& part : parts) {
    Cached& c = cache_[part.name];
    if (c.packed.name.empty() || c.content != part.data) {
      c.packed = package::pack(part.name, part.data, part.stored, kLevel);
      c.content = part.data;
    }
    packed.push_back(&c.packed);
  }
  return package::assemble(packed);
}

}  // namespace vanban::merge
