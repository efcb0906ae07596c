// A template file (built-in or the user's) that breaks the rules it encodes.
#pragma once
#include <stdexcept>
#include <string>

#include "core/error.h"

namespace vanban::rules {

struct TemplateError : std::runtime_error {
  TemplateError(std::string origin_, std::string detail_, ErrorCode code_ = ErrorCode::Schema, int line_ = 0,
                int column_ = 0)
      : std::runtime_error(Error{code_, origin_, line_, column_, detail_}.to_string()),
        origin(std::move(origin_)),
        detail(std::move(detail_)),
        code(code_),
        line(line_),
        column(column_) {}
  std::string origin;  // the template file
  std::string detail;  // what is wrong, without the file name
  // NotWellFormed (XML syntax), Forbidden (a DOCTYPE), Limit (too large) or Schema (does
  // not match schemas/templates-1.xsd: wrong root, a value out of range, a missing value).
  ErrorCode code;
  int line;    // 1-based; 0 when not known
  int column;  // 1-based, in characters; 0 when not known

  // As an Error for the lists the library returns.
  Error to_error() const { return {code, origin, line, column, detail}; }
};

}  // namespace vanban::rules
