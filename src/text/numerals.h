// Roman numerals: Decree 30's section numbers (I., II.) and the labels word processors
// show for roman list levels. One table for the renderer and the office reader.
#pragma once
#include <string>

namespace vanban::text {

// "I", "IV", "MMXXVI"; "" for n < 1.
std::string roman(int n);

}  // namespace vanban::text
