// Shared libraries the vanban program loads on first use instead of at start-up: the
// ones only some commands need, whose loading (the libraries they bring, relocations,
// page faults) is most of a short run's time (bench/startup_bench.py). The program
// links forwarders (libzip.cpp, icu_collator.cpp) in place of the library: each
// definition matches the library header's declaration (the compiler checks it),
// resolves the real function once and calls it. A function in use without a forwarder
// leaves the program unlinked (CMakeLists.txt takes the library off its link line).
// libvanban.a and the programs that embed it link the libraries themselves.
#pragma once

namespace vanban::cli::ondemand {

// The function `name` of the library `soname`, which is loaded (once) the first time.
// If either cannot be found the program ends as the dynamic loader would have ended
// it at start-up: its message on stderr, exit status 127.
void* symbol(const char* soname, const char* name);

}  // namespace vanban::cli::ondemand
