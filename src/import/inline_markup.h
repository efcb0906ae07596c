// The emphasis that extracted text carries as markup: markdown (**bold**, *italic*,
// ***both***) and HTML (<b>, <i>, <strong>, <em>). Balanced pairs become runs; a marker
// without its partner (extraction cut a bold span across lines) is dropped.
#pragma once
#include <string>
#include <string_view>

#include "model/document.h"

namespace vanban::import {

model::Text parse_inline(std::string_view raw);
// A plain run of text.
model::Inline text_run(std::string text);
// The text of runs, without markup.
std::string plain_text(const model::Text& t);
// Removes the first `bytes` bytes of plain text from the runs (a label "1. " once it
// has become structure), then leading spaces.
void drop_prefix(model::Text& t, size_t bytes);
// Splits the runs at `bytes` of plain text: returns the part before, leaves the rest.
model::Text take_prefix(model::Text& t, size_t bytes);
// Removes trailing characters in `chars` (and spaces) from the end of the runs.
void trim_end(model::Text& t, std::string_view chars);
// True when every letter of the runs is bold.
bool all_bold(const model::Text& t);
// Joins runs, merging neighbours of the same emphasis.
void append_text(model::Text& to, const model::Text& from);

}  // namespace vanban::import
