// Resolves a caller's house-style choice (shared by render and merge).
#pragma once
#include <optional>

#include "api/vanban.h"
#include "layout/house_style.h"

namespace vanban {

// nullopt and no errors when `style` is null (the document's own style attribute
// decides); nullopt with an UnknownStyle error when it names nothing usable.
std::optional<layout::HouseStyle> choose_style(const StyleChoice* style, Errors& errors);

}  // namespace vanban
