// Decree 30 text rules that are pure functions of the model: the number and symbol,
// the punctuation of "Kính gửi", "căn cứ" and "Nơi nhận", and the end mark "./.".
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"
#include "rules/house_style.h"
#include "rules/kinds.h"

namespace vanban::layout {

// "KH-LĐLĐ" (type-issuer), "LĐLĐ-VP" (công văn: issuer-unit) or the explicit symbol.
std::string symbol(const model::Document& d, const rules::KindInfo& kind);
// "477", "05" (leading zero below 10) or the blank gap when left empty.
std::string number_text(std::string_view value);
// "Số: 477/KH-LĐLĐ"
std::string number_line(const model::Document& d, const rules::KindInfo& kind);

// What follows "Lưu: " (without the final full stop): VT first, then the rest.
std::string archive_text(std::string_view archive);
// One line per recipient: "- Thường trực LĐLĐ TP (để báo cáo);" … and the archive
// line "- Lưu: VT, VP." last. Without an archive line the last recipient ends with ".".
std::vector<std::string> recipient_lines(const model::Recipients& r);

// Strips the punctuation a line ends with (";", ".", ",", ":") and trailing spaces.
std::string strip_end_punctuation(std::string_view s);
// Ends a list line: ";" for all but the last, "." for the last.
std::string list_line(std::string_view s, bool last);
// Makes `s` end with the end-of-text mark "./." (keeps an existing "./." or "/.").
std::string with_end_mark(std::string_view s);
// "TM. BAN THƯỜNG VỤ": prefix and upper-cased name.
std::string authority_line(const model::Authority& a);

}  // namespace vanban::layout
