#include <malloc.h>

#include <cstdio>
#include <optional>

#include "api/merge.h"
#include "cli/commands.h"
#include "cli/io.h"
#include "cli/options.h"
#include "cli/pdf_options.h"
#include "cli/progress_bar.h"
#include "cli/report.h"
#include "cli/sheet_convert.h"

namespace vanban::cli {
namespace {

constexpr const char* kHelp = R"(Usage: vanban merge TEMPLATE.xml DATA -o OUTDIR [options]
       vanban merge TEMPLATE.xml DATA --single OUT.docx [options]

Writes one letter per data row: a giay-moi (or any document) in vanban XML whose text
and attribute values hold placeholders, filled from a delegate list.

Template placeholders:
  {{ho_ten}}                 the row's value (the row fails if it is empty)
  {{chuc_vu?}}               the value, or nothing when it is empty
  {{#chuc_vu}} … {{/chuc_vu}}  kept only when the column is non-empty
  {{^chuc_vu}} … {{/chuc_vu}}  kept only when it is empty
  {{_row}}, {{_seq}}         the row number in the data (header = row 1), the place in the output
A date column inside <date> may be written 25/7/2023 or 2023-07-25.

DATA: .csv (RFC 4180: UTF-8 with or without BOM, UTF-16 with BOM, or a legacy
Vietnamese encoding, detected), .tsv, or the first sheet of an .xlsx or .ods workbook,
or of an .xls through LibreOffice Calc (when installed). The first row names the
columns. Workbook cells typed in legacy fonts (.VnTime, VNI-Times …) are decoded.

Options:
  -o, --output DIR     one file per row in DIR (created if missing)
  --single FILE        all letters in one file, each starting a new page with its own
                       page numbers; the format follows the extension
  -f, --format F       docx (default), odt, pdf or txt; pdf is typeset by vanban
  --name PATTERN       file names, e.g. "{{stt}}-{{ho_ten}}"; default: the place in
                       the output, 0001, 0002, … Names are made safe and unique.
  --sort COLUMN        order rows by COLUMN (Vietnamese collation)
  --sort-name COLUMN   order rows by people's names in COLUMN: given name first
  --shard K/N          write only the K-th of N interleaved shares of the rows (for
                       splitting one list over N machines; names never collide)
  --strict             stop at the first bad row
  -j, --jobs N         worker threads (default: one per core)
  --delimiter C        CSV separator: , ; tab (default: guessed from the header)
  --encoding ENC       CSV encoding: utf-8, windows-1258, tcvn3 (ABC), vni, viscii
                       or vps; default: detected on the first 256 KiB
  -s, --style STYLE    house style: nd30, nd30-13pt, cong-doan, or a style file
  -q, --quiet          no progress bar and no summary line
)" VANBAN_PDF_OPTIONS_HELP R"(  --error-format F     text or json
  -h, --help           show this help

A bad row (an empty required value, a bad date) is reported with its row number and
skipped; the others are written. Every file is written under a temporary name and
renamed, so an interrupted run leaves no half-written letter.
Exit status: 0 every row written, 1 a row failed or the template or data is bad, 2 usage.
)";

bool parse_shard(const std::string& v, int& k, int& n) {
  const size_t slash = v.find('/');
  if (slash == std::string::npos) return false;
  try {
    size_t used = 0;
    k = std::stoi(v.substr(0, slash), &used);
    if (used != slash) return false;
    n = std::stoi(v.substr(slash + 1), &used);
    if (used != v.size() - slash - 1) return false;
  } catch (...) {
    return false;
  }
  return n >= 1 && k >= 1 && k <= n;
}

OptionParser::Take sort_option(MergeOptions& o, bool by_name) {
  return [&o, by_name](const std::string&, const std::string& column) {
    o.sort_column = column;
    o.sort_by_name = by_name;
    return std::string();
  };
}

OptionParser::Take shard_option(MergeOptions& o) {
  return [&o](const std::string&, const std::string& v) {
    return parse_shard(v, o.shard, o.shards) ? std::string() : "--shard needs K/N with 1 ≤ K ≤ N, e.g. 2/8";
  };
}

OptionParser::Take jobs_option(MergeOptions& o) {
  return [&o](const std::string& as_typed, const std::string& jobs) {
    if (jobs.find_first_not_of("0123456789") != std::string::npos || jobs.empty() || jobs.size() > 4 ||
        std::stoi(jobs) < 1)
      return as_typed + " needs a number of threads (1-9999)";
    o.jobs = static_cast<unsigned>(std::stoi(jobs));
    return std::string();
  };
}

OptionParser::Take delimiter_option(MergeOptions& o) {
  return [&o](const std::string&, std::string delimiter) {
    if (delimiter == "tab" || delimiter == "\\t") delimiter = "\t";
    if (delimiter.size() != 1 || delimiter == "\"" || delimiter == "\n" || delimiter == "\r")
      return std::string("--delimiter needs one character other than a quote or line break");
    o.delimiter = delimiter[0];
    return std::string();
  };
}

// Every letter allocates and frees buffers of ~100 KB (a PDF, its streams). By default
// glibc gives such memory back to the kernel at each free (trimming the top of a
// thread's heap, or unmapping) and faults it in again for the next letter: two thirds
// of a PDF merge's time went to the kernel (10,000 letters: 5.8 s, of which 5.2 s
// system time; with this, 1.9 s). Freed memory is kept for reuse instead; the peak
// stays the same, since the letters are made one after another.
void keep_freed_memory() {
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
}

}  // namespace

int merge_command(const std::vector<std::string>& args) {
  MergeOptions o;
  std::string format_name, style_name;
  bool quiet = false;
  ErrorFormat error_format = ErrorFormat::Text;
  std::vector<std::string> positional;
  PdfOptions pdf_options;
  OptionParser parser("merge", kHelp);
  parser.value("-o, --output", o.out_dir, "a folder")
      .value("--single", o.single_path, "a file name")
      .value("-f, --format", format_name, "docx, odt, pdf or txt")
      .value("--name", o.name_pattern, "a pattern")
      .value("--sort", "a column name", sort_option(o, false))
      .value("--sort-name", "a column name", sort_option(o, true))
      .value("--shard", "K/N with 1 ≤ K ≤ N, e.g. 2/8", shard_option(o))
      .flag("--strict", o.strict)
      .value("-j, --jobs", "a number of threads (1-9999)", jobs_option(o))
      .value("--delimiter", "a character", delimiter_option(o))
      .value("--encoding", o.encoding, "an encoding name")
      .value("-s, --style", style_name, "a style name or file")
      .flag("-q, --quiet", quiet)
      .value("--error-format", "text or json", error_format_option(error_format))
      .arguments(positional);
  pdf_options.declare(parser);
  if (const auto status = parser.parse(args)) return *status;
  if (const std::string bad = pdf_options.check(); !bad.empty()) return usage_error("merge", bad);
  if (pdf_options.libreoffice()) return usage_error("merge", "merge writes PDF with the vanban engine only");
  if (positional.size() != 2) return usage_error("merge", "give a template and a data file");
  o.template_path = positional[0];
  o.data_path = positional[1];
  if (o.out_dir.empty() == o.single_path.empty()) return usage_error("merge", "give either -o OUTDIR or --single FILE");
  const std::string format_source = !format_name.empty()     ? format_name
                                    : !o.single_path.empty() ? o.single_path
                                                             : "docx";
  const auto format = format_from_name(format_source);
  if (!format) return usage_error("merge", "unknown format '" + format_source + "' (docx, odt, pdf or txt)");
  o.format = *format;
  {
    Error e;
    auto pdf = pdf_options.choice(e);
    if (!pdf) {
      report(e, error_format);
      return 1;
    }
    o.pdf = std::move(*pdf);
  }

  std::optional<StyleChoice> style;
  if (Error e; !style_choice(style_name, style, e)) {
    report(e, error_format);
    return 1;
  }
  o.style = style ? &*style : nullptr;
  if (Error e; !convert_xls(o.data_path, o.data_xlsx, e)) {
    report(e, error_format);
    return 1;
  }

  ProgressBar bar(!quiet);
  o.progress = [&](double f, long rows) { bar.update(f, rows); };
  o.row_error = [&](const Error& e) {
    bar.clear();
    report(e, error_format);
  };
  keep_freed_memory();
  const MergeSummary s = merge_letters(o);
  bar.clear();
  for (const auto& w : s.warnings) std::fprintf(stderr, "%s\n", w.c_str());
  if (s.more_warnings > 0) std::fprintf(stderr, "merge: %ld more warnings like these\n", s.more_warnings);
  for (const auto& e : s.errors) report(e, error_format);
  for (const auto& e : s.errors)
    if (e.code == ErrorCode::Usage && s.rows == 0) return 2;
  if (!quiet && (s.rows > 0 || s.errors.empty())) {
    const std::string where = o.single_path.empty() ? o.out_dir + "/" : o.single_path;
    std::string line = "merge: " + std::to_string(s.written) + " letter" + (s.written == 1 ? "" : "s") +
                       " written to " + where + ", " + std::to_string(s.failed) + " row" + (s.failed == 1 ? "" : "s") +
                       " failed, of " + std::to_string(s.rows);
    if (o.shards > 1)
      line += " (shard " + std::to_string(o.shard) + "/" + std::to_string(o.shards) + "; " +
              std::to_string(s.other_shards) + " rows left to other shards)";
    if (s.stopped) line += "; stopped at the first bad row (--strict)";
    std::fprintf(stderr, "%s\n", line.c_str());
    if (!s.decoding.empty()) std::fprintf(stderr, "merge: %s decoded: %s\n", o.data_path.c_str(), s.decoding.c_str());
  }
  return s.errors.empty() && s.failed == 0 ? 0 : 1;
}

}  // namespace vanban::cli
