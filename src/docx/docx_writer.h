// Layout → .docx bytes (WordprocessingML, ISO/IEC 29500 transitional).
#pragma once
#include <string>

#include "layout/page.h"

namespace vanban::docx {
std::string write_docx(const layout::Layout& l);
}
