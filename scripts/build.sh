#!/usr/bin/env bash
# Configure and build vanban (Release) into build/.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DVANBAN_TESTS=ON -DVANBAN_BENCHMARKS=ON >/dev/null
cmake --build build -j"$(nproc)"
