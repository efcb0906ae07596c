#include "import/addressee_recogniser.h"

#include "import/line_text.h"
#include "import/patterns.h"

namespace vanban::import {
namespace {

constexpr std::string_view kLabel = "Kính gửi";

}  // namespace

void AddresseeRecogniser::read(std::string_view label_text) {
  const size_t before = doc_.to.size();
  const int line = lines_.peek().n;
  if (label_line_ > 0)
    lines_.note(ReportEntry::Kind::Dropped, line, "Kính gửi again", label_text.substr(0, kLabel.size()));
  else
    lines_.note(ReportEntry::Kind::Recognised, line, "Kính gửi", label_text);
  label_line_ = line;
  read_recipients(label_text);
  if (doc_.to.empty() && before == 0) {
    lines_.note(ReportEntry::Kind::Unclassified, line, "Kính gửi without a recipient kept as a paragraph", label_text);
    kept_as_text_.emplace_back(label_text);
  }
}

// "Kính gửi: A" or a list of recipients on the following lines.
void AddresseeRecogniser::read_recipients(std::string_view label_text) {
  std::string rest = trim_copy(label_text.substr(kLabel.size()));
  if (!rest.empty() && rest[0] == ':') rest = trim_copy(rest.substr(1));
  if (!rest.empty()) {
    add_recipient(rest);
    if (!rest.ends_with(";") && !rest.ends_with(",")) {
      lines_.advance();
      return;
    }
  }
  for (lines_.advance(); !lines_.at_end(); lines_.advance()) {
    const auto& l = lines_.peek();
    if (l.blank()) continue;
    if (l.table) break;
    const Label lab = read_label(l.plain);
    const bool listed = lab.kind == Label::Kind::Dash || lab.kind == Label::Kind::Plus;
    const bool ends = l.plain.ends_with(";") || l.plain.ends_with(",") || l.plain.ends_with(".");
    if (!(listed || (ends && length_cp(l.plain) < 120)) || body_opener(l.plain)) break;
    add_recipient(l.plain);
    if (l.plain.ends_with(".")) {
      lines_.advance();
      break;
    }
  }
}

void AddresseeRecogniser::add_recipient(std::string s) {
  const Label lab = read_label(s);
  if (lab.kind == Label::Kind::Dash || lab.kind == Label::Kind::Plus) s = s.substr(lab.length);
  s = strip_end(s, ";,.");
  if (!s.empty()) doc_.to.push_back(s);
}

}  // namespace vanban::import
