#!/usr/bin/env bash
# Install everything the tests need (LibreOffice, poppler, xmllint, xsltproc), build,
# and run all tests. Fails if any test fails.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --test
scripts/build.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
