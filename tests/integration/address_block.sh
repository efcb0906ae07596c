#!/usr/bin/env bash
# address_block.sh VANBAN SAMPLE.xml: the address block (Decree 30 cell 13) is printed
# on page 1 only: not on page 2, not on the first pages of the appendices, in DOCX and
# ODT as LibreOffice prints them. SAMPLE must have a <contact> line with "Điện thoại".
set -euo pipefail
vanban=$1 sample=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Two appendices make pages 2 and 3 first pages of their own sections.
sed 's|</vanban>|<appendix title="Danh sách"><p>Một</p></appendix><appendix title="Bảng"><p>Hai</p></appendix></vanban>|' \
  "$sample" >"$tmp/doc.xml"
for format in docx odt; do
  "$vanban" render "$tmp/doc.xml" -o "$tmp/doc-$format.$format"
done
soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf --outdir "$tmp" \
  "$tmp/doc-docx.docx" "$tmp/doc-odt.odt" >/dev/null 2>&1
for format in docx odt; do
  pdf="$tmp/doc-$format.pdf"
  counts=""
  for page in 1 2 3; do counts+="$(pdftotext -f $page -l $page -enc UTF-8 "$pdf" - | grep -c 'Điện thoại' || true) "; done
  [ "$counts" = "1 0 0 " ] || { echo "$format: address block on pages 1-3: $counts(want 1 0 0)"; exit 1; }
  echo "$format: address block on page 1 only"
done
