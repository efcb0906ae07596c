// How the command line reports problems: "file:line:col: message" lines for people,
// or one JSON object a line for programs (--error-format json).
#pragma once
#include <string>

#include "cli/options.h"
#include "core/error.h"

namespace vanban::cli {

enum class ErrorFormat { Text, Json };

// Parses "text" or "json"; false for anything else.
bool parse_error_format(const std::string& name, ErrorFormat& out);
// --error-format F for an OptionParser: F checked as it is read.
OptionParser::Take error_format_option(ErrorFormat& out);
void report(const Error& e, ErrorFormat format);
// JSON string literal for UTF-8 text (quotes, backslashes, control characters escaped).
std::string json_string(const std::string& s);

}  // namespace vanban::cli
