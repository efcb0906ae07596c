// Labels of the numbered levels: I., 1., a), then "-" and "+" for points.
#pragma once
#include <string>

namespace vanban::rules {

std::string roman(int n);              // 1 → "I", 14 → "XIV"
std::string vietnamese_letter(int n);  // 1 → "a", 5 → "đ": the Vietnamese alphabet, as điểm are lettered
// Label of the n-th (1-based) section at `depth` (1-based): "I.", "1.", "a)"; deeper
// levels repeat the pattern "1.", "a)" so every section keeps a label.
std::string section_label(int depth, int n);
std::string item_mark(int depth);  // 1 → "-", 2 → "+", deeper "-"

}  // namespace vanban::rules
