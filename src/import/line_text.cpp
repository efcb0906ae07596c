#include "import/line_text.h"

#include <unicode/uchar.h>

#include <vector>

#include "data/embedded.h"
#include "text/unicode.h"

namespace vanban::import {
namespace {

std::vector<std::string> load_clutter() {
  std::vector<std::string> out;
  data::each_data_line("templates/import/site-clutter.txt", [&](std::string_view line) { out.emplace_back(line); });
  return out;
}

}  // namespace

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool starts_with_label(std::string_view s, std::string_view label) {
  if (!starts_with(s, label)) return false;
  bool more = false;
  text::each_code_point(s.substr(label.size()), [&](UChar32 c, std::string_view) {
    more = c > 0 && u_isalnum(c);
    return false;
  });
  return !more;
}

std::string trim_copy(std::string_view s) { return std::string(text::trim(s)); }

std::string strip_end(std::string s, std::string_view chars) {
  while (!s.empty() && (s.back() == ' ' || chars.find(s.back()) != std::string_view::npos)) s.pop_back();
  return s;
}

bool body_opener(std::string_view s) {
  static constexpr std::string_view kOpeners[] = {
      "Căn cứ",     "Thực hiện", "Triển khai", "Kính gửi", "Xét ",     "Theo ",    "Nhằm",      "Để ",
      "Trên cơ sở", "Ngày ",     "Hôm nay",    "Qua ",     "Phúc đáp", "Tiếp tục", "Nhận được", "Thời gian qua"};
  for (auto o : kOpeners)
    if (starts_with(s, o)) return true;
  return false;
}

bool site_clutter(std::string_view s) {
  static const std::vector<std::string> kClutter = load_clutter();
  for (const auto& c : kClutter)
    if (starts_with(s, c)) return true;
  return false;
}

}  // namespace vanban::import
