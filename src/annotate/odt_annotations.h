// Notes as ODF annotations in content.xml: an office:annotation opening a range over
// each paragraph and an office:annotation-end closing it (ODF 1.3 §14.1–14.2).
#pragma once
#include <vector>

#include "annotate/annotate.h"
#include "annotate/package_parts.h"

namespace vanban::annotate {

// Edits content.xml among `parts` in place. False with `failure` when it cannot be read
// or an anchor does not fit. META-INF/manifest.xml needs no change: no part is added.
bool add_odt_annotations(std::vector<Part>& parts, const std::vector<Note>& notes, const Options& options,
                         Failure& failure);

}  // namespace vanban::annotate
