// A merge template: a vanban XML document (usually a giay-moi) whose text and
// attribute values hold placeholders, filled once per data row.
//
//   {{ho_ten}}          the row's value; the row fails if it is empty
//   {{chuc_vu?}}        the value, and nothing when it is empty
//   {{#chuc_vu}}…{{/chuc_vu}}   kept only when the column is non-empty
//   {{^chuc_vu}}…{{/chuc_vu}}   kept only when it is empty
//   {{_row}} {{_seq}}   the row's number in the data, and its place in the output
//
// Placeholders are found in the raw text with their line and column, so the template
// is checked before any row is read; values are XML-escaped when filled in, so a row
// can never add markup. A block may span elements but must open and close inside the
// same element (or attribute value), so the result is always well-formed.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace vanban::merge {

inline constexpr const char* kRowName = "_row";
inline constexpr const char* kSeqName = "_seq";

// The values of one data row, by column index, plus the built-in names.
struct RowValues {
  const std::vector<std::string>* cells = nullptr;  // may be shorter than the header
  std::string row;                                  // {{_row}}
  std::string seq;                                  // {{_seq}}
};

// Where a placeholder sits, which decides how its value is escaped.
enum class Where { Text, Attribute, CData, Plain };

class LetterTemplate {
 public:
  // Scans `bytes` (named `file` in messages). Throws nothing: syntax errors are
  // returned with their line and column.
  static LetterTemplate parse(std::string_view bytes, std::string file, Errors& errors);

  // Binds each placeholder name to a column of `header` (names in NFC). Returns one
  // error per unknown name, located at its first use.
  Errors bind(const std::vector<std::string>& header);

  // The template with placeholders filled with neutral values (every block kept), for
  // checking the template itself before any row.
  std::string probe() const;

  // The document for one row, or the row's problems (empty required values, text that
  // is not UTF-8) as messages without a location; the caller adds the row.
  std::string fill(const RowValues& row, std::vector<std::string>& problems) const;

  // Distinct column names the template uses, in order of first use.
  std::vector<std::string> columns() const;
  const std::string& file() const { return file_; }

  // A name pattern (for output files) is a template too: plain text, no XML.
  static LetterTemplate parse_plain(std::string_view pattern, Errors& errors);

 private:
  enum class Kind { Literal, Value, Open, OpenInverted, Close };
  struct Token {
    Kind kind = Kind::Literal;
    std::string text;  // Literal: the bytes; otherwise the name
    Where where = Where::Text;
    bool optional = false;  // {{name?}}
    bool date = false;      // the whole content of <date>: d/m/yyyy is written ISO
    bool number = false;    // inside <number>: probed with a digit
    int line = 0, column = 0;
    size_t jump = 0;  // Open/OpenInverted: index of the matching Close
    int slot = -1;    // bound column; -1 = built-in or unbound
  };
  struct OpenBlock {
    size_t token;  // the {{#name}} or {{^name}}
    int context;   // the element or attribute value it opened in
  };
  static Token placeholder_token(std::string_view inner, Where where, std::string_view element, int line, int column);
  void add_placeholder(Token tok, int context, std::vector<OpenBlock>& open, Errors& errors);
  void append_literal(std::string_view lit);  // joins runs of text between placeholders
  void append_value(std::string& out, const Token& t, std::string_view value) const;
  std::string_view value_of(const Token& t, const RowValues& row) const;

  std::string file_;
  std::vector<Token> tokens_;
};

// "25/7/2023", "25-07-2023" or "25.7.2023" → "2023-07-25"; other text unchanged.
std::string day_first_to_iso(std::string_view value);

}  // namespace vanban::merge
