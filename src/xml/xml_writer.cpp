#include "xml/xml_writer.h"

#include <charconv>
#include <cmath>

#include <unicode/utf8.h>

#include <cstdint>

#include "text/unicode.h"

namespace vanban::xml {

void escape_into(std::string& out, std::string_view s, Escape where) {
  // One pass: runs of plain bytes are appended at once; escapes and the code points
  // XML 1.0 forbids (text::is_xml_char) are handled where they occur. This is the
  // writers' inner loop, so it avoids building a cleaned copy first.
  const bool attribute = where == Escape::Attribute || where == Escape::AnyQuote;
  const bool cdata = where == Escape::CData;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const auto len = static_cast<int32_t>(s.size());
  int32_t plain = 0;  // start of the pending run of bytes to copy as they are
  auto flush = [&](int32_t upto) { out.append(s.data() + plain, static_cast<size_t>(upto - plain)); };
  for (int32_t i = 0; i < len;) {
    const uint8_t c = p[i];
    if (c >= 0x20 && c < 0x80 && c != '&' && c != '<' && c != '>' && c != '"' && c != '\'') {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      const int32_t start = i;
      UChar32 cp;
      U8_NEXT(p, i, len, cp);
      if (cp < 0 || !text::is_xml_char(static_cast<char32_t>(cp))) {
        flush(start);
        plain = i;
      }
      continue;
    }
    if (cdata) {
      // Only "]]>" needs care (what is already written counts, as a dropped character
      // may have stood between): the section is closed after "]]" and opened again.
      if (c == '>') {
        flush(i);
        plain = i;
        if (out.ends_with("]]")) out += "]]><![CDATA[";
        ++i;
        continue;
      }
      if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
        ++i;
        continue;
      }
    }
    flush(i);
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += attribute ? "&quot;" : "\"";
        break;
      case '\'':
        out += where == Escape::AnyQuote ? "&apos;" : "'";
        break;
      case '\n':
        out += attribute ? "&#10;" : "\n";
        break;
      case '\r':
        out += attribute ? "&#13;" : "\r";
        break;
      case '\t':
        out += attribute ? "&#9;" : "\t";
        break;
      default:
        break;  // the other C0 controls fail text::is_xml_char: dropped
    }
    plain = ++i;
  }
  flush(len);
}

std::string fixed(double v, int decimals) {
  const double scale = std::pow(10.0, decimals);
  v = std::round(v * scale) / scale;
  if (v == 0) v = 0;  // no "-0"
  char buf[64];
  auto [p, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
  std::string s(buf, p);
  if (s.find('.') != std::string::npos) {
    s.erase(s.find_last_not_of('0') + 1);
    if (s.back() == '.') s.pop_back();
  }
  return s;
}

void Writer::declaration() { out_ += "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"; }

void Writer::close_start_tag() {
  if (in_start_tag_) {
    out_ += '>';
    in_start_tag_ = false;
  }
}

Writer& Writer::start(std::string_view name) {
  close_start_tag();
  out_ += '<';
  out_ += name;
  open_.push_back(name);
  in_start_tag_ = true;
  return *this;
}

Writer& Writer::attr(std::string_view name, std::string_view value) {
  out_ += ' ';
  out_ += name;
  out_ += "=\"";
  escape_into(out_, value, true);
  out_ += '"';
  return *this;
}

Writer& Writer::attr(std::string_view name, long value) { return attr(name, std::to_string(value)); }

void Writer::text(std::string_view s) {
  close_start_tag();
  escape_into(out_, s, false);
}

void Writer::raw(std::string_view xml) {
  close_start_tag();
  out_ += xml;
}

void Writer::end() {
  const std::string_view name = open_.back();
  open_.pop_back();
  if (in_start_tag_) {
    out_ += "/>";
    in_start_tag_ = false;
    return;
  }
  out_ += "</";
  out_ += name;
  out_ += '>';
}

Writer& Writer::empty(std::string_view name, std::string_view attr_name, std::string_view value) {
  start(name);
  if (!attr_name.empty()) attr(attr_name, value);
  end();
  return *this;
}

}  // namespace vanban::xml
