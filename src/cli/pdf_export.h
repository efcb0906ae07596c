// PDF output through LibreOffice (headless), when it is installed: the ODT vanban
// writes is printed to PDF by the real office suite, exactly as a clerk would see it.
#pragma once
#include <string>

namespace vanban::cli {

// Converts `odt` (the bytes of an .odt) to PDF bytes. Returns "" and sets `pdf`, or a
// message saying what went wrong (LibreOffice missing, timed out, wrote nothing).
std::string odt_to_pdf(const std::string& odt, std::string& pdf);
// Any conversion LibreOffice does headless ("doc" → "docx", "rtf" → "docx"): "" and the
// bytes in `out_bytes`, or a message. `in_filter` ("MS Excel 97") makes LibreOffice
// read the input with that filter only: without it, a file its filter cannot read
// falls through to another (a damaged .xls to the text import).
std::string office_convert(const std::string& bytes, const std::string& from_ext, const std::string& to_ext,
                           std::string& out_bytes, const std::string& in_filter = "");

}  // namespace vanban::cli
