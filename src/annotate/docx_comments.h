// Notes as Word comments: word/comments.xml (created or extended), a range over each
// paragraph in word/document.xml, and the relationship and content type that make
// Word and LibreOffice find the comments part.
#pragma once
#include <vector>

#include "annotate/annotate.h"
#include "annotate/package_parts.h"

namespace vanban::annotate {

// Edits `parts` (a .docx's, in order) in place; new parts go at the end. False with
// `failure` when a part it needs cannot be read or an anchor does not fit.
bool add_docx_comments(std::vector<Part>& parts, const std::vector<Note>& notes, const Options& options,
                       Failure& failure);

}  // namespace vanban::annotate
