#!/usr/bin/env bash
# startup.sh VANBAN SOURCE_DIR LIBRARY...: the program starts without the libraries
# only some commands use (the LIBRARY names given: CMakeLists.txt,
# src/cli/ondemand/on_demand.h) and loads them when used:
# poppler through the module vanban-pdf.so (import of a PDF), libzip (reading a
# package), libicui18n (merge sorted by Vietnamese collation). Without the module a
# PDF import is an error that names it, and other commands are unaffected.
set -uo pipefail
vanban=$1 src=$2
shift 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; fails=$((fails + 1)); fi
}
not() { ! "$@"; }

readelf -d "$vanban" | grep NEEDED >"$tmp/needed.txt"
for lib in "$@"; do
  check "starts without $lib" not grep -q "$lib" "$tmp/needed.txt"
done

"$vanban" import "$src/tests/fixtures/pdf/cong-van.pdf" -o "$tmp/pdf.xml" 2>"$tmp/pdf.err"
check "PDF import through vanban-pdf.so" grep -q "LIÊN ĐOÀN LAO ĐỘNG QUẬN HẢI AN" "$tmp/pdf.xml"
"$vanban" import "$src/tests/fixtures/pdf/encrypted.pdf" -o "$tmp/enc.xml" 2>"$tmp/enc.err"
check "encrypted PDF: status 1" test $? -eq 1
check "encrypted PDF: said so" grep -q "encrypted" "$tmp/enc.err"

"$vanban" import "$src/tests/fixtures/legacy/docx-tcvn3-runs.docx" --text-only -o "$tmp/docx.txt" 2>/dev/null
check "package import through libzip loaded on demand" grep -q "LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH THUẬN" "$tmp/docx.txt"

"$vanban" merge "$src/samples/merge/giay-moi-dai-bieu.xml" "$src/samples/merge/dai-bieu.csv" -o "$tmp/letters" \
  --sort-name ho_ten --name "{{ho_ten}}" -f txt 2>/dev/null
ls "$tmp/letters" >"$tmp/names.txt"
check "merge sorted through libicui18n loaded on demand" test -s "$tmp/names.txt"

# A copy of the program without the module beside it (nor installed).
mkdir "$tmp/bin" && cp "$vanban" "$tmp/bin/vanban"
"$tmp/bin/vanban" import "$src/tests/fixtures/pdf/cong-van.pdf" -o "$tmp/none.xml" 2>"$tmp/none.err"
status=$?
if grep -q "installed" "$tmp/none.err" || [ $status -ne 0 ]; then
  check "without the module: status 1" test $status -eq 1
  check "without the module: names it" grep -q "vanban-pdf.so" "$tmp/none.err"
  check "without the module: no output" test ! -e "$tmp/none.xml"
else
  echo "skip without the module: an installed vanban-pdf.so was found"
fi
"$tmp/bin/vanban" render "$src/samples/cong-van.xml" -o "$tmp/cv.docx"
check "without the module: render works" test -s "$tmp/cv.docx"

[ $fails -eq 0 ] || { echo "$fails failed"; exit 1; }
