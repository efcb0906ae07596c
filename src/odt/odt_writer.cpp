#include "odt/odt_writer.h"

#include "odt/parts.h"

namespace vanban::odt {

std::vector<Stream> content_streams(const layout::Layout& l) {
  std::vector<Stream> streams;
  streams.push_back({"content.xml", kXmlType, content_xml(l)});
  streams.push_back({"styles.xml", kXmlType, styles_xml(l)});
  streams.push_back({"meta.xml", kXmlType, meta_xml(l)});
  return streams;
}

std::vector<package::Entry> odt_parts(const layout::Layout& l) { return package_entries(content_streams(l)); }

std::string write_odt(const layout::Layout& l) { return package::zip(odt_parts(l)); }

}  // namespace vanban::odt
