#include <cstdio>

#include "api/vanban.h"
#include "cli/commands.h"
#include "cli/io.h"
#include "cli/report.h"

namespace vanban::cli {
namespace {

constexpr const char* kHelp = R"(Usage: vanban validate [--error-format text|json] IN.xml...

Checks vanban document XML: well-formed, no DTD or entities, valid against
schemas/vanban-1.xsd, a known kind and house style, real dates, a formable symbol.
Prints nothing when all inputs are valid; otherwise one line per problem as
FILE:LINE:COLUMN: MESSAGE.  '-' reads standard input.

Exit status: 0 all valid, 1 a problem was found, 2 usage error.
)";

}  // namespace

int validate_command(const std::vector<std::string>& args) {
  std::vector<std::string> inputs;
  ErrorFormat error_format = ErrorFormat::Text;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-h" || a == "--help") {
      std::fputs(kHelp, stdout);
      return 0;
    }
    if (a == "--error-format") {
      if (i + 1 >= args.size() || !parse_error_format(args[i + 1], error_format))
        return usage_error("validate", "--error-format needs text or json");
      ++i;
      continue;
    }
    if (a.size() > 1 && a[0] == '-') return usage_error("validate", "unknown option " + a);
    inputs.push_back(a);
  }
  if (inputs.empty()) return usage_error("validate", "no input file");
  int status = 0;
  for (const auto& in : inputs) {
    Error read_error;
    const auto xml = read_input(in, read_error);
    Errors errors = xml ? validate(*xml, in) : Errors{read_error};
    for (const auto& e : errors) report(e, error_format);
    if (!errors.empty()) status = 1;
  }
  return status;
}

}  // namespace vanban::cli
