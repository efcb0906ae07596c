#include "core/error.h"

namespace vanban {

const char* error_code_name(ErrorCode c) {
  switch (c) {
    case ErrorCode::Io:
      return "io";
    case ErrorCode::NotWellFormed:
      return "not-well-formed";
    case ErrorCode::Forbidden:
      return "forbidden";
    case ErrorCode::Schema:
      return "schema";
    case ErrorCode::BadDate:
      return "bad-date";
    case ErrorCode::UnknownKind:
      return "unknown-kind";
    case ErrorCode::UnknownStyle:
      return "unknown-style";
    case ErrorCode::Symbol:
      return "symbol";
    case ErrorCode::Limit:
      return "limit";
    case ErrorCode::Usage:
      return "usage";
    case ErrorCode::Unreadable:
      return "unreadable";
    case ErrorCode::Template:
      return "template";
    case ErrorCode::Data:
      return "data";
    case ErrorCode::Row:
      return "row";
    case ErrorCode::Internal:
      return "internal";
  }
  return "?";
}

std::string Error::to_string() const {
  // Appends only: GCC 12 warns falsely (-Wrestrict) on chains of operator+.
  std::string s = file.empty() ? std::string("vanban") : file;
  if (line > 0) {
    s.append(":").append(std::to_string(line));
    if (column > 0) s.append(":").append(std::to_string(column));
  }
  s.append(": ").append(message);
  return s;
}

Error internal_error(std::string file, const char* what, int line) {
  Error e{ErrorCode::Internal, std::move(file), line, 0, "internal error (a bug in vanban)"};
  if (what && *what) e.message.append(": ").append(what);
  return e;
}

}  // namespace vanban
