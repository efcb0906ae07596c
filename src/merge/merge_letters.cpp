// merge_letters: prepare (merge_prepare.h), then the pool of workers (merge_pool.h)
// making one letter per row (merge_produce.h). A public API function, so a boundary:
// an exception (a bug) becomes an Internal error in the summary, after whatever was
// done before it.
#include "merge/merge_letters.h"

#include <exception>

#include "core/fault.h"
#include "merge/merge_pool.h"
#include "merge/merge_prepare.h"

namespace vanban {

MergeSummary merge_letters(const MergeOptions& options) {
  MergeSummary summary;
  try {
    fault::point("api", options.data_path);
    merge::Prepared prepared;
    if (merge::prepare(options, prepared, summary.errors)) merge::run_pool(options, prepared, summary);
  } catch (const std::exception& e) {
    summary.errors.push_back(internal_error(options.data_path, e.what()));
  } catch (...) {
    summary.errors.push_back(internal_error(options.data_path, nullptr));
  }
  return summary;
}

}  // namespace vanban
