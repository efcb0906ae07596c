// One function per ODF package stream. Each returns the stream's XML.
#pragma once
#include <string>
#include <vector>

#include "odt/odf_names.h"
#include "package/zip_writer.h"
#include "page/page.h"
#include "xml/xml_writer.h"

namespace vanban::odt {

// One XML stream of the package with its media type; the manifest is derived from a
// list of these.
struct Stream {
  std::string path;  // "content.xml"
  std::string media_type;
  std::string data;
};

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
// The streams with content, in package order: no "mimetype", no manifest.
std::vector<Stream> content_streams(const layout::Layout& l);
// META-INF/manifest.xml: the package's root entry, then one entry per stream.
std::string manifest_xml(const std::vector<Stream>& streams);
// The package: "mimetype" (first and stored, so tools can sniff the type), the
// manifest, then the streams.
std::vector<package::Entry> package_entries(std::vector<Stream> streams);

}  // namespace vanban::odt
