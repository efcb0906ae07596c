// What follows the signature and Nơi nhận blocks: the address block (Decree 30 cell
// 13), the appendices (each opens with "PHỤ LỤC …", or with a title in capitals and its
// "(Kèm theo …)" line), text of the document's own with no title to know it by, and
// website matter to the end (set aside). Footnote bodies "[n] …" there are taken out
// for binding.
#pragma once
#include <string>
#include <vector>

#include "import/body_builder.h"
#include "import/line_cursor.h"
#include "model/document.h"

namespace vanban::import {

class AppendixRecogniser {
 public:
  AppendixRecogniser(LineCursor& lines, model::Document& doc) : lines_(lines), doc_(doc) {}

  // Reads the lines from the cursor to the end. Returns the footnote bodies found.
  std::vector<FootnoteBody> read();

 private:
  // The lines above an appendix's content.
  struct Heading {
    std::string title;
    model::Text label;  // "Mẫu biểu số 01", printed above the content
    std::string reference;
  };

  void read_after_signature(std::vector<SourceLine>& lines);
  void take_contact_lines(std::vector<SourceLine>& lines, size_t end);
  static std::vector<size_t> appendix_starts(const std::vector<SourceLine>& lines);
  static bool appendix_start(const std::vector<SourceLine>& lines, size_t k);
  static size_t clutter_start(const std::vector<SourceLine>& lines, size_t from);
  void read_text_before_appendices(const std::vector<SourceLine>& lines, size_t first, size_t clutter);
  void read_appendix(std::vector<SourceLine> lines);
  size_t read_heading(const std::vector<SourceLine>& lines, Heading& heading);
  std::string title_after_phu_luc(const SourceLine& l);

  LineCursor& lines_;
  model::Document& doc_;
};

}  // namespace vanban::import
