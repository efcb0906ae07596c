// The .odt half of office_lines (import/office_lines.h): an office::Document read from an
// .odt (office/odt_reader.h) as the markup text import recognises, exactly as import has
// always written it.
#pragma once
#include "import/office_lines.h"
#include "office/document.h"

namespace vanban::import {

// `d` must be an .odt's (Kind::Odt).
OfficeLines odt_lines(const office::Document& d);

}  // namespace vanban::import
