// META-INF/manifest.xml and meta.xml.
#include "odt/parts.h"
#include "xml/xml_writer.h"

namespace vanban::odt {

std::string manifest_xml() {
  std::string out;
  xml::Writer w(out);
  w.declaration();
  w.start("manifest:manifest")
      .attr("xmlns:manifest", "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0")
      .attr("manifest:version", kVersion);
  auto entry = [&](const char* path, const char* type, bool root) {
    w.start("manifest:file-entry").attr("manifest:full-path", path).attr("manifest:media-type", type);
    if (root) w.attr("manifest:version", kVersion);
    w.end();
  };
  entry("/", "application/vnd.oasis.opendocument.text", true);
  entry("content.xml", "text/xml", false);
  entry("styles.xml", "text/xml", false);
  entry("meta.xml", "text/xml", false);
  w.end();
  return out;
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
