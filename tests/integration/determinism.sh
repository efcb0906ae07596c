#!/usr/bin/env bash
# Determinism: every sample rendered twice, by two separate processes, gives the same
# bytes in each format; the sample merges with 1 and with 2 worker threads give the same
# files, byte for byte (one file per row and --single).
# usage: determinism.sh VANBAN SAMPLES_DIR
set -euo pipefail
vanban=$1 samples=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
n=0
for xml in "$samples"/*.xml; do
  name=$(basename "$xml" .xml)
  for fmt in docx odt txt; do
    "$vanban" render "$xml" -o "$tmp/$name.a.$fmt"
    "$vanban" render "$xml" -o "$tmp/$name.b.$fmt"
    if ! cmp -s "$tmp/$name.a.$fmt" "$tmp/$name.b.$fmt"; then
      echo "FAIL: $name.$fmt differs between two renders"
      fail=1
    fi
    n=$((n + 1))
  done
done
echo "renders compared: $n"
for pair in "giay-moi-don-vi.xml don-vi.csv" "giay-moi-dai-bieu.xml dai-bieu.csv"; do
  set -- $pair
  for fmt in docx odt; do
    for jobs in 1 2; do
      "$vanban" merge "$samples/merge/$1" "$samples/merge/$2" -o "$tmp/m$jobs" -f "$fmt" -j "$jobs" -q
      "$vanban" merge "$samples/merge/$1" "$samples/merge/$2" --single "$tmp/single$jobs.$fmt" -j "$jobs" -q
    done
    count=$(ls "$tmp/m1" | wc -l)
    if [ "$count" -lt 10 ] || ! diff -r -q "$tmp/m1" "$tmp/m2" || ! cmp -s "$tmp/single1.$fmt" "$tmp/single2.$fmt"; then
      echo "FAIL: merge of $2 ($fmt) differs between 1 and 2 threads"
      fail=1
    fi
    echo "merge $2 ($fmt): $count letters and the single file identical with 1 and 2 threads"
    rm -rf "$tmp/m1" "$tmp/m2"
  done
done
exit $fail
