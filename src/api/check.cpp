#include "api/check.h"

#include <algorithm>

#include "annotate/annotate.h"
#include "api/boundary.h"
#include "api/import.h"
#include "api/import_accounting.h"
#include "api/vanban.h"
#include "check/check.h"
#include "check/finding.h"
#include "import/office_lines.h"
#include "office/document.h"
#include "text/unicode.h"

namespace vanban {
namespace {

check::Lang lang_of(MessageLanguage l) { return l == MessageLanguage::English ? check::Lang::En : check::Lang::Vi; }

ConformanceFinding to_public(const check::Finding& f, check::Lang lang) {
  ConformanceFinding c;
  c.location = check::location_text(f.where);
  c.paragraph = f.where.kind == check::Location::Kind::Paragraph ? f.where.index : 0;
  c.code = check::code_name(f.code);
  c.severity = check::severity_name(f.severity);
  c.component = check::component_name(f.component);
  c.expected = f.expected;
  c.found = f.found;
  c.clause = f.clause;
  c.message = check::message(f, lang);
  c.line = check::finding_line(f, lang);
  return c;
}

// The checker's findings on a document already read.
std::vector<check::Finding> findings_of(const office::Document& doc) {
  import::OfficeLines lines = import::office_lines(doc);
  check::CheckInput in;
  in.doc = &doc;
  // As the importer reads it (api/import.cpp): characters XML cannot carry are spaces.
  in.text = text::xml_safe(lines.text);
  in.paragraph_of_line = std::move(lines.paragraph_of_line);
  in.decoded = std::move(lines.decoded);
  in.legacy = std::move(lines.legacy);
  return check::check_document(in);
}

// The comment a finding leaves in the annotated copy: the message, then the code and
// the clause the clerk can look up in docs/check.md.
std::string note_text(const check::Finding& f, check::Lang lang) {
  std::string s = check::message(f, lang);
  s += "\n[";
  s += check::code_name(f.code);
  if (!f.clause.empty()) s += ", Nghị định 30/2020/NĐ-CP " + f.clause;
  s += "]";
  return s;
}

void check_into(std::string_view bytes, std::string_view file, const CheckOptions& options, CheckResult& result) {
  auto doc = office::read_document(bytes, file, result.errors);
  if (!doc) return;
  result.format = doc->kind == office::Kind::Docx ? "docx" : "odt";
  const check::Lang lang = lang_of(options.language);
  const auto findings = findings_of(*doc);
  for (const auto& f : findings) result.findings.push_back(to_public(f, lang));
  if (!options.annotate) return;
  std::vector<annotate::Note> notes;
  for (const auto& f : findings) notes.push_back({f.where.anchor, note_text(f, lang)});
  if (auto copy = annotate::annotate(bytes, doc->kind, notes, {}, file, result.errors)) result.annotated = *copy;
}

// "image in paragraph 3", "tracked change"
std::string describe(const office::Unsupported& u) {
  std::string s = office::unsupported_name(u.kind);
  if (u.paragraph > 0) s += " in paragraph " + std::to_string(u.paragraph);
  return s;
}

void fix_into(std::string_view bytes, std::string_view file, const FixOptions& options, FixResult& result) {
  if (options.format != Format::Docx && options.format != Format::Odt) {
    result.errors.push_back({ErrorCode::Usage, std::string(file), 0, 0, "fix writes .docx or .odt"});
    return;
  }
  auto doc = office::read_document(bytes, file, result.errors);
  if (!doc) return;
  for (const auto& u : doc->unsupported) (options.force ? result.dropped : result.refused).push_back(describe(u));
  if (!result.refused.empty()) return;

  const check::Lang lang = lang_of(options.language);
  for (const auto& f : findings_of(*doc)) result.mended.push_back(to_public(f, lang));

  ImportResult imported = import_document(bytes, file);
  if (!imported.errors.empty()) {
    result.errors = std::move(imported.errors);
    return;
  }
  for (const auto& n : imported.report)
    if (n.kind == "aside" || n.kind == "dropped" || n.kind == "repaired") result.notes.push_back(n.to_string());
  RenderResult rendered = render(imported.xml, file, options.format);
  if (!rendered.errors.empty()) {
    result.errors = std::move(rendered.errors);
    return;
  }
  // The output must be in form: a finding of form on vanban's own document is a bug,
  // named. What the input's content lacks (a signature, an issuer) cannot be made up,
  // and stays a finding.
  Errors read_errors;
  const auto out = office::read_document(rendered.bytes, file, read_errors);
  for (const auto& e : read_errors) result.errors.push_back(internal_error(std::string(file), e.message.c_str()));
  if (!out) return;
  for (const auto& f : findings_of(*out)) {
    if (check::about_content(f.code))
      result.left.push_back(to_public(f, lang));
    else
      result.errors.push_back(internal_error(
          std::string(file), ("the fixed document still has a finding: " + check::finding_line(f, lang)).c_str()));
  }
  if (!result.errors.empty()) return;
  // What is left was not mended.
  std::erase_if(result.mended, [&](const ConformanceFinding& f) {
    return std::any_of(result.left.begin(), result.left.end(),
                       [&](const ConformanceFinding& l) { return l.code == f.code && l.component == f.component; });
  });

  const WordAccount words = account_printed_words(imported.text, imported);
  if (!words.errors.empty()) {
    result.errors = words.errors;
    return;
  }
  result.source_words = words.source_words;
  result.kept_words = words.source_words - words.lost.size();
  result.bytes = std::move(rendered.bytes);
}

}  // namespace

CheckResult check_document(std::string_view bytes, std::string_view file, const CheckOptions& options) {
  CheckResult result;
  at_boundary(file, result.errors, [&] { check_into(bytes, file, options, result); });
  return result;
}

FixResult fix_document(std::string_view bytes, std::string_view file, const FixOptions& options) {
  FixResult result;
  at_boundary(file, result.errors, [&] { fix_into(bytes, file, options, result); });
  if (!result.errors.empty()) result.bytes.clear();
  return result;
}

}  // namespace vanban
