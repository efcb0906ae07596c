// What the lines of an administrative document look like: the Quốc hiệu, the number
// line, the place-and-date line, authority prefixes, names, list labels. Pure functions
// of one string, each tested on its own.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "model/document.h"

namespace vanban::import {

// Upper case, old tone placement ("HOÀ", "UỶ") moved to the new one, dashes and
// spaces normalised: the key anchors are compared on.
std::string anchor_key(std::string_view s);
// Every letter is a capital (and there are at least two letters).
bool is_caps(std::string_view s);
bool starts_lower(std::string_view s);  // the first letter is lower case
bool starts_upper(std::string_view s);
size_t length_cp(std::string_view s);  // code points

// Which parts of the Quốc hiệu and the Tiêu ngữ a document has shown so far.
struct NationalSeen {
  bool first_half = false;   // CỘNG HÒA XÃ HỘI
  bool second_half = false;  // CHỦ NGHĨA VIỆT NAM
  bool motto = false;        // Độc lập - Tự do - Hạnh phúc
  bool all() const { return first_half && second_half && motto; }
};
// Removes from a line the parts of the Quốc hiệu and the Tiêu ngữ not yet `seen` (once
// each: a later copy is the document's own text) and marks them seen; `cut` gets the
// text removed. Only header-shaped parts are taken: a part alone on its line, in
// capitals, or beside other header text, never one in a sentence ending in ";" or ","
// or after "nước" (a body citing "… Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt
// Nam;" keeps its words). What is left is the rest of a flattened header line.
std::string strip_national(std::string_view s, NationalSeen& seen, std::string* cut = nullptr);
// True when the line holds any header-shaped part of them.
bool has_national(std::string_view s);

// Digits in a document number: the schema's <number> is \d{1,6}(/\d{4})?.
inline constexpr size_t kMaxNumberDigits = 6;

// "Số: 477/KH-LĐLĐ", "Số:       /KH-LĐLĐ", "Số: 63/2025/QĐ-UBND": the number, and the
// text after the symbol (a flattened "V/v …" or tên loại). `alone`: the line is just "Số:".
struct NumberLine {
  std::string value;    // "477", "", "63/2025"
  std::string written;  // the number as the line has it: "477", "1 8", "1.234"
  std::string symbol;
  std::string rest;
  bool alone = false;
};
std::optional<NumberLine> parse_number_line(std::string_view s);
// The number and symbol without the "Số:" (the line after a lone "Số:").
std::optional<NumberLine> parse_number_value(std::string_view s);
bool valid_symbol(std::string_view s);

// "Gia Lâm, ngày 24 tháng 4 năm 2023" (day and month may be blank or dotted): place,
// date and what follows the year. `before` is the text ahead of the place, if the
// place could not be told from it.
struct PlaceDate {
  std::string place;
  model::IssueDate date;
  std::string rest;
  bool impossible = false;  // a day the month does not have: left blank and reported
};
std::optional<PlaceDate> parse_place_date(std::string_view s);
bool has_date_words(std::string_view s);  // "ngày … tháng … năm dddd" somewhere

// "TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "K/T TRƯỞNG BAN": prefix (TM, KT, Q, TL, TUQ) and rest.
std::optional<std::pair<std::string, std::string>> parse_authority(std::string_view s);
// "(Đã ký)", "(Đã ký và đóng dấu)", "Đã ký".
bool is_signature_mark(std::string_view s);
// "Trần Văn Đông": two to six capitalised words, nothing else.
bool looks_like_name(std::string_view s);

// A list label at the start of a paragraph.
struct Label {
  enum class Kind {
    None,
    Roman,
    Arabic,
    Dotted2,
    Dotted3,
    Letter,
    LetterDotted,
    Dash,
    Plus,
    Article
  } kind = Kind::None;
  int number = 0;     // the value read (roman and arabic), for checks
  size_t length = 0;  // bytes of the label and the space after it
};
Label read_label(std::string_view s);
int rank(Label::Kind k);  // nesting order: article 0, roman 1 … letter-dotted 6, items 7

// A short trailing "(…)" recipient purpose: "(b/c)", "(để báo cáo)".
std::optional<std::pair<std::string, std::string>> split_purpose(std::string_view s);

}  // namespace vanban::import
