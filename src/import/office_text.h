// The paragraphs of a .docx or .odt as text in the markup the importer already reads:
// bold runs as **…**, italic as *…*, a centred paragraph as a "## " heading (it never
// joins the next line), table rows as tab-separated lines, footnotes as [n] marks with
// "[n] text" lines at the end. So office files go through the same recognition as
// extracted text. A .docx is read by src/office (office::read_document, the reader the
// checker uses too) and written out by office_lines (import/office_lines.h).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import/legacy_fonts.h"

namespace vanban::import {

enum class OfficeKind { None, Docx, Odt };
// By content: a ZIP with word/document.xml, or with an ODF text mimetype.
OfficeKind office_kind(std::string_view bytes);
// nullopt (and `why`) when the package or its XML cannot be read. Runs in legacy
// fonts (.VnTime, VNI-Times …, as the styles give them) are decoded to Unicode; with
// `decodings`, one note per line of the text and font that was decoded there.
std::optional<std::string> office_text(std::string_view bytes, OfficeKind kind, std::string& why,
                                       std::vector<DecodingNote>* decodings = nullptr);

}  // namespace vanban::import
