#!/usr/bin/env bash
# golden_text.sh VANBAN SAMPLE.xml GOLDEN.txt: the text vanban lays out for a sample,
# compared with the reviewed golden file. VANBAN_BLESS=1 rewrites the golden file
# (review the diff by eye before committing it).
set -euo pipefail
vanban=$1 sample=$2 golden=$3
if [ "${VANBAN_BLESS:-0}" = 1 ]; then
  "$vanban" render "$sample" -o "$golden"
  echo "blessed $golden"; exit 0
fi
[ -f "$golden" ] || { echo "no golden file $golden (make it with VANBAN_BLESS=1 and review it)"; exit 1; }
diff -u "$golden" <("$vanban" render "$sample" -o - --format txt)
