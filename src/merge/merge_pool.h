// Merge, step 3 of 3 (after merge_prepare.h, merge_produce.h): the run. On the calling
// thread, rows are read (all of them first when sorting), numbered, named and sharded,
// and handed in batches to worker threads, each making letters with its own
// LetterMaker. Batches are finished in row order on the calling thread: counts, row
// errors and progress go to the caller, letters kept for --single are appended. At
// the end the --single file is written, or the output folder synced to disk.
//
// Each row is a boundary: an exception making one (a bug) is that row's Internal
// error, and the other rows go on. An exception on the calling thread stops and joins
// the workers before it leaves run_pool.
#pragma once
#include "merge/merge_letters.h"
#include "merge/merge_prepare.h"

namespace vanban::merge {

// Runs the merge `p` was prepared for, adding to `summary` as it goes (so what was
// done is known even when run_pool throws).
void run_pool(const MergeOptions& o, Prepared& p, MergeSummary& summary);

}  // namespace vanban::merge
