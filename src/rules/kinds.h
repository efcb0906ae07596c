// Document kinds (Decree 30, Phụ lục III): names, symbol abbreviations and what each
// kind carries, from templates/kinds.xml.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace vanban::rules {

struct KindInfo {
  std::string id;
  std::string name;  // "Kế hoạch"
  std::string abbr;  // "KH"; empty for công văn
  bool has_title = true;
  bool kinh_gui = false;
  std::string formula;  // "QUYẾT ĐỊNH:"
};

const std::vector<KindInfo>& kinds();
const KindInfo* find_kind(std::string_view id);

}  // namespace vanban::rules
