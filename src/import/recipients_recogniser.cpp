#include "import/recipients_recogniser.h"

#include "import/inline_markup.h"
#include "import/line_text.h"
#include "import/patterns.h"
#include "import/signature_pieces.h"
#include "text/unicode.h"

namespace vanban::import {

std::string RecipientsRecogniser::read_noi_nhan_label(const std::string& s, int line) {
  std::string rest = trim_copy(s.substr(std::string_view("Nơi nhận").size()));
  if (!rest.empty() && rest[0] == ':') rest = trim_copy(rest.substr(1));
  if (label_line_ > 0)  // the list goes on; its label is printed once
    lines_.note(ReportEntry::Kind::Dropped, line, "Nơi nhận again", s.substr(0, s.size() - rest.size()));
  else
    lines_.note(ReportEntry::Kind::Recognised, line, "Nơi nhận");
  label_line_ = line;
  return rest;
}

// Decree 30 cell 12 under the Lưu line: the drafter's initials and the copies made,
// "PL.(300)", "Huy (23 bản)".
bool RecipientsRecogniser::read_drafter_line(const std::string& s, int line) {
  const auto words = text::words(s);
  if (words.empty() || words.size() > 3) return false;
  std::string initials(words[0]);
  while (!initials.empty() && initials.back() == '.') initials.pop_back();
  const size_t paren = initials.find('(');
  std::string rest = s.substr(static_cast<size_t>(words[0].data() - s.data()) +
                              (paren == std::string::npos ? words[0].size() : paren));
  if (paren != std::string::npos) initials = initials.substr(0, paren);
  while (!initials.empty() && initials.back() == '.') initials.pop_back();
  rest = trim_copy(rest);
  if (initials.empty() || !valid_symbol(initials) || initials.find_first_of("-/.") != std::string::npos) return false;
  std::string digits;
  if (!rest.empty()) {
    if (rest.front() != '(' || rest.back() != ')') return false;
    const std::string inside = trim_copy(rest.substr(1, rest.size() - 2));
    size_t k = 0;
    while (k < inside.size() && inside[k] >= '0' && inside[k] <= '9') digits += inside[k++];
    const std::string unit = trim_copy(inside.substr(k));
    if (digits.empty() || !(unit.empty() || unit == "bản" || unit == "b")) return false;
    // Decree 30 writes the count alone: "PL.(300)".
    if (!unit.empty()) lines_.note(ReportEntry::Kind::Dropped, line, "unit of the copies", unit);
  } else if (!is_caps(initials)) {
    return false;
  }
  doc_.recipients.drafter = initials;
  doc_.recipients.copies = digits;
  lines_.note(ReportEntry::Kind::Recognised, line, "drafter and copies", s);
  return true;
}

std::optional<std::string> RecipientsRecogniser::read_line(const std::string& line, int n) {
  model::Recipients& rec = doc_.recipients;
  std::string s = line;
  const Label lab = read_label(s);
  const bool listed = lab.kind == Label::Kind::Dash || lab.kind == Label::Kind::Plus;
  if (listed) s = s.substr(lab.length);
  if (starts_with_label(s, "Lưu")) return read_archive(s, line, n);
  if (!listed && signature_text(s)) return std::nullopt;
  const std::string left = split_signature_tail(s);
  if (!listed && !rec.items.empty() && !rec.items.back().text.empty() && !last_closed_) {
    // An item that went on to an unmarked line.
    rec.items.back().text += " " + strip_end(s, ";.");
    last_closed_ = s.ends_with(";") || s.ends_with(".");
    return left;
  }
  if (!listed && !s.ends_with(";") && !s.ends_with(".") && rec.items.empty() && length_cp(s) > 80) return std::nullopt;
  add_recipient(s);
  return left;
}

// "Lưu: VT, ĐMDN (2b)."; returns what follows its full stop.
std::string RecipientsRecogniser::read_archive(const std::string& s, const std::string& line, int n) {
  std::string a = trim_copy(s.substr(std::string_view("Lưu").size()));
  if (!a.empty() && a[0] == ':') a = trim_copy(a.substr(1));
  // "Lưu: VT, ĐMDN (2b). Trung Anh BỘ TRƯỞNG …": the archive ends at its full stop.
  std::string left;
  const size_t stop = a.find(". ");
  if (stop != std::string::npos) {
    left = trim_copy(a.substr(stop + 2));
    a = a.substr(0, stop);
  }
  doc_.recipients.has_archive = true;
  doc_.recipients.archive = strip_end(a, ".;");
  lines_.note(ReportEntry::Kind::Recognised, n, "Lưu", line);
  // A drafter's mark with copies on the next line ("Huy (23 bản)") is read apart.
  return left;
}

// An unmarked line that is the signature's, not a recipient: capitals, an authority,
// a name, a signature mark.
bool RecipientsRecogniser::signature_text(const std::string& s) {
  if (is_caps(s) || parse_authority(s) || looks_like_name(s) || is_signature_mark(s)) return true;
  const auto pieces = split_signature_line(s);
  return !pieces.empty() && pieces.front().kind == SignaturePiece::Kind::Authority;
}

// "Như trên; (Đã ký …)", "…; Lê Thị Bích Thuận": a signature piece after the last ";"
// is cut from `s` and returned.
std::string RecipientsRecogniser::split_signature_tail(std::string& s) {
  const size_t semi = s.rfind("; ");
  if (semi == std::string::npos) return {};
  std::string tail = trim_copy(s.substr(semi + 2));
  const auto pieces = split_signature_line(tail);
  if (pieces.empty() || pieces.front().kind == SignaturePiece::Kind::Other) return {};
  s = s.substr(0, semi + 1);
  return tail;
}

void RecipientsRecogniser::add_recipient(const std::string& s) {
  model::Recipient r;
  std::string t = strip_end(s, ";.,");
  if (auto pp = split_purpose(t)) {
    r.text = pp->first;
    r.purpose = pp->second;
  } else {
    r.text = t;
  }
  if (r.text.empty()) return;
  last_closed_ = s.ends_with(";") || s.ends_with(".");
  doc_.recipients.items.push_back(std::move(r));
}

void RecipientsRecogniser::keep_label_without_list() {
  const auto& rec = doc_.recipients;
  if (label_line_ == 0 || !rec.items.empty() || rec.has_archive || !rec.drafter.empty()) return;
  model::Node n;
  n.text = {text_run("Nơi nhận:")};
  n.line = label_line_;
  doc_.closing.push_back(std::move(n));
  lines_.note(ReportEntry::Kind::Unclassified, label_line_, "Nơi nhận without a list kept as a paragraph");
}

}  // namespace vanban::import
