#include "odt/odt_writer.h"

#include "odt/parts.h"

namespace vanban::odt {

std::vector<package::Entry> odt_parts(const layout::Layout& l) {
  // ODF packages: "mimetype" first and stored, so tools can sniff the type.
  return {
      {"mimetype", "application/vnd.oasis.opendocument.text", true},
      {"META-INF/manifest.xml", manifest_xml()},
      {"content.xml", content_xml(l)},
      {"styles.xml", styles_xml(l)},
      {"meta.xml", meta_xml(l)},
  };
}

std::string write_odt(const layout::Layout& l) { return package::zip(odt_parts(l)); }

}  // namespace vanban::odt
