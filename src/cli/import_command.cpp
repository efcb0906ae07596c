#include <cstdio>
#include <filesystem>

#include "api/import.h"
#include "cli/commands.h"
#include "cli/io.h"
#include "cli/office_input.h"
#include "cli/options.h"
#include "cli/pdf_export.h"
#include "cli/report.h"
#include "cli/sheet_convert.h"

namespace vanban::cli {
namespace {

constexpr const char* kHelp = R"(Usage: vanban import IN [-o OUT.xml] [--report] [--encoding ENC]
       vanban import IN --text-only [-o OUT.txt] [--encoding ENC]

Turns a legacy document into vanban XML (schemas/vanban-1.xsd) that 'vanban render'
lays out per Decree 30: plain text in any Vietnamese encoding, .docx, .odt, PDF (its
text layer; a scan needs OCR first), and .doc/.rtf through LibreOffice (when installed).
Legacy-font text (TCVN3 .VnTime, VNI-Times, VISCII, VPS) is decoded by its font, or
detected where no font is known. A spreadsheet (.xlsx, .ods, .csv, .tsv, and .xls
through LibreOffice Calc) is a list: --text-only prints the cells of its first sheet as
tab-separated lines (line n = row n), legacy-font cells decoded.

Options:
  -o, --output FILE   where to write ('-' = stdout, the default)
  --report            list on stderr what was recognised, repaired, set aside,
                      and every line that could not be classified (LINE: KIND: WHAT: TEXT)
  --text-only         print only the decoded, NFC-normalised text (a Vietnamese iconv)
  --encoding ENC      utf-8, utf-16le, utf-16be, windows-1258, tcvn3 (ABC), vni,
                      viscii or vps, for a plain-text file's bytes; default:
                      detected (byte-order mark, else the decoding whose words
                      read most like Vietnamese)
  --error-format F    text or json
  -h, --help          show this help

Nothing is lost: text that is not recognised becomes an ordinary paragraph in place;
website matter before the header or after the signature goes to <aside>, which is
kept but never printed.
Exit status: 0 ok, 1 the input could not be read, 2 usage.
)";

}  // namespace

int import_command(const std::vector<std::string>& args) {
  std::string input, output = "-", encoding;
  bool report_wanted = false, text_only = false;
  ErrorFormat error_format = ErrorFormat::Text;
  if (const auto status = OptionParser("import", kHelp)
                              .value("-o, --output", output, "a file name")
                              .value("--encoding", encoding, "a name")
                              .flag("--report", report_wanted)
                              .flag("--text-only", text_only)
                              .value("--error-format", "text or json", error_format_option(error_format))
                              .arguments([&](const std::string& a) {
                                if (!input.empty()) return std::string("one input at a time");
                                input = a;
                                return std::string();
                              })
                              .parse(args))
    return *status;
  if (input.empty()) return usage_error("import", "no input file");
  Error read_error;
  auto bytes = read_input(input, read_error);
  if (!bytes) {
    report(read_error, error_format);
    return 1;
  }
  // Word 97-2003 and RTF: LibreOffice turns them into .docx first; Excel 97-2003 into
  // .xlsx, for the text view only (a list is not a document to import).
  if (is_xls(input, *bytes, false)) {
    std::string xlsx;
    if (Error e; text_only && !xls_to_xlsx(*bytes, input, xlsx, e)) {
      report(e, error_format);
      return 1;
    }
    if (text_only) *bytes = std::move(xlsx);
  } else if (is_word_97_or_rtf(input, *bytes)) {
    if (Error e; !word_97_to_docx(input, *bytes, e)) {
      report(e, error_format);
      return 1;
    }
  }
  ImportOptions options;
  options.encoding = encoding;
  ImportResult result = text_only ? decode_document(*bytes, input, options) : import_document(*bytes, input, options);
  for (const auto& e : result.errors) report(e, error_format);
  if (!result.errors.empty()) {
    for (const auto& e : result.errors)
      if (e.code == ErrorCode::Usage) return 2;
    return 1;
  }
  if (report_wanted || text_only) {
    std::fprintf(stderr, "%s: encoding %s%s\n", input.c_str(), result.encoding.c_str(),
                 result.guessed ? " (detected)" : "");
  }
  if (report_wanted)
    for (const auto& n : result.report) std::fprintf(stderr, "%s:%s\n", input.c_str(), n.to_string().c_str());
  const std::string why = write_output(output, text_only ? result.text : result.xml);
  if (!why.empty()) {
    report({ErrorCode::Io, output, 0, 0, why}, error_format);
    return 1;
  }
  return 0;
}

}  // namespace vanban::cli
