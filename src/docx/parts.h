// One function per WordprocessingML package part. Each returns the part's XML.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "docx/ooxml_names.h"
#include "package/zip_writer.h"
#include "page/page.h"
#include "xml/xml_writer.h"

namespace vanban::docx {

// One part of the package with what the package says of it: its content type (an
// Override in [Content_Types].xml) and the relationship that names it. The plumbing
// parts ([Content_Types].xml, the .rels) are derived from a list of these.
struct Part {
  std::string path;          // in the package, no leading "/": "word/styles.xml"
  std::string content_type;  // type::…
  std::string source;        // whose relationships name it: "" = the package's, else a part's path
  std::string rel_type;      // rel::…
  std::string rel_id;        // stable: the same part has the same id whichever others are written
  std::string data;
};

// Relationship ids of document.xml.rels, one per part the document may name, fixed so
// the document can refer to them and a part's id never depends on which others exist.
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
// The parts with content, in package order: no [Content_Types].xml, no .rels.
std::vector<Part> content_parts(const layout::Layout& l);
// [Content_Types].xml: an Override for each part, in the order given.
std::string content_types_xml(const std::vector<Part>& parts);
// The relationships of `source` ("" = the package): one for each part it names.
std::string relationships_xml(const std::vector<Part>& parts, std::string_view source);
// Where the relationships of `source` are stored: "_rels/.rels", "word/_rels/document.xml.rels".
std::string relationships_path(std::string_view source);
// The package: [Content_Types].xml, the package's relationships, then each part, each
// followed by its own relationships when it names any part.
std::vector<package::Entry> package_entries(std::vector<Part> parts);
std::string core_xml(const layout::Layout& l);
std::string app_xml();

// Writes the runs of a paragraph (shared by document, header and footnotes).
// `color` ("RRGGBB", or "" for automatic) applies to every run.
void write_runs(xml::Writer& w, const std::vector<layout::Run>& runs, const std::string& color = {});

}  // namespace vanban::docx
