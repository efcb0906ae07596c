#include "docx/docx_writer.h"

#include "docx/parts.h"

namespace vanban::docx {

std::vector<package::Entry> docx_parts(const layout::Layout& l) {
  const bool notes = !l.footnotes.empty();
  const bool footers = !l.first_page_footer.empty();
  std::vector<package::Entry> parts = {
      {"[Content_Types].xml", content_types_xml(notes, footers)},
      {"_rels/.rels", package_rels_xml()},
      {"word/document.xml", document_xml(l)},
      {"word/_rels/document.xml.rels", document_rels_xml(notes, footers)},
      {"word/styles.xml", styles_xml(l)},
      {"word/settings.xml", settings_xml(notes)},
      {"word/fontTable.xml", font_table_xml(l)},
      {"word/header1.xml", header_xml(l, true)},
      {"word/header2.xml", header_xml(l, false)},
  };
  if (notes) parts.push_back({"word/footnotes.xml", footnotes_xml(l)});
  if (footers) {
    parts.push_back({"word/footer1.xml", footer_xml(l, true)});
    parts.push_back({"word/footer2.xml", footer_xml(l, false)});
  }
  parts.push_back({"docProps/core.xml", core_xml(l)});
  parts.push_back({"docProps/app.xml", app_xml()});
  return parts;
}

std::string write_docx(const layout::Layout& l) { return package::zip(docx_parts(l)); }

}  // namespace vanban::docx
