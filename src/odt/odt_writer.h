// Layout → .odt bytes (OpenDocument 1.3).
#pragma once
#include <string>

#include "layout/page.h"

namespace vanban::odt {
std::string write_odt(const layout::Layout& l);
}
