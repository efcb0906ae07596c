// The package plumbing (mimetype, META-INF/manifest.xml) and meta.xml.
#include "odt/parts.h"
#include "xml/xml_writer.h"

namespace vanban::odt {

std::string manifest_xml(const std::vector<Stream>& streams) {
  std::string out;
  xml::Writer w(out);
  w.declaration();
  w.start("manifest:manifest").attr("xmlns:manifest", kManifestNs).attr("manifest:version", kVersion);
  w.start("manifest:file-entry")
      .attr("manifest:full-path", "/")
      .attr("manifest:media-type", kTextDocumentType)
      .attr("manifest:version", kVersion);
  w.end();
  for (const auto& s : streams) {
    w.start("manifest:file-entry").attr("manifest:full-path", s.path).attr("manifest:media-type", s.media_type);
    w.end();
  }
  w.end();
  return out;
}

std::vector<package::Entry> package_entries(std::vector<Stream> streams) {
  std::vector<package::Entry> entries;
  entries.reserve(streams.size() + 2);
  entries.push_back({"mimetype", kTextDocumentType, true});
  entries.push_back({"META-INF/manifest.xml", manifest_xml(streams)});
  for (auto& s : streams) entries.push_back({s.path, std::move(s.data)});
  return entries;
}

std::string meta_xml(const layout::Layout& l) {
  // No dates: the same input must give the same bytes.
  std::string out;
  xml::Writer w(out);
  w.declaration();
  w.start("office:document-meta")
      .attr("xmlns:office", kOfficeNs)
      .attr("xmlns:meta", kMetaNs)
      .attr("xmlns:dc", kDcNs)
      .attr("office:version", kVersion);
  w.start("office:meta");
  w.start("meta:generator");
  w.text("vanban");
  w.end();
  w.start("dc:title");
  w.text(l.title);
  w.end();
  w.start("dc:language");
  w.text(l.language);
  w.end();
  w.end();
  w.end();
  return out;
}

}  // namespace vanban::odt
