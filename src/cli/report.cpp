#include "cli/report.h"

#include <cstdio>

#include "text/unicode.h"

namespace vanban::cli {

bool parse_error_format(const std::string& name, ErrorFormat& out) {
  if (name == "text")
    out = ErrorFormat::Text;
  else if (name == "json")
    out = ErrorFormat::Json;
  else
    return false;
  return true;
}

OptionParser::Take error_format_option(ErrorFormat& out) {
  return [&out](const std::string&, const std::string& value) {
    return parse_error_format(value, out) ? std::string() : std::string("--error-format needs text or json");
  };
}

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

// Messages may quote the input (a column name, a file name): bytes that are not UTF-8
// would make the JSON invalid, and control characters (ESC …) would reach the user's
// terminal. Both are replaced before printing.
void report(const Error& e, ErrorFormat format) {
  if (format == ErrorFormat::Text) {
    std::fprintf(stderr, "%s\n", text::xml_safe(e.to_string()).c_str());
    return;
  }
  std::fprintf(stderr, "{\"file\":%s,\"line\":%d,\"column\":%d,\"code\":\"%s\",\"message\":%s}\n",
               json_string(text::xml_safe(e.file)).c_str(), e.line, e.column, error_code_name(e.code),
               json_string(text::xml_safe(e.message)).c_str());
}

}  // namespace vanban::cli
