// The semantic document: what an administrative document says, nothing about how it
// looks. The XML input is a serialisation of this model; layout/ turns it into pages.
#pragma once
#include <string>
#include <vector>

#include "text/dates.h"

namespace vanban::model {

// A run of inline text. Footnote runs carry their note body in `note`.
struct Inline {
  enum class Kind { Text, Footnote, LineBreak };
  Kind kind = Kind::Text;
  std::string text;
  bool bold = false;
  bool italic = false;
  std::vector<Inline> note;
};
using Text = std::vector<Inline>;

struct TableCell {
  Text text;
  std::string align;  // "", "left", "center", "right"
  int span = 1;
};
struct TableRow {
  enum class Kind { Header, Normal, Group, Total };
  Kind kind = Kind::Normal;
  std::vector<TableCell> cells;
};
struct Table {
  std::vector<double> widths;  // relative column widths
  std::vector<TableRow> rows;
};

// One node of the body tree. Sections and articles are numbered by the layout from
// their depth; items are the "-" (then "+") points. Nothing here carries a number.
struct Node {
  enum class Kind { Paragraph, Item, Section, Article, Table };
  Kind kind = Kind::Paragraph;
  Text title;  // Section, Article: heading text (may be empty for an untitled clause)
  Text text;   // Paragraph, Item: the text; Section: run-in text after "title: "
  std::vector<Node> children;
  Table table;
  int line = 0;  // where it came from, for messages
};

struct Issuer {
  std::string superior;  // cơ quan chủ quản, may be empty
  std::string name;      // cơ quan ban hành
  std::string abbr;      // used in the symbol (LĐLĐ, UBND …)
};

struct DocNumber {
  std::string value;   // "" = left blank for the records office
  std::string unit;    // công văn: drafting unit (VP in LĐLĐ-VP)
  std::string symbol;  // explicit symbol, overrides the computed one
  int line = 0;
};

// A date as written on a document (day, month or year may be left blank).
using IssueDate = text::Date;

struct Authority {
  std::string prefix;  // TM, KT, Q, TL, TUQ or empty
  std::string of;      // the collective or the head's title after the prefix
};
struct Signature {
  bool present = false;
  std::vector<Authority> authorities;
  std::string role;    // chức vụ of the signer
  std::string mark;    // a copy's "(Đã ký)" in the place of the signature; usually empty
  std::string signer;  // họ tên; may be empty (drafts)
};

struct Recipient {
  std::string text;
  std::string purpose;  // "để báo cáo" → "(để báo cáo)"
};
struct Recipients {
  std::vector<Recipient> items;
  bool has_archive = false;
  std::string archive;  // after "Lưu: ", e.g. "VT, VP"
  std::string drafter;  // initials of the drafter (cell 12)
  std::string copies;   // number of copies issued
};

// Giấy mời (Mẫu 1.7): the invitation sentence and the event details.
struct Invitation {
  bool present = false;
  Text host;   // who invites ("Ban Thường vụ LĐLĐ quận Hải An")
  Text guest;  // who is invited
  Text event;  // "Tới dự …"
  Text chair;
  Text time;
  Text venue;
};

struct Appendix {
  std::string title;
  std::string reference;  // explicit "(Kèm theo …)" text; empty = computed
  std::string of;         // "của …" part of the computed reference
  bool landscape = false;
  bool arabic = false;  // top-level sections numbered 1., 2. rather than I., II.
  std::vector<Node> content;
};

// Source text an import judged to lie outside the document (a website's menus, say):
// kept in the XML for the record, never printed.
struct AsideLine {
  int line = 0;
  std::string text;
};

struct Document {
  std::string kind;   // id from templates/kinds.xml
  std::string style;  // house style id from templates/styles
  Issuer issuer;
  DocNumber number;
  std::string place;
  IssueDate date;
  bool draft = false;
  std::string draft_round;      // "2" → "DỰ THẢO LẦN 2"
  std::string secrecy;          // "", "mat", "toi-mat", "tuyet-mat"
  std::string urgency;          // "", "khan", "thuong-khan", "hoa-toc"
  std::string title;            // tên loại override (normally from the kind)
  std::string subject;          // trích yếu
  std::vector<std::string> to;  // Kính gửi
  std::string decider;          // QĐ: the authority that decides ("CHỦ TỊCH ỦY BAN …")
  std::vector<Text> bases;      // căn cứ
  std::vector<Node> preamble;
  Invitation invitation;
  std::vector<Node> body;
  bool body_arabic = false;  // top-level sections numbered 1., 2. rather than I., II.
  std::vector<Node> closing;
  Signature signature;
  Recipients recipients;
  std::vector<std::string> contact;  // address block lines (cell 13)
  std::vector<Appendix> appendices;
  std::vector<AsideLine> aside;
};

}  // namespace vanban::model
