// The rules, one area each (one file each), in the order check_document runs them.
#pragma once
#include "check/context.h"

namespace vanban::check {

void check_page_setup(const Context& c);    // page_rules.cpp: A4, portrait, margins (§2)
void check_fonts(const Context& c);         // font_rules.cpp: Times New Roman, legacy fonts, black (§2)
void check_formatting(const Context& c);    // format_rules.cpp: size, bold, italic, capitals, alignment (§4)
void check_header_texts(const Context& c);  // header_rules.cpp: Quốc hiệu, Tiêu ngữ, number, date (§4.1–§4.4)
void check_rule_lines(const Context& c);    // rule_lines.cpp: the lines under motto, issuer, trích yếu
void check_lists(const Context& c);         // list_rules.cpp: Kính gửi and căn cứ punctuation (§4.6, §4.7)
void check_body(const Context& c);          // body_rules.cpp: indent, spacing, line spacing, numbering (§4.8)
void check_signature(const Context& c);     // signature_rules.cpp: authority prefix, signer's name (§4.9)
void check_recipients(const Context& c);    // recipients_rules.cpp: "Nơi nhận:" and its list (§4.10)
void check_page_numbers(const Context& c);  // page_number_rules.cpp: none on page 1, then centred in the header
void check_text(const Context& c);          // text_rules.cpp: NFC, empty paragraphs, spaces and tabs
void check_missing(const Context& c);       // missing_rules.cpp: the components the kind needs

}  // namespace vanban::check
