#include "api/import.h"

#include "api/boundary.h"
#include "api/sheet_text.h"
#include "api/vanban.h"
#include "core/limits.h"
#include "import/decode.h"
#include "import/legacy_images.h"
#include "import/office_text.h"
#include "import/pdf_text.h"
#include "import/recogniser.h"
#include "import/source_lines.h"
#include "input/document_xml.h"
#include "package/zip_reader.h"
#include "text/unicode.h"

#include <cctype>

namespace vanban {
namespace {

ImportNote to_note(const import::ReportEntry& e) { return {e.line, import::kind_name(e.kind), e.what, e.text}; }

// A PDF's text layer into result.text; false (with an error) when there is none.
bool pdf_into(std::string_view bytes, std::string_view file, ImportResult& result) {
  import::PdfFailure failure;
  auto pdf = import::pdf_text(bytes, failure);
  if (!pdf) {
    result.errors.push_back(
        {failure.limit ? ErrorCode::Limit : ErrorCode::Unreadable, std::string(file), 0, 0, failure.why});
    return false;
  }
  result.text = text::xml_safe(pdf->text);
  result.encoding = "pdf";
  for (const auto& d : pdf->notes)
    result.report.push_back(to_note({import::ReportEntry::Kind::Decoded, d.line, d.how, d.text}));
  for (int page : pdf->empty_pages)
    result.report.push_back(to_note({import::ReportEntry::Kind::Note, 0, "page without text",
                                     "page " + std::to_string(page) + " has no text layer (scanned?): not imported"}));
  return true;
}

// Decodes into result.text; false (with an error) when the input cannot be read.
bool decode_into(std::string_view bytes, std::string_view file, const ImportOptions& options, ImportResult& result) {
  // A PDF is mostly fonts and pictures: its bytes are bounded as any input is, its
  // text by kMaxImportBytes.
  if (import::is_pdf(bytes) && bytes.size() <= limits::kMaxInputBytes) return pdf_into(bytes, file, result);
  if (bytes.size() > limits::kMaxImportBytes) {
    result.errors.push_back({ErrorCode::Limit, std::string(file), 0, 0,
                             "input is larger than " + std::to_string(limits::kMaxImportBytes >> 20) +
                                 " MiB, the import limit (a document is rarely over 1 MiB)"});
    return false;
  }
  if (const auto kind = import::office_kind(bytes); kind != import::OfficeKind::None) {
    std::string why;
    std::vector<import::DecodingNote> decoded;
    auto text = import::office_text(bytes, kind, why, &decoded);
    if (!text) {
      result.errors.push_back({ErrorCode::Unreadable, std::string(file), 0, 0, why});
      return false;
    }
    if (text->size() > limits::kMaxImportBytes) {
      result.errors.push_back({ErrorCode::Limit, std::string(file), 0, 0,
                               "the document's text is larger than " + std::to_string(limits::kMaxImportBytes >> 20) +
                                   " MiB, the import limit"});
      return false;
    }
    // Legacy bytes in a run whose font is not a legacy one (the font was changed after
    // typing, a Unicode font named in a style over .VnTime text) are found as in any
    // Unicode text; text its font decoded is Vietnamese already and stays.
    if (import::may_hold_legacy_images(*text)) {
      import::ImageDecoding images = import::decode_legacy_images(*text);
      *text = std::move(images.text);
      decoded.insert(decoded.end(), images.notes.begin(), images.notes.end());
    }
    result.text = text::xml_safe(*text);
    result.encoding = kind == import::OfficeKind::Docx ? "docx" : "odt";
    for (auto& d : decoded)
      result.report.push_back(
          to_note({import::ReportEntry::Kind::Decoded, d.line, std::move(d.how), std::move(d.text)}));
    return true;
  }
  // A zip that is not a readable .docx/.odt (damaged, cut short, another kind of
  // package), or a file named .docx/.odt that is not a zip at all: reading its bytes as
  // text would only import garbage.
  const bool zip_magic = bytes.starts_with(std::string_view("PK\x03\x04", 4));
  std::string lower(file.substr(file.size() > 5 ? file.size() - 5 : 0));
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const bool office_name = lower.ends_with(".docx") || lower.ends_with(".odt");
  if (zip_magic || office_name) {
    const std::string bad = zip_magic ? package::unsafe_entry_name(bytes) : std::string();
    result.errors.push_back({ErrorCode::Unreadable, std::string(file), 0, 0,
                             !bad.empty() ? "the package has an entry named '" + text::printable(bad) +
                                                "', which points outside it: refused"
                             : zip_magic ? "a zip package that is neither a readable .docx nor a readable .odt "
                                           "(damaged, or another kind of file)"
                                         : "named as a .docx or .odt but not a zip package (damaged, or renamed)"});
    return false;
  }
  std::optional<import::Encoding> forced;
  if (!options.encoding.empty()) {
    forced = import::encoding_from_name(options.encoding);
    if (!forced) {
      result.errors.push_back({ErrorCode::Usage, std::string(file), 0, 0,
                               "unknown encoding '" + options.encoding +
                                   "' (known: utf-8, utf-16le, utf-16be, windows-1258, tcvn3, vni, viscii, vps)"});
      return false;
    }
  }
  auto decoded = import::decode_text(bytes, forced);
  // Control characters and NULs (a damaged extraction) would vanish when the XML is
  // written and could leave an element empty: they are spaces from the start.
  result.text = text::xml_safe(decoded.text);
  result.encoding = import::encoding_name(decoded.encoding);
  result.guessed = decoded.guessed;
  for (const auto& d : decoded.decodings)
    result.report.push_back(to_note({import::ReportEntry::Kind::Decoded, d.line, d.how, d.text}));
  for (const auto& r : decoded.repairs)
    result.report.push_back(
        to_note({import::ReportEntry::Kind::Repaired, r.line, "look-alike letter", r.from + " → " + r.to}));
  return true;
}

// Decodes, recognises and writes the XML, which our own schema then checks.
void import_into(std::string_view bytes, std::string_view file, const ImportOptions& options, ImportResult& result) {
  if (is_spreadsheet(bytes, file)) {
    result.errors.push_back({ErrorCode::Usage, std::string(file), 0, 0,
                             "a spreadsheet is a list, not a document to import: 'vanban import --text-only' prints "
                             "its cells as tab-separated text, and 'vanban merge' fills letters from it"});
    return;
  }
  if (!decode_into(bytes, file, options, result)) return;
  const bool office = result.encoding == "docx" || result.encoding == "odt";
  auto recognised = import::recognise(import::read_source_lines(result.text, office));
  for (const auto& e : recognised.report) result.report.push_back(to_note(e));
  result.xml = input::write_document_xml(recognised.doc);
  // Our own schema checks our own output: a failure here is a bug, reported as such.
  for (auto e : validate(result.xml, std::string(file) + " (imported)")) {
    e.code = ErrorCode::Internal;
    e.message = "the imported XML is invalid (a bug in vanban): " + e.message;
    result.errors.push_back(std::move(e));
  }
}

}  // namespace

std::string ImportNote::to_string() const {
  std::string s = std::to_string(line);
  s.append(": ").append(kind).append(": ").append(what);
  if (!text.empty()) s.append(": ").append(text);
  return s;
}

ImportResult decode_document(std::string_view bytes, std::string_view file, const ImportOptions& options) {
  ImportResult result;
  at_boundary(file, result.errors, [&] {
    if (is_spreadsheet(bytes, file))
      sheet_text(bytes, file, options, result);
    else
      decode_into(bytes, file, options, result);
  });
  return result;
}

ImportResult import_document(std::string_view bytes, std::string_view file, const ImportOptions& options) {
  ImportResult result;
  at_boundary(file, result.errors, [&] { import_into(bytes, file, options, result); });
  return result;
}

}  // namespace vanban
