// Mail merge: one letter per row of a delegate list, from a template in vanban XML with
// {{column}} placeholders. The options and the batch driver live in the merge layer
// (src/merge/merge_letters.h); this is the public name for them.
#pragma once
#include "merge/merge_letters.h"
