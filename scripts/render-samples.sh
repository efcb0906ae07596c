#!/usr/bin/env bash
# Install the build dependencies, build, and render every sample in samples/ to DOCX
# and ODT into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
mkdir -p out
build/vanban render samples/*.xml -O out --format docx,odt
ls out
