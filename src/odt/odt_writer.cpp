#include "odt/odt_writer.h"

#include "odt/parts.h"
#include "package/zip_writer.h"

namespace vanban::odt {

std::string write_odt(const layout::Layout& l) {
  // ODF packages: "mimetype" first and stored, so tools can sniff the type.
  return package::zip({
      {"mimetype", "application/vnd.oasis.opendocument.text", true},
      {"META-INF/manifest.xml", manifest_xml()},
      {"content.xml", content_xml(l)},
      {"styles.xml", styles_xml(l)},
      {"meta.xml", meta_xml(l)},
  });
}

}  // namespace vanban::odt
