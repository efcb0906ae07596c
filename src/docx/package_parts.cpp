// The smaller parts of a .docx: settings, fonts, headers, footnotes, the OPC
// plumbing ([Content_Types].xml, relationships) and document properties.
#include "docx/parts.h"
#include "docx/properties.h"

namespace vanban::docx {

std::string settings_xml(bool footnotes) {
  std::string out;
  xml::Writer w(out);
  w.declaration();
  w.start("w:settings").attr("xmlns:w", kW);
  w.empty("w:zoom", "w:percent", "100");
  w.empty("w:defaultTabStop", "w:val", "720");
  w.empty("w:characterSpacingControl", "w:val", "doNotCompress");
  if (footnotes) {
    w.start("w:footnotePr");
    w.empty("w:footnote", "w:id", "-1");
    w.empty("w:footnote", "w:id", "0");
    w.end();
  }
  w.start("w:compat");
  w.start("w:compatSetting")
      .attr("w:name", "compatibilityMode")
      .attr("w:uri", "http://schemas.microsoft.com/office/word")
      .attr("w:val", "15");
  w.end();
  w.end();
  w.end();
  return out;
}

std::string font_table_xml(const layout::Layout& l) {
  std::string out;
  xml::Writer w(out);
  w.declaration();
  w.start("w:fonts").attr("xmlns:w", kW);
  w.start("w:font").attr("w:name", l.font);
  w.empty("w:charset", "w:val", "00");
  w.empty("w:family", "w:val", "roman");
  w.empty("w:pitch", "w:val", "variable");
  w.end();
  w.end();
  return out;
}

std::string header_xml(const layout::Layout& l, bool page_number) {
  std::string out;
  xml::Writer w(out);
  w.declaration();
  w.start("w:hdr").attr("xmlns:w", kW).attr("xmlns:r", kR);
  w.start("w:p");
  ParaProps p;
  p.style = l.page_number_style;
  write_ppr(w, p);
  if (page_number) {
    w.start("w:fldSimple").attr("w:instr", " PAGE ");
    w.start("w:r");
    w.start("w:t");
    w.text("2");
    w.end();
    w.end();
    w.end();
  }
  w.end();
  w.end();
  return out;
}

std::string footnotes_xml(const layout::Layout& l) {
  std::string out;
  xml::Writer w(out);
  w.declaration();
  w.start("w:footnotes").attr("xmlns:w", kW).attr("xmlns:r", kR);
  w.start("w:footnote").attr("w:type", "separator").attr("w:id", -1L);
  w.start("w:p");
  w.start("w:r");
  w.empty("w:separator");
  w.end();
  w.end();
  w.end();
  w.start("w:footnote").attr("w:type", "continuationSeparator").attr("w:id", 0L);
  w.start("w:p");
  w.start("w:r");
  w.empty("w:continuationSeparator");
  w.end();
  w.end();
  w.end();
  for (size_t i = 0; i < l.footnotes.size(); ++i) {
    w.start("w:footnote").attr("w:id", static_cast<long>(i + 1));
    w.start("w:p");
    ParaProps p;
    p.style = l.footnote_style;
    write_ppr(w, p);
    w.start("w:r");
    RunProps sup;
    sup.superscript = true;
    write_rpr(w, sup);
    w.empty("w:footnoteRef");
    w.end();
    w.start("w:r");
    w.start("w:t").attr("xml:space", "preserve");
    w.text(" ");
    w.end();
    w.end();
    write_runs(w, l.footnotes[i].runs);
    w.end();
    w.end();
  }
  w.end();
  return out;
}

std::string footer_xml(const layout::Layout& l, bool content) {
  std::string out;
  xml::Writer w(out);
  w.declaration();
  w.start("w:ftr").attr("xmlns:w", kW).attr("xmlns:r", kR);
  if (!content || l.first_page_footer.empty()) w.empty("w:p");
  if (content)
    for (const auto& p : l.first_page_footer) {
      w.start("w:p");
      write_ppr(w, para_overrides(p));
      write_runs(w, p.runs);
      w.end();
    }
  w.end();
  return out;
}

std::string content_types_xml(bool footnotes, bool footers) {
  constexpr const char* kWml = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
  std::string out;
  xml::Writer w(out);
  w.declaration();
  w.start("Types").attr("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
  w.start("Default")
      .attr("Extension", "rels")
      .attr("ContentType", "application/vnd.openxmlformats-package.relationships+xml");
  w.end();
  w.start("Default").attr("Extension", "xml").attr("ContentType", "application/xml");
  w.end();
  auto override_part = [&](const char* part, std::string type) {
    w.start("Override").attr("PartName", part).attr("ContentType", type);
    w.end();
  };
  override_part("/word/document.xml", std::string(kWml) + "document.main+xml");
  override_part("/word/styles.xml", std::string(kWml) + "styles+xml");
  override_part("/word/settings.xml", std::string(kWml) + "settings+xml");
  override_part("/word/fontTable.xml", std::string(kWml) + "fontTable+xml");
  override_part("/word/header1.xml", std::string(kWml) + "header+xml");
  override_part("/word/header2.xml", std::string(kWml) + "header+xml");
  if (footnotes) override_part("/word/footnotes.xml", std::string(kWml) + "footnotes+xml");
  if (footers) {
    override_part("/word/footer1.xml", std::string(kWml) + "footer+xml");
    override_part("/word/footer2.xml", std::string(kWml) + "footer+xml");
  }
  override_part("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
  override_part("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
  w.end();
  return out;
}

namespace {
void relationship(xml::Writer& w, const char* id, const std::string& type, const char* target) {
  w.start("Relationship").attr("Id", id).attr("Type", type).attr("Target", target);
  w.end();
}
constexpr const char* kRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";
const std::string kOfficeRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
}  // namespace

std::string package_rels_xml() {
  std::string out;
  xml::Writer w(out);
  w.declaration();
  w.start("Relationships").attr("xmlns", kRelNs);
  relationship(w, "rId1", kOfficeRel + "officeDocument", "word/document.xml");
  relationship(w, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
               "docProps/core.xml");
  relationship(w, "rId3", kOfficeRel + "extended-properties", "docProps/app.xml");
  w.end();
  return out;
}

std::string document_rels_xml(bool footnotes, bool footers) {
  std::string out;
  xml::Writer w(out);
  w.declaration();
  w.start("Relationships").attr("xmlns", kRelNs);
  relationship(w, kRelStyles, kOfficeRel + "styles", "styles.xml");
  relationship(w, kRelSettings, kOfficeRel + "settings", "settings.xml");
  relationship(w, kRelFonts, kOfficeRel + "fontTable", "fontTable.xml");
  relationship(w, kRelHeader, kOfficeRel + "header", "header1.xml");
  relationship(w, kRelFirstHeader, kOfficeRel + "header", "header2.xml");
  if (footnotes) relationship(w, kRelFootnotes, kOfficeRel + "footnotes", "footnotes.xml");
  if (footers) {
    relationship(w, kRelFirstFooter, kOfficeRel + "footer", "footer1.xml");
    relationship(w, kRelEmptyFooter, kOfficeRel + "footer", "footer2.xml");
  }
  w.end();
  return out;
}

std::string core_xml(const layout::Layout& l) {
  // No timestamps: the same input must give the same bytes.
  std::string out;
  xml::Writer w(out);
  w.declaration();
  w.start("cp:coreProperties")
      .attr("xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties")
      .attr("xmlns:dc", "http://purl.org/dc/elements/1.1/")
      .attr("xmlns:dcterms", "http://purl.org/dc/terms/")
      .attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  w.start("dc:title");
  w.text(l.title);
  w.end();
  w.start("dc:language");
  w.text(l.language);
  w.end();
  w.end();
  return out;
}

std::string app_xml() {
  std::string out;
  xml::Writer w(out);
  w.declaration();
  w.start("Properties").attr("xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
  w.start("Application");
  w.text("vanban");
  w.end();
  w.end();
  return out;
}

}  // namespace vanban::docx
