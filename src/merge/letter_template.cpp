#include "merge/letter_template.h"

#include <cctype>
#include <cstdio>

#include "text/unicode.h"
#include "xml/xml_writer.h"

namespace vanban::merge {
namespace {

std::string_view local_name(std::string_view qname) {
  const size_t colon = qname.find(':');
  return colon == std::string_view::npos ? qname : qname.substr(colon + 1);
}

bool starts(std::string_view s, size_t at, std::string_view prefix) { return s.substr(at, prefix.size()) == prefix; }

// Walks the raw template, tracking just enough XML (tags, attribute values, comments,
// CDATA) to know where each placeholder sits. The XML reader checks everything else.
class Scanner {
 public:
  Scanner(std::string_view s, std::string file, bool xml, Errors& errors)
      : s_(s), file_(std::move(file)), xml_(xml), errors_(errors) {}

  template <class OnLiteral, class OnPlaceholder>
  void run(OnLiteral&& literal, OnPlaceholder&& placeholder) {
    size_t i = 0;
    while (i < s_.size()) {
      if (starts(s_, i, "{{")) {
        if (state_ == State::Tag) {
          fail(i, "a placeholder cannot stand inside a tag; put it in an attribute value or in text");
          return;
        }
        const Where where = !xml_                        ? Where::Plain
                            : state_ == State::CData     ? Where::CData
                            : state_ == State::Attribute ? Where::Attribute
                                                         : Where::Text;
        const int context = state_ == State::Attribute ? -attribute_id_ : stack_id();
        const size_t end = placeholder_end(i);
        if (end == std::string_view::npos) return;
        placeholder(s_.substr(i + 2, end - i - 2), where, context, current_element(), line_, column(i));
        advance_to(end + 2);
        i = end + 2;
        continue;
      }
      const size_t next = xml_ ? step(i) : i + 1;
      literal(s_.substr(i, next - i));
      advance_to(next);
      i = next;
    }
  }

  void fail(size_t at, std::string message) {
    errors_.push_back({ErrorCode::Template, file_, line_, column(at), std::move(message)});
  }

 private:
  size_t placeholder_end(size_t open) {
    for (size_t j = open + 2; j + 1 < s_.size(); ++j) {
      if (s_[j] == '}' && s_[j + 1] == '}') return j;
      if (s_[j] == '{' || s_[j] == '}' || s_[j] == '<' || s_[j] == '\n') break;
    }
    fail(open, "'{{' is not closed by '}}' on the same line");
    return std::string_view::npos;
  }
  // Follows the XML at s_[i] (not a placeholder); returns where the next piece starts.
  size_t step(size_t i) {
    const char c = s_[i];
    switch (state_) {
      case State::Text:
        return c == '<' ? markup(i) : i + 1;
      case State::Tag:
        tag_char(i);
        break;
      case State::Attribute:
        if (c == quote_) state_ = State::Tag;
        break;
      case State::CData:
        if (starts(s_, i, "]]>")) {
          state_ = State::Text;
          return i + 3;
        }
        break;
    }
    return i + 1;
  }
  // At a '<' in text.
  size_t markup(size_t i) {
    if (starts(s_, i, "<!--")) return skip_past(i, "-->");
    if (starts(s_, i, "<![CDATA[")) {
      state_ = State::CData;
      return i + 9;
    }
    if (starts(s_, i, "<?") || starts(s_, i, "<!")) return skip_past(i, starts(s_, i, "<?") ? "?>" : ">");
    if (starts(s_, i, "</")) {
      if (!stack_.empty()) stack_.pop_back();
      return skip_past(i, ">");
    }
    state_ = State::Tag;
    tag_name_.clear();
    in_tag_name_ = true;
    return i + 1;
  }
  void tag_char(size_t i) {
    const char c = s_[i];
    if (in_tag_name_ && (std::isspace(static_cast<unsigned char>(c)) || c == '>' || c == '/')) in_tag_name_ = false;
    if (in_tag_name_) {
      tag_name_.push_back(c);
    } else if (c == '"' || c == '\'') {
      state_ = State::Attribute;
      quote_ = c;
      ++attribute_id_;
    } else if (c == '>') {
      if (i == 0 || s_[i - 1] != '/') stack_.push_back({std::string(local_name(tag_name_)), ++element_ids_});
      state_ = State::Text;
    }
  }
  size_t skip_past(size_t from, std::string_view end) const {
    const size_t at = s_.find(end, from);
    return at == std::string_view::npos ? s_.size() : at + end.size();
  }
  void advance_to(size_t to) {
    for (; pos_ < to; ++pos_)
      if (s_[pos_] == '\n') {
        ++line_;
        line_start_ = pos_ + 1;
      }
  }
  // 1-based column in characters (UTF-8 lead bytes) from the start of the line.
  int column(size_t at) const {
    int col = 1;
    for (size_t k = line_start_; k < at && k < s_.size(); ++k)
      if ((static_cast<unsigned char>(s_[k]) & 0xC0) != 0x80) ++col;
    return col;
  }
  int stack_id() const { return stack_.empty() ? 0 : stack_.back().second; }
  std::string_view current_element() const { return stack_.empty() ? std::string_view{} : stack_.back().first; }

  std::string_view s_;
  std::string file_;
  bool xml_;
  Errors& errors_;
  size_t pos_ = 0, line_start_ = 0;
  int line_ = 1;
  std::vector<std::pair<std::string, int>> stack_;
  int element_ids_ = 0;
  enum class State { Text, Tag, Attribute, CData } state_ = State::Text;
  char quote_ = 0;
  std::string tag_name_;
  bool in_tag_name_ = false;
  int attribute_id_ = 0;
};

// A data value on one line: controls (line breaks and tabs in a CSV cell included,
// DEL and the C1 controls U+0080–U+009F) become spaces. Making it XML (characters XML
// cannot hold, escaping) is text::xml_safe's and xml::escape_into's, as everywhere.
std::string one_line(std::string_view v) {
  std::string out;
  out.reserve(v.size());
  for (size_t i = 0; i < v.size(); ++i) {
    const auto c = static_cast<unsigned char>(v[i]);
    if (c < 0x20 || c == 0x7F) {
      out.push_back(' ');
    } else if (c == 0xC2 && i + 1 < v.size() && static_cast<unsigned char>(v[i + 1]) < 0xA0) {
      out.push_back(' ');  // C1 controls U+0080–U+009F
      ++i;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

xml::Escape escape_for(Where where) {
  switch (where) {
    case Where::Text:
      return xml::Escape::Text;
    case Where::Attribute:
      return xml::Escape::AnyQuote;  // the template's quote may be either
    case Where::CData:
      return xml::Escape::CData;
    case Where::Plain:
      break;
  }
  return xml::Escape::Text;
}

}  // namespace

std::string day_first_to_iso(std::string_view v) {
  const std::string_view t = text::trim(v);
  int parts[3] = {0, 0, 0};
  int digits[3] = {0, 0, 0};
  int k = 0;
  char sep = 0;
  for (char c : t) {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      if (++digits[k] > 4) return std::string(v);
      parts[k] = parts[k] * 10 + (c - '0');
    } else if ((c == '/' || c == '-' || c == '.') && k < 2 && (sep == 0 || c == sep) && digits[k] > 0) {
      sep = c;
      ++k;
    } else {
      return std::string(v);
    }
  }
  if (k != 2 || digits[0] > 2 || digits[1] > 2 || digits[2] != 4) return std::string(v);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", parts[2], parts[1], parts[0]);
  return buf;
}

LetterTemplate::Token LetterTemplate::placeholder_token(std::string_view inner, Where where, std::string_view element,
                                                        int line, int column) {
  Token tok;
  tok.where = where;
  tok.line = line;
  tok.column = column;
  std::string_view name = text::trim(inner);
  if (!name.empty() && (name[0] == '#' || name[0] == '^' || name[0] == '/')) {
    tok.kind = name[0] == '#' ? Kind::Open : name[0] == '^' ? Kind::OpenInverted : Kind::Close;
    name = text::trim(name.substr(1));
  } else {
    tok.kind = Kind::Value;
    if (!name.empty() && name.back() == '?') {
      tok.optional = true;
      name = text::trim(name.substr(0, name.size() - 1));
    }
  }
  tok.text = text::nfc(name);
  tok.date = where == Where::Text && element == "date";
  tok.number = where == Where::Text && element == "number";
  return tok;
}

void LetterTemplate::add_placeholder(Token tok, int context, std::vector<OpenBlock>& open, Errors& errors) {
  if (tok.text.empty()) {
    errors.push_back({ErrorCode::Template, file_, tok.line, tok.column, "a placeholder needs a column name: {{name}}"});
    return;
  }
  const size_t index = tokens_.size();
  if (tok.kind == Kind::Open || tok.kind == Kind::OpenInverted) {
    open.push_back({index, context});
  } else if (tok.kind == Kind::Close) {
    if (open.empty() || tokens_[open.back().token].text != tok.text) {
      errors.push_back({ErrorCode::Template, file_, tok.line, tok.column,
                        "{{/" + tok.text + "}} closes no open {{#" + tok.text + "}} block"});
      return;
    }
    if (open.back().context != context) {
      const Token& o = tokens_[open.back().token];
      errors.push_back({ErrorCode::Template, file_, tok.line, tok.column,
                        "the block {{#" + tok.text + "}} opened at line " + std::to_string(o.line) +
                            " must close inside the same element or attribute value"});
      return;
    }
    tokens_[open.back().token].jump = index;
    open.pop_back();
  }
  tokens_.push_back(std::move(tok));
}

LetterTemplate LetterTemplate::parse(std::string_view bytes, std::string file, Errors& errors) {
  LetterTemplate t;
  t.file_ = file;
  const size_t errors_before = errors.size();
  Scanner scanner(bytes, file, true, errors);
  std::vector<OpenBlock> open;
  scanner.run([&](std::string_view lit) { t.append_literal(lit); },
              [&](std::string_view inner, Where where, int context, std::string_view element, int line, int column) {
                t.add_placeholder(placeholder_token(inner, where, element, line, column), context, open, errors);
              });
  for (const OpenBlock& o : open) {
    const Token& tok = t.tokens_[o.token];
    errors.push_back({ErrorCode::Template, file, tok.line, tok.column, "{{#" + tok.text + "}} is never closed"});
  }
  if (errors.size() != errors_before) t.tokens_.clear();
  return t;
}

LetterTemplate LetterTemplate::parse_plain(std::string_view pattern, Errors& errors) {
  LetterTemplate t;
  t.file_ = "--name";
  Scanner scanner(pattern, t.file_, false, errors);
  scanner.run(
      [&](std::string_view lit) { t.append_literal(lit); },
      [&](std::string_view inner, Where where, int, std::string_view, int line, int column) {
        std::string_view name = text::trim(inner);
        Token tok;
        tok.kind = Kind::Value;
        tok.where = where;
        tok.optional = true;  // an empty part of a file name is not an error
        if (!name.empty() && name.back() == '?') name = text::trim(name.substr(0, name.size() - 1));
        tok.text = text::nfc(name);
        tok.line = line;
        tok.column = column;
        if (tok.text.empty() || tok.text[0] == '#' || tok.text[0] == '^' || tok.text[0] == '/') {
          errors.push_back({ErrorCode::Usage, "--name", line, column, "a file name pattern takes only {{column}}"});
          return;
        }
        t.tokens_.push_back(std::move(tok));
      });
  return t;
}

Errors LetterTemplate::bind(const std::vector<std::string>& header) {
  Errors errors;
  std::vector<std::string> reported;
  for (auto& tok : tokens_) {
    if (tok.kind == Kind::Literal || tok.kind == Kind::Close) continue;
    tok.slot = -1;
    for (size_t c = 0; c < header.size(); ++c)
      if (header[c] == tok.text) {
        tok.slot = static_cast<int>(c);
        break;
      }
    if (tok.slot >= 0 || tok.text == kRowName || tok.text == kSeqName) continue;
    bool seen = false;
    for (const auto& r : reported) seen = seen || r == tok.text;
    if (seen) continue;
    reported.push_back(tok.text);
    std::string known;
    for (const auto& h : header) known += (known.empty() ? "" : ", ") + h;
    errors.push_back({ErrorCode::Template, file_, tok.line, tok.column,
                      "{{" + tok.text + "}}: the data has no column '" + tok.text + "' (columns: " + known +
                          "; built in: _row, _seq)"});
  }
  return errors;
}

void LetterTemplate::append_literal(std::string_view lit) {
  if (tokens_.empty() || tokens_.back().kind != Kind::Literal) tokens_.push_back({});
  tokens_.back().text.append(lit);
}

std::string_view LetterTemplate::value_of(const Token& t, const RowValues& row) const {
  if (t.slot >= 0) {
    const auto s = static_cast<size_t>(t.slot);
    return row.cells && s < row.cells->size() ? std::string_view((*row.cells)[s]) : std::string_view{};
  }
  if (t.text == kRowName) return row.row;
  if (t.text == kSeqName) return row.seq;
  return {};
}

void LetterTemplate::append_value(std::string& out, const Token& t, std::string_view value) const {
  std::string v = text::xml_safe(one_line(value));
  if (t.date) v = day_first_to_iso(v);
  if (t.where == Where::Plain)
    out += v;  // a file name: made safe by safe_file_name
  else
    xml::escape_into(out, v, escape_for(t.where));
}

std::string LetterTemplate::fill(const RowValues& row, std::vector<std::string>& problems) const {
  std::string out;
  out.reserve(4096);
  for (size_t i = 0; i < tokens_.size(); ++i) {
    const Token& t = tokens_[i];
    switch (t.kind) {
      case Kind::Literal:
        out += t.text;
        break;
      case Kind::Value: {
        const std::string_view v = value_of(t, row);
        std::string problem;
        if (!text::valid_utf8(v))
          problem = "column '" + t.text + "' is not valid UTF-8";
        else if (text::trim(v).empty() && !t.optional)
          problem = "column '" + t.text + "' is empty, but the template needs it (line " + std::to_string(t.line) + ")";
        if (!problem.empty()) {
          // Said once per column, at its first use.
          bool said = false;
          for (const auto& p : problems) said = said || p.starts_with("column '" + t.text + "'");
          if (!said) problems.push_back(std::move(problem));
        } else {
          append_value(out, t, v);
        }
        break;
      }
      case Kind::Open:
      case Kind::OpenInverted: {
        const bool present = !text::trim(value_of(t, row)).empty();
        if (present != (t.kind == Kind::Open)) i = t.jump;
        break;
      }
      case Kind::Close:
        break;
    }
  }
  return out;
}

std::string LetterTemplate::probe() const {
  std::string out;
  for (size_t i = 0; i < tokens_.size(); ++i) {
    const Token& t = tokens_[i];
    if (t.kind == Kind::Literal) out += t.text;
    if (t.kind == Kind::Value) out += t.date ? "2000-01-01" : t.number ? "1" : "X";
    if (t.kind == Kind::OpenInverted) i = t.jump;  // every column present: inverted blocks go
  }
  return out;
}

std::vector<std::string> LetterTemplate::columns() const {
  std::vector<std::string> out;
  for (const auto& t : tokens_) {
    if (t.kind == Kind::Literal || t.kind == Kind::Close) continue;
    bool seen = false;
    for (const auto& o : out) seen = seen || o == t.text;
    if (!seen) out.push_back(t.text);
  }
  return out;
}

}  // namespace vanban::merge
