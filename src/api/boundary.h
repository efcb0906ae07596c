// Each public API function is a boundary (core/error.h): an exception, which only a
// bug or broken embedded data throws, becomes an Internal error naming the file, and
// never leaves the library.
#pragma once
#include <exception>
#include <string>
#include <string_view>

#include "core/error.h"
#include "core/fault.h"

namespace vanban {

// Runs f(); an exception it throws is appended to `errors` as an Internal error on
// `file`. The fault point "api" (core/fault.h) is here, for the tests.
template <class F>
void at_boundary(std::string_view file, Errors& errors, F&& f) {
  try {
    fault::point("api", file);
    f();
  } catch (const std::exception& e) {
    errors.push_back(internal_error(std::string(file), e.what()));
  } catch (...) {
    errors.push_back(internal_error(std::string(file), nullptr));
  }
}

}  // namespace vanban
