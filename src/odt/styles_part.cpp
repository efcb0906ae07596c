// styles.xml: fonts, default and named paragraph styles, footnote settings, page
// layouts and the two master pages (first page without a page number).
#include <algorithm>

#include "odt/parts.h"
#include "odt/properties.h"

namespace vanban::odt {
namespace {

void namespaces(xml::Writer& w) {
  w.attr("xmlns:office", kOfficeNs)
      .attr("xmlns:style", kStyleNs)
      .attr("xmlns:text", kTextNs)
      .attr("xmlns:table", kTableNs)
      .attr("xmlns:fo", kFoNs)
      .attr("xmlns:svg", kSvgNs)
      .attr("office:version", kVersion);
}

void page_layout(xml::Writer& w, const layout::Layout& l, const char* name, bool with_header, bool with_footer = false,
                 bool landscape = false) {
  const auto& p = l.page;
  w.start("style:page-layout").attr("style:name", name);
  w.start("style:page-layout-properties")
      .attr("fo:page-width", mm(landscape ? p.height : p.width))
      .attr("fo:page-height", mm(landscape ? p.width : p.height))
      .attr("style:print-orientation", landscape ? "landscape" : "portrait")
      .attr("fo:margin-top", mm(with_header ? p.header : p.top))
      .attr("fo:margin-bottom", mm(with_footer ? p.footer : p.bottom))
      .attr("fo:margin-left", mm(p.left))
      .attr("fo:margin-right", mm(p.right));
  w.end();
  if (with_header) {
    // The page number sits in the top margin: the header box fills the space between
    // the header line and the top margin, so body text starts where it does on page 1.
    w.start("style:header-style");
    w.start("style:header-footer-properties")
        .attr("fo:min-height", mm(p.top - p.header))
        .attr("fo:margin-bottom", "0mm")
        .attr("style:dynamic-spacing", "false");
    w.end();
    w.end();
  }
  if (with_footer) {
    // The address block: the footer area starts page.footer mm above the edge, and its
    // padding, the rest of the bottom margin, lifts the text onto the margin. The body
    // text ends at the footer's top: the block takes the foot of the text area and the
    // bottom margin keeps its size (as in the DOCX).
    w.start("style:footer-style");
    w.start("style:header-footer-properties")
        .attr("fo:min-height", "0mm")
        .attr("fo:margin-top", "0mm")
        .attr("fo:padding-bottom", mm(std::max(0.0, p.bottom - p.footer)))
        .attr("style:dynamic-spacing", "false");
    w.end();
    w.end();
  }
  w.end();
}

}  // namespace

void write_font_faces(xml::Writer& w, const layout::Layout& l) {
  w.start("office:font-face-decls");
  w.start("style:font-face")
      .attr("style:name", l.font)
      .attr("svg:font-family", "'" + l.font + "'")
      .attr("style:font-family-generic", "roman")
      .attr("style:font-pitch", "variable");
  w.end();
  w.end();
}

std::string styles_xml(const layout::Layout& l) {
  std::string out;
  xml::Writer w(out);
  w.declaration();
  w.start("office:document-styles");
  namespaces(w);
  write_font_faces(w, l);
  w.start("office:styles");
  w.start("style:default-style").attr("style:family", "paragraph");
  ParaProps dp;
  dp.line = 100;
  dp.widows_orphans = true;  // no line of a paragraph left alone at a page's top or foot
  write_paragraph_properties(w, dp);
  TextProps dt;
  dt.font = l.font;
  dt.size = l.default_size;
  // ODF names language and country apart: "vi-VN" → fo:language "vi", fo:country "VN".
  const size_t dash = l.language.find('-');
  dt.language = l.language.substr(0, dash);
  if (dash != std::string::npos) dt.country = l.language.substr(dash + 1);
  write_text_properties(w, dt);
  w.end();
  w.start("style:style").attr("style:name", "Standard").attr("style:family", "paragraph");
  w.end();
  for (const auto& s : l.styles) {
    w.start("style:style")
        .attr("style:name", s.id)
        .attr("style:display-name", s.name)
        .attr("style:family", "paragraph")
        .attr("style:parent-style-name", "Standard");
    if (s.outline > 0) w.attr("style:default-outline-level", static_cast<long>(s.outline));
    write_paragraph_properties(w, para_props(s));
    TextProps t;
    t.size = s.size;
    t.bold = s.bold;
    t.italic = s.italic;
    write_text_properties(w, t);
    w.end();
  }
  // Note numbers: superscript in the text, and at the head of the note.
  w.start("style:style").attr("style:name", "VbNoteCitation").attr("style:display-name", "VB Số chú thích");
  w.attr("style:family", "text");
  w.start("style:text-properties").attr("style:text-position", "super 58%");
  w.end();
  w.end();
  w.start("text:notes-configuration")
      .attr("text:note-class", "footnote")
      .attr("text:citation-style-name", "VbNoteCitation")
      .attr("text:citation-body-style-name", "VbNoteCitation")
      .attr("style:num-format", "1")
      .attr("text:start-value", "0")
      .attr("text:footnotes-position", "page")
      .attr("text:start-numbering-at", "document");
  w.end();
  w.end();  // office:styles

  const bool footer = !l.first_page_footer.empty();
  const bool landscape =
      std::any_of(l.sections.begin(), l.sections.end(), [](const layout::Section& s) { return s.landscape; });
  w.start("office:automatic-styles");
  page_layout(w, l, "pmFirst", false, footer);
  page_layout(w, l, "pmOther", true);
  if (landscape) {
    page_layout(w, l, "pmLandscapeFirst", false, false, true);
    page_layout(w, l, "pmLandscapeOther", true, false, true);
  }
  if (footer) {
    page_layout(w, l, "pmAppendixFirst", false);
    // The address block's paragraphs carry their own rule; their styles live here.
    for (size_t i = 0; i < l.first_page_footer.size(); ++i) {
      const auto& p = l.first_page_footer[i];
      w.start("style:style")
          .attr("style:name", "MP" + std::to_string(i + 1))
          .attr("style:family", "paragraph")
          .attr("style:parent-style-name", p.style);
      ParaProps pp;
      pp.rule_top = p.rule_top;
      write_paragraph_properties(w, pp);
      w.end();
    }
  }
  w.end();

  // The page-number header of the pages after a section's first.
  auto numbered_master = [&](const char* name, const char* layout_name) {
    w.start("style:master-page").attr("style:name", name).attr("style:page-layout-name", layout_name);
    w.start("style:header");
    w.start("text:p").attr("text:style-name", l.page_number_style);
    w.start("text:page-number").attr("text:select-page", "current");
    w.text("2");
    w.end();
    w.end();
    w.end();
    w.end();
  };
  w.start("office:master-styles");
  numbered_master(kOtherPages, "pmOther");
  if (landscape) {
    numbered_master(kLandscapePages, "pmLandscapeOther");
    w.start("style:master-page")
        .attr("style:name", kLandscapeFirstPage)
        .attr("style:display-name", "Landscape First Page")
        .attr("style:page-layout-name", "pmLandscapeFirst")
        .attr("style:next-style-name", kLandscapePages);
    w.end();
  }
  w.start("style:master-page")
      .attr("style:name", kFirstPage)
      .attr("style:display-name", "First Page")
      .attr("style:page-layout-name", "pmFirst")
      .attr("style:next-style-name", kOtherPages);
  if (footer) {
    w.start("style:footer");
    for (size_t i = 0; i < l.first_page_footer.size(); ++i) {
      w.start("text:p").attr("text:style-name", "MP" + std::to_string(i + 1));
      w.text(layout::plain_text(l.first_page_footer[i].runs));
      w.end();
    }
    w.end();
  }
  w.end();
  if (footer) {  // appendices start on a first page without the address block
    w.start("style:master-page")
        .attr("style:name", kAppendixFirstPage)
        .attr("style:display-name", "Appendix First Page")
        .attr("style:page-layout-name", "pmAppendixFirst")
        .attr("style:next-style-name", kOtherPages);
    w.end();
  }
  w.end();
  w.end();
  return out;
}

}  // namespace vanban::odt
