// Reads a vanban XML document: well-formedness and safety (no DTD, no entities, no
// network), validation against schemas/vanban-1.xsd, then the semantic model with
// every string NFC-normalised and its white space collapsed.
#pragma once
#include <optional>
#include <string_view>

#include "core/error.h"
#include "model/document.h"

namespace vanban::input {

struct ReadResult {
  std::optional<model::Document> document;  // set when errors is empty
  Errors errors;
};

// `file` names the input in messages.
ReadResult read_document(std::string_view bytes, std::string_view file);

}  // namespace vanban::input
