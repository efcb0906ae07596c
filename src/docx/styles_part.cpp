// word/styles.xml: document defaults and one named paragraph style per layout role.
#include "docx/parts.h"
#include "docx/properties.h"

namespace vanban::docx {

static std::string build_styles_xml(const layout::Layout& l) {
  std::string out;
  xml::Writer w(out);
  w.declaration();
  w.start("w:styles").attr("xmlns:w", kW);
  w.start("w:docDefaults");
  w.start("w:rPrDefault");
  RunProps defaults;
  defaults.font = l.font;
  defaults.size = l.default_size;
  defaults.lang = l.language;
  write_rpr(w, defaults);
  w.end();
  w.start("w:pPrDefault");
  ParaProps pdef;
  pdef.after = 0;
  pdef.widow_control = true;  // no line of a paragraph left alone at a page's top or foot
  pdef.line = 100;
  write_ppr(w, pdef);
  w.end();
  w.end();  // docDefaults

  w.start("w:style").attr("w:type", "paragraph").attr("w:default", "1").attr("w:styleId", "Normal");
  w.empty("w:name", "w:val", "Normal");
  w.empty("w:qFormat");
  w.end();
  w.start("w:style").attr("w:type", "table").attr("w:default", "1").attr("w:styleId", "TableNormal");
  w.empty("w:name", "w:val", "Normal Table");
  w.empty("w:uiPriority", "w:val", "99");
  w.empty("w:semiHidden");
  w.empty("w:unhideWhenUsed");
  w.end();

  for (const auto& s : l.styles) {
    w.start("w:style").attr("w:type", "paragraph").attr("w:customStyle", "1").attr("w:styleId", s.id);
    w.empty("w:name", "w:val", s.name);
    w.empty("w:basedOn", "w:val", "Normal");
    w.empty("w:qFormat");
    write_ppr(w, para_props(s));
    RunProps rp;
    rp.bold = s.bold;
    rp.italic = s.italic;
    rp.size = s.size;
    write_rpr(w, rp);
    w.end();
  }
  w.end();
  return out;
}

std::string styles_xml(const layout::Layout& l) {
  // The part depends on the font, language, default size and paragraph styles only; a merge writes
  // thousands of letters that share them, so the last one is kept per thread.
  struct Memo {
    std::string font, language, xml;
    double default_size = 0;
    std::vector<layout::ParaStyle> styles;
  };
  thread_local Memo memo;
  if (memo.xml.empty() || memo.font != l.font || memo.language != l.language || memo.default_size != l.default_size ||
      memo.styles != l.styles)
    memo = {l.font, l.language, build_styles_xml(l), l.default_size, l.styles};
  return memo.xml;
}

}  // namespace vanban::docx
