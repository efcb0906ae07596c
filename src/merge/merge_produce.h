// Merge, step 2 of 3 (after merge_prepare.h): one row into one letter. The template is
// filled with the row, the document read and laid out, and the letter written to its
// file (or kept for --single). Runs on the worker threads, one LetterMaker each.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "merge/letter_writer.h"
#include "merge/merge_letters.h"
#include "merge/merge_prepare.h"
#include "merge/table_source.h"
#include "page/page.h"

namespace vanban::merge {

// One row as the run hands it out.
struct Job {
  Record record;
  long seq = 0;      // its place in the output: {{_seq}}
  std::string name;  // its file's name, without the extension (-o)
};

// What became of it.
struct Letter {
  enum class Outcome { Written, Kept, Failed, OutputFailed } outcome = Outcome::Failed;
  std::optional<layout::Layout> layout;  // Kept: for --single
  Error error;                           // Failed, OutputFailed
  std::vector<std::string> warnings;     // Written: what its PDF cannot show
};

// An error on `r`: "FILE:LINE: row N: MESSAGE".
Error row_error(const TableSource& source, const Record& r, ErrorCode code, const std::string& message);

class LetterMaker {
 public:
  LetterMaker(const MergeOptions& o, const Prepared& p) : o_(o), p_(p), writer_(o.format) {}

  // Throws only on a bug (the run's worker reports it as the row's Internal error).
  Letter make(const Job& job);

 private:
  const MergeOptions& o_;
  const Prepared& p_;
  LetterWriter writer_;
};

}  // namespace vanban::merge
