// Errors: a closed set of codes (tests assert codes, not wording) plus where and what.
//
// The policy: how a failure travels.
//
//   - Anything the user's input can cause (a document, a template, a delegate list, an
//     option, a file that cannot be read or written) is an Error with a code from the
//     closed set below, returned to the caller: in a result's `errors`, or appended to
//     an `Errors&`. A helper whose failure reaches the user returns an Error or Errors
//     (not a message string), so the code is chosen where the failure is understood.
//     A lookup whose miss is not a failure by itself (an optional part of a package)
//     returns an optional or a status, and its caller decides.
//   - An exception means a bug, or embedded data that is broken (the schema, the kinds,
//     a house style or table compiled into the program): never bad input. Code below
//     the boundaries does not catch it.
//   - The boundaries catch every exception (std::exception and anything else) and
//     report it as an Internal error naming the file, and the row when there is one:
//     each public API function (src/api), each row of a merge (its worker goes on with
//     the next row, so one bad row never loses the others), and main(). The program
//     never aborts on an exception.
#pragma once
#include <string>
#include <vector>

namespace vanban {

enum class ErrorCode {
  Io,             // cannot read the input or write the output
  NotWellFormed,  // XML syntax
  Forbidden,      // DTD, entity declarations, paths out of the output folder: never processed
  Schema,         // does not match schemas/vanban-1.xsd (or a table rule it cannot state), or a style
                  // file does not match schemas/templates-1.xsd (a value outside Decree 30)
  BadDate,        // impossible or malformed date
  UnknownKind,    // kind not in templates/kinds.xml
  UnknownStyle,   // house style not built in
  Symbol,         // the symbol cannot be formed
  Limit,          // over a size or nesting limit
  Usage,          // bad command line or option value
  Unreadable,     // an office file or workbook that cannot be read, or no text in it
  Template,       // merge template: placeholder syntax, blocks, a column the data lacks
  Data,           // merge list as a whole: empty, no header, a bad or repeated column, no usable row
  Row,            // one row of a list: an empty required value, not UTF-8, fields past the header
                  // (a row whose letter fails a document check keeps that check's code)
  Internal,       // a bug: an exception caught at a boundary, or our own output refused
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

// An Internal error for an exception caught at a boundary: "internal error (a bug in
// vanban): WHAT", naming `file` (and `line` when known).
Error internal_error(std::string file, const char* what, int line = 0);

}  // namespace vanban
