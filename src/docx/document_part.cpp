// word/document.xml: the body, its tables and the section breaks.
#include "docx/parts.h"
#include "docx/properties.h"

namespace vanban::docx {
namespace {

void write_sect_pr(xml::Writer& w, const layout::Layout& l, const layout::Section& s) {
  w.start("w:sectPr");
  w.start("w:headerReference").attr("w:type", "default").attr("r:id", kRelHeader);
  w.end();
  w.start("w:headerReference").attr("w:type", "first").attr("r:id", kRelFirstHeader);
  w.end();
  if (!l.first_page_footer.empty()) {
    // Sections inherit footers they do not name: each appendix names the empty one.
    w.start("w:footerReference")
        .attr("w:type", "first")
        .attr("r:id", s.address_page ? kRelFirstFooter : kRelEmptyFooter);
    w.end();
  }
  if (s.landscape) {
    w.start("w:pgSz").attr("w:w", twips(l.page.height)).attr("w:h", twips(l.page.width)).attr("w:orient", "landscape");
  } else {
    w.start("w:pgSz").attr("w:w", twips(l.page.width)).attr("w:h", twips(l.page.height));
  }
  w.end();
  w.start("w:pgMar")
      .attr("w:top", twips(l.page.top))
      .attr("w:right", twips(l.page.right))
      .attr("w:bottom", twips(l.page.bottom))
      .attr("w:left", twips(l.page.left))
      .attr("w:header", twips(l.page.header))
      .attr("w:footer", twips(l.page.footer))
      .attr("w:gutter", 0L);
  w.end();
  // Every section (the document, each appendix) counts its pages from 1.
  w.empty("w:pgNumType", "w:start", "1");
  w.empty("w:titlePg");
  w.end();
}

void write_tiny_paragraph(xml::Writer& w, const std::function<void(xml::Writer&)>& sect) {
  w.start("w:p");
  w.start("w:pPr");
  w.start("w:spacing").attr("w:before", 0L).attr("w:after", 0L).attr("w:line", 240L).attr("w:lineRule", "auto");
  w.end();
  w.start("w:rPr");
  w.empty("w:sz", "w:val", "2");
  w.empty("w:szCs", "w:val", "2");
  w.end();
  if (sect) sect(w);
  w.end();
  w.end();
}

void write_paragraph(xml::Writer& w, const layout::Paragraph& p, const std::function<void(xml::Writer&)>& sect = {}) {
  w.start("w:p");
  write_ppr(w, para_overrides(p), sect);
  write_runs(w, p.runs, p.color);
  w.end();
}

void write_table(xml::Writer& w, const layout::Table& t) {
  long total = 0;
  for (double c : t.columns) total += twips(c);
  w.start("w:tbl");
  w.start("w:tblPr");
  w.start("w:tblW").attr("w:w", total).attr("w:type", "dxa");
  w.end();
  if (t.borders) {
    w.start("w:tblBorders");
    for (const char* side : {"w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"}) {
      w.start(side).attr("w:val", "single").attr("w:sz", 4L).attr("w:space", 0L).attr("w:color", "000000");
      w.end();
    }
    w.end();
  }
  w.empty("w:tblLayout", "w:type", "fixed");
  w.start("w:tblCellMar");
  const long side = twips(t.padding);
  w.start("w:left").attr("w:w", side).attr("w:type", "dxa");
  w.end();
  w.start("w:right").attr("w:w", side).attr("w:type", "dxa");
  w.end();
  w.end();
  w.end();  // tblPr
  w.start("w:tblGrid");
  for (double c : t.columns) w.empty("w:gridCol", "w:w", std::to_string(twips(c)));
  w.end();
  for (size_t ri = 0; ri < t.rows.size(); ++ri) {
    const auto& row = t.rows[ri];
    w.start("w:tr");
    if (row.cant_split || row.header) {
      w.start("w:trPr");
      if (row.cant_split) w.empty("w:cantSplit");
      if (row.header) w.empty("w:tblHeader");
      w.end();
    }
    size_t col = 0;
    for (const auto& cell : row.cells) {
      long width = 0;
      for (int k = 0; k < cell.span && col < t.columns.size(); ++k) width += twips(t.columns[col++]);
      w.start("w:tc");
      w.start("w:tcPr");
      w.start("w:tcW").attr("w:w", width).attr("w:type", "dxa");
      w.end();
      if (cell.span > 1) w.empty("w:gridSpan", "w:val", std::to_string(cell.span));
      w.end();
      // Keeping a table together: every row but the last keeps with the next.
      const bool keep = t.keep_together && ri + 1 < t.rows.size();
      if (cell.paragraphs.empty()) w.empty("w:p");
      for (const auto& p : cell.paragraphs) {
        layout::Paragraph copy = p;
        copy.keep_next = copy.keep_next || keep;
        write_paragraph(w, copy);
      }
      w.end();
    }
    w.end();
  }
  w.end();
}

}  // namespace

void write_runs(xml::Writer& w, const std::vector<layout::Run>& runs, const std::string& color) {
  for (const auto& r : runs) {
    w.start("w:r");
    RunProps rp;
    rp.bold = r.bold;
    rp.italic = r.italic;
    rp.superscript = r.kind == layout::Run::Kind::FootnoteRef;
    rp.color = color;
    write_rpr(w, rp);
    switch (r.kind) {
      case layout::Run::Kind::Text:
        w.start("w:t").attr("xml:space", "preserve");
        w.text(r.text);
        w.end();
        break;
      case layout::Run::Kind::LineBreak:
        w.empty("w:br");
        break;
      case layout::Run::Kind::FootnoteRef:
        w.empty("w:footnoteReference", "w:id", std::to_string(r.footnote + 1));
        break;
    }
    w.end();
  }
}

std::string document_xml(const layout::Layout& l) {
  std::string out;
  xml::Writer w(out);
  w.declaration();
  w.start("w:document").attr("xmlns:w", kW).attr("xmlns:r", kR);
  w.start("w:body");
  for (size_t si = 0; si < l.sections.size(); ++si) {
    const auto& s = l.sections[si];
    const bool last_section = si + 1 == l.sections.size();
    for (size_t bi = 0; bi < s.blocks.size(); ++bi) {
      const auto& b = s.blocks[bi];
      const bool last_block = bi + 1 == s.blocks.size();
      if (const auto* p = std::get_if<layout::Paragraph>(&b)) {
        if (last_block && !last_section) {
          write_paragraph(w, *p, [&](xml::Writer& ww) { write_sect_pr(ww, l, s); });
          continue;
        }
        write_paragraph(w, *p);
      } else {
        write_table(w, std::get<layout::Table>(b));
        // Word keeps a paragraph mark after a table that ends the body or a section (and
        // a section break lives in a paragraph): write it at 1 pt so it never makes a page.
        if (last_block) {
          if (last_section)
            write_tiny_paragraph(w, {});
          else
            write_tiny_paragraph(w, [&](xml::Writer& ww) { write_sect_pr(ww, l, s); });
        }
      }
    }
  }
  write_sect_pr(w, l, l.sections.back());
  w.end();
  w.end();
  return out;
}

}  // namespace vanban::docx
