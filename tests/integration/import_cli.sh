#!/usr/bin/env bash
# import_cli.sh VANBAN SAMPLES: the `vanban import` command: encodings on the command
# line, --text-only, --report, errors and exit codes, nothing half-written, and a .doc
# through LibreOffice.
set -uo pipefail
vanban=$1 samples=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; fails=$((fails + 1)); fi
}

printf 'Số: 12/KH-LĐLĐ\nHà Nội, ngày 05 tháng 3 năm 2024\n\nKẾ HOẠCH\nTổ chức Hội nghị người lao động\n\nI. MỤC ĐÍCH\n- Lắng nghe ý kiến.\n' >"$tmp/plan.txt"
python3 - "$tmp" <<'PY'
import sys
tmp = sys.argv[1]
text = open(f"{tmp}/plan.txt", encoding="utf-8").read()
# Windows-1258 as Vietnamese keyboards write it: base letter + combining tone.
import unicodedata
out = []
for ch in unicodedata.normalize("NFD", text):
    out.append(ch)
s = unicodedata.normalize("NFC", "".join(out))
tones = {"\u0300": b"\xcc", "\u0301": b"\xec", "\u0303": b"\xde", "\u0309": b"\xd2", "\u0323": b"\xf2"}
data = b""
for ch in s:
    d = unicodedata.normalize("NFD", ch)
    tone = [c for c in d if c in tones]
    base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
    data += base.encode("cp1258") + (tones[tone[0]] if tone else b"")
open(f"{tmp}/plan-1258.txt", "wb").write(data)
open(f"{tmp}/plan-utf16.txt", "wb").write(b"\xff\xfe" + text.encode("utf-16-le"))
PY

"$vanban" import "$tmp/plan-1258.txt" --text-only -o "$tmp/decoded.txt" 2>"$tmp/err.txt"
check "windows-1258 detected" grep -q "encoding windows-1258 (detected)" "$tmp/err.txt"
check "windows-1258 decoded to the same NFC text" cmp -s "$tmp/decoded.txt" "$tmp/plan.txt"
"$vanban" import "$tmp/plan-utf16.txt" --text-only -o "$tmp/decoded16.txt" 2>/dev/null
check "UTF-16 with BOM decoded" cmp -s "$tmp/decoded16.txt" "$tmp/plan.txt"

"$vanban" import "$tmp/plan.txt" -o "$tmp/plan.xml" --report 2>"$tmp/report.txt"
check "import exits 0" test $? -eq 0
check "the XML validates" "$vanban" validate "$tmp/plan.xml"
check "report names the number line" grep -q "plan.txt:1: recognised: number and symbol: Số: 12/KH-LĐLĐ" "$tmp/report.txt"
check "report names the dropped kind line" grep -q "recognised: kind ke-hoach" "$tmp/report.txt"
"$vanban" render "$tmp/plan.xml" -o "$tmp/plan.txt.out" --format txt
check "renders the point" grep -q "^- Lắng nghe ý kiến." "$tmp/plan.txt.out"

"$vanban" import "$tmp/plan.txt" --encoding klingon >/dev/null 2>"$tmp/err.txt"
check "unknown encoding: exit 2" test $? -eq 2
check "unknown encoding: says which are known" grep -q "known: utf-8" "$tmp/err.txt"
"$vanban" import "$tmp/missing.txt" >/dev/null 2>"$tmp/err.txt"
check "missing input: exit 1" test $? -eq 1
"$vanban" import "$tmp/plan.txt" -o "$tmp/no/such/dir/out.xml" 2>/dev/null
check "unwritable output: exit 1" test $? -eq 1
check "unwritable output: nothing written" test ! -e "$tmp/no"
"$vanban" import >/dev/null 2>&1
check "no input: exit 2" test $? -eq 2
"$vanban" import "$tmp/plan.txt" "$tmp/plan.txt" >/dev/null 2>&1
check "two inputs: exit 2" test $? -eq 2

# A broken office package is read as bytes, not a crash.
printf 'PK\003\004broken' >"$tmp/broken.docx"
"$vanban" import "$tmp/broken.docx" -o "$tmp/broken.xml" 2>/dev/null
check "broken .docx: no crash" test $? -le 1

# .doc through LibreOffice, when it is installed.
if command -v soffice >/dev/null; then
  "$vanban" render "$samples/001-ke-hoach-gia-lam.xml" -o "$tmp/gia-lam.docx"
  timeout 180 soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to doc --outdir "$tmp" \
    "$tmp/gia-lam.docx" >/dev/null 2>&1
  "$vanban" import "$tmp/gia-lam.doc" -o "$tmp/gia-lam.xml" 2>"$tmp/err.txt"
  check ".doc imported through LibreOffice" grep -q "<signer>Nguyễn Đức Thế</signer>" "$tmp/gia-lam.xml"
  check ".doc keeps the number" grep -q '<number symbol="KH-LĐLĐ">477</number>' "$tmp/gia-lam.xml"

  # Automatic list numbering (Word's numbering.xml, ODF list styles): the labels are not
  # in the text, yet the structure comes back.
  cat >"$tmp/list.html" <<'HTML'
<html><head><meta charset="utf-8"></head><body>
<p align="center"><b>KẾ HOẠCH</b></p>
<p align="center"><b>Tổ chức Hội nghị đối thoại năm 2024</b></p>
<p>Thực hiện Chương trình công tác năm 2024, Ban Thường vụ xây dựng Kế hoạch như sau:</p>
<ol type="I"><li><b>MỤC ĐÍCH, YÊU CẦU</b>
<ol style="list-style-type: decimal"><li><b>Mục đích</b>
<ul><li>Lắng nghe ý kiến của người lao động.</li><li>Giải đáp kiến nghị.</li></ul></li>
<li><b>Yêu cầu</b></li></ol></li>
<li><b>TỔ CHỨC THỰC HIỆN</b></li></ol>
</body></html>
HTML
  for format in docx odt; do
    filter=$([ "$format" = docx ] && echo 'docx:MS Word 2007 XML' || echo odt)
    timeout 180 soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to "$filter" --outdir "$tmp" \
      "$tmp/list.html" >/dev/null 2>&1
    "$vanban" import "$tmp/list.$format" -o "$tmp/list.xml" 2>/dev/null
    "$vanban" render "$tmp/list.xml" -o "$tmp/list.txt"
    check "$format list numbering becomes structure" \
      diff <(sed -n '/^I\. /,$p' "$tmp/list.txt") <(printf '%s\n' "I. MỤC ĐÍCH, YÊU CẦU" "1. Mục đích" \
        "- Lắng nghe ý kiến của người lao động." "- Giải đáp kiến nghị." "2. Yêu cầu" "II. TỔ CHỨC THỰC HIỆN")
  done
fi

[ "$fails" -eq 0 ] || { echo "$fails checks failed"; exit 1; }
