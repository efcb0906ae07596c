// Layout → .odt bytes (OpenDocument 1.3).
#pragma once
#include <string>
#include <vector>

#include "package/zip_writer.h"
#include "page/page.h"

namespace vanban::odt {

// The package's streams, in package order ("mimetype" first and stored).
std::vector<package::Entry> odt_parts(const layout::Layout& l);
std::string write_odt(const layout::Layout& l);

}  // namespace vanban::odt
