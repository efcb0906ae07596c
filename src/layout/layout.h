// Decree 30 applied to a document: model in, format-neutral page description out.
#pragma once
#include "model/document.h"
#include "page/page.h"
#include "rules/house_style.h"

namespace vanban::layout {

// The named paragraph styles of a house style.
std::vector<ParaStyle> make_styles(const rules::HouseStyle& hs);

// Lays out `doc` (already validated: its kind and style exist).
Layout compose(const model::Document& doc);
Layout compose(const model::Document& doc, const rules::HouseStyle& hs);

}  // namespace vanban::layout
