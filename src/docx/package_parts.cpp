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
  w.start("w:compatSetting").attr("w:name", "compatibilityMode").attr("w:uri", kWordCompatUri).attr("w:val", "15");
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
  if (!content || l.first_page_footer.empty()) {
    // An empty footer stays in the bottom margin (w:footer), below the text area.
    w.empty("w:p");
  } else {
    for (const auto& p : l.first_page_footer) {
      w.start("w:p");
      write_ppr(w, para_overrides(p));
      write_runs(w, p.runs);
      w.end();
    }
    // The footer area starts page.footer mm above the edge; an empty line exactly as
    // high as the rest of the bottom margin lifts the block onto the margin. Word and
    // LibreOffice then end the body text above the footer's top: the block takes the
    // foot of the text area and the bottom margin keeps its size.
    const long lift = twips(l.page.bottom - l.page.footer);
    if (lift > 0) {
      w.start("w:p");
      w.start("w:pPr");
      w.start("w:spacing").attr("w:before", 0L).attr("w:after", 0L).attr("w:line", lift).attr("w:lineRule", "exact");
      w.end();
      w.start("w:rPr");
      w.empty("w:sz", "w:val", "2");
      w.empty("w:szCs", "w:val", "2");
      w.end();
      w.end();
      w.end();
    }
  }
  w.end();
  return out;
}

std::string content_types_xml(const std::vector<Part>& parts) {
  std::string out;
  xml::Writer w(out);
  w.declaration();
  w.start("Types").attr("xmlns", kContentTypesNs);
  w.start("Default").attr("Extension", "rels").attr("ContentType", type::kRelationships);
  w.end();
  w.start("Default").attr("Extension", "xml").attr("ContentType", type::kXml);
  w.end();
  for (const auto& p : parts) {
    w.start("Override").attr("PartName", "/" + p.path).attr("ContentType", p.content_type);
    w.end();
  }
  w.end();
  return out;
}

std::string relationships_xml(const std::vector<Part>& parts, std::string_view source) {
  // Targets are relative to the folder of the source part (the package root for "").
  const std::string_view folder = source.substr(0, source.rfind('/') + 1);
  std::string out;
  xml::Writer w(out);
  w.declaration();
  w.start("Relationships").attr("xmlns", kRelationshipsNs);
  for (const auto& p : parts) {
    if (p.source != source) continue;
    const std::string target =
        std::string_view(p.path).starts_with(folder) ? p.path.substr(folder.size()) : "/" + p.path;
    w.start("Relationship").attr("Id", p.rel_id).attr("Type", p.rel_type).attr("Target", target);
    w.end();
  }
  w.end();
  return out;
}

std::string relationships_path(std::string_view source) {
  const size_t slash = source.rfind('/');
  const std::string_view folder = slash == std::string_view::npos ? "" : source.substr(0, slash + 1);
  const std::string_view name = source.substr(folder.size());
  return std::string(folder) + "_rels/" + std::string(name) + ".rels";
}

std::vector<package::Entry> package_entries(std::vector<Part> parts) {
  auto names_parts = [&](std::string_view source) {
    for (const auto& p : parts)
      if (p.source == source) return true;
    return false;
  };
  std::vector<package::Entry> entries;
  entries.reserve(2 * parts.size() + 2);
  entries.push_back({"[Content_Types].xml", content_types_xml(parts)});
  entries.push_back({relationships_path(""), relationships_xml(parts, "")});
  for (auto& p : parts) {
    entries.push_back({p.path, std::move(p.data)});  // the lists read names and types only
    if (names_parts(p.path)) entries.push_back({relationships_path(p.path), relationships_xml(parts, p.path)});
  }
  return entries;
}

std::string core_xml(const layout::Layout& l) {
  // No timestamps: the same input must give the same bytes.
  std::string out;
  xml::Writer w(out);
  w.declaration();
  w.start("cp:coreProperties")
      .attr("xmlns:cp", kCorePropertiesNs)
      .attr("xmlns:dc", kDcNs)
      .attr("xmlns:dcterms", kDcTermsNs)
      .attr("xmlns:xsi", kXsiNs);
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
  w.start("Properties").attr("xmlns", kExtendedPropertiesNs);
  w.start("Application");
  w.text("vanban");
  w.end();
  w.end();
  return out;
}

}  // namespace vanban::docx
