// The locator's walk: header, title, Kính gửi, căn cứ, body, signature, appendices,
// each a zone that starts where the one before ended.
#include "check/locate.h"

#include <algorithm>
#include <limits>
#include <tuple>
#include <utility>

#include "check/paragraph_text.h"
#include "check/shapes.h"
#include "import/patterns.h"
#include "rules/kinds.h"

namespace vanban::check {
namespace {

constexpr size_t kNone = std::numeric_limits<size_t>::max();

std::string plain(const model::Text& t) {
  std::string s;
  for (const auto& i : t)
    if (i.kind == model::Inline::Kind::Text) s += i.text;
  return s;
}

// A key without the punctuation a line may end with: "…năm 2023." matches "…năm 2023".
std::string line_key(std::string_view s) {
  std::string k = match_key(s);
  while (!k.empty() && (k.back() == '.' || k.back() == ';' || k.back() == ':' || k.back() == ',')) k.pop_back();
  return k;
}

// The length first: is_caps reads every code point (20 MB in one paragraph must not cost
// that at each of the header's tests).
bool caps_line(const std::string& t) { return length_cp(t) <= 90 && import::is_caps(t); }

class Locator {
 public:
  Locator(const office::Document& doc, const CheckInput& in, const Texts& t, const model::Document& m)
      : doc_(doc),
        in_(in),
        text_(t.text),
        legacy_(t.legacy),
        m_(m),
        n_(doc.paragraphs.size()),
        out_(n_),
        titled_(n_, false) {
    index_pos_.assign(std::min<size_t>(n_ * 4 + 8, std::numeric_limits<int>::max()), kNone);
    for (size_t p = 0; p < n_; ++p) {
      const int i = doc.paragraphs[p].index;
      if (i >= 0 && static_cast<size_t>(i) < index_pos_.size()) index_pos_[static_cast<size_t>(i)] = p;
    }
    for (const auto* tree : {&m.preamble, &m.body, &m.closing}) mark_nodes(*tree);
    for (const auto& a : m.appendices) mark_nodes(a.content, false);
  }

  std::vector<Located> run() {
    size_t p = header();
    p = title(p);
    p = addressee(p);
    p = bases(p);
    const size_t body_start = p;
    const size_t sig = signature_start(body_start);
    const size_t app = next_appendix(sig == n_ ? body_start : sig);
    body(body_start, std::min(sig, app));
    if (sig < app) signature(sig, app);
    appendices(app);
    for (size_t q = 0; q < n_; ++q) {
      const auto& look = doc_.paragraphs[q].look;
      if (out_[q].part == Part::None && empty(q) && (look.border_top > 0 || look.border_bottom > 0))
        out_[q].part = Part::Rule;
    }
    return std::move(out_);
  }

 private:
  bool empty(size_t p) const { return text_[p].empty(); }
  size_t next_text(size_t p) const {
    while (p < n_ && empty(p)) ++p;
    return p;
  }
  bool same_cell(size_t a, size_t b) const {
    const auto &x = doc_.paragraphs[a], &y = doc_.paragraphs[b];
    return x.table == y.table && x.row == y.row && x.cell == y.cell;
  }
  void set(size_t p, Part part) { out_[p].part = part; }
  bool looks_apart(size_t p) const {
    const auto& para = doc_.paragraphs[p];
    if (para.look.align == office::Align::Center) return true;
    bool any = false;
    for (const auto& r : para.runs)
      if (visible(r)) {
        if (!r.look.bold) return false;
        any = true;
      }
    return any;
  }

  size_t pos_of_line(int line) const {
    if (line <= 0 || static_cast<size_t>(line) > in_.paragraph_of_line.size()) return kNone;
    const int index = in_.paragraph_of_line[static_cast<size_t>(line - 1)];
    if (index <= 0 || static_cast<size_t>(index) >= index_pos_.size()) return kNone;
    return index_pos_[static_cast<size_t>(index)];
  }

  // The body tree: which paragraphs are titled clauses, and where the body ends.
  void mark_nodes(const std::vector<model::Node>& nodes, bool body = true) {
    for (const auto& nd : nodes) {
      if (const size_t p = pos_of_line(nd.line); p != kNone) {
        // A clause with a title heads what follows it: a short clause alone ("3. Báo cáo
        // tổng kết …") may look titled to the recogniser but is a clause of text.
        titled_[p] =
            nd.kind == model::Node::Kind::Section && !nd.title.empty() && nd.text.empty() && !nd.children.empty();
        if (body) body_end_ = std::max(body_end_, p + 1);
      }
      mark_nodes(nd.children, body);
    }
  }

  // ---- header -------------------------------------------------------------------

  // A header line: a paragraph, or one of its lines when it holds line breaks, tabs or
  // runs of spaces (the columns of a header typed without a table: "UBND HUYỆN X
  // CỘNG HÒA XÃ HỘI …", the spaces pushing the Quốc hiệu to the right).
  struct Unit {
    size_t pos = 0, first_run = 0, first_char = 0;
    std::string text;
    bool bold = false;    // every letter of it
    bool column = false;  // it begins after a tab or spaces, not a line break
  };
  static constexpr size_t kColumnSpaces = 3;  // as spacing-characters counts them
  std::vector<Unit> units(size_t p) const {
    const auto& runs = doc_.paragraphs[p].runs;
    // Legacy text is only decoded whole: its lines cannot be told apart.
    if (legacy_[p]) return {{p, 0, 0, text_[p], bold(p, 0, runs.size())}};
    std::vector<Unit> out{{p, 0, 0, {}, false}};
    size_t spaces = 0;  // spaces since the last letter, across runs
    for (size_t i = 0; i < runs.size(); ++i) {
      const auto& r = runs[i];
      if (r.kind == office::Run::Kind::Break || r.kind == office::Run::Kind::Tab) {
        out.push_back({p, i + 1, 0, {}, false, r.kind == office::Run::Kind::Tab});
        spaces = 0;
        continue;
      }
      if (r.kind != office::Run::Kind::Text) continue;
      for (size_t k = 0; k < r.text.size(); ++k) {
        if (r.text[k] == ' ') {
          ++spaces;
        } else {
          // Columns apart by spaces: a new unit where the next one's text begins.
          // Not the blank a records office fills in ("ngày     tháng     năm 2023").
          const std::string_view before = out.back().text;
          if (spaces >= kColumnSpaces && !clean_text(out.back().text).empty() &&
              !fill_in_blank(before.substr(0, before.find_last_not_of(' ') + 1)))
            out.push_back({p, i, k, {}, false, true});
          spaces = 0;
        }
        out.back().text += r.text[k];
      }
    }
    if (out.size() == 1) return {{p, 0, 0, text_[p], bold(p, 0, runs.size())}};
    for (size_t i = 0; i < out.size(); ++i) {
      const size_t end = i + 1 < out.size() ? out[i + 1].first_run + (out[i + 1].first_char > 0) : runs.size();
      out[i].bold = bold(p, out[i].first_run, end);
    }
    std::erase_if(out, [](Unit& u) { return (u.text = clean_text(u.text)).empty(); });
    return out;
  }
  bool bold(size_t p, size_t from, size_t to) const {
    const auto& runs = doc_.paragraphs[p].runs;
    bool any = false;
    for (size_t i = from; i < to && i < runs.size(); ++i)
      if (visible(runs[i])) {
        if (!runs[i].look.bold) return false;
        any = true;
      }
    return any;
  }

  size_t header() {
    size_t anchor = kNone;
    for (size_t p = 0; p < std::min<size_t>(n_, 60) && anchor == kNone; ++p) {
      if (doc_type_line(text_[p])) break;  // a title before any header: there is none
      for (const auto& u : units(p)) {
        const HeaderShape s = header_shape(u.text);
        if (s == HeaderShape::NationalTitle || s == HeaderShape::Number) anchor = p;
      }
    }
    if (anchor == kNone) return 0;
    // Back over the issuer's lines above the anchor.
    size_t start = anchor;
    int names_above = 0;
    for (size_t k = anchor; k-- > 0;) {
      if (empty(k)) continue;
      if (!caps_line(text_[k]) || names_above >= 4 || header_shape(text_[k]) != HeaderShape::None) break;
      start = k;
      ++names_above;
    }
    const int table = doc_.paragraphs[anchor].table;
    std::vector<Unit> names;
    std::vector<std::pair<Unit, Part>> found;
    bool number = false, date = false;
    size_t vv = kNone, end = n_;
    for (size_t p = start; p < n_ && end == n_; ++p) {
      if (empty(p)) continue;
      bool took = false;  // a line of this paragraph is the header's
      for (const Unit& u : units(p)) {
        const HeaderShape s = header_shape(u.text);
        Part part = Part::None;
        if (s == HeaderShape::Date && date) {
          // a second date: the text's
        } else if (s != HeaderShape::None) {
          static constexpr Part kParts[] = {Part::None, Part::NationalTitle, Part::Motto, Part::Number, Part::Date,
                                            Part::Vv,   Part::Stamp};
          part = kParts[static_cast<int>(s)];
        } else if (doc_type_line(u.text)) {
          // the tên loại: the title's
        } else if (!number && caps_line(u.text)) {
          names.push_back(u);
          took = true;
          continue;
        } else if (vv != kNone && same_cell(p, vv)) {  // the V/v wrapped onto a line of its own
          part = Part::Vv;
        } else if (table >= 0 && doc_.paragraphs[p].table == table) {
          took = true;  // other text in the header's table: none of its parts, but in it
          continue;
        }
        if (part == Part::None) {
          end = took ? p + 1 : p;
          break;
        }
        found.emplace_back(u, part);
        took = true;
        number = number || part == Part::Number;
        date = date || part == Part::Date;
        if (part == Part::Vv) vv = p;
      }
    }
    split_names(names, found);
    // Back to paragraphs: one part each, or a segment a line.
    for (size_t i = 0; i < found.size();) {
      size_t j = i;
      while (j < found.size() && found[j].first.pos == found[i].first.pos) ++j;
      Located& l = out_[found[i].first.pos];
      l.part = found[i].second;
      bool mixed = false;
      for (size_t k = i; k < j; ++k) mixed = mixed || found[k].second != l.part;
      if (mixed)
        for (size_t k = i; k < j; ++k)
          if (l.segments.empty() || l.segments.back().part != found[k].second)
            l.segments.push_back({l.segments.empty() ? 0 : found[k].first.first_run, found[k].second,
                                  l.segments.empty() ? 0 : found[k].first.first_char, found[k].first.column});
      i = j;
    }
    return end;
  }

  // The capitals above the number: the superior's lines, then the issuer's (each name
  // may wrap over several lines), split where the recognised names say.
  void split_names(const std::vector<Unit>& names, std::vector<std::pair<Unit, Part>>& found) {
    if (names.empty()) return;
    const std::string sup = line_key(m_.issuer.superior), iss = line_key(m_.issuer.name);
    size_t k = kNone;
    std::string acc;
    for (size_t i = 0; i < names.size() && k == kNone && !sup.empty(); ++i)
      if (line_key(acc += match_key(names[i].text)) == sup) k = i + 1;
    acc.clear();
    for (size_t i = names.size(); i-- > 0 && k == kNone && !iss.empty();)
      if (line_key(acc = match_key(names[i].text) + acc) == iss) k = i;
    if (k == kNone) k = !sup.empty() && names.size() > 1 ? 1 : 0;
    // Read as one issuer, but upright lines over bold ones: the superior (regular) over
    // the issuer (bold), as Decree 30 sets them and the recogniser could not tell.
    if (k == 0 && sup.empty() && !names.front().bold) {
      size_t first_bold = 0;
      while (first_bold < names.size() && !names[first_bold].bold) ++first_bold;
      bool rest_bold = first_bold < names.size();
      for (size_t i = first_bold; i < names.size(); ++i) rest_bold = rest_bold && names[i].bold;
      if (rest_bold) k = first_bold;
    }
    for (size_t i = 0; i < names.size(); ++i) found.emplace_back(names[i], i < k ? Part::Superior : Part::Issuer);
    // In document order, as the paragraphs and their lines come.
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
      return std::tuple(a.first.pos, a.first.first_run, a.first.first_char) <
             std::tuple(b.first.pos, b.first.first_run, b.first.first_char);
    });
  }

  // ---- title, Kính gửi, căn cứ ------------------------------------------------------

  size_t title(size_t p) {
    size_t q = next_text(p);
    if (q >= n_ || !doc_type_line(text_[q])) return p;
    set(q, Part::DocType);
    p = q + 1;
    // The trích yếu, over as many paragraphs as it was typed in.
    const std::string subject = line_key(m_.subject);
    std::string acc;
    for (;;) {
      q = next_text(p);
      if (q >= n_ || (!acc.empty() && q != p)) break;  // once begun, its lines follow one another
      const std::string& t = text_[q];
      const std::string with = acc + match_key(t);
      // A trích yếu is set apart from the text: centred, or bold. A justified line in
      // the body's look under the tên loại is the text, whatever the recogniser took.
      if (!looks_apart(q)) break;
      if (!subject.empty() && subject.starts_with(line_key(with))) {
        set(q, Part::Subject);
        acc = with;
        p = q + 1;
        if (line_key(acc) == subject) break;
        continue;
      }
      // A trích yếu the recogniser read otherwise: the centred line under the tên loại still is it.
      if (acc.empty() && !addressee_line(t) && !dash_line(t) && !caps_line(t)) {
        set(q, Part::Subject);
        p = q + 1;
      }
      break;
    }
    // A Quyết định's deciding authority: the recognised one, or a centred line in capitals
    // where a kind with a formula ("QUYẾT ĐỊNH:") has it.
    q = next_text(p);
    const rules::KindInfo* kind = rules::find_kind(m_.kind);
    const bool decider = q < n_ && (m_.decider.empty() ? kind && !kind->formula.empty() && caps_line(text_[q]) &&
                                                             doc_.paragraphs[q].look.align == office::Align::Center &&
                                                             line_key(text_[q]) != line_key(kind->formula)
                                                       : line_key(text_[q]) == line_key(m_.decider));
    if (decider) {
      set(q, Part::Decider);
      p = q + 1;
    }
    return p;
  }

  size_t addressee(size_t p) {
    const size_t q = next_text(p);
    if (q >= n_ || !addressee_line(text_[q])) return p;
    set(q, Part::Addressee);
    p = q + 1;
    const std::string& t = text_[q];
    const size_t colon = t.find(':');
    // "Kính gửi: Bộ Nội vụ" on one line, or the label with its list below.
    const bool inline_recipient =
        colon != std::string::npos ? colon + 1 < t.size() : length_cp(t) > length_cp("Kính gửi") + 1;
    size_t last = q;
    for (size_t count = 0; !inline_recipient; ++count) {
      const size_t r = next_text(p);
      if (r >= n_ || !dash_line(text_[r]) || (m_.to.size() > 1 && count >= m_.to.size())) break;
      set(r, Part::Addressee);
      last = r;
      p = r + 1;
    }
    out_[last].last = true;
    return p;
  }

  size_t bases(size_t p) {
    size_t last = kNone;
    for (const auto& b : m_.bases) {
      const size_t q = next_text(p);
      const std::string k = line_key(plain(b));
      if (q >= n_ || k.empty() || !match_key(text_[q]).starts_with(k.substr(0, 60))) break;
      set(q, Part::Basis);
      last = q;
      p = q + 1;
    }
    // The recogniser read no căn cứ (a header it misread can shift what follows): the
    // lines typed as căn cứ, in a kind that has them before its formula, still are.
    const rules::KindInfo* kind = rules::find_kind(m_.kind);
    if (m_.bases.empty() && kind && !kind->formula.empty())
      for (size_t q = next_text(p); q < n_ && basis_line(text_[q]) && doc_.paragraphs[q].table < 0; q = next_text(p)) {
        set(q, Part::Basis);
        last = q;
        p = q + 1;
      }
    if (last != kNone) out_[last].last = true;
    const size_t q = next_text(p);
    if (q < n_ && kind && !kind->formula.empty() && line_key(text_[q]) == line_key(kind->formula)) {
      set(q, Part::Formula);
      p = q + 1;
    }
    return p;
  }

  // ---- where the body ends ------------------------------------------------------------

  bool signature_opener(size_t p) const {
    const std::string& t = text_[p];
    return recipients_label_line(t) || (authority_prefix(t).has_value() && import::is_caps(t));
  }

  // The first "Nơi nhận" or authority line after the body's last recognised paragraph
  // (or after the title, when the recogniser placed the body's end past it); n when
  // there is none before an appendix.
  size_t signature_start(size_t body_start) const {
    for (size_t from : {std::max(body_start, body_end_), body_start})
      for (size_t p = from; p < n_; ++p) {
        if (empty(p)) continue;
        if (appendix_label_line(text_[p])) break;
        if (signature_opener(p)) return p;
      }
    return n_;
  }

  size_t next_appendix(size_t from) const {
    for (size_t p = from; p < n_; ++p)
      if (!empty(p) && appendix_label_line(text_[p]) && doc_.paragraphs[p].table < 0) return p;
    return n_;
  }

  // ---- body -----------------------------------------------------------------------------

  void body(size_t from, size_t to) {
    bool part_title = false;  // the line after "Phần I" / "Chương I": its title
    for (size_t p = from; p < to; ++p) {
      if (empty(p)) continue;
      const auto& para = doc_.paragraphs[p];
      Located& l = out_[p];
      if (para.table >= 0) {
        l.part = Part::TableCell;
        continue;
      }
      const std::string& t = text_[p];
      if (part_heading_line(t) || (part_title && caps_line(t))) {
        l = {Part::Heading, 1, true, true, false, {}};
        part_title = !part_title;
        continue;
      }
      part_title = false;
      const std::string& list = para.look.list_label;
      const import::Label label = import::read_label(list.empty() ? t : list + " " + t);
      using K = import::Label::Kind;
      switch (label.kind) {
        case K::Roman:
          l = {Part::Heading, 1, true, false, false, {}};
          break;
        case K::Article:
          l = {Part::Heading, 0, true, false, false, {}};
          break;
        case K::Dash:
        case K::Plus:
          l.part = Part::Item;
          break;
        case K::Arabic:
        case K::Dotted2:
        case K::Dotted3:
        case K::Letter:
        case K::LetterDotted:
          if (titled_[p])
            l = {Part::Heading, label.kind == K::Letter || label.kind == K::LetterDotted ? 3 : 2,
                 true,          false,
                 false,         {}};
          else
            l.part = Part::Body;
          break;
        default:
          l.part = Part::Body;
      }
    }
  }

  // ---- Nơi nhận and signature ---------------------------------------------------------

  void signature(size_t from, size_t to) {
    const std::string signer = line_key(m_.signature.signer);
    size_t label = kNone, last_recipient = kNone;
    bool signed_name = false, role = false;
    size_t gap = 0;  // empty paragraphs since the last text: the room for the signature
    for (size_t p = from; p < to; ++p) {
      if (empty(p)) {
        ++gap;
        continue;
      }
      const size_t room = std::exchange(gap, 0);
      const std::string& t = text_[p];
      if (recipients_label_line(t)) {
        set(p, Part::RecipientsLabel);
        label = p;
        continue;
      }
      const bool authority = authority_prefix(t).has_value();
      const bool name = name_line(t) || (!signer.empty() && line_key(t) == signer);
      if (label != kNone) {
        // In the label's own cell everything is the list; typed without a table, the
        // list runs until the signature's lines.
        const bool in_cell = doc_.paragraphs[p].table >= 0 && same_cell(p, label);
        const bool free = doc_.paragraphs[p].table < 0 && doc_.paragraphs[label].table < 0 && !authority && !name &&
                          !caps_line(t) && !signature_mark_line(t);
        if (in_cell || free || (doc_.paragraphs[p].table < 0 && dash_line(t))) {
          if (drafter_line(t)) {
            set(p, Part::Drafter);
          } else {
            set(p, Part::Recipient);
            last_recipient = p;
          }
          continue;
        }
      }
      if (authority) {
        set(p, Part::Authority);
      } else if (signature_mark_line(t)) {
        set(p, Part::SignatureMark);
      } else if (!signed_name && (name || (role && room > 0 && caps_line(t)))) {
        // The name, or a line in capitals below the room left for the signature (a name
        // typed in capitals, which the capitals rule then reports).
        set(p, Part::Signer);
        signed_name = true;
      } else if (caps_line(t) && !signed_name) {
        set(p, Part::SignerRole);
        role = true;
      }
    }
    if (last_recipient != kNone) out_[last_recipient].last = true;
  }

  // ---- appendices -----------------------------------------------------------------------

  void appendices(size_t p) {
    while (p < n_) {
      set(p, Part::AppendixLabel);
      ++p;
      for (int lines = 0; lines < 4; ++lines) {
        const size_t q = next_text(p);
        if (q >= n_ || appendix_reference_line(text_[q]) || !caps_line(text_[q])) break;
        set(q, Part::AppendixTitle);
        p = q + 1;
      }
      if (const size_t q = next_text(p); q < n_ && appendix_reference_line(text_[q])) {
        set(q, Part::AppendixReference);
        p = q + 1;
      }
      const size_t end = next_appendix(p);
      body(p, end);
      p = end;
    }
  }

  const office::Document& doc_;
  const CheckInput& in_;
  const std::vector<std::string>& text_;
  const std::vector<bool>& legacy_;
  const model::Document& m_;
  size_t n_;
  std::vector<Located> out_;
  std::vector<bool> titled_;
  std::vector<size_t> index_pos_;  // Paragraph::index → position
  size_t body_end_ = 0;
};

}  // namespace

Texts paragraph_texts(const office::Document& doc, const CheckInput& in) {
  Texts t;
  const size_t n = doc.paragraphs.size();
  t.text.reserve(n);
  t.raw.reserve(n);
  t.legacy.reserve(n);
  for (const auto& p : doc.paragraphs) {
    t.raw.push_back(p.text());
    const auto i = static_cast<size_t>(p.index);
    const bool decoded = p.index > 0 && i <= in.decoded.size();
    t.text.push_back(clean_text(decoded ? in.decoded[i - 1] : t.raw.back()));
    t.legacy.push_back(p.index > 0 && i <= in.legacy.size() && in.legacy[i - 1]);
  }
  return t;
}

std::vector<Located> locate(const office::Document& doc, const CheckInput& in, const Texts& texts,
                            const model::Document& model) {
  return Locator(doc, in, texts, model).run();
}

Component component_of(Part p) {
  switch (p) {
    case Part::None:
    case Part::Rule:
      return Component::Document;
    case Part::Superior:
      return Component::Superior;
    case Part::Issuer:
      return Component::Issuer;
    case Part::NationalTitle:
      return Component::NationalTitle;
    case Part::Motto:
      return Component::Motto;
    case Part::Number:
      return Component::Number;
    case Part::Vv:
      return Component::Vv;
    case Part::Stamp:
      return Component::Stamp;
    case Part::Date:
      return Component::Date;
    case Part::DocType:
      return Component::DocType;
    case Part::Subject:
      return Component::Subject;
    case Part::Addressee:
      return Component::Addressee;
    case Part::Basis:
      return Component::Basis;
    case Part::Decider:
    case Part::Formula:
    case Part::Body:
    case Part::Item:
      return Component::Body;
    case Part::Heading:
      return Component::Heading;
    case Part::TableCell:
      return Component::Table;
    case Part::RecipientsLabel:
      return Component::RecipientsLabel;
    case Part::Recipient:
    case Part::Drafter:
      return Component::Recipients;
    case Part::Authority:
      return Component::Authority;
    case Part::SignerRole:
      return Component::SignerRole;
    case Part::SignatureMark:
    case Part::Signer:
      return Component::Signer;
    case Part::AppendixLabel:
      return Component::AppendixLabel;
    case Part::AppendixTitle:
      return Component::AppendixTitle;
    case Part::AppendixReference:
      return Component::AppendixReference;
  }
  return Component::Document;
}

const char* role_of(const Located& l) {
  switch (l.part) {
    case Part::None:
    case Part::Rule:
    case Part::SignatureMark:
      return "";
    case Part::Superior:
      return "VbSuperior";
    case Part::Issuer:
      return "VbIssuer";
    case Part::NationalTitle:
      return "VbNationalTitle";
    case Part::Motto:
      return "VbMotto";
    case Part::Number:
      return "VbNumber";
    case Part::Vv:
      return "VbVv";
    case Part::Stamp:
      return "VbStamp";
    case Part::Date:
      return "VbDate";
    case Part::DocType:
      return "VbDocType";
    case Part::Subject:
      return "VbSubject";
    case Part::Decider:
      return "VbDecider";
    case Part::Addressee:
      return "VbKinhGui";
    case Part::Basis:
      return "VbBasis";
    case Part::Formula:
      return "VbFormula";
    case Part::Body:
      return "VbBody";
    case Part::Heading:
      return l.level == 0 ? "VbArticle" : l.level == 1 ? "VbHeading1" : l.level == 2 ? "VbHeading2" : "VbHeading3";
    case Part::Item:
      return "VbItem";
    case Part::TableCell:
      return "VbTable";
    case Part::RecipientsLabel:
      return "VbRecipientsLabel";
    case Part::Recipient:
    case Part::Drafter:
      return "VbRecipient";
    case Part::Authority:
    case Part::SignerRole:
      return "VbAuthority";
    case Part::Signer:
      return "VbSigner";
    case Part::AppendixLabel:
      return "VbAppendixLabel";
    case Part::AppendixTitle:
      return "VbAppendixTitle";
    case Part::AppendixReference:
      return "VbAppendixRef";
  }
  return "";
}

}  // namespace vanban::check
