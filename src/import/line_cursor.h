// The source lines as the block recognisers walk them: one position shared by all of
// them (each block starts where the one before stopped), look-ahead that does not move
// it, and the report every block writes to. Lines are inserted only where a block hands
// the rest of a line it did not read to the next block (see SignatureRecogniser).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "import/report.h"
#include "import/source_lines.h"
#include "model/document.h"

namespace vanban::import {

class LineCursor {
 public:
  explicit LineCursor(std::vector<SourceLine> lines) : lines_(std::move(lines)) {}

  size_t pos() const { return pos_; }
  size_t size() const { return lines_.size(); }
  bool at_end() const { return pos_ >= lines_.size(); }
  const SourceLine& peek() const { return lines_[pos_]; }  // the line at the position
  const SourceLine& at(size_t i) const { return lines_[i]; }
  void advance() { ++pos_; }
  void skip_blank() { pos_ = next_nonblank(pos_); }
  // On to line `i`, read ahead and taken in by the line at the position.
  void skip_to(size_t i) { pos_ = i; }
  // A block that reads ahead and then finds the lines are not its own goes back.
  size_t mark() const { return pos_; }
  void restore(size_t mark) { pos_ = mark; }

  // The first line from `i` on that is not blank (size() when there is none).
  size_t next_nonblank(size_t i) const;
  // Copies of the lines [from, to): a block that is read as a whole (the body).
  std::vector<SourceLine> lines_between(size_t from, size_t to) const;
  void insert(size_t at, SourceLine line);

  // The report sink. What is dropped is named whole: it is printed nowhere else (and
  // the import accounting, api/import_accounting.h, finds its words only here); other
  // text is shortened.
  void note(ReportEntry::Kind kind, int line, std::string what, std::string_view text = {});
  Report& report() { return report_; }
  Report take_report() { return std::move(report_); }

 private:
  std::vector<SourceLine> lines_;
  size_t pos_ = 0;
  Report report_;
};

// A line outside the document (website matter): kept in <aside>, which is never
// printed, and reported.
void set_aside(const SourceLine& line, model::Document& doc, LineCursor& lines);

}  // namespace vanban::import
