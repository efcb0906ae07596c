#include "merge/workbook_xml.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/limits.h"

namespace vanban::merge::workbook {
namespace {

int read_cb(void* ctx, char* buf, int len) {
  const zip_int64_t n = zip_fread(static_cast<zip_file_t*>(ctx), buf, static_cast<zip_uint64_t>(len));
  return n < 0 ? -1 : static_cast<int>(n);
}
int close_cb(void* ctx) { return zip_fclose(static_cast<zip_file_t*>(ctx)); }

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void append_utf8(std::string& out, unsigned cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

ReaderPtr open_entry(zip_t* z, const std::string& name) {
  zip_file_t* f = zip_fopen(z, name.c_str(), 0);
  if (!f) return nullptr;
  return ReaderPtr(xmlReaderForIO(read_cb, close_cb, f, name.c_str(), nullptr,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
}

std::string local(xmlTextReader* r) {
  const xmlChar* n = xmlTextReaderConstLocalName(r);
  return n ? reinterpret_cast<const char*>(n) : "";
}
std::string attribute(xmlTextReader* r, const char* name) {
  xmlChar* v = xmlTextReaderGetAttribute(r, BAD_CAST name);
  if (!v) return {};
  std::string s(reinterpret_cast<char*>(v));
  xmlFree(v);
  return s;
}
std::string attribute_ns(xmlTextReader* r, const char* name, const char* ns) {
  xmlChar* v = xmlTextReaderGetAttributeNs(r, BAD_CAST name, BAD_CAST ns);
  if (!v) return {};
  std::string s(reinterpret_cast<char*>(v));
  xmlFree(v);
  return s;
}

bool step(xmlTextReader* r, std::string& error) {
  const int rc = xmlTextReaderRead(r);
  if (rc < 0) error = "the workbook's XML is not well-formed";
  if (rc == 1 && xmlTextReaderNodeType(r) == XML_READER_TYPE_DOCUMENT_TYPE) {
    error = "the workbook's XML has a DOCTYPE, which vanban never processes";
    return false;
  }
  return rc == 1;
}
bool is_start(xmlTextReader* r) { return xmlTextReaderNodeType(r) == XML_READER_TYPE_ELEMENT; }
bool is_end(xmlTextReader* r) { return xmlTextReaderNodeType(r) == XML_READER_TYPE_END_ELEMENT; }
bool is_text(xmlTextReader* r) {
  const int t = xmlTextReaderNodeType(r);
  return t == XML_READER_TYPE_TEXT || t == XML_READER_TYPE_SIGNIFICANT_WHITESPACE || t == XML_READER_TYPE_CDATA ||
         t == XML_READER_TYPE_WHITESPACE;
}
bool is_empty(xmlTextReader* r) { return xmlTextReaderIsEmptyElement(r) == 1; }
std::string value(xmlTextReader* r) {
  const xmlChar* v = xmlTextReaderConstValue(r);
  return v ? reinterpret_cast<const char*>(v) : "";
}

void append_capped(std::string& cell, std::string_view more, bool& too_long) {
  const size_t room = limits::kMaxFieldBytes - std::min(cell.size(), limits::kMaxFieldBytes);
  if (more.size() > room) too_long = true;
  cell.append(more.substr(0, room));
}
std::string too_long_problem() {
  return "a cell is longer than the " + std::to_string(limits::kMaxFieldBytes >> 10) + " KiB limit";
}
std::string too_many_rows() {
  return "the sheet goes on past row " + std::to_string(limits::kMaxSheetRows) +
         ", the last row a spreadsheet has (split the list)";
}

long column_of(const std::string& ref) {
  long col = 0;
  size_t i = 0;
  for (; i < ref.size() && std::isalpha(static_cast<unsigned char>(ref[i])); ++i) {
    col = col * 26 + (std::toupper(static_cast<unsigned char>(ref[i])) - 'A' + 1);
    if (col > 1 << 20) return -1;
  }
  return i == 0 ? -1 : col - 1;
}

std::string iso_to_day_first(const std::string& iso) {
  if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-') return iso;
  return iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
}

std::string format_number(const std::string& v) {
  char* end = nullptr;
  const double x = std::strtod(v.c_str(), &end);
  if (end == v.c_str() || *end != '\0' || !std::isfinite(x)) return v;
  char b[64];
  if (x == std::floor(x) && std::fabs(x) < 1e15)
    std::snprintf(b, sizeof b, "%lld", static_cast<long long>(x));
  else
    std::snprintf(b, sizeof b, "%.15g", x);  // Excel shows 15 significant digits
  return b;
}

std::string unescape_ooxml(std::string_view s) {
  if (s.find("_x") == std::string_view::npos) return std::string(s);
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '_' && i + 6 < s.size() && s[i + 1] == 'x' && s[i + 6] == '_') {
      unsigned cp = 0;
      bool hex = true;
      for (size_t k = 2; k < 6; ++k) {
        const int d = hex_digit(s[i + k]);
        hex = hex && d >= 0;
        cp = cp * 16 + static_cast<unsigned>(std::max(d, 0));
      }
      // NUL and a lone surrogate half are no characters: such an escape stays as written.
      if (hex && cp != 0 && (cp < 0xD800 || cp > 0xDFFF)) {
        append_utf8(out, cp);
        i += 6;
        continue;
      }
    }
    out += s[i];
  }
  return out;
}

}  // namespace vanban::merge::workbook
