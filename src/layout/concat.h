// Several laid-out letters in one file, one after another (merge --single): each keeps
// its own sections, so each starts a new page, counts its pages from 1 and shows its
// address block on its first page.
#pragma once
#include "page/page.h"

namespace vanban::layout {

// Appends `letter` to `into` (which may be empty). Returns false, leaving `into`
// unchanged, when the two differ in what a file holds only once: page set-up, font,
// paragraph styles, or the address block.
bool append_letter(Layout& into, Layout&& letter);

}  // namespace vanban::layout
