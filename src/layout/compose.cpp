#include <algorithm>

#include "layout/composer.h"
#include "layout/font_metrics.h"
#include "rules/line_breaks.h"
#include "rules/numbering.h"
#include "text/dates.h"
#include "text/unicode.h"

namespace vanban::layout {

std::string plain_text(const std::vector<Run>& runs) {
  std::string s;
  for (const auto& r : runs) {
    if (r.kind == Run::Kind::Text)
      s += r.text;
    else if (r.kind == Run::Kind::LineBreak)
      s += "\n";
    else if (r.kind == Run::Kind::FootnoteRef)
      s += std::to_string(r.footnote + 1);
  }
  return s;
}

Composer::Composer(const model::Document& doc, const rules::HouseStyle& hs, const rules::LayoutTemplate& lt,
                   const rules::KindInfo& kind)
    : doc_(doc), hs_(hs), lt_(lt), kind_(kind), text_width_(hs.text_width_mm()) {}

const ParaStyle& Composer::style(const std::string& id) const {
  const ParaStyle* s = out_.style(id);
  if (!s) throw std::logic_error("layout uses an undefined style " + id);
  return *s;
}

double Composer::text_mm(const std::string& style_id, std::string_view text) const {
  const ParaStyle& s = style(style_id);
  return serif(s.bold, s.italic).width_pt(text, s.size) / kPtPerMm;
}

Paragraph Composer::para(std::string style, std::string text) const {
  Paragraph p;
  p.style = std::move(style);
  if (!text.empty()) p.runs.push_back({Run::Kind::Text, std::move(text)});
  return p;
}

Paragraph Composer::balanced(std::string style_id, const std::string& text, double width_mm, bool name,
                             double* longest_mm) const {
  const ParaStyle& s = style(style_id);
  const FontMetrics& f = serif(s.bold, s.italic);
  // What fits once the renderer's rounding is allowed for (see fit_width).
  const auto lines = balanced_lines(text, s.size, text_room(width_mm) * kPtPerMm, f,
                                    name ? &rules::line_break_rules() : &rules::prose_line_break_rules());
  Paragraph p;
  p.style = std::move(style_id);
  double longest = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) p.runs.push_back({Run::Kind::LineBreak, {}});
    p.runs.push_back({Run::Kind::Text, lines[i]});
    longest = std::max(longest, f.width_pt(lines[i], s.size) / kPtPerMm);
  }
  if (longest_mm) *longest_mm = longest;
  return p;
}

Paragraph Composer::rule(double length_mm, double width_mm) const {
  Paragraph p;
  p.style = "VbRule";
  const double side = std::max(0.0, (width_mm - length_mm) / 2);
  p.left = side;
  p.right = side;
  p.rule_top = hs_.rule_weight;
  return p;
}

// The body ends with "./." (every Decree 30 template does): the last paragraph of
// the text before the signature gets it, and keeps with the signature block so that
// block never starts a page alone.
void Composer::end_mark(std::vector<Block>& out, size_t text_begin) {
  for (size_t i = out.size(); i > text_begin; --i) {
    auto* p = std::get_if<Paragraph>(&out[i - 1]);
    if (!p) return;  // the text ends with a table: nothing to mark
    // A heading ends no text; a document whose last line is a heading gets no mark.
    if (p->style.starts_with("VbHeading")) return;
    auto last = std::find_if(p->runs.rbegin(), p->runs.rend(),
                             [](const Run& r) { return r.kind == Run::Kind::Text && !r.text.empty(); });
    if (last == p->runs.rend()) continue;
    last->text = with_end_mark(last->text);
    p->keep_next = true;
    return;
  }
}

void Composer::appendix(const model::Appendix& a, int index, int count) {
  Section s;
  s.landscape = a.landscape;
  // A landscape appendix has the long side for its text.
  const double width = a.landscape ? hs_.page_h - hs_.left - hs_.right : text_width_;
  auto& b = s.blocks;
  b.push_back(para("VbAppendixLabel", count > 1 ? "Phụ lục " + rules::roman(index) : "Phụ lục"));
  b.push_back(balanced("VbAppendixTitle", text::upper_vi(a.title), width, false));
  std::string ref = a.reference;
  if (ref.empty()) {
    const std::string name = doc_.title.empty() ? kind_.name : doc_.title;
    ref = "(Kèm theo " + name + " số " + number_text(doc_.number.value) + "/" + symbol(doc_, kind_) + " " +
          text::date_in_words(doc_.date) + (a.of.empty() ? "" : " của " + a.of) + ")";
  }
  double ref_mm = 0;
  b.push_back(balanced("VbAppendixRef", ref, width, false, &ref_mm));
  b.push_back(rule(ref_mm * hs_.rule_subject, width));
  blocks(a.content, 0, b, width, a.arabic);
  out_.sections.push_back(std::move(s));
}

Layout Composer::run() {
  out_.page = {hs_.page_w, hs_.page_h, hs_.top, hs_.bottom, hs_.left, hs_.right, hs_.header, lt_.footer_distance};
  out_.font = hs_.font;
  out_.language = lt_.language;
  out_.default_size = lt_.default_size;
  out_.styles = make_styles(hs_, lt_);
  out_.author = doc_.issuer.name;
  out_.page_number_style = "VbPageNumber";
  out_.footnote_style = "VbFootnote";
  out_.title = (doc_.title.empty() ? kind_.name : doc_.title) + (doc_.subject.empty() ? "" : " " + doc_.subject);

  Section main;
  main.address_page = true;
  auto& b = main.blocks;
  header(b);
  title_block(b);
  kinh_gui(b);
  bases_and_formula(b);
  const size_t text_begin = b.size();
  blocks(doc_.preamble, 0, b, text_width_);
  invitation(b);
  blocks(doc_.body, 0, b, text_width_, doc_.body_arabic);
  blocks(doc_.closing, 0, b, text_width_);
  end_mark(b, text_begin);
  signature(b);
  out_.sections.push_back(std::move(main));
  // Cell 13: page 1 only, at the bottom, under a solid rule as wide as the text.
  for (size_t i = 0; i < doc_.contact.size(); ++i) {
    Paragraph p = para("VbContact", doc_.contact[i]);
    if (i == 0) p.rule_top = hs_.rule_weight;
    out_.first_page_footer.push_back(std::move(p));
  }
  for (size_t i = 0; i < doc_.appendices.size(); ++i)
    appendix(doc_.appendices[i], static_cast<int>(i) + 1, static_cast<int>(doc_.appendices.size()));
  return std::move(out_);
}

Layout compose(const model::Document& doc, const rules::HouseStyle& hs, const rules::LayoutTemplate& lt) {
  const rules::KindInfo* kind = rules::find_kind(doc.kind);
  if (!kind) throw std::invalid_argument("unknown document kind " + doc.kind);
  return Composer(doc, hs, lt, *kind).run();
}

Layout compose(const model::Document& doc, const rules::HouseStyle& hs) {
  return compose(doc, hs, rules::layout_template());
}

Layout compose(const model::Document& doc) {
  const rules::HouseStyle* hs = rules::builtin_style(doc.style.empty() ? "nd30" : doc.style);
  if (!hs) throw std::invalid_argument("unknown house style " + doc.style);
  return compose(doc, *hs);
}

}  // namespace vanban::layout
