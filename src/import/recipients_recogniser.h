// The Nơi nhận block (Decree 30 cell 9b): the label, the recipients ("- Như trên;"), the
// Lưu line, and under it the drafter's initials and the copies made (cell 12). The
// signature recogniser hands it the lines, as the two blocks come in either order or
// merged line by line.
#pragma once
#include <optional>
#include <string>

#include "import/line_cursor.h"
#include "model/document.h"

namespace vanban::import {

class RecipientsRecogniser {
 public:
  RecipientsRecogniser(LineCursor& lines, model::Document& doc) : lines_(lines), doc_(doc) {}

  // "Nơi nhận:" opening `s`, on `line`: returns the text after it (a first recipient).
  std::string read_noi_nhan_label(const std::string& s, int line);
  // The drafter and copies under the Lưu line ("PL.(300)", "Huy (23 bản)").
  bool read_drafter_line(const std::string& s, int line);
  // One line of the list. Returns what is left for the signature ("" when all of it
  // was a recipient), or nullopt when the line is not a recipient at all.
  std::optional<std::string> read_line(const std::string& s, int line);
  // "Nơi nhận:" with no list after it: the renderer would print nothing, so the label
  // stays as text. Once the whole document is read.
  void keep_label_without_list();

 private:
  std::string read_archive(const std::string& s, const std::string& line, int n);
  static bool signature_text(const std::string& s);
  static std::string split_signature_tail(std::string& s);
  void add_recipient(const std::string& s);

  LineCursor& lines_;
  model::Document& doc_;
  int label_line_ = 0;
  bool last_closed_ = true;  // the last recipient ended with ";" or ".": no line goes on with it
};

}  // namespace vanban::import
