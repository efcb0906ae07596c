#!/usr/bin/env bash
# legacy_sheets.sh VANBAN SOURCE_DIR fixtures|real: delegate lists typed in legacy
# Vietnamese fonts and encodings (tests/fixtures/legacy/sheets, tools/make-legacy-sheets.py).
#   fixtures: `import --text-only` of the .xlsx, .xls and CSVs prints the expected TSV
#             exactly; `merge` of giay-moi-dai-bieu.xml with each writes the names
#             decoded; .xls without LibreOffice, a damaged .xls, a structured import of
#             a list and a bad --encoding fail clearly.
#   real:     the real TCVN3 .xls of ../shared/legacy against its transcript, at the
#             figures measured when this was written (exit 77 without ../shared).
set -uo pipefail
vanban=$1 src=$2 mode=$3
fixtures=$src/tests/fixtures/legacy/sheets
template=$src/samples/merge/giay-moi-dai-bieu.xml
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
check() {  # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; fails=$((fails + 1)); fi
}

if [ "$mode" = real ]; then
  real=$src/../shared/legacy/2005-2005_04_14_084750
  [ -f "$real.xls" ] || { echo "SKIP: ../shared/legacy not found"; exit 77; }
  command -v soffice >/dev/null || { echo "SKIP: LibreOffice not installed"; exit 77; }
  "$vanban" import "$real.xls" --text-only --report -o "$tmp/real.tsv" 2>"$tmp/err.txt"
  check "real .xls: exit 0" test $? -eq 0
  # Four cells are in Arial, typed with the TCVN3 keyboard: read by the workbook's font.
  check "real .xls: what was decoded" grep -qF \
    "decoded: legacy fonts: .VnTimeH (tcvn3, capitals) 3, .VnTime (tcvn3) 18, Arial text read as tcvn3 4" "$tmp/err.txt"
  # Measured: 22 of 25 lines equal but for case (the capitals-only .VnTimeH cells show
  # in capitals, the transcript writes them in lower case; the other three differ in
  # runs of spaces the transcript collapsed), and every diacritic letter right.
  check "real .xls: lines and letters, case folded" \
    python3 "$src/tests/integration/sheet_accuracy.py" "$real.truth.txt" "$tmp/real.tsv" --fold-case \
      --expect-lines 22 --expect-letters 100
  check "real .xls: lines and letters as shown" \
    python3 "$src/tests/integration/sheet_accuracy.py" "$real.truth.txt" "$tmp/real.tsv" \
      --expect-lines 19 --expect-letters 85.8
  check "real .xls: Arial cells typed in TCVN3 read" grep -q "Lâm trường A	Ông X" "$tmp/real.tsv"
  [ "$fails" -eq 0 ] || { echo "$fails checks failed"; exit 1; }
  exit 0
fi

names=("Đồng chí Nguyễn Văn An" "Đồng chí Trần Thị Bích Ngọc, Phó Chủ tịch, Trưởng ban Nữ công"
  "Đồng chí Lê Đức Ánh" "Đồng chí Phạm Thị Ân" "Đồng chí Nguyễn Thị Út, Ủy viên Ban Chấp hành"
  "Đồng chí Đặng Quốc Hưng, Trưởng phòng, Sở Lao động - Thương binh và Xã hội")
merged() {  # merged LIST [OPTIONS…]: merge to txt; exit 0 and every name there
  local list=$1 out=$tmp/out-$(basename "$1"); shift
  "$vanban" merge "$template" "$list" -o "$out" --format txt "$@" 2>"$out.err" || return 1
  [ "$(ls "$out" | wc -l)" -eq 6 ] || return 1
  local n  # not `name`: check's own local, which this would overwrite
  for n in "${names[@]}"; do grep -qF "$n" "$out"/*.txt || { echo "  missing: $n"; return 1; }; done
}

"$vanban" import "$fixtures/dai-bieu-legacy.xlsx" --text-only -o "$tmp/xlsx.tsv" 2>/dev/null
check ".xlsx: import --text-only prints the expected TSV" cmp "$tmp/xlsx.tsv" "$fixtures/dai-bieu-legacy.tsv"
for enc in tcvn3 vni cp1258; do
  "$vanban" import "$fixtures/dai-bieu-$enc.csv" --text-only -o "$tmp/$enc.tsv" 2>"$tmp/$enc.err"
  check "$enc CSV: import --text-only prints the expected TSV" cmp "$tmp/$enc.tsv" "$fixtures/dai-bieu-csv.tsv"
  check "$enc CSV: merge writes every name decoded" merged "$fixtures/dai-bieu-$enc.csv"
done
check "tcvn3 CSV: merge says what it decoded" \
  grep -q "dai-bieu-tcvn3.csv decoded: tcvn3 (detected)" "$tmp/out-dai-bieu-tcvn3.csv.err"
check "vni CSV with --encoding vni" merged "$fixtures/dai-bieu-vni.csv" --encoding vni
check ".xlsx: merge writes every name decoded" merged "$fixtures/dai-bieu-legacy.xlsx"
check ".xlsx: a capitals-only cell in capitals" grep -q "CÔNG ĐOÀN NGÀNH Y TẾ" "$tmp/out-dai-bieu-legacy.xlsx"/0002.txt

"$vanban" merge "$template" "$fixtures/dai-bieu-vni.csv" -o "$tmp/bad-enc" --encoding klingon 2>"$tmp/err.txt"
check "merge --encoding unknown: usage (2)" test $? -eq 2
check "merge --encoding unknown: says so" grep -q "unknown encoding 'klingon'" "$tmp/err.txt"
for list in dai-bieu-legacy.xlsx dai-bieu-legacy.xls dai-bieu-tcvn3.csv; do
  "$vanban" import "$fixtures/$list" -o "$tmp/list.xml" 2>"$tmp/err.txt"
  check "structured import of $list: usage (2)" test $? -eq 2
  check "structured import of $list: points to --text-only" grep -q -- "--text-only" "$tmp/err.txt"
done

# Without LibreOffice an .xls cannot be read: a clear error, nothing written.
PATH=/nonexistent "$vanban" merge "$template" "$fixtures/dai-bieu-legacy.xls" -o "$tmp/no-office" 2>"$tmp/err.txt"
check ".xls without LibreOffice: merge fails (1)" test $? -eq 1
check ".xls without LibreOffice: names the file and Calc" \
  grep -q "dai-bieu-legacy.xls: .*LibreOffice Calc (package libreoffice-calc-nogui)" "$tmp/err.txt"
check ".xls without LibreOffice: nothing written" test ! -e "$tmp/no-office"
PATH=/nonexistent "$vanban" import "$fixtures/dai-bieu-legacy.xls" --text-only -o "$tmp/no-office.tsv" 2>/dev/null
check ".xls without LibreOffice: import fails (1)" test $? -eq 1

if command -v soffice >/dev/null; then
  "$vanban" import "$fixtures/dai-bieu-legacy.xls" --text-only -o "$tmp/xls.tsv" 2>/dev/null
  check ".xls: import --text-only prints the expected TSV" cmp "$tmp/xls.tsv" "$fixtures/dai-bieu-legacy.tsv"
  check ".xls: merge writes every name decoded" merged "$fixtures/dai-bieu-legacy.xls"
  # The fixture with its first data sectors zeroed (the OLE header and directory
  # intact): LibreOffice's Excel filter gives up, and vanban says so; its text filter,
  # which would take such a file otherwise, is not let in.
  cp "$fixtures/dai-bieu-legacy.xls" "$tmp/zeroed.xls"
  dd if=/dev/zero of="$tmp/zeroed.xls" bs=1 seek=512 count=888 conv=notrunc status=none
  "$vanban" merge "$template" "$tmp/zeroed.xls" -o "$tmp/zeroed" 2>"$tmp/err.txt"
  check "damaged .xls body: merge fails (1)" test $? -eq 1
  check "damaged .xls body: the message names the file" \
    grep -q "zeroed.xls: an .xls workbook is read through LibreOffice Calc .*could not convert" "$tmp/err.txt"
  check "damaged .xls body: nothing written" test ! -e "$tmp/zeroed"
  "$vanban" import "$tmp/zeroed.xls" --text-only -o "$tmp/zeroed.tsv" 2>/dev/null
  check "damaged .xls body: import fails (1)" test $? -eq 1
  check "damaged .xls body: import writes nothing" test ! -e "$tmp/zeroed.tsv"
else
  echo "skip .xls through LibreOffice: soffice not installed"
fi

# A damaged .xls (the OLE signature, then junk) is refused before LibreOffice; so is
# one cut before its directory.
head -c 3584 "$fixtures/dai-bieu-legacy.xls" >"$tmp/cut.xls"
"$vanban" import "$tmp/cut.xls" --text-only -o "$tmp/cut.tsv" 2>"$tmp/err.txt"
check "cut .xls: import fails (1)" test $? -eq 1
check "cut .xls: no workbook stream" grep -q "cut.xls: not a readable .xls workbook: it holds no Excel workbook" \
  "$tmp/err.txt"
{ printf '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'; head -c 4000 /dev/urandom; } >"$tmp/damaged.xls"
"$vanban" merge "$template" "$tmp/damaged.xls" -o "$tmp/damaged" 2>"$tmp/err.txt"
check "damaged .xls: merge fails (1)" test $? -eq 1
check "damaged .xls: the message names the file" \
  grep -q "damaged.xls: not a readable .xls workbook: its OLE header is damaged" "$tmp/err.txt"
check "damaged .xls: nothing written" test ! -e "$tmp/damaged"
"$vanban" import "$tmp/damaged.xls" --text-only -o "$tmp/damaged.tsv" 2>/dev/null
check "damaged .xls: import fails (1)" test $? -eq 1
check "damaged .xls: import writes nothing" test ! -e "$tmp/damaged.tsv"

[ "$fails" -eq 0 ] || { echo "$fails checks failed"; exit 1; }
