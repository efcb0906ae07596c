// "Kính gửi:" and its recipients (Decree 30 cell 9a): one recipient on the label's line,
// or a list on the lines after it. The label closes a công văn's header or follows its
// title, so both the header and the title recognisers hand it here.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "import/line_cursor.h"
#include "model/document.h"

namespace vanban::import {

class AddresseeRecogniser {
 public:
  // `kept_as_text`: lines of the top of the document printed as paragraphs before the
  // body (a label with no recipient after it).
  AddresseeRecogniser(LineCursor& lines, model::Document& doc, std::vector<std::string>& kept_as_text)
      : lines_(lines), doc_(doc), kept_as_text_(kept_as_text) {}

  // Reads the label on the cursor's line, `label_text` being that line from the label
  // on, and the recipients; leaves the cursor on the first line after them. The
  // renderer prints the label once, before a list that is not empty: a second label is
  // reported, a label with no one after it stays as text.
  void read(std::string_view label_text);

 private:
  void read_recipients(std::string_view label_text);
  void add_recipient(std::string s);

  LineCursor& lines_;
  model::Document& doc_;
  std::vector<std::string>& kept_as_text_;
  int label_line_ = 0;  // where a label was read, so that a second one is told apart
};

}  // namespace vanban::import
