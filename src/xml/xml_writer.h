// A small streaming XML writer: no indentation (it would add text inside w:t and
// text:p), escaping and XML-illegal code points handled at this one boundary.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace vanban::xml {

class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}
  void declaration();  // <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
  Writer& start(std::string_view name);
  Writer& attr(std::string_view name, std::string_view value);
  Writer& attr(std::string_view name, long value);
  void text(std::string_view s);
  // Appends already-serialised XML (closing a pending start tag first).
  void raw(std::string_view xml);
  void end();  // closes the innermost open element ("/>" when it is empty)
  // <name a="v"/> in one call: the common case in property containers.
  Writer& empty(std::string_view name, std::string_view attr_name = {}, std::string_view value = {});

 private:
  void close_start_tag();
  std::string& out_;
  std::vector<std::string_view> open_;
  bool in_start_tag_ = false;
};

// Where escaped text goes:
//   Text       element content: &, <, > escaped
//   Attribute  a value in double quotes, as Writer writes it: also " (and tab, line
//              feed and carriage return as references, which attribute values keep)
//   AnyQuote   a value in quotes of either kind (a merge template's): also '
//   CData      inside <![CDATA[ … ]]>: nothing escaped, "]]>" split across two sections
enum class Escape { Text, Attribute, AnyQuote, CData };

// The one XML escaper: appends `s` for `where`, dropping the code points XML 1.0
// forbids (text::is_xml_char) and bytes that are not UTF-8.
void escape_into(std::string& out, std::string_view s, Escape where);
inline void escape_into(std::string& out, std::string_view s, bool attribute) {
  escape_into(out, s, attribute ? Escape::Attribute : Escape::Text);
}

// Locale-independent decimal text: fixed(12.7, 2) → "12.7", fixed(14, 2) → "14".
std::string fixed(double v, int decimals);

}  // namespace vanban::xml
