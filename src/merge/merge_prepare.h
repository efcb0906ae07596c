// Merge, step 1 of 3 (then merge_produce.h, merge_pool.h): everything that can be
// checked before the first letter. Nothing is written when any of it fails.
#pragma once
#include <memory>
#include <optional>

#include "core/error.h"
#include "merge/letter_template.h"
#include "merge/merge_letters.h"
#include "merge/table_source.h"
#include "render/pdf_render.h"
#include "rules/house_style.h"

namespace vanban::merge {

// What the checks leave for the run.
struct Prepared {
  std::optional<rules::HouseStyle> style;  // nullopt: the template's own
  LetterTemplate letter;                   // bound to the list's columns
  LetterTemplate names;                    // --name, bound; empty without one
  std::unique_ptr<TableSource> source;     // the list, read up to its first row
  size_t sort_slot = 0;                    // --sort's column
  std::optional<PdfRenderer> pdf;          // Format::Pdf: the images decoded once
};

// Checks the options, reads and checks the template (its syntax, and that it makes a
// valid document once filled), opens the list and checks its header against the
// template and the --name and --sort options, and creates the output folder. False
// with `errors` when anything is wrong.
bool prepare(const MergeOptions& o, Prepared& p, Errors& errors);

}  // namespace vanban::merge
