// Mail merge: one letter per row of a delegate list, from a template in vanban XML
// with {{column}} placeholders (see src/merge/letter_template.h and docs/merge.md).
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "core/choices.h"
#include "core/error.h"

namespace vanban {

struct MergeOptions {
  std::string template_path;
  std::string data_path;  // .csv, .tsv, .xlsx, .ods; "-" reads CSV from stdin
  // The data already converted to .xlsx in memory (an .xls through LibreOffice):
  // data_path then only names it in messages.
  std::string data_xlsx;
  std::string out_dir;      // one file per row here, or
  std::string single_path;  // all letters in this one file, each starting a new page
  Format format = Format::Docx;
  PdfChoice pdf;              // Format::Pdf: the signature and seal images, the field, the date
  std::string name_pattern;   // file names, e.g. "{{stt}}-{{ho_ten}}"; "" = the letter's place: 0001
  std::string sort_column;    // Vietnamese collation of this column
  bool sort_by_name = false;  // sort_column holds people's names: given name first
  int shard = 1, shards = 1;  // this run writes rows whose place p has (p - 1) % shards == shard - 1
  bool strict = false;        // stop at the first bad row (rows are then done one at a time)
  unsigned jobs = 0;          // worker threads; 0 = one per core
  char delimiter = 0;         // CSV separator; 0 = guessed
  // CSV encoding: "" = detected (UTF-8, else the legacy encoding whose words read most
  // like Vietnamese); or utf-8, windows-1258, tcvn3, vni, viscii, vps.
  std::string encoding;
  const StyleChoice* style = nullptr;
  // Called on the calling thread as work goes on: the fraction done (0…1) and the rows
  // finished so far.
  std::function<void(double, long)> progress;
  // Called on the calling thread for each row that failed, in row order: code row (the
  // row itself), the code of the check its letter failed (bad-date, schema…), io (the
  // letter could not be written: the run stops), or internal (a bug met on that row;
  // the other rows go on).
  std::function<void(const Error&)> row_error;
};

struct MergeSummary {
  long rows = 0;          // data rows of this shard (blank rows are not rows)
  long written = 0;       // letters written
  long failed = 0;        // rows reported and skipped
  long other_shards = 0;  // rows left to other shards
  bool stopped = false;   // strict: stopped at the first bad row
  // How the list was decoded when it was not plain Unicode ("tcvn3 (detected)",
  // "legacy fonts: .VnTime (tcvn3) 12"); "" otherwise.
  std::string decoding;
  // Not failures: what a letter's PDF cannot show ("FILE: warning: the font has no glyph
  // for …"), the first 100, and how many more there were.
  std::vector<std::string> warnings;
  long more_warnings = 0;
  // What stopped the run as a whole: a bad template (template, or the reader's codes for
  // the document it makes), an unusable list (data, unreadable, io, limit), a bad
  // option (usage), an output that cannot be written (io), a bug (internal). Nothing is
  // written when these come before the rows.
  Errors errors;
};

// Never throws: an exception inside (a bug) is reported as an Internal error.
MergeSummary merge_letters(const MergeOptions& options);

}  // namespace vanban
