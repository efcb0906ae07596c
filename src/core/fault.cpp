#include "core/fault.h"

#include <atomic>
#include <stdexcept>
#include <string>

namespace vanban::fault {
namespace {

std::atomic<Predicate> armed{nullptr};

}  // namespace

void arm(Predicate p) { armed.store(p); }

void point(std::string_view where, std::string_view detail) {
  const Predicate p = armed.load(std::memory_order_relaxed);
  if (p && p(where, detail))
    throw std::runtime_error("injected fault at " + std::string(where) + " (" + std::string(detail) + ")");
}

}  // namespace vanban::fault
