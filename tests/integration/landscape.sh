#!/usr/bin/env bash
# landscape.sh VANBAN SAMPLE.xml: an appendix with orientation="landscape" prints on
# landscape A4 pages and the next appendix is portrait again, in DOCX and ODT as
# LibreOffice prints them. SAMPLE must end with exactly one appendix.
set -euo pipefail
vanban=$1 sample=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sed -e 's|<appendix title="\([^"]*\)">|<appendix title="\1" orientation="landscape">|' \
    -e 's|</vanban>|<appendix title="Ghi chú"><p>Trang dọc.</p></appendix></vanban>|' "$sample" >"$tmp/doc.xml"
grep -q 'orientation="landscape"' "$tmp/doc.xml" || { echo "the sample has no appendix to turn"; exit 1; }
for format in docx odt; do "$vanban" render "$tmp/doc.xml" -o "$tmp/doc-$format.$format"; done
soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf --outdir "$tmp" \
  "$tmp/doc-docx.docx" "$tmp/doc-odt.odt" >/dev/null 2>&1
for format in docx odt; do
  pdf="$tmp/doc-$format.pdf"
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  # Orientation of each page: L (wider than high) or P.
  shape=$(pdfinfo -f 1 -l "$pages" "$pdf" | awk '/^Page +[0-9]+ size:/ {printf "%s", ($4 > $6 ? "L" : "P")}')
  [ "${shape:0:1}" = P ] && [ "${shape: -1}" = P ] && [[ "$shape" == *L* ]] ||
    { echo "$format: page shapes $shape (want portrait, landscape…, portrait)"; exit 1; }
  echo "$format: pages $shape"
done
