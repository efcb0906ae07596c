#include <cstdio>
#include <filesystem>
#include <optional>
#include <set>

#include "api/vanban.h"
#include "cli/commands.h"
#include "cli/io.h"
#include "cli/options.h"
#include "cli/pdf_export.h"
#include "cli/pdf_options.h"
#include "cli/report.h"

namespace vanban::cli {
namespace {

constexpr const char* kHelp = R"(Usage: vanban render IN.xml -o OUT.docx|OUT.odt|OUT.pdf|OUT.txt
       vanban render IN.xml... -O DIR [--format docx,odt,pdf,txt]

Renders vanban document XML (schemas/vanban-1.xsd) into a Decree-30 document.

Options:
  -o, --output FILE   output file; its extension picks the format; '-' = stdout
  -O, --output-dir D  write each input as D/NAME.EXT (NAME: the input's base name)
  -f, --format LIST   docx, odt, pdf or txt, or a comma list with -O (default docx)
  -s, --style STYLE   house style for every input, instead of each document's own:
                      nd30, nd30-13pt, cong-doan, or a style file (templates/styles/*.xml form)
)" VANBAN_PDF_OPTIONS_HELP R"(  --error-format F    text (default: FILE:LINE:COL: MESSAGE) or json (one object a line:
                      file, line, column, code, message)
  -h, --help          show this help

'-' as input reads standard input. Without -o or -O, OUT is written beside IN.
Each file is written under a temporary name and renamed when complete.
Exit status: 0 ok, 1 an input was bad or an output could not be written, 2 usage.
)";

}  // namespace

int render_command(const std::vector<std::string>& args) {
  std::vector<std::string> inputs;
  std::string output, output_dir, format_list, style_name, error_format_name = "text";
  PdfOptions pdf_options;
  OptionParser parser("render", kHelp);
  parser.value("-o, --output", output, "a file name")
      .value("-O, --output-dir", output_dir, "a directory")
      .value("--error-format", error_format_name, "text or json")
      .value("-s, --style", style_name, "a style name or file")
      .value("-f, --format", format_list, "docx, odt, pdf or txt")
      .arguments(inputs);
  pdf_options.declare(parser);
  if (const auto status = parser.parse(args)) return *status;
  if (inputs.empty()) return usage_error("render", "no input file");
  if (const std::string bad = pdf_options.check(); !bad.empty()) return usage_error("render", bad);
  ErrorFormat error_format;
  if (!parse_error_format(error_format_name, error_format))
    return usage_error("render", "unknown error format '" + error_format_name + "'");
  if (!output.empty() && !output_dir.empty()) return usage_error("render", "use -o or -O, not both");
  if (!output.empty() && inputs.size() > 1) return usage_error("render", "-o takes one input; use -O DIR for several");

  // Output kinds: the library's formats, and PDF through LibreOffice (the ODT printed).
  struct Output {
    Format format;
    bool pdf;
    const char* extension;
  };
  auto output_kind = [&](std::string_view name) -> std::optional<Output> {
    const size_t dot = name.rfind('.');
    const std::string_view ext = dot == std::string_view::npos ? name : name.substr(dot + 1);
    if (ext == "pdf" && pdf_options.libreoffice()) return Output{Format::Odt, true, "pdf"};
    if (const auto f = format_from_name(ext)) return Output{*f, false, format_extension(*f)};
    return std::nullopt;
  };
  std::vector<Output> formats;
  for (size_t pos = 0; pos < format_list.size();) {
    size_t end = format_list.find(',', pos);
    if (end == std::string::npos) end = format_list.size();
    const std::string name = format_list.substr(pos, end - pos);
    const auto f = name.find('.') == std::string::npos ? output_kind(name) : std::nullopt;
    if (!f) return usage_error("render", "unknown format '" + name + "'");
    formats.push_back(*f);
    pos = end + 1;
  }
  if (!output.empty()) {
    if (formats.size() > 1) return usage_error("render", "-o writes one format; use -O DIR for several");
    if (formats.empty()) {
      const auto f = output == "-" ? std::nullopt : output_kind(output);
      if (!f) return usage_error("render", "cannot tell the format of '" + output + "': use --format");
      formats.push_back(*f);
    }
  }
  if (formats.empty()) formats.push_back({Format::Docx, false, "docx"});
  if (!output_dir.empty() && !std::filesystem::is_directory(output_dir))
    return usage_error("render", "output directory '" + output_dir + "' does not exist");

  std::optional<StyleChoice> style;
  if (Error e; !style_choice(style_name, style, e)) {
    report(e, error_format);
    return 1;
  }

  std::optional<PdfChoice> pdf_choice;
  if (Error e; !(pdf_choice = pdf_options.choice(e))) {
    report(e, error_format);
    return 1;
  }

  int status = 0;
  std::set<std::string> written;
  for (const auto& in : inputs) {
    Error read_error;
    const auto xml = read_input(in, read_error);
    if (!xml) {
      report(read_error, error_format);
      status = 1;
      continue;
    }
    // One read, validation and layout for all the formats asked for.
    std::vector<Format> library_formats;
    for (const Output& f : formats) library_formats.push_back(f.format);
    MultiRenderResult rendered = render(*xml, in, library_formats, style ? &*style : nullptr, &*pdf_choice);
    for (const auto& w : rendered.warnings) std::fprintf(stderr, "%s\n", w.c_str());
    if (!rendered.errors.empty()) {
      for (const auto& e : rendered.errors) report(e, error_format);
      status = 1;
      continue;
    }
    for (size_t fi = 0; fi < formats.size(); ++fi) {
      const Output& f = formats[fi];
      std::string bytes = std::move(rendered.files[fi]);
      std::string path = output;
      if (path.empty()) {
        // Only the input's base name is used, so an output never leaves the directory.
        const std::string stem = in == "-" ? "stdin" : std::filesystem::path(in).stem().string();
        const std::string name = stem + "." + f.extension;
        path = output_dir.empty() ? (in == "-" ? "-" : (std::filesystem::path(in).parent_path() / name).string())
                                  : (std::filesystem::path(output_dir) / name).string();
      }
      // Never write over an input: "-o plan.xml --format docx" would destroy the source.
      std::error_code same_ec;
      if (path != "-" && in != "-" && std::filesystem::exists(path, same_ec) &&
          std::filesystem::equivalent(path, in, same_ec)) {
        report({ErrorCode::Io, path, 0, 0, "is the input itself; choose another output name"}, error_format);
        status = 1;
        continue;
      }
      if (path != "-" && !written.insert(path).second) {
        report({ErrorCode::Io, in, 0, 0, "another input is also written to " + path + "; skipped"}, error_format);
        status = 1;
        continue;
      }
      if (f.pdf) {
        std::string pdf;
        if (const std::string err = odt_to_pdf(bytes, pdf); !err.empty()) {
          report({ErrorCode::Io, path, 0, 0, err}, error_format);
          status = 1;
          continue;
        }
        bytes = std::move(pdf);
      }
      if (const std::string err = write_output(path, bytes); !err.empty()) {
        // The message names the path already; report it apart, as the error's file.
        const std::string prefix = path + ": ";
        report({ErrorCode::Io, path, 0, 0, err.starts_with(prefix) ? err.substr(prefix.size()) : err}, error_format);
        status = 1;
      }
    }
  }
  return status;
}

}  // namespace vanban::cli
