// The title (Decree 30 cells 5a, 5b): the tên loại, the trích yếu under it (one to five
// lines, in capitals or not), and for a kind that decides (a quyết định) the deciding
// authority in capitals below it. A "Kính gửi" right after the title is read too.
#pragma once
#include <string>
#include <string_view>

#include "import/addressee_recogniser.h"
#include "import/line_cursor.h"
#include "model/document.h"
#include "rules/kinds.h"

namespace vanban::import {

// The text after a tên loại on its own line ("KẾ HOẠCH Tổ chức …" in a flattened
// header): the start of the trích yếu.
struct RunOnSubject {
  std::string text;
  int line = 0;
};

class TitleRecogniser {
 public:
  TitleRecogniser(LineCursor& lines, model::Document& doc, AddresseeRecogniser& addressee)
      : lines_(lines), doc_(doc), addressee_(addressee) {}

  // Reads from the cursor and leaves it after the title. `after_header`: a header was
  // found; a page without one may open with a title in ordinary case instead.
  // `run_on`: what followed the tên loại the header read.
  void read(bool after_header, RunOnSubject run_on);

 private:
  // The trích yếu as it is read, line by line.
  struct SubjectDraft {
    std::string text;
    int line = 0;  // the first line read after the tên loại's own (0 while there is none)
    bool caps = false;
    size_t lines = 0;
    bool blank_before = false;  // a blank line came since the last line read
  };

  void read_kind_line(bool after_header, RunOnSubject& run_on);
  void read_subject(RunOnSubject run_on);
  bool deciding_authority(const SourceLine& l, const SubjectDraft& draft, const rules::KindInfo* kind);
  static bool ends_subject(const std::string& s, const SubjectDraft& draft);
  void read_addressee_after();

  LineCursor& lines_;
  model::Document& doc_;
  AddresseeRecogniser& addressee_;
};

}  // namespace vanban::import
