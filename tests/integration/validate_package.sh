#!/usr/bin/env bash
# validate_package.sh VANBAN SAMPLE.xml FORMAT: render SAMPLE and validate the package
# strictly against the official schemas in ../shared/schemas (no stripping, no
# extensions). Exit 77 (skipped) only when that folder is absent.
set -euo pipefail
vanban=$1 sample=$2 format=$3
schemas=${VANBAN_SHARED:-$(dirname "$0")/../../../shared}/schemas
if [ ! -x "$schemas/tools/validate-package.sh" ] && [ ! -f "$schemas/tools/validate-package.sh" ]; then
  echo "SKIP: $schemas not found: the official ODF/OOXML schemas are needed for this test"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out="$tmp/$(basename "${sample%.xml}").$format"
"$vanban" render "$sample" -o "$out"
bash "$schemas/tools/validate-package.sh" "$out"
