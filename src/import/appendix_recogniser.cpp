#include "import/appendix_recogniser.h"

#include <algorithm>

#include "import/inline_markup.h"
#include "import/line_text.h"
#include "import/patterns.h"
#include "text/unicode.h"

namespace vanban::import {
namespace {

bool appendix_reference(std::string_view s) {
  return starts_with(s, "(Kèm theo") || starts_with(s, "(kèm theo") || starts_with(s, "(Ban hành kèm theo") ||
         starts_with(s, "(ban hành kèm theo") || starts_with(s, "(Kèm Theo");
}

size_t next_nonblank_in(const std::vector<SourceLine>& lines, size_t j) {
  while (j < lines.size() && lines[j].blank() && !lines[j].table) ++j;
  return j;
}

// Lines before `end` that are not blank.
size_t leading_lines(const std::vector<SourceLine>& lines, size_t end) {
  size_t n = 0;
  for (size_t j = 0; j < end; ++j) n += !lines[j].blank();
  return n;
}

// The first line with a site phrase; lines.size() when there is none.
size_t first_site_line(const std::vector<SourceLine>& lines, size_t from) {
  for (size_t j = from; j < lines.size(); ++j)
    if (!lines[j].table && site_clutter(lines[j].plain)) return j;
  return lines.size();
}

}  // namespace

std::vector<FootnoteBody> AppendixRecogniser::read() {
  std::vector<SourceLine> rest = lines_.lines_between(lines_.pos(), lines_.size());
  auto notes = extract_bracket_footnotes(rest);
  read_after_signature(rest);
  lines_.skip_to(lines_.size());
  return notes;
}

void AppendixRecogniser::read_after_signature(std::vector<SourceLine>& lines) {
  take_contact_lines(lines, first_site_line(lines, 0));
  std::vector<size_t> starts = appendix_starts(lines);
  const size_t clutter = clutter_start(lines, starts.empty() ? 0 : starts.front());
  while (!starts.empty() && starts.back() >= clutter) starts.pop_back();
  const size_t first = starts.empty() ? clutter : starts.front();
  read_text_before_appendices(lines, first, clutter);
  for (size_t a = 0; a < starts.size(); ++a) {
    const size_t end = a + 1 < starts.size() ? starts[a + 1] : clutter;
    read_appendix(
        std::vector<SourceLine>(lines.begin() + static_cast<long>(starts[a]), lines.begin() + static_cast<long>(end)));
  }
  for (size_t j = clutter; j < lines.size(); ++j) set_aside(lines[j], doc_, lines_);
}

// Decree 30 cell 13, the address block at the foot of page 1 (a footer in office
// files): "Địa chỉ: …", "Điện thoại: …", "E-mail: …", "Website: …".
// Only lines before `end` (where website matter starts) are looked at.
void AppendixRecogniser::take_contact_lines(std::vector<SourceLine>& lines, size_t end) {
  static constexpr std::string_view kLabels[] = {"Địa chỉ", "Điện thoại", "ĐT:", "E-mail", "Email", "Website", "Fax"};
  std::vector<SourceLine> kept;
  for (size_t j = 0; j < lines.size(); ++j) {
    auto& l = lines[j];
    bool contact = false;
    if (j < end && !l.table && doc_.contact.size() < 4 && length_cp(l.plain) <= 160)
      for (auto label : kLabels) contact = contact || starts_with(l.plain, label);
    if (contact) {
      doc_.contact.push_back(l.plain);
      lines_.note(ReportEntry::Kind::Recognised, l.n, "address block", l.plain);
    } else {
      kept.push_back(std::move(l));
    }
  }
  lines = std::move(kept);
}

std::vector<size_t> AppendixRecogniser::appendix_starts(const std::vector<SourceLine>& lines) {
  std::vector<size_t> starts;
  for (size_t j = 0; j < lines.size(); ++j)
    if (appendix_start(lines, j)) {
      starts.push_back(j);
      // Skip its title lines so they do not count as further starts.
      while (j + 1 < lines.size() && !lines[j + 1].table &&
             (lines[j + 1].blank() || is_caps(lines[j + 1].plain) || appendix_reference(lines[j + 1].plain)))
        ++j;
    }
  return starts;
}

// An appendix opens with "PHỤ LỤC …", or with a title in capitals followed by its
// "(Kèm theo …)" line; a short label above the title ("Mẫu biểu số 01") belongs to it.
bool AppendixRecogniser::appendix_start(const std::vector<SourceLine>& lines, size_t k) {
  const auto& l = lines[k];
  if (l.table || l.blank()) return false;
  const std::string key = anchor_key(l.plain);
  if (starts_with_label(key, "PHỤ LỤC") && length_cp(l.plain) < 120) return true;
  if (!is_caps(l.plain)) {
    if (length_cp(l.plain) > 40 || !l.bold) return false;
    const size_t j = next_nonblank_in(lines, k + 1);
    return j < lines.size() && is_caps(lines[j].plain) && appendix_start(lines, j);
  }
  int seen = 0;
  for (size_t j = k + 1; j < lines.size() && seen < 5; ++j) {
    if (lines[j].blank()) continue;
    if (lines[j].table) return false;
    if (appendix_reference(lines[j].plain)) return true;
    if (!is_caps(lines[j].plain)) return false;
    ++seen;
  }
  return false;
}

// Clutter: from a site phrase (and the few lines just before it) to the end.
size_t AppendixRecogniser::clutter_start(const std::vector<SourceLine>& lines, size_t from) {
  size_t clutter = first_site_line(lines, from);
  if (clutter == lines.size()) return clutter;
  int back = 0;
  while (clutter > from && back < 3 && !lines[clutter - 1].blank() && !lines[clutter - 1].table) {
    --clutter;
    ++back;
  }
  return clutter;
}

// Text between the signature and the first appendix (or the clutter).
void AppendixRecogniser::read_text_before_appendices(const std::vector<SourceLine>& lines, size_t first,
                                                     size_t clutter) {
  if (leading_lines(lines, first) == 0) return;
  // Website matter after the signature opens with one of the site's phrases (or a few
  // lines before one); other text is the document's and stays printed.
  const bool outside = first == clutter && clutter < lines.size() && leading_lines(lines, clutter) <= 3;
  bool has_table = false;
  for (size_t j = 0; j < first; ++j) has_table = has_table || lines[j].table;
  if (!outside && (has_table || leading_lines(lines, first) > 3)) {
    // Text of the document's own after the signature, with no title to know it by:
    // an appendix, so tables and structure survive.
    lines_.note(ReportEntry::Kind::Unclassified, lines[0].n, "text after the signature kept as an appendix");
    read_appendix(std::vector<SourceLine>(lines.begin(), lines.begin() + static_cast<long>(first)));
    return;
  }
  for (size_t j = 0; j < first; ++j) {
    if (outside) {
      set_aside(lines[j], doc_, lines_);
    } else if (!lines[j].blank()) {
      model::Node n;
      n.text = parse_inline(lines[j].raw);
      n.line = lines[j].n;
      doc_.closing.push_back(std::move(n));
      lines_.note(ReportEntry::Kind::Unclassified, lines[j].n, "text after the Nơi nhận kept as a paragraph",
                  lines[j].plain);
    }
  }
}

// ---- one appendix ---------------------------------------------------------------

void AppendixRecogniser::read_appendix(std::vector<SourceLine> lines) {
  model::Appendix a;
  Heading heading;
  const int line = lines.front().n;
  const size_t k = read_heading(lines, heading);
  a.title = heading.title.empty() ? "Phụ lục" : heading.title;
  a.reference = heading.reference;
  std::vector<SourceLine> content(lines.begin() + static_cast<long>(k), lines.end());
  const auto paras = assemble_paragraphs(content, lines_.report());
  Body b = build_body(paras, BodyOptions{}, lines_.report());
  a.content = std::move(b.nodes);
  a.arabic = b.arabic_top;
  if (!heading.label.empty()) {
    model::Node n;
    n.text = std::move(heading.label);
    a.content.insert(a.content.begin(), std::move(n));
  }
  for (const auto& n : a.content)
    if (n.kind == model::Node::Kind::Table && n.table.widths.size() > 6) a.landscape = true;
  lines_.note(ReportEntry::Kind::Recognised, line, "appendix", a.title);
  doc_.appendices.push_back(std::move(a));
}

// The title lines, a label above them, the reference line; returns the index of the
// first line of the content.
size_t AppendixRecogniser::read_heading(const std::vector<SourceLine>& lines, Heading& heading) {
  size_t k = 0;
  for (; k < lines.size(); ++k) {
    const auto& l = lines[k];
    if (l.blank()) continue;
    if (l.table) break;
    if (k == 0 && starts_with_label(anchor_key(l.plain), "PHỤ LỤC")) {
      heading.title = title_after_phu_luc(l);
      continue;
    }
    if (appendix_reference(l.plain)) {
      std::string ref = l.plain;
      while (!ref.ends_with(")") && k + 1 < lines.size() && !lines[k + 1].blank() && !lines[k + 1].table)
        ref += " " + lines[++k].plain;
      heading.reference = ref;
      return k + 1;
    }
    if (!is_caps(l.plain)) {
      if (k == 0 && heading.title.empty()) {
        heading.label = parse_inline(l.raw);  // "Mẫu biểu số 01": printed above the table
        continue;
      }
      break;
    }
    heading.title += (heading.title.empty() ? "" : " ") + l.plain;
  }
  return k;
}

// "PHỤ LỤC", "PHỤ LỤC I", "PHỤ LỤC: DANH MỤC …": the title that follows, if any.
std::string AppendixRecogniser::title_after_phu_luc(const SourceLine& l) {
  std::string rest = trim_copy(l.plain.substr(std::min(l.plain.size(), std::string("PHỤ LỤC").size())));
  const auto w = text::words(rest);
  if (!w.empty() && std::string_view("IVXLC0123456789").find(w.front()[0]) != std::string_view::npos &&
      w.front().find_first_not_of("IVXLC0123456789.:") == std::string_view::npos) {
    // "PHỤ LỤC II": the renderer numbers the appendices itself.
    lines_.note(ReportEntry::Kind::Dropped, l.n, "appendix number", w.front());
    rest = trim_copy(rest.substr(w.front().size()));
  }
  if (!rest.empty() && (rest[0] == ':' || rest[0] == '-' || rest[0] == '.')) rest = trim_copy(rest.substr(1));
  return rest;
}

}  // namespace vanban::import
