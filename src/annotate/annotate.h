// `vanban check --annotate`: a copy of the checked .docx or .odt, otherwise unchanged,
// with one comment per finding anchored at its paragraph, so the clerk reads the
// findings in Word or LibreOffice beside the text they are about.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "office/document.h"

namespace vanban::annotate {

struct Note {
  office::Anchor anchor;  // "word/document.xml" or "content.xml" + the paragraph element's 0-based ordinal
  std::string text;       // the comment's text, UTF-8; "\n" separates its paragraphs
};

struct Options {
  std::string author = "vanban";
  std::string initials = "VB";  // DOCX only (ODF has no initials); "" leaves them out
  // "" = no date, so the same input gives the same bytes; else ISO 8601: a date and time
  // ("2026-03-01T09:30:00", optionally "Z" or "+07:00") or a date alone (midnight).
  std::string date;
};

// A copy of `package` (a .docx or .odt; `kind` says which) with one comment per note on
// the paragraph its anchor names, covering the paragraph's whole text. Every other part
// is copied byte for byte, under the same names in the same order (an ODF "mimetype"
// goes first, stored). Notes on the same paragraph become separate comments, in order.
//
// Paragraph ordinals count every w:p of word/document.xml (body, table cells, text
// boxes), or every text:p and text:h of content.xml (tables, frames, notes,
// annotations), in document order.
//
// nullopt and an Error naming `file` when: the package cannot be read (not a zip, a part
// damaged, missing or not XML), an anchor names another part or a paragraph past the
// last (Unreadable); the package inflates beyond limits::kMaxUnzippedBytes, has more
// entries than a zip without zip64 holds, or XML nested deeper than 256 (Limit); the
// date is not ISO 8601 (Usage). Never throws for bad input.
std::optional<std::string> annotate(std::string_view package, office::Kind kind, const std::vector<Note>& notes,
                                    const Options& options, std::string_view file, Errors& errors);

}  // namespace vanban::annotate
