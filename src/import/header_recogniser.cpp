#include "import/header_recogniser.h"

#include <algorithm>

#include "import/kind_names.h"
#include "import/line_text.h"
#include "rules/kinds.h"
#include "text/unicode.h"

namespace vanban::import {

void HeaderRecogniser::read() {
  const size_t start = find_start();
  for (; lines_.pos() < start; lines_.advance()) set_aside(lines_.peek(), doc_, lines_);
  if (found_) {
    read_lines();
    return;
  }
  set_aside_leading_clutter();
  lines_.note(ReportEntry::Kind::Note, 0, "no header found (no Quốc hiệu, number or tên loại)");
}

// ---- where the header starts ----------------------------------------------------

// The first line that only a header has (the Quốc hiệu, a number line, a tên loại),
// then back over the issuer's lines above it. No header: 0, and found() is false.
size_t HeaderRecogniser::find_start() {
  const size_t limit = std::min(lines_.size(), static_cast<size_t>(600));
  size_t anchor_at = limit;
  for (size_t i = 0; i < limit && anchor_at == limit; ++i)
    if (anchor(lines_.at(i))) anchor_at = i;
  if (anchor_at == limit) {
    // No header at all (a page that starts with the text): nothing to read there.
    found_ = false;
    return 0;
  }
  const size_t start = issuer_lines_above(anchor_at);
  if (start > 0 && !header_around(start, anchor_at) && text_before(start)) {
    // A lone header-like line inside a page without a header ("CHƯƠNG TRÌNH BUỔI LỄ"
    // under a giấy mời's points): what comes before it is the document's text.
    found_ = false;
    return 0;
  }
  return start;
}

bool HeaderRecogniser::anchor(const SourceLine& l) const {
  if (l.table || l.blank()) return false;
  std::string rest;
  return has_national(l.plain) || parse_number_line(l.plain) || kind_named_in_caps(l.plain, rest) != nullptr;
}

// Back from the anchor over the issuer's lines (a few short lines in capitals) and
// blank lines: where the header starts.
size_t HeaderRecogniser::issuer_lines_above(size_t anchor_at) const {
  size_t start = anchor_at;
  int caps_lines = 0;
  for (size_t k = anchor_at; k-- > 0;) {
    const auto& l = lines_.at(k);
    if (l.blank()) continue;
    if (l.table || !is_caps(l.plain) || length_cp(l.plain) > 90 || caps_lines >= 4) break;
    start = k;
    ++caps_lines;
  }
  return start;
}

// A header shows at least two of its parts near the anchor: the issuer's capitals
// above it, the Quốc hiệu or Tiêu ngữ, the number, the place and date, the tên loại.
bool HeaderRecogniser::header_around(size_t start, size_t anchor_at) const {
  bool national = false, number = false, date = false, kind = false;
  int seen = 0;
  for (size_t k = anchor_at; k < lines_.size() && seen < 8; ++k) {
    const auto& l = lines_.at(k);
    if (l.blank() || l.table) continue;
    ++seen;
    std::string rest;
    national = national || has_national(l.plain);
    number = number || parse_number_line(l.plain).has_value();
    date = date || parse_place_date(l.plain).has_value();
    kind = kind || kind_named_in_caps(l.plain, rest) != nullptr;
  }
  return (start < anchor_at) + national + number + date + kind >= 2;
}

// Lines before `end` that are the document's own text, not a site's matter: none of
// them a site phrase (templates/import/site-clutter.txt), and more than a page title
// line, or a title naming the kind ("Giấy mời dự Lễ …").
bool HeaderRecogniser::text_before(size_t end) const {
  size_t count = 0, first = end;
  for (size_t k = 0; k < end; ++k) {
    const auto& l = lines_.at(k);
    if (l.blank()) continue;
    if (!l.table && site_clutter(l.plain)) return false;
    first = std::min(first, k);
    ++count;
  }
  std::string rest;
  return count >= 2 || (first < end && !lines_.at(first).table && kind_named_in_sentence(lines_.at(first).plain, rest));
}

// Without a header, website phrases at the top are set aside; the cursor stops on the
// first line after them.
void HeaderRecogniser::set_aside_leading_clutter() {
  for (; !lines_.at_end(); lines_.advance()) {
    const auto& l = lines_.peek();
    if (l.blank()) continue;
    if (l.table || !site_clutter(l.plain)) break;
    set_aside(l, doc_, lines_);
  }
}

// ---- the header's lines ---------------------------------------------------------

void HeaderRecogniser::read_lines() {
  int header_lines = 0;
  while (!lines_.at_end()) {
    const SourceLine& l = lines_.peek();
    if (l.blank()) {
      lines_.advance();
      continue;
    }
    // A header is a dozen lines or so; a label starts the body.
    if (l.table || ++header_lines > 24 || (header_lines > 1 && read_label(l.plain).kind != Label::Kind::None)) break;
    const LineEnd end = read_line(l);
    if (end == LineEnd::HeaderClosed) return;
    if (end == LineEnd::BodyBegins) break;
    lines_.advance();
  }
  set_issuer();
}

// The parts of one line, left to right. A part may take in the next line (a number
// or a date broken in two), which moves the cursor on.
HeaderRecogniser::LineEnd HeaderRecogniser::read_line(const SourceLine& l) {
  std::string rest = l.plain;
  while (!rest.empty()) {
    if (take_national(l, rest) || take_number(l, rest)) continue;
    if (take_stamp(rest, l.n)) {
      rest.clear();
      continue;
    }
    // One trích yếu: a second "V/v" line (a copy, a pasted fragment) is header text.
    if (doc_.subject.empty() && (starts_with(rest, "V/v") || starts_with(rest, "V/V") || starts_with(rest, "v/v"))) {
      read_vv_subject(rest);
      rest.clear();
      continue;
    }
    if (take_place_date(l, rest)) continue;
    if (starts_with_label(rest, "Kính gửi")) {
      set_issuer();
      addressee_.read(rest);
      return LineEnd::HeaderClosed;
    }
    std::string after_kind;
    if (const auto* kind = kind_named_in_caps(rest, after_kind)) {
      set_document_kind(doc_, lines_, *kind, l.n, rest);
      run_on_ = {after_kind, l.n};
      set_issuer();
      lines_.advance();
      return LineEnd::HeaderClosed;
    }
    if (take_issuer_line(l, rest)) continue;
    // Anything else: the body has begun, or a stray header line kept as text.
    if ((dated_ || numbered_ || length_cp(rest) > 90) && rest == l.plain) return LineEnd::BodyBegins;
    lines_.note(ReportEntry::Kind::Unclassified, l.n, "header text kept as a paragraph", rest);
    kept_as_text_.push_back(rest);
    rest.clear();
  }
  return LineEnd::Read;
}

bool HeaderRecogniser::take_national(const SourceLine& l, std::string& rest) {
  std::string cut;
  std::string stripped = strip_national(rest, national_seen_, &cut);
  if (cut.empty()) return false;
  national_ = true;
  lines_.note(ReportEntry::Kind::Dropped, l.n, "Quốc hiệu / Tiêu ngữ (the renderer prints them)", cut);
  rest = stripped;
  return true;
}

bool HeaderRecogniser::take_number(const SourceLine& l, std::string& rest) {
  if (numbered_) return false;
  auto number = parse_number_line(rest);
  if (!number) return false;
  if (number->alone) {
    // "Số:" on a line of its own: the number is on the next one.
    const size_t k = lines_.next_nonblank(lines_.pos() + 1);
    if (k < lines_.size())
      if (auto value = parse_number_value(lines_.at(k).plain)) {
        number = value;
        lines_.skip_to(k);
      }
  }
  numbered_ = true;
  doc_.number.value = number->value;
  doc_.number.symbol = number->symbol;
  lines_.note(ReportEntry::Kind::Recognised, l.n, "number and symbol", rest);
  if (number->written != number->value)  // "1 8", "1.234": printed as one number
    lines_.note(ReportEntry::Kind::Repaired, l.n, "number written with gaps", number->written + " → " + number->value);
  rest = number->rest;
  return true;
}

// The stamps under the number (Decree 30 cells 10a/10b) and the draft mark.
bool HeaderRecogniser::take_stamp(const std::string& text, int line) {
  const std::string key = anchor_key(text);
  static const std::pair<const char*, const char*> kUrgency[] = {
      {"KHẨN", "khan"}, {"THƯỢNG KHẨN", "thuong-khan"}, {"HỎA TỐC", "hoa-toc"}};
  static const std::pair<const char*, const char*> kSecrecy[] = {
      {"MẬT", "mat"}, {"TỐI MẬT", "toi-mat"}, {"TUYỆT MẬT", "tuyet-mat"}};
  for (const auto& [name, id] : kUrgency)
    if (key == name) {
      doc_.urgency = id;
      lines_.note(ReportEntry::Kind::Recognised, line, "urgency", text);
      return true;
    }
  for (const auto& [name, id] : kSecrecy)
    if (key == name) {
      doc_.secrecy = id;
      lines_.note(ReportEntry::Kind::Recognised, line, "secrecy", text);
      return true;
    }
  return take_draft_mark(key, text, line);
}

// "DỰ THẢO", "Dự thảo lần 2", "DỰ THẢO (3)": the round is kept, only digits.
bool HeaderRecogniser::take_draft_mark(const std::string& key, const std::string& text, int line) {
  if (!starts_with(key, "DỰ THẢO")) return false;
  std::string round = trim_copy(key.substr(std::string_view("DỰ THẢO").size()));
  if (starts_with(round, "(") && round.ends_with(")")) round = trim_copy(round.substr(1, round.size() - 2));
  if (starts_with(round, "LẦN")) round = trim_copy(round.substr(std::string_view("LẦN").size()));
  if (!round.empty() && round.find_first_not_of("0123456789") != std::string::npos) return false;
  doc_.draft = true;
  doc_.draft_round = round;
  lines_.note(ReportEntry::Kind::Recognised, line, "draft mark", text);
  return true;
}

bool HeaderRecogniser::take_place_date(const SourceLine& l, std::string& rest) {
  if (dated_) return false;
  const auto pd = parse_place_date(rest);
  if (!pd) return join_date_from_next_line(rest);
  dated_ = true;
  doc_.place = pd->place;
  doc_.date = pd->date;
  lines_.note(pd->impossible ? ReportEntry::Kind::Unclassified : ReportEntry::Kind::Recognised, l.n,
              pd->impossible ? "date that does not exist: day left blank" : "place and date", rest);
  if (pd->impossible) {
    // The day (and a month over 12) are printed blank: the date as written is named.
    const size_t from = std::min(rest.find("ngày"), rest.size());
    lines_.note(ReportEntry::Kind::Dropped, l.n, "date that does not exist",
                rest.substr(from, rest.size() - pd->rest.size() - from));
  }
  rest = pd->rest;
  return true;
}

// A place whose date extraction put on the next line ("Hà Nội," / "ngày 5 tháng 3
// năm 2024"): the next line is taken in, and the two are read again as one.
bool HeaderRecogniser::join_date_from_next_line(std::string& rest) {
  const size_t k = lines_.next_nonblank(lines_.pos() + 1);
  if (k >= lines_.size() || has_date_words(rest) || length_cp(rest) >= 60 || is_caps(rest) || lines_.at(k).table ||
      !has_date_words(rest + " " + lines_.at(k).plain))
    return false;
  rest += " " + lines_.at(k).plain;
  lines_.skip_to(k);
  return true;
}

// Capitals above the number and date, short, and not after a Quốc hiệu that already
// stands beside an issuer: a line of the issuer.
bool HeaderRecogniser::take_issuer_line(const SourceLine& l, std::string& rest) {
  if (!is_caps(rest) || numbered_ || dated_ || length_cp(rest) > 90 || (national_ && !issuer_.empty())) return false;
  if (issuer_.empty()) issuer_line_ = l.n;
  issuer_.push_back({rest, rest == l.plain && l.bold});
  rest.clear();
  return true;
}

// A công văn's trích yếu under its number: "V/v …" and the lines that go on with it.
void HeaderRecogniser::read_vv_subject(std::string_view first) {
  std::string s = trim_copy(first.substr(3));
  const int line = lines_.peek().n;
  vv_line_ = line;
  vv_text_ = std::string(first.substr(0, 3));
  if (!s.empty() && first.size() > 3 && first[3] != ' ') {
    // "V/vquy định …": the renderer writes "V/v quy định …".
    const std::string word = std::string(text::words(first).front());
    lines_.note(ReportEntry::Kind::Repaired, line, "V/v run into the trích yếu",
                word + " → " + vv_text_ + " " + word.substr(3));
  }
  // Continuation lines, as many as there are: not the date, the Quốc hiệu or Kính gửi.
  while (lines_.pos() + 1 < lines_.size()) {
    const auto& l = lines_.at(lines_.pos() + 1);
    if (l.blank() || l.table) break;
    std::string kind_rest;
    if (has_national(l.plain) || has_date_words(l.plain) || starts_with(l.plain, "Kính gửi") ||
        parse_number_line(l.plain) || kind_named_in_caps(l.plain, kind_rest) || (is_caps(l.plain) && !is_caps(s)))
      break;
    s += " " + l.plain;
    lines_.advance();
  }
  doc_.subject = s;
  if (doc_.kind.empty()) doc_.kind = "cong-van";
  lines_.note(ReportEntry::Kind::Recognised, line, "trích yếu (V/v)", s);
}

// ---- the issuer -----------------------------------------------------------------

// The issuer's lines: the cơ quan chủ quản above (regular), the issuing body below
// (bold, Decree 30 cell 2). Without bold to tell, two lines are chủ quản and body,
// unless the first is unfinished ("ỦY BAN NHÂN DÂN" / "TỈNH NGHỆ AN").
void HeaderRecogniser::set_issuer() {
  if (issuer_.empty()) {
    lines_.note(ReportEntry::Kind::Note, 0, "no issuing body found: <issuer> left empty");
    return;
  }
  rejoin_wrapped_issuer_words();
  auto join = [&](size_t from, size_t to) {
    std::string s;
    for (size_t k = from; k < to; ++k) s += (s.empty() ? "" : " ") + issuer_[k].text;
    return s;
  };
  size_t first_bold = issuer_.size();
  for (size_t k = 0; k < issuer_.size(); ++k)
    if (issuer_[k].bold) {
      first_bold = k;
      break;
    }
  const std::string first = anchor_key(issuer_.front().text);
  const bool unfinished = first.ends_with("NHÂN DÂN") || first.ends_with("LAO ĐỘNG") || first.ends_with(" BAN");
  if (first_bold > 0 && first_bold < issuer_.size()) {
    doc_.issuer.superior = join(0, first_bold);
    doc_.issuer.name = join(first_bold, issuer_.size());
  } else if (issuer_.size() == 1 || (issuer_.size() == 2 && unfinished)) {
    doc_.issuer.name = join(0, issuer_.size());
  } else {
    doc_.issuer.superior = issuer_.front().text;
    doc_.issuer.name = join(1, issuer_.size());
  }
  lines_.note(ReportEntry::Kind::Recognised, issuer_line_, "issuing body", doc_.issuer.name);
}

// A word wrapped onto its own line ("UBND THÀNH PHỐ HÀ" / "NỘI") rejoins its line.
void HeaderRecogniser::rejoin_wrapped_issuer_words() {
  for (size_t k = 1; k < issuer_.size();)
    if (text::words(issuer_[k].text).size() == 1 && issuer_[k].bold == issuer_[k - 1].bold) {
      issuer_[k - 1].text += " " + issuer_[k].text;
      issuer_.erase(issuer_.begin() + static_cast<long>(k));
    } else {
      ++k;
    }
}

// ---- after the document ---------------------------------------------------------

void HeaderRecogniser::report_after_document() {
  const rules::KindInfo* kind = rules::find_kind(doc_.kind);
  if (doc_.number.symbol.empty()) {
    doc_.number.symbol = kind && !kind->abbr.empty() ? kind->abbr : "CV";
    lines_.note(ReportEntry::Kind::Note, 0, "no number line: symbol set to " + doc_.number.symbol + ", please check");
  }
  if (doc_.date.year == 0) lines_.note(ReportEntry::Kind::Note, 0, "no place and date found: left blank");
  // "V/v" is printed only before the trích yếu of a kind without a tên loại.
  if (vv_line_ > 0 && kind && kind->has_title) lines_.note(ReportEntry::Kind::Dropped, vv_line_, "V/v", vv_text_);
}

}  // namespace vanban::import
