// One function per WordprocessingML package part. Each returns the part's XML.
#pragma once
#include <string>

#include "page/page.h"
#include "xml/xml_writer.h"

namespace vanban::docx {

inline constexpr const char* kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr const char* kR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// Relationship ids of document.xml.rels, fixed so every part can refer to them.
inline constexpr const char* kRelStyles = "rId1";
inline constexpr const char* kRelSettings = "rId2";
inline constexpr const char* kRelFonts = "rId3";
inline constexpr const char* kRelHeader = "rId4";       // page number, pages 2…
inline constexpr const char* kRelFirstHeader = "rId5";  // empty, first page
inline constexpr const char* kRelFootnotes = "rId6";
inline constexpr const char* kRelFirstFooter = "rId7";  // address block, page 1 of the document
inline constexpr const char* kRelEmptyFooter = "rId8";  // first pages of appendices

std::string document_xml(const layout::Layout& l);
std::string styles_xml(const layout::Layout& l);
std::string settings_xml(bool footnotes);
std::string font_table_xml(const layout::Layout& l);
std::string header_xml(const layout::Layout& l, bool page_number);
std::string footnotes_xml(const layout::Layout& l);
// The first-page footer (the address block), or an empty one.
std::string footer_xml(const layout::Layout& l, bool content);
std::string content_types_xml(bool footnotes, bool footers);
std::string package_rels_xml();
std::string document_rels_xml(bool footnotes, bool footers);
std::string core_xml(const layout::Layout& l);
std::string app_xml();

// Writes the runs of a paragraph (shared by document, header and footnotes).
// `color` ("RRGGBB", or "" for automatic) applies to every run.
void write_runs(xml::Writer& w, const std::vector<layout::Run>& runs, const std::string& color = {});

}  // namespace vanban::docx
