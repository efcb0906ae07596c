#!/usr/bin/env bash
# import_golden.sh VANBAN SEED GOLDEN.xml: `vanban import SEED` writes exactly GOLDEN
# (reviewed by eye against the seed text). VANBAN_BLESS=1 rewrites GOLDEN instead.
set -euo pipefail
vanban=$1 seed=$2 golden=$3
[ -f "$seed" ] || { echo "SKIP: $seed not found"; exit 77; }
if [ "${VANBAN_BLESS:-}" = 1 ]; then "$vanban" import "$seed" -o "$golden"; exit 0; fi
diff -u "$golden" <("$vanban" import "$seed")
