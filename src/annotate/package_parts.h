// The entries of a package, all of them, in their order: annotate rewrites one to three
// XML parts and must hand every other entry back unchanged.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "package/zip_reader.h"

namespace vanban::annotate {

// Why a package cannot be annotated: the code (Unreadable, Limit) and what to tell the user.
struct Failure {
  ErrorCode code = ErrorCode::Unreadable;
  std::string why;
};

using Part = package::ZipPart;

// The most entries read: a zip without zip64 holds 65,535, and annotate may add two
// (word/comments.xml, word/_rels/document.xml.rels).
inline constexpr size_t kMaxParts = 65'535 - 2;

// Every entry of `zip`, in the archive's order, inflated within limits::kMaxUnzippedBytes
// in all (a zip bomb stops there). A package that is not a zip, has a damaged or
// encrypted entry, the same name twice, or a name pointing outside it fails.
std::optional<std::vector<Part>> read_parts(std::string_view zip, Failure& failure);

// The part named `name`, or null.
Part* find_part(std::vector<Part>& parts, std::string_view name);

// The package of `parts`, in order; an ODF package's "mimetype" first and stored, as
// ODF requires of it.
std::string write_parts(std::vector<Part>&& parts, bool odf);

}  // namespace vanban::annotate
