#!/usr/bin/env bash
# import_roundtrip.sh VANBAN SOURCE FORMAT: `vanban import` turns a legacy text into XML,
# `vanban render` lays it out as FORMAT, LibreOffice prints it to PDF, and the PDF's text
# must hold ≥ 99.5 % of the source's words (import_words.py says how they are counted).
set -euo pipefail
vanban=$1 source=$2 format=$3
here=$(dirname "$0")
[ -f "$source" ] || { echo "SKIP: $source not found"; exit 77; }
command -v soffice >/dev/null || { echo "soffice not found: run scripts/install-deps.sh --test"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
name=$(basename "${source%.*}")
"$vanban" import "$source" -o "$tmp/$name.xml" --report 2>"$tmp/report.txt"
"$vanban" import "$source" --text-only -o "$tmp/$name.decoded.txt" 2>/dev/null
grep -c ": unclassified:" "$tmp/report.txt" | xargs printf "%s lines unclassified, " || true
"$vanban" render "$tmp/$name.xml" -o "$tmp/$name.$format"
timeout 180 soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf --outdir "$tmp" \
  "$tmp/$name.$format" >"$tmp/soffice.log" 2>&1 || true
[ -s "$tmp/$name.pdf" ] || { echo "LibreOffice wrote no PDF"; cat "$tmp/soffice.log"; exit 1; }
# -raw: the order the text was written in (table cells row by row, as the source has them).
pdftotext -raw -enc UTF-8 "$tmp/$name.pdf" "$tmp/$name.pdf.txt"
python3 "$here/import_words.py" "$tmp/$name.decoded.txt" "$tmp/$name.xml" "$tmp/$name.pdf.txt"
