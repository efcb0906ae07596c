// The document's metadata, twice and equal, as PDF/A wants it: the XMP packet of the
// catalog (dc:title, dc:creator, dc:language, the dates, pdf:Producer, the PDF/A
// identification) and the Info dictionary of the trailer (Title, Author, Producer, the
// dates).
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "typeset/document.h"

namespace vanban::pdf {

struct PdfDate {
  std::string info;  // D:20261201083000+07'00'
  std::string xmp;   // 2026-12-01T08:30:00+07:00
};

// "YYYY-MM-DDTHH:MM:SS" followed by "Z" or "±HH:MM", with every field in range;
// anything else gives nullopt (and the file then carries no dates).
std::optional<PdfDate> parse_date(std::string_view iso);

// The XMP packet (UTF-8, uncompressed in the file so that it can be read as text).
std::string xmp_packet(const typeset::Document& d, const std::optional<PdfDate>& date);

// The Info dictionary "<<…>>".
std::string info_dict(const typeset::Document& d, const std::optional<PdfDate>& date);

// The name every file gives as its producer.
inline constexpr std::string_view kProducer = "vanban";

}  // namespace vanban::pdf
