#include "xml/xml_writer.h"

#include <charconv>
#include <cmath>

#include "text/unicode.h"

namespace vanban::xml {

void escape_into(std::string& out, std::string_view raw, bool attribute) {
  const std::string s = text::xml_clean(raw);
  for (char c : s) {
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
        if (attribute)
          out += "&quot;";
        else
          out += c;
        break;
      case '\n':
      case '\r':
      case '\t':
        // In attributes these would be normalised to spaces by any reader; keep them.
        if (attribute)
          out += c == '\n' ? "&#10;" : c == '\r' ? "&#13;" : "&#9;";
        else
          out += c;
        break;
      default:
        out += c;
    }
  }
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
