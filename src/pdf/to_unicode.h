// The ToUnicode CMap of a Type0 font: which text each glyph id (= CID) stands for, so
// that text extraction and search give the document's characters back.
#pragma once
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace vanban::pdf {

// `map`: glyph id → UTF-8 text, sorted by glyph id, without empty texts. Returns the
// CMap program (uncompressed). A text longer than a CMap destination may be (256
// UTF-16 units) is cut short.
std::string to_unicode_cmap(const std::vector<std::pair<uint32_t, std::string>>& map);

}  // namespace vanban::pdf
