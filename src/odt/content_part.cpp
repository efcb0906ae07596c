// content.xml: the body. Direct formatting (rules sized to text, the master page that
// starts each section, table geometry) becomes automatic styles, collected while the
// body is written and emitted before it.
#include <map>

#include "odt/parts.h"
#include "odt/properties.h"

namespace vanban::odt {
namespace {

class ContentWriter {
 public:
  explicit ContentWriter(const layout::Layout& l) : l_(l), body_(body_xml_) {}

  std::string run() {
    for (size_t si = 0; si < l_.sections.size(); ++si) {
      const auto& s = l_.sections[si];
      // Appendices start on a first page of their own when page 1 has an address block.
      master_ = s.landscape                                        ? kLandscapeFirstPage
                : !s.address_page && !l_.first_page_footer.empty() ? kAppendixFirstPage
                                                                   : kFirstPage;
      bool first = true;  // the first block of a section starts a page with the first-page master
      for (const auto& b : s.blocks) {
        if (const auto* p = std::get_if<layout::Paragraph>(&b))
          paragraph(*p, first);
        else
          table(std::get<layout::Table>(b), first);
        first = false;
      }
    }
    std::string out;
    xml::Writer w(out);
    w.declaration();
    w.start("office:document-content")
        .attr("xmlns:office", kOfficeNs)
        .attr("xmlns:style", kStyleNs)
        .attr("xmlns:text", kTextNs)
        .attr("xmlns:table", kTableNs)
        .attr("xmlns:fo", kFoNs)
        .attr("xmlns:svg", kSvgNs)
        .attr("office:version", kVersion);
    write_font_faces(w, l_);
    w.start("office:automatic-styles");
    w.raw(auto_styles_xml_);
    w.end();
    w.start("office:body");
    w.start("office:text");
    w.raw(body_xml_);
    w.end();
    w.end();
    w.end();
    return out;
  }

 private:
  // An automatic paragraph style for `p`'s direct formatting; "" when it has none.
  std::string paragraph_style(const layout::Paragraph& p, bool starts_section) {
    ParaProps pp;
    pp.left = p.left;
    pp.right = p.right;
    pp.first_indent = p.first_indent;
    pp.align = p.align;
    pp.before = p.before;
    pp.keep_next = p.keep_next;
    pp.rule_top = p.rule_top;
    pp.box = p.box;
    pp.color = p.color;
    if (starts_section) pp.page_number = "1";
    const bool direct = pp.left || pp.right || pp.first_indent || pp.align || pp.before || pp.keep_next ||
                        pp.rule_top > 0 || pp.box > 0 || !p.color.empty();
    if (!direct && !starts_section) return p.style;
    std::string key;
    {
      xml::Writer k(key);
      write_paragraph_properties(k, pp);
    }
    key = p.style + "|" + (starts_section ? master_ : "") + "|" + p.color + "|" + key;
    auto [it, added] = para_styles_.try_emplace(key, "P" + std::to_string(para_styles_.size() + 1));
    if (added) {
      xml::Writer w(auto_styles_xml_);
      w.start("style:style")
          .attr("style:name", it->second)
          .attr("style:family", "paragraph")
          .attr("style:parent-style-name", p.style);
      if (starts_section) w.attr("style:master-page-name", master_);
      write_paragraph_properties(w, pp);
      if (!p.color.empty()) {
        w.start("style:text-properties").attr("fo:color", "#" + p.color);
        w.end();
      }
      w.end();
    }
    return it->second;
  }

  static const char* span_style(const layout::Run& r) {
    if (r.bold && r.italic) return "TBI";
    if (r.bold) return "TB";
    if (r.italic) return "TI";
    return nullptr;
  }

  // ODF collapses white space: a space after a space (or at the start of the
  // paragraph) must be written as <text:s/>, tabs as <text:tab/>.
  void text(xml::Writer& w, std::string_view s) {
    std::string chunk;
    auto flush = [&] {
      if (!chunk.empty()) w.text(chunk);
      chunk.clear();
    };
    for (char c : s) {
      if (c == '\t') {
        flush();
        w.empty("text:tab");
        last_space_ = false;
      } else if (c == '\n') {
        flush();
        w.empty("text:line-break");
        last_space_ = true;
      } else if (c == ' ' && last_space_) {
        flush();
        w.empty("text:s");
      } else {
        chunk += c;
        last_space_ = c == ' ';
      }
    }
    flush();
  }

  void runs(xml::Writer& w, const std::vector<layout::Run>& list) {
    last_space_ = true;
    for (const auto& r : list) {
      switch (r.kind) {
        case layout::Run::Kind::Text:
          if (const char* st = span_style(r)) {
            w.start("text:span").attr("text:style-name", st);
            text(w, r.text);
            w.end();
          } else {
            text(w, r.text);
          }
          break;
        case layout::Run::Kind::LineBreak:
          w.empty("text:line-break");
          last_space_ = true;
          break;
        case layout::Run::Kind::FootnoteRef: {
          const auto& note = l_.footnotes.at(static_cast<size_t>(r.footnote));
          w.start("text:note")
              .attr("text:id", "ftn" + std::to_string(r.footnote + 1))
              .attr("text:note-class", "footnote");
          w.start("text:note-citation");
          w.text(std::to_string(r.footnote + 1));
          w.end();
          w.start("text:note-body");
          w.start("text:p").attr("text:style-name", l_.footnote_style);
          runs(w, note.runs);
          w.end();
          w.end();
          w.end();
          last_space_ = false;
          break;
        }
      }
    }
  }

  void paragraph(const layout::Paragraph& p, bool starts_section) { paragraph_to(body_, p, starts_section); }

  void paragraph_to(xml::Writer& w, const layout::Paragraph& p, bool starts_section) {
    w.start("text:p").attr("text:style-name", paragraph_style(p, starts_section));
    runs(w, p.runs);
    w.end();
  }

  static std::string column_name(size_t i) {
    std::string s;
    for (++i; i > 0; i = (i - 1) / 26) s.insert(s.begin(), static_cast<char>('A' + (i - 1) % 26));
    return s;
  }

  void table(const layout::Table& t, bool starts_section) {
    const std::string name = "Tb" + std::to_string(++tables_);
    double total = 0;
    for (double c : t.columns) total += c;
    {
      xml::Writer w(auto_styles_xml_);
      w.start("style:style").attr("style:name", name).attr("style:family", "table");
      if (starts_section) w.attr("style:master-page-name", master_);
      w.start("style:table-properties")
          .attr("style:width", mm(total))
          .attr("table:align", "left")
          .attr("fo:margin-left", "0mm");
      if (starts_section) w.attr("style:page-number", "1");
      if (t.keep_together) w.attr("style:may-break-between-rows", "false");
      w.end();
      w.end();
      for (size_t i = 0; i < t.columns.size(); ++i) {
        w.start("style:style").attr("style:name", name + "." + column_name(i)).attr("style:family", "table-column");
        w.start("style:table-column-properties").attr("style:column-width", mm(t.columns[i]));
        w.end();
        w.end();
      }
      w.start("style:style").attr("style:name", name + ".R").attr("style:family", "table-row");
      w.start("style:table-row-properties").attr("fo:keep-together", "always");
      w.end();
      w.end();
      w.start("style:style").attr("style:name", name + ".C").attr("style:family", "table-cell");
      w.start("style:table-cell-properties")
          .attr("fo:padding-left", mm(t.padding))
          .attr("fo:padding-right", mm(t.padding))
          .attr("fo:padding-top", "0mm")
          .attr("fo:padding-bottom", "0mm")
          .attr("fo:border", t.borders ? "0.5pt solid #000000" : "none");
      w.end();
      w.end();
    }
    auto& w = body_;
    w.start("table:table").attr("table:name", "Table" + std::to_string(tables_)).attr("table:style-name", name);
    for (size_t i = 0; i < t.columns.size(); ++i) {
      w.start("table:table-column").attr("table:style-name", name + "." + column_name(i));
      w.end();
    }
    bool in_header = false;
    for (size_t ri = 0; ri < t.rows.size(); ++ri) {
      const auto& row = t.rows[ri];
      if (row.header && !in_header && ri == 0) {
        w.start("table:table-header-rows");
        in_header = true;
      } else if (!row.header && in_header) {
        w.end();
        in_header = false;
      }
      w.start("table:table-row").attr("table:style-name", name + ".R");
      for (const auto& cell : row.cells) {
        w.start("table:table-cell").attr("table:style-name", name + ".C").attr("office:value-type", "string");
        if (cell.span > 1) w.attr("table:number-columns-spanned", static_cast<long>(cell.span));
        if (cell.paragraphs.empty()) w.empty("text:p");
        for (const auto& p : cell.paragraphs) paragraph_to(w, p, false);
        w.end();
        for (int k = 1; k < cell.span; ++k) w.empty("table:covered-table-cell");
      }
      w.end();
    }
    if (in_header) w.end();
    w.end();
  }

  const layout::Layout& l_;
  std::string body_xml_;
  std::string auto_styles_xml_ = std::string(
      "<style:style style:name=\"TB\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\" "
      "style:font-weight-complex=\"bold\"/></style:style>"
      "<style:style style:name=\"TI\" style:family=\"text\"><style:text-properties fo:font-style=\"italic\" "
      "style:font-style-complex=\"italic\"/></style:style>"
      "<style:style style:name=\"TBI\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\" "
      "fo:font-style=\"italic\" style:font-weight-complex=\"bold\" "
      "style:font-style-complex=\"italic\"/></style:style>");
  xml::Writer body_;
  std::map<std::string, std::string> para_styles_;
  int tables_ = 0;
  const char* master_ = kFirstPage;
  bool last_space_ = true;
};

}  // namespace

std::string content_xml(const layout::Layout& l) { return ContentWriter(l).run(); }

}  // namespace vanban::odt
