#!/usr/bin/env bash
# The whole test suite again, on a build with AddressSanitizer and UndefinedBehavior-
# Sanitizer (build-asan/). Any report (memory error, leak, undefined behaviour) ends the
# program with a failure, so the test that ran it fails. Built with clang, the compiler
# of the fuzz targets: GCC 12's -Wmaybe-uninitialized misfires on <regex> under ASan.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test --fuzz
CC=clang CXX=clang++ cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVANBAN_SANITIZE=ON -DVANBAN_TESTS=ON \
  -DVANBAN_BENCHMARKS=OFF >/dev/null
cmake --build build-asan -j"$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=99:strict_string_checks=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=98
# fontconfig's configuration, loaded once when poppler first reads a PDF, lives to the
# end of the process: the one leak report that is not ours (fuzz/lsan-suppressions.txt).
export LSAN_OPTIONS=suppressions=$PWD/fuzz/lsan-suppressions.txt
ctest --test-dir build-asan --output-on-failure -j"$(nproc)"
