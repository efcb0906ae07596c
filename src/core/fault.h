// Test-only fault injection, to prove that the boundaries which must catch exceptions
// (each merge row, each public API function: see core/error.h) do, where no input
// makes a lower layer throw. A test arms a predicate; the named points below call
// fault::point, which throws std::runtime_error when the predicate says so. Disarmed
// (always, outside tests) a point costs one atomic load.
//
// Points and their detail:
//   "merge.row"  the row number as the list shows it ("3"), in the worker making it
//   "api"        the file name, at the start of each public API function
#pragma once
#include <string_view>

namespace vanban::fault {

using Predicate = bool (*)(std::string_view point, std::string_view detail);

// Arms `p` for every thread; nullptr disarms. Not for use while a run is going on.
void arm(Predicate p);

// Throws std::runtime_error("injected fault at POINT (DETAIL)") when armed and the
// predicate is true for (point, detail).
void point(std::string_view where, std::string_view detail);

}  // namespace vanban::fault
