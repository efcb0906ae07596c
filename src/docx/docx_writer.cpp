#include "docx/docx_writer.h"

#include "docx/parts.h"

namespace vanban::docx {

std::vector<Part> content_parts(const layout::Layout& l) {
  const bool notes = !l.footnotes.empty();
  const bool footers = !l.first_page_footer.empty();
  constexpr const char* kDocument = "word/document.xml";
  std::vector<Part> parts;
  auto add = [&](std::string path, const char* type, const char* source, const char* rel_type, const char* id,
                 std::string data) {
    parts.push_back({std::move(path), type, source, rel_type, id, std::move(data)});
  };
  add(kDocument, type::kDocument, "", rel::kOfficeDocument, "rId1", document_xml(l));
  add("word/styles.xml", type::kStyles, kDocument, rel::kStyles, kRelStyles, styles_xml(l));
  add("word/settings.xml", type::kSettings, kDocument, rel::kSettings, kRelSettings, settings_xml(notes));
  add("word/fontTable.xml", type::kFontTable, kDocument, rel::kFontTable, kRelFonts, font_table_xml(l));
  add("word/header1.xml", type::kHeader, kDocument, rel::kHeader, kRelHeader, header_xml(l, true));
  add("word/header2.xml", type::kHeader, kDocument, rel::kHeader, kRelFirstHeader, header_xml(l, false));
  if (notes) add("word/footnotes.xml", type::kFootnotes, kDocument, rel::kFootnotes, kRelFootnotes, footnotes_xml(l));
  if (footers) {
    add("word/footer1.xml", type::kFooter, kDocument, rel::kFooter, kRelFirstFooter, footer_xml(l, true));
    add("word/footer2.xml", type::kFooter, kDocument, rel::kFooter, kRelEmptyFooter, footer_xml(l, false));
  }
  add("docProps/core.xml", type::kCoreProperties, "", rel::kCoreProperties, "rId2", core_xml(l));
  add("docProps/app.xml", type::kExtendedProperties, "", rel::kExtendedProperties, "rId3", app_xml());
  return parts;
}

std::vector<package::Entry> docx_parts(const layout::Layout& l) { return package_entries(content_parts(l)); }

std::string write_docx(const layout::Layout& l) { return package::zip(docx_parts(l)); }

}  // namespace vanban::docx
