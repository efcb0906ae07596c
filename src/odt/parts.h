// One function per ODF package stream. Each returns the stream's XML.
#pragma once
#include <string>

#include "page/page.h"
#include "xml/xml_writer.h"

namespace vanban::odt {

inline constexpr const char* kOfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
inline constexpr const char* kStyleNs = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
inline constexpr const char* kTextNs = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
inline constexpr const char* kTableNs = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
inline constexpr const char* kFoNs = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
inline constexpr const char* kSvgNs = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
inline constexpr const char* kMetaNs = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
inline constexpr const char* kDcNs = "http://purl.org/dc/elements/1.1/";
inline constexpr const char* kVersion = "1.3";

// Master pages: the first page of each section has no page number.
inline constexpr const char* kFirstPage = "First_20_Page";
inline constexpr const char* kOtherPages = "Standard";
inline constexpr const char* kAppendixFirstPage = "Appendix_20_First_20_Page";
inline constexpr const char* kLandscapeFirstPage = "Landscape_20_First_20_Page";
inline constexpr const char* kLandscapePages = "Landscape";

std::string content_xml(const layout::Layout& l);
void write_font_faces(xml::Writer& w, const layout::Layout& l);
std::string styles_xml(const layout::Layout& l);
std::string meta_xml(const layout::Layout& l);
std::string manifest_xml();

}  // namespace vanban::odt
