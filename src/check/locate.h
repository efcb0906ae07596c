// Where each component of Decree 30 is among a typed document's body paragraphs. The
// importer's recogniser says what the document holds (its kind, the issuer and the
// superior, the trích yếu, the Kính gửi and căn cứ lists, the body tree with the line of
// each node, the signature); the locator finds the paragraphs that show each of them,
// by the shapes of their text, in document order (header, title, Kính gửi, căn cứ,
// body, Nơi nhận and signature, appendices).
#pragma once
#include <string>
#include <vector>

#include "check/check.h"
#include "check/finding.h"
#include "model/document.h"
#include "office/document.h"

namespace vanban::check {

// What a paragraph is, a little finer than Component: the parts a rule treats apart
// (an item of a list, the drafter's initials, an empty paragraph that draws a rule).
enum class Part {
  None,
  Rule,  // an empty paragraph drawing a line (a border)
  Superior,
  Issuer,
  NationalTitle,
  Motto,
  Number,
  Vv,
  Stamp,
  Date,
  DocType,
  Subject,
  Decider,  // a Quyết định's deciding authority above the căn cứ
  Addressee,
  Basis,
  Formula,  // "QUYẾT ĐỊNH:" before the articles
  Body,
  Heading,
  Item,  // "- …" points of the body
  TableCell,
  RecipientsLabel,
  Recipient,
  Drafter,  // cell 12, "PL.(300)", under the Nơi nhận list
  Authority,
  SignerRole,
  SignatureMark,  // "(Đã ký)"
  Signer,
  AppendixLabel,
  AppendixTitle,
  AppendixReference,
};

// A paragraph whose lines (split at its line breaks, tabs and runs of spaces) are
// different components: the Quốc hiệu and the Tiêu ngữ typed with Shift+Enter, the
// superior over the issuer, the number and the date on one line apart by tabs or spaces.
struct Segment {
  size_t first_run = 0;  // its runs start here, up to the next segment's
  Part part = Part::None;
  size_t first_char = 0;  // and within the first run, here (columns apart by spaces)
  bool column = false;    // beside the one before it (after a tab or spaces), not under it
};

struct Located {
  Part part = Part::None;  // the first segment's when there are several
  // Heading: 0 "Điều 1.", 1 "I." (and Phần, Chương, Mục: `centred`), 2 "1.", 3 "a)".
  int level = 0;
  bool titled = false;            // Heading: a clause with a title alone on its line ("1. Mục đích")
  bool centred = false;           // Heading: "Phần I", "Chương I", "Mục 1" and their titles, centred
  bool last = false;              // Addressee, Basis, Recipient: the last line of its list
  std::vector<Segment> segments;  // empty: the whole paragraph is `part`
};

// The texts the locator and the rules read, by position in Document::paragraphs.
struct Texts {
  std::vector<std::string> text;  // decoded (Unicode) and cleaned: one space between words
  std::vector<std::string> raw;   // as stored, tabs and breaks kept (raw_text)
  std::vector<bool> legacy;
};
Texts paragraph_texts(const office::Document& doc, const CheckInput& in);

// One Located per paragraph of doc.paragraphs.
std::vector<Located> locate(const office::Document& doc, const CheckInput& in, const Texts& texts,
                            const model::Document& model);

Component component_of(Part p);
// The templates/layout.xml role the renderer gives the paragraph; "" for none.
const char* role_of(const Located& l);

}  // namespace vanban::check
