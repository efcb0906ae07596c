#include <cstdio>

#include "api/vanban.h"
#include "cli/commands.h"
#include "cli/io.h"
#include "cli/options.h"
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
  if (const auto status = OptionParser("validate", kHelp)
                              .value("--error-format", "text or json", error_format_option(error_format))
                              .arguments(inputs)
                              .parse(args))
    return *status;
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
