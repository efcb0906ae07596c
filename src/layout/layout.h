// Decree 30 applied to a document: model in, format-neutral page description out.
#pragma once
#include "layout/house_style.h"
#include "layout/page.h"
#include "model/document.h"

namespace vanban::layout {

// The named paragraph styles of a house style.
std::vector<ParaStyle> make_styles(const HouseStyle& hs);

// Lays out `doc` (already validated: its kind and style exist).
Layout compose(const model::Document& doc);
Layout compose(const model::Document& doc, const HouseStyle& hs);

}  // namespace vanban::layout
