// What the .xlsx and .ods readers share: a streaming libxml2 reader over one zip
// entry, its small helpers, and the cell-level limits they enforce the same way.
#pragma once
#include <libxml/xmlreader.h>
#include <zip.h>

#include <memory>
#include <string>
#include <string_view>

namespace vanban::merge::workbook {

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;

struct ReaderDeleter {
  void operator()(xmlTextReader* r) const { xmlFreeTextReader(r); }
};
using ReaderPtr = std::unique_ptr<xmlTextReader, ReaderDeleter>;

// A streaming reader over one entry: no network, no DTD, no entity substitution.
ReaderPtr open_entry(zip_t* z, const std::string& name);

std::string local(xmlTextReader* r);
std::string attribute(xmlTextReader* r, const char* name);
std::string attribute_ns(xmlTextReader* r, const char* name, const char* ns);
// One step; false at the end. A DOCTYPE is refused, as in every vanban input.
bool step(xmlTextReader* r, std::string& error);
bool is_start(xmlTextReader* r);
bool is_end(xmlTextReader* r);
bool is_text(xmlTextReader* r);
bool is_empty(xmlTextReader* r);
std::string value(xmlTextReader* r);

// Appends text to a cell, keeping at most kMaxFieldBytes; `too_long` records the cut.
void append_capped(std::string& cell, std::string_view more, bool& too_long);
std::string too_long_problem();
std::string too_many_rows();

// Zero-based column of a cell reference: "C5" → 2; -1 without letters.
long column_of(const std::string& ref);
// "2023-07-25" or "2023-07-25T08:00:00" → "25/07/2023"; other text unchanged.
std::string iso_to_day_first(const std::string& iso);
// A number as Excel's General format shows it: integers whole, else 15 digits.
std::string format_number(const std::string& v);
// Office Open XML's escape for characters XML cannot hold: "_x0001_" → U+0001 (a
// TCVN3 capital such as Ú is byte 0x01, which Excel writes so), "_x005F_" → "_".
std::string unescape_ooxml(std::string_view s);

}  // namespace vanban::merge::workbook
