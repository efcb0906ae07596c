// An empty signature field where the signer signs, for signing tools to fill: one
// merged field and widget annotation, printable, with an empty appearance (PDF/A
// requires every widget to have one).
#pragma once
#include <string>

#include "typeset/document.h"

namespace vanban::pdf {

class ObjectWriter;

// Writes the field (object `num`, reserved by the caller) and its appearance; its
// name is "Signature<ordinal>" (1, 2, … in page order: a merged file has one per
// letter). `page` is the object number of the page whose /Annots lists it.
void write_signature_field(ObjectWriter& w, int num, int ordinal, const typeset::Rect& r, double height, int page);

}  // namespace vanban::pdf
