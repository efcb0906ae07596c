// The tên loại (the kind's name, "KẾ HOẠCH", "Giấy mời") in a line: the header reads it
// to know where the header ends, the title recogniser to know the title.
#pragma once
#include <string>
#include <string_view>

#include "import/line_cursor.h"
#include "model/document.h"
#include "rules/kinds.h"

namespace vanban::import {

// The kind whose tên loại is the whole line in capitals ("KẾ HOẠCH"), or begins it
// (`rest` gets what follows, e.g. "V/V BAN HÀNH …" run on in a flattened header).
const rules::KindInfo* kind_named_in_caps(std::string_view line, std::string& rest);

// A line that is a tên loại alone, typed in ordinary case ("Kế hoạch"): the renderer
// writes it in capitals (Decree 30 §4.5).
const rules::KindInfo* kind_named_alone(std::string_view line);

// A title line in ordinary case: the tên loại run on into the trích yếu, "Giấy mời dự
// Lễ kỷ niệm …", "Thông báo kết quả …" (`rest` gets the trích yếu). Not a sentence (no
// closing punctuation), not a reference to a document ("Kế hoạch số 12/…").
const rules::KindInfo* kind_named_in_sentence(std::string_view line, std::string& rest);

// The document is of `kind`, read from `text` on `line`.
void set_document_kind(model::Document& doc, LineCursor& lines, const rules::KindInfo& kind, int line,
                       std::string_view text);

}  // namespace vanban::import
