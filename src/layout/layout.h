// Decree 30 applied to a document: model in, format-neutral page description out.
#pragma once
#include "model/document.h"
#include "page/page.h"
#include "rules/house_style.h"
#include "rules/layout_template.h"

namespace vanban::layout {

// The named paragraph styles: the roles of a layout template (by default the embedded
// templates/layout.xml) with the sizes and spacing of a house style.
std::vector<ParaStyle> make_styles(const rules::HouseStyle& hs, const rules::LayoutTemplate& lt);
std::vector<ParaStyle> make_styles(const rules::HouseStyle& hs);

// Lays out `doc` (already validated: its kind and style exist), in the document's own
// house style or `hs`, with the embedded layout template or `lt`.
Layout compose(const model::Document& doc);
Layout compose(const model::Document& doc, const rules::HouseStyle& hs);
Layout compose(const model::Document& doc, const rules::HouseStyle& hs, const rules::LayoutTemplate& lt);

}  // namespace vanban::layout
