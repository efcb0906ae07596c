// Reading a document a clerk typed: .docx and .odt as they are, Word 97-2003 (.doc) and
// RTF through LibreOffice into .docx first. Shared by import, check and fix.
#pragma once
#include <string>

#include "core/error.h"

namespace vanban::cli {

// A .doc or .rtf (by its bytes or its name). Excel's .xls is an OLE file too: the
// caller tells spreadsheets apart first.
bool is_word_97_or_rtf(const std::string& path, const std::string& bytes);
// Turns `bytes` (a .doc or .rtf named `path`) into .docx bytes; false with an
// Unreadable error when LibreOffice is missing or cannot read it.
bool word_97_to_docx(const std::string& path, std::string& bytes, Error& error);

// The language of messages: --lang vi|en, else the locale (LC_ALL, LC_MESSAGES, LANG:
// Vietnamese for "vi…", English otherwise). False for another --lang value.
bool message_language(const std::string& option, bool& vietnamese);

}  // namespace vanban::cli
