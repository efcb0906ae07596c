#include <algorithm>
#include <cstdio>

#include "api/check.h"
#include "cli/commands.h"
#include "cli/io.h"
#include "cli/office_input.h"
#include "cli/options.h"
#include "cli/report.h"

namespace vanban::cli {
namespace {

constexpr const char* kHelp = R"(Usage: vanban check FILE... [--error-format text|json] [--lang vi|en]
       vanban check FILE --annotate OUT.docx|OUT.odt

Reads .docx and .odt files (and .doc/.rtf through LibreOffice) as Word and LibreOffice
show them, and says rule by rule and place by place what breaks Decree 30/2020/NĐ-CP:
page set-up, fonts, the size, weight and case of each part of the header, the Quốc
hiệu and motto texts and the rules under them, the number and date, the body's
alignment, indent, spacing and numbering, the signature block, Nơi nhận and page
numbers (docs/check.md lists every rule with its code and clause).

One finding a line on stdout:
  FILE:LOCATION: CODE: message (expected …, found …)
LOCATION is 'paragraph N "first words"' (N counts the body's paragraphs in order,
table cells included), page-setup, header, footer, footnote N or document.

Options:
  --annotate OUT      also write a copy of FILE (same format) with one comment per
                      finding, in Vietnamese or English, for Word or LibreOffice
  --lang L            vi or en; default: the locale (vi for LANG=vi_VN…, else en)
  --error-format F    text (default) or json: one object a line with file, location,
                      paragraph, code, severity, component, expected, found, clause, message
  -h, --help          show this help

Exit status: 0 every file conforms, 1 a finding or a file that cannot be read, 2 usage.
)";

void print_finding(const std::string& file, const ConformanceFinding& f, ErrorFormat format) {
  if (format == ErrorFormat::Text) {
    std::printf("%s:%s\n", file.c_str(), f.to_string().c_str());
    return;
  }
  std::string s = "{\"file\":" + json_string(file) + ",\"location\":" + json_string(f.location);
  if (f.paragraph > 0) s += ",\"paragraph\":" + std::to_string(f.paragraph);
  s += ",\"code\":" + json_string(f.code) + ",\"severity\":" + json_string(f.severity) +
       ",\"component\":" + json_string(f.component) + ",\"expected\":" + json_string(f.expected) +
       ",\"found\":" + json_string(f.found) + ",\"clause\":" + json_string(f.clause) +
       ",\"message\":" + json_string(f.message) + "}";
  std::printf("%s\n", s.c_str());
}

// One file: 0 conforms, 1 findings or unreadable.
int check_one(const std::string& input, const CheckOptions& options, const std::string& annotate_to,
              ErrorFormat format) {
  Error error;
  auto bytes = read_input(input, error);
  if (bytes && is_word_97_or_rtf(input, *bytes) && !word_97_to_docx(input, *bytes, error)) bytes.reset();
  if (!bytes) {
    report(error, format);
    return 1;
  }
  CheckResult result = check_document(*bytes, input, options);
  for (const auto& e : result.errors) report(e, format);
  if (!result.errors.empty()) return 1;
  for (const auto& f : result.findings) print_finding(input, f, format);
  if (!annotate_to.empty()) {
    if (!annotate_to.ends_with("." + result.format)) {
      report({ErrorCode::Usage, annotate_to, 0, 0,
              "the annotated copy keeps the input's format: name it ." + result.format},
             format);
      return 2;
    }
    if (const std::string why = write_output(annotate_to, result.annotated); !why.empty()) {
      report({ErrorCode::Io, annotate_to, 0, 0, why}, format);
      return 1;
    }
  }
  return result.findings.empty() ? 0 : 1;
}

}  // namespace

int check_command(const std::vector<std::string>& args) {
  std::vector<std::string> inputs;
  std::string annotate_to, lang;
  ErrorFormat error_format = ErrorFormat::Text;
  if (const auto status = OptionParser("check", kHelp)
                              .value("--annotate", annotate_to, "a file name (OUT.docx or OUT.odt)")
                              .value("--lang", lang, "vi or en")
                              .value("--error-format", "text or json", error_format_option(error_format))
                              .arguments(inputs)
                              .parse(args))
    return *status;
  if (inputs.empty()) return usage_error("check", "no input file");
  if (!annotate_to.empty() && inputs.size() != 1) return usage_error("check", "--annotate takes one input file");
  bool vietnamese = false;
  if (!message_language(lang, vietnamese)) return usage_error("check", "--lang needs vi or en");
  CheckOptions options;
  options.language = vietnamese ? MessageLanguage::Vietnamese : MessageLanguage::English;
  options.annotate = !annotate_to.empty();
  int status = 0;
  for (const auto& input : inputs) status = std::max(status, check_one(input, options, annotate_to, error_format));
  return status;
}

}  // namespace vanban::cli
