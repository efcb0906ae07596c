// The shapes of the lines of an administrative document as a clerk types them, right
// or wrong: the locator finds components by them, the rules then say what is wrong.
// (The importer's import/patterns.h reads the right shapes; these also accept the
// common wrong ones: "Số 5/KH", "KT CHỦ TỊCH", "T/M BAN THƯỜNG VỤ", "Kính gửi" with no colon.)
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace vanban::check {

// Upper case, old tone placement moved ("HOÀ" → "HÒA"), dashes unified, no spaces: the
// key texts are matched on across line breaks and paragraph splits.
std::string match_key(std::string_view s);

// A header line, by its words: the Quốc hiệu, the Tiêu ngữ (however dashed), "Số…",
// "…, ngày … tháng … năm …", "V/v …", a stamp of templates/layout.xml.
enum class HeaderShape { None, NationalTitle, Motto, Number, Date, Vv, Stamp };
HeaderShape header_shape(std::string_view text);

// The tên loại of a kind of templates/kinds.xml, alone on the line, in any case.
bool doc_type_line(std::string_view text);
// "Kính gửi" at the start (with or without its colon).
bool addressee_line(std::string_view text);
// The text before a blank ends with the word a records office fills it in after: "Số:",
// "số", "ngày", "tháng", "năm" ("Số:       /KH", "ngày    tháng").
bool fill_in_blank(std::string_view before);
// "Căn cứ …", "Theo đề nghị …", "Xét đề nghị …": a line of the căn cứ.
bool basis_line(std::string_view text);
// "Nơi nhận" at the start, in any case, with or without its colon.
bool recipients_label_line(std::string_view text);
// "Phụ lục", "Phụ lục II", "PHỤ LỤC 2": an appendix heading alone on its line.
bool appendix_label_line(std::string_view text);
// "(Kèm theo …".
bool appendix_reference_line(std::string_view text);
// A point of a list: "- ", "+ ", "– ", "• ".
bool dash_line(std::string_view text);
// Cell 12: the drafter's initials and the copies, "PL.(300)", "MĐ.".
bool drafter_line(std::string_view text);
// Structure A headings: "Phần I", "Chương II", "Mục 1", "Tiểu mục 2".
bool part_heading_line(std::string_view text);

// An authority line of the signature block: the prefix as typed ("KT", "T/M", "Thay
// mặt", "TM.") and whether it is one of Decree 30's: TM., KT., Q., TL., TUQ.
struct AuthorityPrefix {
  std::string written;
  bool valid = false;
};
std::optional<AuthorityPrefix> authority_prefix(std::string_view text);

// An academic title or degree written before a name: "TS.", "ThS.", "PGS.TS.", "Tiến sĩ" …
// (the title as written, "" for none).
std::string academic_title(std::string_view name_line);
// A name: two to six capitalised words (after any academic title).
bool name_line(std::string_view text);
// "(Đã ký)" and its kin: a copy's mark in the place of the signature.
bool signature_mark_line(std::string_view text);

}  // namespace vanban::check
