// Layout → .docx bytes (WordprocessingML, ISO/IEC 29500 transitional).
#pragma once
#include <string>
#include <vector>

#include "package/zip_writer.h"
#include "page/page.h"

namespace vanban::docx {

// The package's parts, in package order (merge compresses the unchanging ones once).
std::vector<package::Entry> docx_parts(const layout::Layout& l);
std::string write_docx(const layout::Layout& l);

}  // namespace vanban::docx
