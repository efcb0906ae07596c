#include "import/title_recogniser.h"

#include <unicode/uchar.h>

#include "import/kind_names.h"
#include "import/line_text.h"
#include "import/patterns.h"
#include "text/unicode.h"

namespace vanban::import {
namespace {

// "dự Lễ …" → "Dự Lễ …": a trích yếu begins with a capital.
std::string capitalised(std::string_view s) {
  size_t n = 0;
  text::each_code_point(s, [&](UChar32, std::string_view bytes) {
    n = bytes.size();
    return false;
  });
  return text::upper_vi(s.substr(0, n)) + std::string(s.substr(n));
}

}  // namespace

void TitleRecogniser::read(bool after_header, RunOnSubject run_on) {
  if (doc_.kind.empty()) read_kind_line(after_header, run_on);
  if (doc_.kind.empty()) {
    doc_.kind = "cong-van";
    lines_.note(ReportEntry::Kind::Note, 0, "no tên loại found: read as a công văn");
    return;
  }
  if (!doc_.subject.empty()) return;  // the V/v of the header was the trích yếu
  read_subject(std::move(run_on));
  read_addressee_after();
}

// No tên loại in the header: the line just after it may be one (a page that starts at
// the title).
void TitleRecogniser::read_kind_line(bool after_header, RunOnSubject& run_on) {
  const size_t mark = lines_.mark();
  lines_.skip_blank();
  if (!lines_.at_end() && !lines_.peek().table) {
    const SourceLine& l = lines_.peek();
    std::string after;
    if (const auto* kind = kind_named_in_caps(l.plain, after)) {
      set_document_kind(doc_, lines_, *kind, l.n, l.plain);
      run_on = {after, l.n};
      lines_.advance();
      return;
    }
    if (const auto* kind = kind_named_alone(l.plain)) {
      set_document_kind(doc_, lines_, *kind, l.n, l.plain);
      lines_.advance();
      return;
    }
    if (const auto* titled = after_header ? nullptr : kind_named_in_sentence(l.plain, after)) {
      // A page without a header that opens with its title: "Giấy mời dự Lễ …".
      set_document_kind(doc_, lines_, *titled, l.n, l.plain);
      doc_.subject = capitalised(after);
      lines_.note(ReportEntry::Kind::Recognised, l.n, "trích yếu", doc_.subject);
      lines_.advance();
      return;
    }
  }
  lines_.restore(mark);
}

void TitleRecogniser::read_subject(RunOnSubject run_on) {
  const rules::KindInfo* kind = rules::find_kind(doc_.kind);
  SubjectDraft draft;
  draft.text = std::move(run_on.text);
  if (starts_with(draft.text, "V/V ") || starts_with(draft.text, "V/v ")) {
    // A công văn's mark run on after another kind's tên loại: that kind has no V/v.
    lines_.note(ReportEntry::Kind::Dropped, run_on.line, "V/v before the trích yếu", draft.text.substr(0, 3));
    draft.text = draft.text.substr(4);
  }
  draft.caps = !draft.text.empty() && is_caps(draft.text);
  draft.lines = draft.text.empty() ? 0 : 1;
  for (; !lines_.at_end(); lines_.advance()) {
    const auto& l = lines_.peek();
    if (l.blank()) {
      draft.blank_before = true;
      continue;
    }
    if (l.table || draft.lines >= 5) break;
    const std::string& s = l.plain;
    if (read_label(s).kind != Label::Kind::None || body_opener(s) || starts_with(s, "Kính gửi")) break;
    if (deciding_authority(l, draft, kind)) {
      draft.blank_before = false;
      continue;
    }
    if (!doc_.decider.empty() || ends_subject(s, draft)) break;
    if (draft.text.empty()) draft.caps = is_caps(s);
    draft.text += (draft.text.empty() ? "" : " ") + s;
    if (draft.line == 0) draft.line = l.n;
    ++draft.lines;
    draft.blank_before = false;
  }
  if (!draft.text.empty()) {
    doc_.subject = draft.text;
    lines_.note(ReportEntry::Kind::Recognised, draft.line, "trích yếu", draft.text);
  }
}

// The deciding authority of a quyết định: capitals after the trích yếu (after one in
// capitals, only the heads' titles, as the trích yếu may go on in capitals).
bool TitleRecogniser::deciding_authority(const SourceLine& l, const SubjectDraft& draft, const rules::KindInfo* kind) {
  const std::string& s = l.plain;
  if (!kind || kind->formula.empty() || draft.lines == 0 || !is_caps(s)) return false;
  if (draft.caps && !starts_with(s, "CHỦ TỊCH") && !starts_with(s, "BỘ TRƯỞNG") && !starts_with(s, "GIÁM ĐỐC"))
    return false;
  doc_.decider = doc_.decider.empty() ? s : doc_.decider + " " + s;
  lines_.note(ReportEntry::Kind::Recognised, l.n, "deciding authority", s);
  return true;
}

// A line that does not go on with the trích yếu read so far.
bool TitleRecogniser::ends_subject(const std::string& s, const SubjectDraft& draft) {
  if (draft.lines == 0) return false;
  const bool continues = starts_lower(s) || !draft.blank_before;
  if (!continues || length_cp(draft.text) > 400) return true;
  if (draft.blank_before && !starts_lower(s)) return true;
  // A long sentence after a finished trích yếu is the body.
  return !draft.blank_before && !starts_lower(s) && is_caps(draft.text) != is_caps(s) && length_cp(s) > 60;
}

void TitleRecogniser::read_addressee_after() {
  const size_t mark = lines_.mark();
  lines_.skip_blank();
  if (!lines_.at_end() && !lines_.peek().table && starts_with_label(lines_.peek().plain, "Kính gửi")) {
    addressee_.read(lines_.peek().plain);
    return;
  }
  lines_.restore(mark);
}

}  // namespace vanban::import
