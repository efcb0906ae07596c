#include "text/numerals.h"

#include <array>
#include <string_view>
#include <utility>

namespace vanban::text {

std::string roman(int n) {
  static constexpr std::array<std::pair<int, std::string_view>, 13> kTable{{{1000, "M"},
                                                                            {900, "CM"},
                                                                            {500, "D"},
                                                                            {400, "CD"},
                                                                            {100, "C"},
                                                                            {90, "XC"},
                                                                            {50, "L"},
                                                                            {40, "XL"},
                                                                            {10, "X"},
                                                                            {9, "IX"},
                                                                            {5, "V"},
                                                                            {4, "IV"},
                                                                            {1, "I"}}};
  std::string out;
  for (const auto& [value, digits] : kTable)
    while (n >= value) {
      out += digits;
      n -= value;
    }
  return out;
}

}  // namespace vanban::text
