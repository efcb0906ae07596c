#!/usr/bin/env bash
# Install the build dependencies, build, render every sample in samples/ to DOCX, ODT
# and PDF into out/, and merge the sample invitation templates with their lists
# (samples/merge/) into out/giay-moi-don-vi/ and out/giay-moi-dai-bieu.docx.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
mkdir -p out
build/vanban render samples/*.xml -O out --format docx,odt,pdf
build/vanban merge samples/merge/giay-moi-don-vi.xml samples/merge/don-vi.csv -o out/giay-moi-don-vi \
  --name "{{stt}}-{{don_vi}}"
build/vanban merge samples/merge/giay-moi-dai-bieu.xml samples/merge/dai-bieu.csv \
  --single out/giay-moi-dai-bieu.docx --sort-name ho_ten
ls out
