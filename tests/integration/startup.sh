#!/usr/bin/env bash
# startup.sh VANBAN SOURCE_DIR: the program starts without poppler (CMakeLists.txt) and
# loads it through the module vanban-pdf.so when it imports a PDF. Without the module a
# PDF import is an error that names it, and other commands are unaffected.
set -uo pipefail
vanban=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; fails=$((fails + 1)); fi
}
not() { ! "$@"; }

readelf -d "$vanban" | grep NEEDED >"$tmp/needed.txt"
for lib in poppler; do
  check "starts without $lib" not grep -q "$lib" "$tmp/needed.txt"
done

"$vanban" import "$src/tests/fixtures/pdf/cong-van.pdf" -o "$tmp/pdf.xml" 2>"$tmp/pdf.err"
check "PDF import through vanban-pdf.so" grep -q "LIÊN ĐOÀN LAO ĐỘNG QUẬN HẢI AN" "$tmp/pdf.xml"
"$vanban" import "$src/tests/fixtures/pdf/encrypted.pdf" -o "$tmp/enc.xml" 2>"$tmp/enc.err"
check "encrypted PDF: status 1" test $? -eq 1
check "encrypted PDF: said so" grep -q "encrypted" "$tmp/enc.err"

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
