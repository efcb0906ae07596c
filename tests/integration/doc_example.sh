#!/usr/bin/env bash
# doc_example.sh VANBAN DOC.md: the complete example in the input-format documentation
# is valid and renders, so the documentation cannot drift from the schema.
set -euo pipefail
vanban=$1 doc=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
awk '/^## A complete example/ {on=1} on && /^```xml$/ {grab=1; next} grab && /^```$/ {exit} grab {print}' "$doc" >"$tmp/example.xml"
[ -s "$tmp/example.xml" ] || { echo "no complete example found in $doc"; exit 1; }
"$vanban" validate "$tmp/example.xml"
"$vanban" render "$tmp/example.xml" -o - --format txt | grep -q "^III. TỔ CHỨC THỰC HIỆN$"
echo "the documented example is valid and renders"
