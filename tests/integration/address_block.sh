#!/usr/bin/env bash
# address_block.sh VANBAN SAMPLE.xml: the address block (Decree 30 cell 13) is printed
# on page 1 only: not on page 2, not on the first pages of the appendices, in DOCX and
# ODT as LibreOffice prints them. It sits inside the text area, at its foot: its last
# line ends on the bottom margin (not in it), and body text that fills page 1 ends
# above the block. Both formats place it alike. SAMPLE must have <contact> lines, the
# first starting "Địa chỉ", one with "Điện thoại".
set -euo pipefail
vanban=$1 sample=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Two appendices make pages 2 and 3 first pages of their own sections.
sed 's|</vanban>|<appendix title="Danh sách"><p>Một</p></appendix><appendix title="Bảng"><p>Hai</p></appendix></vanban>|' \
  "$sample" >"$tmp/doc.xml"
# A body longer than page 1: the text must stop above the block.
long=""
for i in $(seq 1 16); do
  long+="<p>Đoạn thêm số $i: đề nghị các cơ quan, đơn vị quan tâm, phối hợp chặt chẽ và gửi báo cáo đúng hạn.</p>"
done
sed "s|</body>|$long</body>|" "$sample" >"$tmp/long.xml"
for format in docx odt; do
  "$vanban" render "$tmp/doc.xml" -o "$tmp/doc-$format.$format"
  "$vanban" render "$tmp/long.xml" -o "$tmp/long-$format.$format"
done
soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf --outdir "$tmp" \
  "$tmp/doc-docx.docx" "$tmp/doc-odt.odt" "$tmp/long-docx.docx" "$tmp/long-odt.odt" >/dev/null 2>&1
for format in docx odt; do
  pdf="$tmp/doc-$format.pdf"
  counts=""
  for page in 1 2 3; do counts+="$(pdftotext -f $page -l $page -enc UTF-8 "$pdf" - | grep -c 'Điện thoại' || true) "; done
  [ "$counts" = "1 0 0 " ] || { echo "$format: address block on pages 1-3: $counts(want 1 0 0)"; exit 1; }
  echo "$format: address block on page 1 only"
done
# The bottom margin the document asks for (twips in the DOCX's page set-up).
bottom_twips=$(unzip -p "$tmp/doc-docx.docx" word/document.xml | grep -o 'w:bottom="[0-9]*"' | head -1 | tr -dc 0-9)
python3 - "$bottom_twips" "$tmp" <<'EOF'
import re, subprocess, sys
bottom_mm = int(sys.argv[1]) * 25.4 / 1440
tmp = sys.argv[2]
mm = lambda pt: pt * 25.4 / 72

def page1(pdf):
    html = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-bbox", pdf, "-"],
                          capture_output=True, text=True, check=True).stdout
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', html).group(1))
    words = [(float(y0), float(y1), w) for y0, y1, w in
             re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', html)]
    return mm(height), [(mm(y0), mm(y1), w) for y0, y1, w in words]

def block(pdf):
    height, words = page1(pdf)
    top = min(y0 for y0, _, w in words if w == "Địa")  # the block's first line
    inside = [(y0, y1, w) for y0, y1, w in words if y0 >= top - 0.5]
    body = [(y0, y1, w) for y0, y1, w in words if y0 < top - 0.5]
    return height, top, max(y1 for _, y1, _ in inside), body

tops = {}
for fmt in ("docx", "odt"):
    height, top, foot, _ = block(f"{tmp}/doc-{fmt}.pdf")
    margin_line = height - bottom_mm  # the foot of the text area
    # Word boxes reach the font's descent, which dips a little below the line box.
    if not (margin_line - 3 <= foot <= margin_line + 1):
        sys.exit(f"{fmt}: the block's last line ends {foot:.1f} mm from the top; want it on the foot of the "
                 f"text area, {margin_line:.1f} mm ({bottom_mm:.0f} mm bottom margin): {height - foot:.1f} mm "
                 f"above the edge")
    _, ltop, _, body = block(f"{tmp}/long-{fmt}.pdf")
    lowest = max(body, key=lambda b: b[1])
    if lowest[1] > ltop:
        sys.exit(f"{fmt}: body text ({lowest[2]!r}, {lowest[1]:.1f} mm) runs into the block ({ltop:.1f} mm)")
    pages = subprocess.run(["pdfinfo", f"{tmp}/long-{fmt}.pdf"], capture_output=True, text=True).stdout
    if int(re.search(r"Pages:\s+(\d+)", pages).group(1)) < 2:
        sys.exit(f"{fmt}: the long body should fill page 1")
    tops[fmt] = top
    print(f"{fmt}: address block {top:.1f}–{foot:.1f} mm from the top, inside the text area "
          f"(ends {margin_line:.1f}); a full page 1 ends its text at {lowest[1]:.1f} mm, above it")
if abs(tops["docx"] - tops["odt"]) > 1:
    sys.exit(f"the formats disagree: block at {tops['docx']:.1f} mm in DOCX, {tops['odt']:.1f} mm in ODT")
EOF
