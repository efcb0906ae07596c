#include "import/recogniser.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <optional>

#include "import/addressee_recogniser.h"
#include "import/body_builder.h"
#include "import/body_recogniser.h"
#include "import/header_recogniser.h"
#include "import/inline_markup.h"
#include "import/line_cursor.h"
#include "import/line_text.h"
#include "import/patterns.h"
#include "import/recipients_recogniser.h"
#include "import/signature_recogniser.h"
#include "import/title_recogniser.h"
#include "layout/house_style.h"
#include "text/unicode.h"

namespace vanban::import {
namespace {

bool appendix_reference(std::string_view s) {
  return starts_with(s, "(Kèm theo") || starts_with(s, "(kèm theo") || starts_with(s, "(Ban hành kèm theo") ||
         starts_with(s, "(ban hành kèm theo") || starts_with(s, "(Kèm Theo");
}

class Recogniser {
 public:
  explicit Recogniser(std::vector<SourceLine> lines) : lines_(std::move(lines)) {}

  Recognised run() {
    header_.read();
    title_.read(header_.found(), header_.run_on_subject());
    auto notes = body_.read(signature_.find_start(lines_.pos()), stray_);
    if (!lines_.at_end()) signature_.read();
    std::vector<SourceLine> rest = lines_.lines_between(lines_.pos(), lines_.size());
    auto bracket = extract_bracket_footnotes(rest);
    notes.insert(notes.end(), bracket.begin(), bracket.end());
    appendices_and_clutter(rest);
    finish(std::move(notes));
    return {std::move(d_), lines_.take_report()};
  }

 private:
  void note(ReportEntry::Kind k, int line, std::string what, std::string_view text = {}) {
    lines_.note(k, line, std::move(what), text);
  }
  void aside(const SourceLine& l) { set_aside(l, d_, lines_); }

  // ---- after the blocks ------------------------------------------------------------

  // An appendix opens with "PHỤ LỤC …", or with a title in capitals followed by its
  // "(Kèm theo …)" line; a short label above the title ("Mẫu biểu số 01") belongs to it.
  bool appendix_start(const std::vector<SourceLine>& lines, size_t k) const {
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

  static size_t next_nonblank_in(const std::vector<SourceLine>& lines, size_t j) {
    while (j < lines.size() && lines[j].blank() && !lines[j].table) ++j;
    return j;
  }

  // Decree 30 cell 13, the address block at the foot of page 1 (a footer in office
  // files): "Địa chỉ: …", "Điện thoại: …", "E-mail: …", "Website: …".
  // Only lines before `end` (where website matter starts) are looked at.
  void take_contact_lines(std::vector<SourceLine>& lines, size_t end) {
    static constexpr std::string_view kLabels[] = {"Địa chỉ", "Điện thoại", "ĐT:", "E-mail", "Email", "Website", "Fax"};
    std::vector<SourceLine> kept;
    for (size_t j = 0; j < lines.size(); ++j) {
      auto& l = lines[j];
      bool contact = false;
      if (j < end && !l.table && d_.contact.size() < 4 && length_cp(l.plain) <= 160)
        for (auto label : kLabels) contact = contact || starts_with(l.plain, label);
      if (contact) {
        d_.contact.push_back(l.plain);
        note(ReportEntry::Kind::Recognised, l.n, "address block", l.plain);
      } else {
        kept.push_back(std::move(l));
      }
    }
    lines = std::move(kept);
  }

  void appendices_and_clutter(std::vector<SourceLine>& lines) {
    size_t site = lines.size();
    for (size_t j = 0; j < lines.size() && site == lines.size(); ++j)
      if (!lines[j].table && site_clutter(lines[j].plain)) site = j;
    take_contact_lines(lines, site);
    size_t k = 0;
    std::vector<size_t> starts;
    for (size_t j = 0; j < lines.size(); ++j)
      if (appendix_start(lines, j)) {
        starts.push_back(j);
        // Skip its title lines so they do not count as further starts.
        while (j + 1 < lines.size() && !lines[j + 1].table &&
               (lines[j + 1].blank() || is_caps(lines[j + 1].plain) || appendix_reference(lines[j + 1].plain)))
          ++j;
      }
    // Clutter: from a site phrase (and the few lines just before it) to the end.
    size_t clutter = lines.size();
    const size_t from = starts.empty() ? 0 : starts.front();
    for (size_t j = from; j < lines.size(); ++j)
      if (!lines[j].table && site_clutter(lines[j].plain)) {
        clutter = j;
        int back = 0;
        while (clutter > from && back < 3 && !lines[clutter - 1].blank() && !lines[clutter - 1].table) {
          --clutter;
          ++back;
        }
        break;
      }
    while (!starts.empty() && starts.back() >= clutter) starts.pop_back();
    const size_t first = starts.empty() ? clutter : starts.front();
    // Text between the signature and the first appendix.
    bool any = false;
    for (; k < first; ++k) any = any || !lines[k].blank();
    if (any) {
      // Website matter after the signature opens with one of the site's phrases (or a
      // few lines before one); other text is the document's and stays printed.
      const bool outside = first == clutter && clutter < lines.size() && leading_lines(lines, clutter) <= 3;
      bool has_table = false;
      for (size_t j = 0; j < first; ++j) has_table = has_table || lines[j].table;
      if (!outside && (has_table || leading_lines(lines, first) > 3)) {
        // Text of the document's own after the signature, with no title to know it by:
        // an appendix, so tables and structure survive.
        note(ReportEntry::Kind::Unclassified, lines[0].n, "text after the signature kept as an appendix");
        appendix(std::vector<SourceLine>(lines.begin(), lines.begin() + static_cast<long>(first)));
      } else {
        for (size_t j = 0; j < first; ++j) {
          if (outside) {
            aside(lines[j]);
          } else if (!lines[j].blank()) {
            model::Node n;
            n.text = parse_inline(lines[j].raw);
            n.line = lines[j].n;
            d_.closing.push_back(std::move(n));
            note(ReportEntry::Kind::Unclassified, lines[j].n, "text after the Nơi nhận kept as a paragraph",
                 lines[j].plain);
          }
        }
      }
    }
    for (size_t a = 0; a < starts.size(); ++a) {
      const size_t end = a + 1 < starts.size() ? starts[a + 1] : clutter;
      appendix(std::vector<SourceLine>(lines.begin() + static_cast<long>(starts[a]),
                                       lines.begin() + static_cast<long>(end)));
    }
    for (size_t j = clutter; j < lines.size(); ++j) aside(lines[j]);
  }

  static size_t leading_lines(const std::vector<SourceLine>& lines, size_t end) {
    size_t n = 0;
    for (size_t j = 0; j < end; ++j) n += !lines[j].blank();
    return n;
  }

  void appendix(std::vector<SourceLine> lines) {
    model::Appendix a;
    size_t k = 0;
    std::string title;
    model::Text label;
    const int line = lines.front().n;
    for (; k < lines.size(); ++k) {
      const auto& l = lines[k];
      if (l.blank()) continue;
      if (l.table) break;
      const std::string key = anchor_key(l.plain);
      if (k == 0 && starts_with_label(key, "PHỤ LỤC")) {
        // "PHỤ LỤC", "PHỤ LỤC I", "PHỤ LỤC: DANH MỤC …"
        std::string rest = trim_copy(l.plain.substr(std::min(l.plain.size(), std::string("PHỤ LỤC").size())));
        const auto w = text::words(rest);
        if (!w.empty() && std::string_view("IVXLC0123456789").find(w.front()[0]) != std::string_view::npos &&
            w.front().find_first_not_of("IVXLC0123456789.:") == std::string_view::npos) {
          // "PHỤ LỤC II": the renderer numbers the appendices itself.
          note(ReportEntry::Kind::Dropped, l.n, "appendix number", w.front());
          rest = trim_copy(rest.substr(w.front().size()));
        }
        if (!rest.empty() && (rest[0] == ':' || rest[0] == '-' || rest[0] == '.')) rest = trim_copy(rest.substr(1));
        title = rest;
        continue;
      }
      if (appendix_reference(l.plain)) {
        std::string ref = l.plain;
        while (!ref.ends_with(")") && k + 1 < lines.size() && !lines[k + 1].blank() && !lines[k + 1].table) {
          ref += " " + lines[++k].plain;
        }
        a.reference = ref;
        ++k;
        break;
      }
      if (!is_caps(l.plain)) {
        if (k == 0 && title.empty()) {
          label = parse_inline(l.raw);  // "Mẫu biểu số 01": printed above the table
          continue;
        }
        break;
      }
      title += (title.empty() ? "" : " ") + l.plain;
    }
    a.title = title.empty() ? "Phụ lục" : title;
    std::vector<SourceLine> content(lines.begin() + static_cast<long>(k), lines.end());
    const auto paras = assemble_paragraphs(content, lines_.report());
    Body b = build_body(paras, BodyOptions{}, lines_.report());
    a.content = std::move(b.nodes);
    a.arabic = b.arabic_top;
    if (!label.empty()) {
      model::Node n;
      n.text = std::move(label);
      a.content.insert(a.content.begin(), std::move(n));
    }
    for (const auto& n : a.content)
      if (n.kind == model::Node::Kind::Table && n.table.widths.size() > 6) a.landscape = true;
    note(ReportEntry::Kind::Recognised, line, "appendix", a.title);
    d_.appendices.push_back(std::move(a));
  }

  void finish(std::vector<FootnoteBody> notes) {
    std::vector<std::vector<model::Node>*> trees{&d_.preamble, &d_.body, &d_.closing};
    for (auto& a : d_.appendices) trees.push_back(&a.content);
    // Bases hold text too: bind there through a temporary tree.
    std::vector<model::Node> bases;
    for (auto& b : d_.bases) {
      model::Node n;
      n.text = b;
      bases.push_back(std::move(n));
    }
    trees.insert(trees.begin(), &bases);
    auto unbound = bind_footnotes(std::move(notes), trees, lines_.report());
    for (size_t j = 0; j < bases.size(); ++j) d_.bases[j] = bases[j].text;
    for (auto& f : unbound) {
      model::Node n;
      n.text = f.text;
      n.text.insert(n.text.begin(), text_run(std::to_string(f.number) + " "));
      n.line = f.line;
      d_.closing.push_back(std::move(n));
      note(ReportEntry::Kind::Unclassified, f.line, "footnote without a mark kept as a paragraph", plain_text(f.text));
    }
    recipients_.keep_label_without_list();
    header_.report_after_document();
  }

  LineCursor lines_;
  model::Document d_;
  std::vector<std::string> stray_;
  AddresseeRecogniser addressee_{lines_, d_, stray_};
  HeaderRecogniser header_{lines_, d_, addressee_, stray_};
  TitleRecogniser title_{lines_, d_, addressee_};
  BodyRecogniser body_{lines_, d_};
  RecipientsRecogniser recipients_{lines_, d_};
  SignatureRecogniser signature_{lines_, d_, recipients_};
};

}  // namespace

Recognised recognise(std::vector<SourceLine> lines) { return Recogniser(std::move(lines)).run(); }

}  // namespace vanban::import
