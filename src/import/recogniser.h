// Lines of a legacy document → the semantic model. Zones in order: website clutter
// (set aside), the header (issuer, Quốc hiệu, number, place and date), the title
// (tên loại, trích yếu, the deciding authority), Kính gửi, the căn cứ, the body, the
// closing, the Nơi nhận and signature blocks in either order (or merged line by line),
// footnote bodies, appendices, clutter again. Nothing is dropped without a report
// entry naming the text: the Quốc hiệu, the Tiêu ngữ, page numbers, rules and the marks
// the renderer writes itself (the formula, a V/v, a repeated label, footnote numbers);
// api/import_accounting.h checks that every word is printed, set aside or reported.
// Each zone has a recogniser of its own, run in this order over one LineCursor
// (import/line_cursor.h): header_recogniser.h (with addressee_recogniser.h for Kính
// gửi), title_recogniser.h, body_recogniser.h, signature_recogniser.h (with
// recipients_recogniser.h), appendix_recogniser.h.
#pragma once
#include <vector>

#include "import/report.h"
#include "import/source_lines.h"
#include "model/document.h"

namespace vanban::import {

struct Recognised {
  model::Document doc;
  Report report;
};

Recognised recognise(std::vector<SourceLine> lines);

}  // namespace vanban::import
