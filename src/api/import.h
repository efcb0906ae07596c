// The importer's public interface: a legacy document (text in any Vietnamese encoding,
// .docx, .odt) → vanban XML that `render` accepts, with a report of what was read.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"

namespace vanban {

struct ImportOptions {
  std::string encoding;  // "" = detect; else utf-8, utf-16le/be, windows-1258, tcvn3, vni
};

struct ImportNote {
  int line = 0;      // in the decoded text; 0 = the document as a whole
  std::string kind;  // recognised, unclassified, aside, dropped, repaired, decoded, note
  std::string what;
  std::string text;
  std::string to_string() const;  // "12: recognised: number and symbol: Số: 477/KH-LĐLĐ"
};

struct ImportResult {
  std::string xml;       // valid against schemas/vanban-1.xsd, when errors is empty
  std::string text;      // the decoded, NFC text the recognition read
  std::string encoding;  // the encoding read or guessed ("docx", "odt" for office files, "pdf")
  bool guessed = false;
  std::vector<ImportNote> report;
  Errors errors;
};

// Neither throws: an exception inside (a bug) is an Internal error naming the file.
ImportResult import_document(std::string_view bytes, std::string_view file, const ImportOptions& options = {});
// Only decodes (encoding detection, NFC, look-alike repair): a Vietnamese-aware iconv.
ImportResult decode_document(std::string_view bytes, std::string_view file, const ImportOptions& options = {});

}  // namespace vanban
