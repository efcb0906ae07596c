// The header (Decree 30 cells 1–4, 10): the issuer's lines in capitals, the Quốc hiệu
// and Tiêu ngữ (dropped: the renderer prints them), the number and symbol, the stamps
// under them, the place and date, and a công văn's "V/v" trích yếu. Extraction may
// flatten the two-column header into lines that mix these parts in any order, so each
// line is read part after part. Website matter above the header is set aside.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "import/addressee_recogniser.h"
#include "import/line_cursor.h"
#include "import/patterns.h"
#include "import/title_recogniser.h"
#include "model/document.h"

namespace vanban::import {

class HeaderRecogniser {
 public:
  // `kept_as_text`: header lines that are none of its parts, printed as paragraphs
  // before the body.
  HeaderRecogniser(LineCursor& lines, model::Document& doc, AddresseeRecogniser& addressee,
                   std::vector<std::string>& kept_as_text)
      : lines_(lines), doc_(doc), addressee_(addressee), kept_as_text_(kept_as_text) {}

  // Reads from the first line and leaves the cursor after the header: after the tên
  // loại when the header ends with one, after a Kính gửi list, or on the first line of
  // the body.
  void read();
  bool found() const { return found_; }
  RunOnSubject run_on_subject() const { return run_on_; }
  // What can be told only once the whole document is read: no number (a symbol is
  // made up from the kind), no date, a V/v that the kind read does not print.
  void report_after_document();

 private:
  struct IssuerLine {
    std::string text;
    bool bold = false;
  };
  enum class LineEnd { Read, BodyBegins, HeaderClosed };

  size_t find_start();
  bool anchor(const SourceLine& l) const;
  size_t issuer_lines_above(size_t anchor) const;
  bool header_around(size_t start, size_t anchor) const;
  bool text_before(size_t end) const;
  void set_aside_leading_clutter();

  void read_lines();
  LineEnd read_line(const SourceLine& l);
  bool take_national(const SourceLine& l, std::string& rest);
  bool take_number(const SourceLine& l, std::string& rest);
  bool take_stamp(const std::string& text, int line);
  bool take_draft_mark(const std::string& key, const std::string& text, int line);
  bool take_place_date(const SourceLine& l, std::string& rest);
  bool join_date_from_next_line(std::string& rest);
  bool take_issuer_line(const SourceLine& l, std::string& rest);
  void read_vv_subject(std::string_view first);
  void set_issuer();
  void rejoin_wrapped_issuer_words();

  LineCursor& lines_;
  model::Document& doc_;
  AddresseeRecogniser& addressee_;
  std::vector<std::string>& kept_as_text_;
  bool found_ = true;
  // What the header lines read so far showed.
  std::vector<IssuerLine> issuer_;
  int issuer_line_ = 0;
  bool national_ = false, numbered_ = false, dated_ = false;
  NationalSeen national_seen_;
  RunOnSubject run_on_;
  int vv_line_ = 0;      // where a "V/v" trích yếu was read
  std::string vv_text_;  // its mark as written
};

}  // namespace vanban::import
