// Errors: a closed set of codes (tests assert codes, not wording) plus where and what.
#pragma once
#include <string>
#include <vector>

namespace vanban {

enum class ErrorCode {
  Io,             // cannot read the input or write the output
  NotWellFormed,  // XML syntax
  Forbidden,      // DTD, entity declarations, paths out of the output folder: never processed
  Schema,         // does not match schemas/vanban-1.xsd
  BadDate,        // impossible or malformed date
  UnknownKind,    // kind not in templates/kinds.xml
  UnknownStyle,   // house style not built in
  Symbol,         // the symbol cannot be formed
  Limit,          // over a size or nesting limit
  Usage,          // bad command line
  Unreadable,     // import: an office file that cannot be read, or no text in it
  Internal,       // a bug: the importer wrote XML our own schema refuses
};

const char* error_code_name(ErrorCode c);

struct Error {
  ErrorCode code = ErrorCode::Io;
  std::string file;  // as the user named it; "-" for stdin
  int line = 0;      // 1-based; 0 when not known
  int column = 0;    // 1-based, in characters; 0 when not known
  std::string message;
  // "file:line:col: message" (parts that are unknown are left out)
  std::string to_string() const;
};

using Errors = std::vector<Error>;

}  // namespace vanban
