#!/usr/bin/env bash
# libreoffice_pdf.sh VANBAN SAMPLE.xml FORMAT: LibreOffice (headless) opens the rendered
# file and prints it to PDF; the PDF must hold every word of the document in order, page
# 1 must carry no page number and page 2 (if any) must start with "2".
set -euo pipefail
vanban=$1 sample=$2 format=$3
here=$(dirname "$0")
command -v soffice >/dev/null || { echo "soffice not found: run scripts/install-deps.sh --test"; exit 1; }
command -v pdftotext >/dev/null || { echo "pdftotext not found: run scripts/install-deps.sh --test"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
name=$(basename "${sample%.xml}")
"$vanban" render "$sample" -o "$tmp/$name.$format"
"$vanban" render "$sample" -o "$tmp/$name.txt"
timeout 180 soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf --outdir "$tmp" \
  "$tmp/$name.$format" >"$tmp/soffice.log" 2>&1 || true
[ -s "$tmp/$name.pdf" ] || { echo "LibreOffice wrote no PDF"; cat "$tmp/soffice.log"; exit 1; }
# -layout keeps the physical line order (plain mode may reorder the lines of a
# justified paragraph); two-column lines interleave, which the check allows for.
pdftotext -layout -enc UTF-8 "$tmp/$name.pdf" "$tmp/$name.pdf.txt"
python3 "$here/words_in_order.py" "$tmp/$name.txt" "$tmp/$name.pdf.txt"
# The Quốc hiệu and the motto are never wrapped (Decree 30): each on one printed line.
for line in "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" "Độc lập - Tự do - Hạnh phúc"; do
  grep -qF "$line" "$tmp/$name.pdf.txt" || { echo "'$line' is not on one line"; exit 1; }
done
pages=$(pdfinfo "$tmp/$name.pdf" | awk '/^Pages:/ {print $2}')
first=$(pdftotext -enc UTF-8 -f 1 -l 1 "$tmp/$name.pdf" - | grep -m1 -v '^\s*$' || true)
if [[ "$first" =~ ^[[:space:]]*1[[:space:]]*$ ]]; then echo "page 1 shows a page number"; exit 1; fi
if [ "$pages" -gt 1 ]; then
  second=$(pdftotext -enc UTF-8 -f 2 -l 2 "$tmp/$name.pdf" - | grep -m1 -v '^\s*$' || true)
  [[ "$second" =~ ^[[:space:]]*2[[:space:]]*$ ]] || { echo "page 2 does not start with its number: '$second'"; exit 1; }
fi
echo "$pages pages"
