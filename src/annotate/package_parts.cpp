#include "annotate/package_parts.h"

#include "core/limits.h"
#include "package/zip_reader.h"
#include "package/zip_writer.h"
#include "text/unicode.h"

namespace vanban::annotate {

std::optional<std::vector<Part>> read_parts(std::string_view zip, Failure& failure) {
  using S = package::ZipListing::Status;
  package::ZipListing l = package::read_all_zip(zip, limits::kMaxUnzippedBytes, kMaxParts);
  const std::string name = text::printable(l.entry);
  switch (l.status) {
    case S::Ok:
      return std::move(l.parts);
    case S::NotZip:
      failure = {ErrorCode::Unreadable, "not a readable zip package"};
      break;
    case S::TooMany:
      failure = {ErrorCode::Limit,
                 "the package has " + l.entry + " entries, more than " + std::to_string(kMaxParts) + " (the limit)"};
      break;
    case S::Unnamed:
      failure = {ErrorCode::Unreadable, "entry " + l.entry + " of the package has no name (damaged)"};
      break;
    case S::Unsafe:
      // The copy would carry the name on to whoever extracts it.
      failure = {ErrorCode::Unreadable,
                 "the package has an entry named '" + name + "', which points outside it: refused"};
      break;
    case S::Duplicate:
      failure = {ErrorCode::Unreadable, "the package holds '" + name + "' twice (damaged)"};
      break;
    case S::Damaged:
      failure = {ErrorCode::Unreadable, "cannot read " + name + " from the package (damaged or encrypted)"};
      break;
    case S::TooLarge:
      failure = {ErrorCode::Limit, "the package inflates to more than " +
                                       std::to_string(limits::kMaxUnzippedBytes >> 20) +
                                       " MiB (the limit; a zip bomb?)"};
      break;
  }
  return std::nullopt;
}

Part* find_part(std::vector<Part>& parts, std::string_view name) {
  for (auto& p : parts)
    if (p.name == name) return &p;
  return nullptr;
}

std::string write_parts(std::vector<Part>&& parts, bool odf) {
  // Moved, not copied: a package may hold up to kMaxUnzippedBytes of pictures.
  std::vector<package::Entry> entries;
  entries.reserve(parts.size());
  size_t mimetype = parts.size();
  if (odf)
    for (size_t i = 0; i < parts.size(); ++i)
      if (parts[i].name == "mimetype") mimetype = i;
  if (mimetype < parts.size())
    entries.push_back({std::move(parts[mimetype].name), std::move(parts[mimetype].data), true});
  for (size_t i = 0; i < parts.size(); ++i)
    if (i != mimetype) entries.push_back({std::move(parts[i].name), std::move(parts[i].data), parts[i].stored});
  return package::zip(entries);
}

}  // namespace vanban::annotate
