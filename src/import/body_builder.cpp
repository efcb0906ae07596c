#include "import/body_builder.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <optional>

#include "import/inline_markup.h"
#include "import/patterns.h"
#include "text/unicode.h"

namespace vanban::import {
namespace {

bool ends_with_any(std::string_view s, std::initializer_list<std::string_view> ends) {
  for (auto e : ends)
    if (s.size() >= e.size() && s.substr(s.size() - e.size()) == e) return true;
  return false;
}

bool closes_sentence(std::string_view s) { return ends_with_any(s, {".", ";", ":", "!", "?", "./.", ".”", ".\""}); }

// A clause that cannot end here: a comma, a connective, an open parenthesis.
bool obviously_open(std::string_view s) {
  return ends_with_any(s, {",", " và", " của", " với", " các", " cho", " tại", " theo", " hoặc", " trong", "(", " -",
                           " số", " về", " những", " để", " được"});
}

bool page_number(std::string_view s) {
  if (s.empty() || s.size() > 3) {
    // "- 2 -", "Trang 2"
    if (s.size() >= 5 && s.front() == '-' && s.back() == '-')
      s = s.substr(1, s.size() - 2);
    else if (s.rfind("Trang ", 0) == 0)
      s = s.substr(6);
    else
      return false;
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    if (s.empty() || s.size() > 3) return false;
  }
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// What joins a wrapped line to the next: a space, or nothing after a hyphen that
// splits a code ("349-" / "TB/VPTU").
std::string joiner(std::string_view before) {
  if (before.size() >= 2 && before.back() == '-' && before[before.size() - 2] != ' ') return "";
  return " ";
}

bool is_part_word(std::string_view s) {
  for (std::string_view w : {"PHẦN", "Phần", "CHƯƠNG", "Chương", "MỤC", "Mục", "Điều"})
    if (s == w) return true;
  return false;
}

struct Pending {
  int line = 0;
  std::string raw;
  std::string last_plain;  // the last line joined, for the wrap test
  bool heading = false;
  bool label_only = false;  // "I." alone: its title is on the next line
  bool bold = false;        // every line so far is bold
};

}  // namespace

std::vector<Paragraph> assemble_paragraphs(const std::vector<SourceLine>& lines, Report& report) {
  std::vector<size_t> lengths;
  for (const auto& l : lines)
    if (!l.blank() && !l.table) lengths.push_back(length_cp(l.plain));
  std::sort(lengths.begin(), lengths.end());
  const double wrap = lengths.empty() ? 0.0 : static_cast<double>(lengths[lengths.size() * 9 / 10]);

  // Paragraphs separated by blank lines, lines wrapped inside them (pages copied from
  // websites): there a line straight after another continues it, whatever its case.
  size_t blanks = 0, nonblank = 0, adjacent_lower = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].table) continue;
    if (lines[i].blank()) {
      ++blanks;
      continue;
    }
    ++nonblank;
    if (i > 0 && !lines[i - 1].blank() && !lines[i - 1].table && starts_lower(lines[i].plain)) ++adjacent_lower;
  }
  const bool blank_separated = nonblank > 0 && blanks * 10 >= nonblank * 3 && adjacent_lower >= 3;

  std::vector<Paragraph> out;
  Pending cur;
  bool have = false;
  auto flush = [&] {
    if (!have) return;
    Paragraph p;
    p.line = cur.line;
    p.text = parse_inline(cur.raw);
    p.plain = plain_text(p.text);
    p.heading = cur.heading;
    if (!p.plain.empty()) out.push_back(std::move(p));
    have = false;
  };
  bool blank_before = true;
  for (size_t i = 0; i < lines.size(); ++i) {
    const SourceLine& l = lines[i];
    if (l.table) {
      flush();
      Paragraph p;
      p.line = l.n;
      p.table = l.table;
      out.push_back(std::move(p));
      blank_before = true;
      continue;
    }
    if (l.blank()) {
      blank_before = true;
      continue;
    }
    const bool blank_after = i + 1 >= lines.size() || lines[i + 1].blank();
    if (page_number(l.plain) && (blank_before || l.cell_start) && blank_after) {
      report.push_back({ReportEntry::Kind::Dropped, l.n, "page number", l.plain});
      continue;
    }
    const Label label = read_label(l.plain);
    const bool line_bold = l.bold;
    bool join = false;
    if (have && !cur.heading && !l.heading && !l.cell_start && label.kind == Label::Kind::None &&
        (!l.whole || cur.label_only)) {
      const std::string_view prev = cur.last_plain;
      if (cur.label_only)
        join = true;
      else if (starts_lower(l.plain) || (!l.plain.empty() && (l.plain[0] >= '0' && l.plain[0] <= '9')))
        join = !ends_with_any(prev, {"./."});
      else if (obviously_open(prev))
        join = true;
      else if (!closes_sentence(prev) && wrap >= 50 && static_cast<double>(length_cp(prev)) >= 0.6 * wrap &&
               !(line_bold && !cur.bold))
        join = true;
      else if (blank_separated && !blank_before && !ends_with_any(prev, {"./."}))
        join = true;
    }
    if (join) {
      cur.raw += joiner(cur.last_plain) + l.raw;
      cur.last_plain = l.plain;
      cur.label_only = false;
      cur.bold = cur.bold && line_bold;
    } else {
      flush();
      cur = Pending{};
      cur.line = l.n;
      cur.raw = l.raw;
      cur.last_plain = l.plain;
      cur.bold = line_bold;
      cur.heading = l.heading || (line_bold && label.kind == Label::Kind::None && length_cp(l.plain) < 120);
      // A label alone ("I.", "-") or a part word alone ("PHẦN") takes the next line.
      cur.label_only = (label.kind != Label::Kind::None && label.length >= l.plain.size()) || is_part_word(l.plain);
      have = true;
    }
    blank_before = false;
  }
  flush();
  return out;
}

namespace {

model::Node paragraph_node(const Paragraph& p, model::Text text) {
  model::Node n;
  n.kind = model::Node::Kind::Paragraph;
  n.text = std::move(text);
  n.line = p.line;
  return n;
}

// Before a run-in text the title's closing punctuation goes (the renderer writes
// "Title: text"); a title with nothing after it keeps its own ("4. Thành phần tham dự:",
// "8. Tổng kết bế mạc.").
std::string trim_title(std::string s, bool keep_end = false) {
  while (!s.empty() && (s.back() == ' ' || (!keep_end && (s.back() == ':' || s.back() == '.' || s.back() == ';'))))
    s.pop_back();
  while (!s.empty() && s.front() == ' ') s.erase(0, 1);
  return s;
}

// Splits a labelled paragraph into title and run-in text (or neither).
void split_title(model::Node& node, model::Text rest, Label::Kind kind, bool heading) {
  const std::string plain = plain_text(rest);
  if (plain.empty()) return;
  // A bold lead-in ("**Thời gian:** 8 giờ …") is the title.
  size_t bold_bytes = 0;
  size_t k = 0;
  for (; k < rest.size() && rest[k].kind == model::Inline::Kind::Text && rest[k].bold; ++k)
    bold_bytes += rest[k].text.size();
  if (k > 0 && k < rest.size() && trim_title(plain.substr(0, bold_bytes)).size() > 0) {
    node.title = {text_run(trim_title(plain.substr(0, bold_bytes)))};
    drop_prefix(rest, bold_bytes);
    node.text = std::move(rest);
    if (plain_text(node.text).empty()) node.text.clear();
    return;
  }
  const bool whole_bold = all_bold(rest) || heading;
  // The first colon outside parentheses ("Văn nghệ (từ các CĐCS: …)" is not a title).
  size_t colon = std::string::npos;
  int depth = 0;
  for (size_t i = 0; i < plain.size() && colon == std::string::npos; ++i) {
    if (plain[i] == '(') ++depth;
    if (plain[i] == ')' && depth > 0) --depth;
    if (plain[i] == ':' && depth == 0) colon = i;
  }
  if (!whole_bold && colon != std::string::npos && colon > 0 && length_cp(plain.substr(0, colon)) <= 90 &&
      plain.substr(0, colon).find_first_of(".;") == std::string::npos &&
      plain.find_first_not_of(' ', colon + 1) != std::string::npos) {
    node.title = {text_run(trim_title(plain.substr(0, colon)))};
    drop_prefix(rest, colon + 1);
    node.text = std::move(rest);
    return;
  }
  // A heading has no closing punctuation, or is a few words with a full stop ("Mục đích.").
  const bool short_heading = (length_cp(plain) <= 150 && !ends_with_any(plain, {".", ";", "./."})) ||
                             (ends_with_any(plain, {"."}) && !ends_with_any(plain, {"./."}) &&
                              text::words(plain).size() <= 6 && plain.find_first_of(",;:") == std::string::npos);
  if (whole_bold || short_heading || kind == Label::Kind::Roman) {
    node.title = {text_run(trim_title(plain, true))};
    if (node.title.front().text.empty()) node.title.clear();
    return;
  }
  model::Node p;
  p.kind = model::Node::Kind::Paragraph;
  p.text = std::move(rest);
  p.line = node.line;
  node.children.push_back(std::move(p));
}

}  // namespace

namespace {

Paragraph part_of(const Paragraph& p, model::Text text) {
  Paragraph out;
  out.line = p.line;
  out.text = std::move(text);
  trim_end(out.text, "");
  drop_prefix(out.text, 0);
  out.plain = plain_text(out.text);
  return out;
}

// Sub-labels that extraction ran on: "2. Về đại lý 2.1. Điều kiện …" is two headings,
// "… tiến bộ 1.1." / "Tuyên truyền …" puts the label back where its text is. Only the
// expected numbers (N.1, N.2 … under N.) are taken, so a "khoản 2.1" in a sentence is not.
std::vector<Paragraph> split_run_in_labels(const std::vector<Paragraph>& in) {
  std::vector<Paragraph> out;
  int parent = 0, next_sub = 1;
  for (size_t i = 0; i < in.size(); ++i) {
    Paragraph p = in[i];
    if (p.table) {
      out.push_back(std::move(p));
      continue;
    }
    const Label label = read_label(p.plain);
    if (label.kind == Label::Kind::Arabic) {
      parent = label.number;
      next_sub = 1;
    } else if (label.kind == Label::Kind::Dotted2) {
      next_sub = label.number + 1;
    } else if (label.kind == Label::Kind::Roman) {
      parent = 0;
    }
    while (parent > 0) {
      const std::string mark = " " + std::to_string(parent) + "." + std::to_string(next_sub) + ".";
      const size_t at = p.plain.find(mark);
      if (at == std::string::npos) break;
      const size_t after = at + mark.size();
      if (after == p.plain.size()) {
        // The label ends the line: it belongs to the next paragraph, if that has none.
        if (i + 1 < in.size() && !in[i + 1].table && read_label(in[i + 1].plain).kind == Label::Kind::None) {
          model::Text rest = p.text;
          model::Text head = take_prefix(rest, at);
          out.push_back(part_of(p, std::move(head)));
          Paragraph next = in[++i];
          next.text.insert(next.text.begin(), text_run(mark.substr(1) + " "));
          p = part_of(next, next.text);
          ++next_sub;
          continue;
        }
        break;
      }
      if (p.plain[after] != ' ' || !starts_upper(p.plain.substr(after))) break;
      model::Text rest = p.text;
      model::Text head = take_prefix(rest, at);
      out.push_back(part_of(p, std::move(head)));
      p = part_of(p, std::move(rest));
      ++next_sub;
    }
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace

Body build_body(const std::vector<Paragraph>& in, const BodyOptions& options, Report& report) {
  const std::vector<Paragraph> paras = split_run_in_labels(in);
  Body body;
  struct Frame {
    int rank;
    std::vector<model::Node>* children;
  };
  std::vector<Frame> stack{{-1, &body.nodes}};
  model::Node* last_item = nullptr;
  int min_rank = 99;
  bool roman_seen = false;
  for (const auto& p : paras) {
    auto& container = *stack.back().children;
    if (p.table) {
      model::Node n;
      n.kind = model::Node::Kind::Table;
      n.table = *p.table;
      n.line = p.line;
      container.push_back(std::move(n));
      last_item = nullptr;
      continue;
    }
    Label label = read_label(p.plain);
    if (label.kind == Label::Kind::Article && !options.articles) label.kind = Label::Kind::None;
    model::Text rest = p.text;
    if (label.kind == Label::Kind::None) {
      container.push_back(paragraph_node(p, std::move(rest)));
      last_item = nullptr;
      continue;
    }
    drop_prefix(rest, label.length);
    if (label.kind == Label::Kind::Dash || label.kind == Label::Kind::Plus) {
      model::Node n;
      n.kind = model::Node::Kind::Item;
      n.text = std::move(rest);
      n.line = p.line;
      if (n.text.empty()) continue;  // a dash alone: its text follows as its own line
      if (label.kind == Label::Kind::Plus && last_item) {
        last_item->children.push_back(std::move(n));
      } else {
        container.push_back(std::move(n));
        last_item = &container.back();
      }
      continue;
    }
    last_item = nullptr;
    const int r = rank(label.kind);
    while (stack.size() > 1 && stack.back().rank >= r) stack.pop_back();
    min_rank = std::min(min_rank, r);
    roman_seen = roman_seen || label.kind == Label::Kind::Roman;
    model::Node n;
    n.kind = label.kind == Label::Kind::Article ? model::Node::Kind::Article : model::Node::Kind::Section;
    n.line = p.line;
    split_title(n, std::move(rest), label.kind, p.heading);
    if (n.kind == model::Node::Kind::Article && !n.text.empty()) {
      // An article has no run-in text: "Điều 1. Phạm vi: …" keeps its text as a paragraph.
      model::Node para;
      para.text = std::move(n.text);
      para.line = n.line;
      n.text.clear();
      n.children.insert(n.children.begin(), std::move(para));
    }
    auto& target = *stack.back().children;
    target.push_back(std::move(n));
    stack.push_back({r, &target.back().children});
    report.push_back({ReportEntry::Kind::Recognised, p.line, label.kind == Label::Kind::Article ? "article" : "section",
                      p.plain.substr(0, 60)});
  }
  body.arabic_top = !roman_seen && min_rank >= 2 && min_rank < 99;
  return body;
}

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "1Tại …", "2 Quy chế …": a number, then (one space or none) a capital letter.
int glued_number(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && is_digit(s[i])) ++i;
  if (i == 0 || i > 2) return 0;
  size_t j = i;
  if (j < s.size() && s[j] == ' ') ++j;
  if (j >= s.size()) return 0;
  UChar32 c = 0;
  int32_t k = static_cast<int32_t>(j);
  U8_NEXT(s.data(), k, static_cast<int32_t>(s.size()), c);
  if (!u_isupper(c)) return 0;
  return std::stoi(std::string(s.substr(0, i)));
}

}  // namespace

std::vector<FootnoteBody> extract_glued_footnotes(std::vector<SourceLine>& lines) {
  std::vector<FootnoteBody> out;
  std::vector<SourceLine> kept;
  int expected = 1;
  for (size_t i = 0; i < lines.size(); ++i) {
    const SourceLine& l = lines[i];
    const bool after_break = i == 0 || lines[i - 1].blank();
    if (!l.table && after_break && glued_number(l.plain) == expected && read_label(l.plain).kind == Label::Kind::None) {
      // A run of notes: expected, expected+1 … each possibly wrapped.
      std::vector<FootnoteBody> run;
      size_t j = i;
      while (j < lines.size() && !lines[j].table) {
        if (lines[j].blank()) {
          // Double-spaced extraction puts blank lines inside the notes: go on when the
          // next line is the next note, or continues an unfinished one.
          size_t k = j;
          while (k < lines.size() && lines[k].blank() && !lines[k].table) ++k;
          if (k >= lines.size() || lines[k].table) break;
          const bool next_note = glued_number(lines[k].plain) == expected + static_cast<int>(run.size());
          const bool continues = !run.empty() && !closes_sentence(plain_text(run.back().text)) &&
                                 read_label(lines[k].plain).kind == Label::Kind::None &&
                                 glued_number(lines[k].plain) == 0;
          if (!next_note && !continues) break;
          j = k;
        }
        const int n = glued_number(lines[j].plain);
        if (n == expected + static_cast<int>(run.size())) {
          std::string_view s = lines[j].raw;
          size_t d = 0;
          while (d < s.size() && is_digit(s[d])) ++d;
          FootnoteBody fb;
          fb.number = n;
          fb.line = lines[j].n;
          fb.text = parse_inline(s.substr(d));
          run.push_back(std::move(fb));
        } else if (!run.empty() && read_label(lines[j].plain).kind == Label::Kind::None &&
                   !closes_sentence(plain_text(run.back().text))) {
          append_text(run.back().text, {text_run(joiner(plain_text(run.back().text)))});
          append_text(run.back().text, parse_inline(lines[j].raw));
        } else {
          break;
        }
        ++j;
      }
      expected += static_cast<int>(run.size());
      for (auto& f : run) out.push_back(std::move(f));
      i = j - 1;
      continue;
    }
    kept.push_back(l);
  }
  lines = std::move(kept);
  return out;
}

std::vector<FootnoteBody> extract_bracket_footnotes(std::vector<SourceLine>& lines) {
  std::vector<FootnoteBody> out;
  std::vector<SourceLine> kept;
  auto opens_note = [](const std::string& s) {
    const size_t close = s.find(']');
    return s.size() > 3 && s[0] == '[' && close != std::string::npos && close > 1 && close <= 4 &&
           std::all_of(s.begin() + 1, s.begin() + static_cast<long>(close), is_digit);
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].table || !opens_note(lines[i].plain)) {
      kept.push_back(lines[i]);
      continue;
    }
    // The block: this line and its continuation lines, up to a blank line.
    std::string raw = lines[i].raw;
    const int line = lines[i].n;
    while (i + 1 < lines.size() && !lines[i + 1].blank() && !lines[i + 1].table && (!opens_note(lines[i + 1].plain))) {
      raw += " " + lines[i + 1].raw;
      ++i;
    }
    while (i + 1 < lines.size() && !lines[i + 1].table && opens_note(lines[i + 1].plain)) break;
    // Notes one after another in the block: "[1] … [2] …".
    std::string plain = plain_text(parse_inline(raw));
    size_t at = plain.find(']');
    int number = std::stoi(plain.substr(1, at - 1));
    plain = plain.substr(at + 1);
    for (;;) {
      const std::string next = "[" + std::to_string(number + 1) + "]";
      const size_t p = plain.find(next);
      FootnoteBody fb;
      fb.number = number;
      fb.line = line;
      fb.bracketed = true;
      fb.text = parse_inline(plain.substr(0, p));
      out.push_back(std::move(fb));
      if (p == std::string::npos) break;
      plain = plain.substr(p + next.size());
      ++number;
    }
  }
  lines = std::move(kept);
  return out;
}

namespace {

// Finds the mark of note `n` in a run's text; returns [begin, end) of the mark.
std::optional<std::pair<size_t, size_t>> find_mark(const std::string& s, const FootnoteBody& f) {
  const std::string num = std::to_string(f.number);
  if (f.bracketed) {
    const std::string mark = "[" + num + "]";
    const size_t p = s.find(mark);
    if (p == std::string::npos) return std::nullopt;
    return std::make_pair(p, p + mark.size());
  }
  for (size_t p = s.find(num); p != std::string::npos; p = s.find(num, p + 1)) {
    const size_t e = p + num.size();
    if (p == 0) continue;
    const bool end_ok = e == s.size() || std::string_view(" ;,.:)").find(s[e]) != std::string_view::npos;
    if (!end_ok) continue;
    const unsigned char before = static_cast<unsigned char>(s[p - 1]);
    // Glued to a letter ("tỉnh1"): the byte before is a letter byte.
    const bool letter = before >= 0x80 || std::isalpha(before);
    // Glued to a year ("2021-20252").
    bool year = false;
    if (p >= 4 && is_digit(s[p - 1]) && is_digit(s[p - 2]) && is_digit(s[p - 3]) && is_digit(s[p - 4]) &&
        (p == 4 || !is_digit(s[p - 5])))
      year = s[p - 4] == '1' || s[p - 4] == '2';
    if (letter || year) return std::make_pair(p, e);
  }
  return std::nullopt;
}

// Binds note `f` to its mark in `text`; returns the source word that held the mark
// ("tỉnh1", "[1]"), or nothing when the mark is not there.
std::optional<std::string> bind_in_text(model::Text& text, const FootnoteBody& f) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i].kind != model::Inline::Kind::Text) continue;
    auto m = find_mark(text[i].text, f);
    if (!m) continue;
    const std::string& s = text[i].text;
    const size_t space = s.rfind(' ', m->first);
    const size_t word = space == std::string::npos ? 0 : space + 1;
    std::string marked = s.substr(word, m->second - word);
    model::Inline before = text[i], after = text[i];
    before.text = s.substr(0, m->first);
    after.text = s.substr(m->second);
    model::Inline note;
    note.kind = model::Inline::Kind::Footnote;
    note.note = f.text;
    std::vector<model::Inline> repl;
    if (!before.text.empty()) repl.push_back(before);
    repl.push_back(note);
    if (!after.text.empty()) repl.push_back(after);
    text.erase(text.begin() + static_cast<long>(i));
    text.insert(text.begin() + static_cast<long>(i), repl.begin(), repl.end());
    return marked;
  }
  return std::nullopt;
}

std::optional<std::string> bind_in_nodes(std::vector<model::Node>& nodes, const FootnoteBody& f) {
  for (auto& n : nodes) {
    if (auto w = bind_in_text(n.text, f)) return w;
    if (auto w = bind_in_nodes(n.children, f)) return w;
    for (auto& row : n.table.rows)
      for (auto& c : row.cells)
        if (auto w = bind_in_text(c.text, f)) return w;
  }
  return std::nullopt;
}

}  // namespace

std::vector<FootnoteBody> bind_footnotes(std::vector<FootnoteBody> notes, std::vector<std::vector<model::Node>*> trees,
                                         Report& report) {
  std::vector<FootnoteBody> unbound;
  for (auto& f : notes) {
    std::optional<std::string> marked;
    for (auto* t : trees)
      if (!marked) marked = bind_in_nodes(*t, f);
    if (!marked) {
      unbound.push_back(std::move(f));
      continue;
    }
    report.push_back({ReportEntry::Kind::Recognised, f.line, "footnote " + std::to_string(f.number),
                      plain_text(f.text).substr(0, 60)});
    if (f.bracketed) continue;
    // A superscript that extraction flattened: its digits ran into the word ("tỉnh1",
    // "2021-20252") and into the note ("1Tại"). The renderer numbers notes itself.
    const std::string n = std::to_string(f.number);
    report.push_back({ReportEntry::Kind::Repaired, f.line, "footnote mark glued to its word",
                      *marked + " → " + marked->substr(0, marked->size() - n.size()) + " + note " + n});
    report.push_back({ReportEntry::Kind::Dropped, f.line, "footnote number (the renderer numbers notes)", n});
  }
  return unbound;
}

}  // namespace vanban::import
