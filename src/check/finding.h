// What `vanban check` reports: one finding per rule broken per place, with a code from a
// closed set (tests and programs match codes, never wording), the component the rule is
// about, what Decree 30 expects and what the document has, and the clause of
// ../shared/spec/nd30.md it comes from. Messages are Vietnamese or English.
#pragma once
#include <string>
#include <vector>

#include "office/document.h"

namespace vanban::check {

// The closed set. docs/check.md lists each with its clause; README too.
enum class Code {
  // §2 page set-up
  PageSize,         // not A4
  PageOrientation,  // landscape outside an appendix of wide tables
  PageMargin,       // a margin outside its range (T 20–25, B 20–25, L 30–35, R 15–20 mm)
  // §2, checklist 2: type
  FontFamily,  // not Times New Roman
  FontLegacy,  // a legacy .Vn… / VNI-… font (text in TCVN3 or VNI): its own finding
  FontColor,   // text not black (stamps excepted)
  // Per component (the component is named in the finding): §4.1–§4.11
  FontSize,   // outside the component's legal range
  Bold,       // bold where it must not be, or not bold where it must
  Italic,     // likewise italic
  Capitals,   // in hoa / in thường wrong for the component
  Alignment,  // centred, justified, left … wrong for the component
  // §4.1
  NationalTitleText,  // not exactly CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM (HOÀ accepted)
  MottoText,          // not exactly Độc lập - Tự do - Hạnh phúc (hyphens with spaces, not dashes)
  MottoRule,          // the line under the motto: missing, not as long as the motto, not centred
  // §4.2, §4.5
  IssuerRule,   // the line under the issuer: missing, not 1/3–1/2 of its line, not centred
  SubjectRule,  // the line under the trích yếu: likewise
  // §4.3
  NumberFormat,  // not "Số: NN/SYMBOL" (the colon, the slash)
  NumberZero,    // a number below 10 without its leading zero
  SymbolFormat,  // spaces in the symbol, groups not joined by "-", not in capitals
  // §4.4
  DateFormat,  // not "Place, ngày DD tháng M năm YYYY"
  DateZero,    // day below 10, or month 1–2, without the leading zero; or a zero on months 3–9
  // §4.6, §4.7
  AddresseePunctuation,  // Kính gửi: no colon; list items not "- …;" with a final "."
  BasisPunctuation,      // căn cứ lines not ending ";" with a final "."
  // §4.8 body
  FirstIndent,       // body first-line indent not 1–1.27 cm
  ParagraphSpacing,  // less than 6 pt between body paragraphs
  LineSpacing,       // line spacing below single or above 1.5 lines
  NumberingOrder,    // levels out of order (I., 1., a), -): a level skipped or a count not in sequence
  // §4.9
  AuthorityPrefix,  // an authority prefix not one of TM., KT., Q., TL., TUQ. (e.g. "T/M", "KT" without the dot)
  SignerName,       // no signer's name, or an academic title before it
  // §4.10
  RecipientsLabel,        // not "Nơi nhận:" (the colon, the case)
  RecipientsPunctuation,  // an item not "- …;" (the last not ending ".")
  RecipientsArchive,      // the last item not "- Lưu: VT, … ."
  // Checklist 18: page numbers
  PageNumberFirst,     // a page number shown on page 1
  PageNumberMissing,   // no page numbers from page 2 on
  PageNumberPosition,  // not centred in the header
  // Text
  NotNfc,             // text not in Unicode NFC (decomposed accents)
  EmptyParagraph,     // empty paragraphs used for spacing
  SpacingCharacters,  // runs of spaces or tabs used to align or indent
  MissingComponent,   // a component the document kind needs is not there (the Quốc hiệu, the number …)
};
const char* code_name(Code c);  // "font-size", "motto-text" …
// A finding about what the document says or lacks (a missing part, a title before the
// signer's name), which a rewrite of its form cannot mend: `vanban fix` leaves these.
bool about_content(Code c);
std::vector<Code> all_codes();

enum class Severity { Error, Warning };  // Warning: a rule the spec marks as inference or practice
const char* severity_name(Severity s);   // "error", "warning"

// The part of a document a rule is about.
enum class Component {
  Document,
  Page,
  Superior,
  Issuer,
  NationalTitle,
  Motto,
  Number,
  Vv,
  Date,
  Stamp,
  DocType,
  Subject,
  Addressee,
  Basis,
  Body,
  Heading,
  Authority,
  SignerRole,
  Signer,
  RecipientsLabel,
  Recipients,
  AppendixLabel,
  AppendixTitle,
  AppendixReference,
  PageNumber,
  Footnote,
  Table,
};
const char* component_name(Component c);  // "national-title", "motto" …

enum class Lang { Vi, En };

struct Location {
  enum class Kind { Paragraph, PageSetup, Header, Footer, Footnote, Document };
  Kind kind = Kind::Document;
  int index = 0;      // Paragraph: Paragraph::index; PageSetup/Header/Footer: section (1-based); Footnote: its number
  std::string words;  // Paragraph: its first words, at most 40 characters, "…" when cut
  office::Anchor anchor;  // where a comment goes (annotate); a paragraph's own, else the first body paragraph's
};
// "paragraph 12 \"Số: 5/KH-LĐLĐ\"", "page-setup", "page-setup 2" (the second section),
// "header", "footer", "footnote 3", "document".
std::string location_text(const Location& l);

struct Finding {
  Code code = Code::MissingComponent;
  Severity severity = Severity::Error;
  Component component = Component::Document;
  Location where;
  std::string expected;  // language-neutral values: "12–13 pt", "bold", "A4 (210 × 297 mm)", "CỘNG HÒA …"
  std::string found;     // likewise; "" when nothing was found
  std::string clause;    // of ../shared/spec/nd30.md: "§4.1"
};

// Short and concrete, in `lang`: "Quốc hiệu: cỡ chữ 14, cần 12–13"; "National title:
// size 14 pt, must be 12–13 pt".
std::string message(const Finding& f, Lang lang);
// One line: "LOCATION: CODE: message (expected …, found …)" (the caller puts "FILE:" first).
std::string finding_line(const Finding& f, Lang lang);

}  // namespace vanban::check
