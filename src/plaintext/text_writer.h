// Layout → plain UTF-8 text: a quick look at a document in a terminal, and the
// reference the integration tests compare LibreOffice's PDF text with.
// Paragraphs are lines; paragraphs inside tables (header, signature, data tables)
// and footnotes ("[1] …", at the end) are indented by one tab, because a reader of
// the printed page meets them in column or page-foot order, not in line order.
#pragma once
#include <string>

#include "page/page.h"

namespace vanban::plaintext {
std::string write_text(const layout::Layout& l);
}
