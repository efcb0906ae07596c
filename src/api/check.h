// Check and fix: a .docx or .odt typed by hand, read as the word processor shows it,
// checked against Decree 30 rule by rule and place by place (docs/check.md lists the
// rules), and rewritten in form by import → render. Neither function throws: an
// exception inside (a bug) is an Internal error naming the file.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/choices.h"
#include "core/error.h"

namespace vanban {

enum class MessageLanguage { Vietnamese, English };

// One broken rule at one place. `code` is one of the closed set in docs/check.md;
// `expected` and `found` are language-neutral values ("12–13 pt", "bold").
struct ConformanceFinding {
  std::string location;  // paragraph 12 "Số: 5/KH-LĐLĐ", page-setup, page-setup 2, header, footer, footnote 3, document
  int paragraph = 0;  // the body paragraph (1-based, table cells included); 0 for other locations
  std::string code, severity, component, expected, found, clause;
  std::string message;  // in the language asked for
  // "LOCATION: CODE: message (expected …, found …)", in the language asked for
  // ("(cần …, có …)" in Vietnamese).
  std::string line;
  const std::string& to_string() const { return line; }
};

struct CheckOptions {
  MessageLanguage language = MessageLanguage::Vietnamese;
  bool annotate = false;  // also make a copy of the document with one comment per finding
};

struct CheckResult {
  std::string format;  // "docx" or "odt", as read
  std::vector<ConformanceFinding> findings;
  std::string annotated;  // with CheckOptions::annotate: the copy, in the input's format
  Errors errors;          // the file could not be read (Unreadable, Limit)
  bool conforms() const { return errors.empty() && findings.empty(); }
};

CheckResult check_document(std::string_view bytes, std::string_view file, const CheckOptions& options = {});

struct FixOptions {
  Format format = Format::Docx;  // Docx or Odt
  bool force = false;            // drop content vanban cannot carry (images, text boxes …) instead of refusing
  MessageLanguage language = MessageLanguage::Vietnamese;
};

struct FixResult {
  std::string bytes;                       // the document in form, when errors and refused are empty
  std::vector<std::string> refused;        // what the input holds that vanban cannot carry: "image in paragraph 3"
  std::vector<std::string> dropped;        // with force: the same, dropped
  std::vector<ConformanceFinding> mended;  // the input's findings that `bytes` no longer has
  // What a rewrite of the form cannot supply, still found in `bytes`: a part the input
  // lacks (missing-component: no signature …) or its wording (signer-name).
  std::vector<ConformanceFinding> left;
  std::vector<std::string> notes;           // what the import set aside or repaired ("LINE: KIND: WHAT: TEXT")
  size_t source_words = 0, kept_words = 0;  // words of the input, and how many the output prints
  Errors errors;
};

// Import → render → check: the result has no finding of form (one would be a bug,
// reported as Internal); only what the input's content lacks is `left`.
// Refuses, with nothing in `bytes`, when the input holds content vanban cannot carry
// and `force` is off.
FixResult fix_document(std::string_view bytes, std::string_view file, const FixOptions& options);

}  // namespace vanban
