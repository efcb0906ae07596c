// Output that is never half-written: data goes to a temporary file beside the target,
// is flushed to disk, and is renamed over the target only when complete.
#pragma once
#include <string>
#include <string_view>

namespace vanban::package {

// Returns "" on success, else a message naming the path and the system error.
// `sync` flushes the file to disk before the rename; a batch that writes thousands of
// files passes false and syncs the file system once at the end (sync_directory).
std::string write_atomically(const std::string& path, std::string_view data, bool sync = true);

// Flushes everything written under `dir` to disk; "" on success.
std::string sync_directory(const std::string& dir);

// Removes the temporary files of writes still in progress. Async-signal-safe: a
// program's SIGINT/SIGTERM handler calls it before exiting, so an interrupted run
// leaves neither half-written files nor temporary ones (whole files stay whole).
void remove_temporary_files() noexcept;

}  // namespace vanban::package
