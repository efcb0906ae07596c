#include <cstdio>

#include "api/check.h"
#include "cli/commands.h"
#include "cli/io.h"
#include "cli/office_input.h"
#include "cli/options.h"
#include "cli/report.h"

namespace vanban::cli {
namespace {

constexpr const char* kHelp = R"(Usage: vanban fix IN -o OUT.docx|OUT.odt [--force] [--lang vi|en]

Rewrites a .docx or .odt (or .doc/.rtf through LibreOffice) in the form Decree
30/2020/NĐ-CP prescribes: the document is imported (its parts recognised) and rendered
again, and the result is checked (it must check clean). Prints what changed (the
findings the input had), what the import set aside, and the share of the input's
words the output prints:
  changed: LOCATION: CODE: message …
  left: LOCATION: CODE: message …     (content the input lacks: a signature …)
  words: kept N of M (P %)

vanban's documents carry text, tables and footnotes only. An input holding images,
text boxes, charts, equations, embedded objects, tracked changes or comments is
refused, with nothing written, and what was found is listed; --force drops them and
says so.

Options:
  -o, --output FILE   the document to write (.docx or .odt)
  --force             drop what vanban cannot carry instead of refusing
  --lang L            vi or en; default: the locale
  --error-format F    text or json, for errors
  -h, --help          show this help

Exit status: 0 written, 1 refused or unreadable, 2 usage.
)";

}  // namespace

int fix_command(const std::vector<std::string>& args) {
  std::string input, output, lang;
  bool force = false;
  ErrorFormat error_format = ErrorFormat::Text;
  if (const auto status = OptionParser("fix", kHelp)
                              .value("-o, --output", output, "a file name (OUT.docx or OUT.odt)")
                              .flag("--force", force)
                              .value("--lang", lang, "vi or en")
                              .value("--error-format", "text or json", error_format_option(error_format))
                              .arguments([&](const std::string& a) {
                                if (!input.empty()) return std::string("one input at a time");
                                input = a;
                                return std::string();
                              })
                              .parse(args))
    return *status;
  if (input.empty()) return usage_error("fix", "no input file");
  if (output.empty()) return usage_error("fix", "no output: -o OUT.docx or -o OUT.odt");
  const auto format = format_from_name(output);
  if (!format || *format == Format::Text) return usage_error("fix", "the output must end in .docx or .odt");
  bool vietnamese = false;
  if (!message_language(lang, vietnamese)) return usage_error("fix", "--lang needs vi or en");

  Error error;
  auto bytes = read_input(input, error);
  if (bytes && is_word_97_or_rtf(input, *bytes) && !word_97_to_docx(input, *bytes, error)) bytes.reset();
  if (!bytes) {
    report(error, error_format);
    return 1;
  }
  FixOptions options;
  options.format = *format;
  options.force = force;
  options.language = vietnamese ? MessageLanguage::Vietnamese : MessageLanguage::English;
  const FixResult result = fix_document(*bytes, input, options);
  for (const auto& e : result.errors) report(e, error_format);
  if (!result.errors.empty()) return 1;
  for (const auto& r : result.refused) std::printf("%s: refused: %s\n", input.c_str(), r.c_str());
  if (!result.refused.empty()) {
    std::printf("%s: nothing written; --force drops these and writes the rest\n", input.c_str());
    return 1;
  }
  for (const auto& d : result.dropped) std::printf("%s: dropped: %s\n", input.c_str(), d.c_str());
  for (const auto& f : result.mended) std::printf("changed: %s\n", f.to_string().c_str());
  for (const auto& f : result.left) std::printf("left: %s\n", f.to_string().c_str());
  for (const auto& n : result.notes) std::printf("%s:%s\n", input.c_str(), n.c_str());
  if (const std::string why = write_output(output, result.bytes); !why.empty()) {
    report({ErrorCode::Io, output, 0, 0, why}, error_format);
    return 1;
  }
  const double share = result.source_words
                           ? 100.0 * static_cast<double>(result.kept_words) / static_cast<double>(result.source_words)
                           : 100.0;
  std::printf("words: kept %zu of %zu (%.2f %%)\n", result.kept_words, result.source_words, share);
  return 0;
}

}  // namespace vanban::cli
