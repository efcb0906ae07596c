#include <cstdio>

#include "api/vanban.h"
#include "cli/commands.h"
#include "cli/options.h"

namespace vanban::cli {
namespace {

constexpr const char* kHelp = R"(Usage: vanban list kinds|styles|fonts

  kinds    document kinds: id, tên loại, symbol abbreviation (Decree 30, Phụ lục III)
  styles   built-in house styles: id and name
  fonts    the font family PDFs are set in: Times New Roman when installed, else its
           metric-compatible stand-in, Liberation Serif (fonts-liberation2)

Tab-separated, one a line, for scripts and e-office forms.
)";

}  // namespace

int list_command(const std::vector<std::string>& args) {
  std::vector<std::string> lists;
  if (const auto status = OptionParser("list", kHelp).arguments(lists).parse(args)) return *status;
  if (lists.size() != 1) return usage_error("list", "name one of: kinds, styles, fonts");
  if (lists[0] == "kinds") {
    for (const auto& k : document_kinds())
      std::printf("%s\t%s\t%s\n", k.id.c_str(), k.name.c_str(), k.abbr.empty() ? "-" : k.abbr.c_str());
    return 0;
  }
  if (lists[0] == "styles") {
    for (const auto& s : house_styles()) std::printf("%s\t%s\n", s.id.c_str(), s.name.c_str());
    return 0;
  }
  if (lists[0] == "fonts") {
    Errors errors;
    const std::string fonts = pdf_fonts(errors);
    for (const auto& e : errors) std::fprintf(stderr, "vanban list: %s\n", e.message.c_str());
    if (!errors.empty()) return 1;
    std::printf("%s\n", fonts.c_str());
    return 0;
  }
  return usage_error("list", "unknown list '" + lists[0] + "': kinds, styles or fonts");
}

}  // namespace vanban::cli
