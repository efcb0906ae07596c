#include "api/style_choice.h"

namespace vanban {

std::optional<layout::HouseStyle> choose_style(const StyleChoice* style, Errors& errors) {
  if (!style) return std::nullopt;
  if (!style->builtin.empty()) {
    const layout::HouseStyle* hs = layout::builtin_style(style->builtin);
    if (hs) return *hs;
    std::string known;
    for (const auto& id : layout::builtin_style_ids()) known += (known.empty() ? "" : ", ") + id;
    errors.push_back({ErrorCode::UnknownStyle, style->builtin, 0, 0,
                      "unknown house style '" + style->builtin + "' (built in: " + known + ")"});
    return std::nullopt;
  }
  try {
    return layout::parse_house_style(style->xml, style->origin);
  } catch (const layout::TemplateError& e) {
    errors.push_back({ErrorCode::UnknownStyle, style->origin, 0, 0, e.detail});
    return std::nullopt;
  }
}

}  // namespace vanban
