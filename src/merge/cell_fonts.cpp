#include "merge/cell_fonts.h"

#include <algorithm>

#include "core/limits.h"
#include "import/decode.h"
#include "merge/workbook_xml.h"

namespace vanban::merge {
namespace {

// Text every legacy table reads as itself: printable ASCII, tabs and line breaks (TCVN3
// puts capitals such as Ú at the other C0 codes).
bool plain_ascii(std::string_view text) {
  for (const char c : text)
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || static_cast<unsigned char>(c) >= 0x7F) return false;
  return true;
}

}  // namespace

int CellFonts::intern(std::string_view name) {
  if (name.empty()) return kNone;
  if (const auto it = ids_.find(name); it != ids_.end()) return it->second;
  const int id = static_cast<int>(fonts_.size());
  fonts_.push_back({std::string(name), import::legacy_font(name), 0});
  ids_.emplace(std::string(name), id);
  if (const auto& l = fonts_.back().legacy;
      l && std::find(encodings_.begin(), encodings_.end(), l->encoding) == encodings_.end())
    encodings_.push_back(l->encoding);
  return id;
}

std::string CellFonts::rescue(std::string_view text, int font) {
  if (plain_ascii(text) || encodings_.empty()) return std::string(text);
  const long as_is = import::vietnamese_score(text);
  if (as_is >= 0) return std::string(text);
  std::string best;
  long best_score = 0;
  import::Encoding chosen = import::Encoding::Tcvn3;
  for (const auto e : encodings_) {
    std::string d = import::decode_font_text(text, {e, false});
    const long score = import::vietnamese_score(d);
    if (score > best_score) {
      best = std::move(d);
      best_score = score;
      chosen = e;
    }
  }
  if (best.empty()) return std::string(text);
  const std::string name = font >= 0 ? fonts_[static_cast<size_t>(font)].name : std::string("unstyled");
  ++rescued_[name + " text read as " + import::encoding_name(chosen)];
  return best;
}

std::string CellFonts::decode(std::string_view text, int font) {
  if (text.empty()) return std::string(text);
  if (!legacy(font)) return rescue(text, font);
  Font& f = fonts_[static_cast<size_t>(font)];
  // Only a capitals-only font changes plain ASCII.
  if (plain_ascii(text) && !f.legacy->capitals) return std::string(text);
  ++f.decoded;
  return import::decode_font_text(text, *f.legacy);
}

std::string CellFonts::summary() const {
  std::string out;
  for (const auto& f : fonts_) {
    if (!f.legacy || f.decoded == 0) continue;
    if (!out.empty()) out += ", ";
    out += f.name + " (" + import::describe(*f.legacy) + ") " + std::to_string(f.decoded);
  }
  for (const auto& [what, n] : rescued_) out += (out.empty() ? "" : ", ") + what + " " + std::to_string(n);
  return out;
}

void CellText::add(std::string_view text, int font) {
  if (font != font_) flush();
  font_ = font;
  // The raw run is capped like the cell: a hostile run cannot grow without bound.
  workbook::append_capped(run_, text, too_long_);
}

void CellText::flush() {
  if (run_.empty()) return;
  workbook::append_capped(out_, fonts_.decode(run_, font_), too_long_);
  run_.clear();
}

}  // namespace vanban::merge
