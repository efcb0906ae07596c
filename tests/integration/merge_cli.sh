#!/usr/bin/env bash
# merge_cli.sh VANBAN SAMPLES: the merge command on the bundled templates and lists.
# Exit codes and summary, a bad row in the middle, an unknown placeholder (nothing
# written), every output strictly valid against ../shared/schemas (when present), and
# LibreOffice opening a --single file with one letter per page group.
set -euo pipefail
vanban=$1 samples=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
checks=0
ok() { checks=$((checks + 1)); }

# 1. The 27 units of seed 004's appendix: one letter each, named from the list.
"$vanban" merge "$samples/merge/giay-moi-don-vi.xml" "$samples/merge/don-vi.csv" -o "$tmp/units" \
  --name "{{stt}}-{{don_vi}}" 2>"$tmp/err" || fail "units merge: $(cat "$tmp/err")"
grep -q "^merge: 27 letters written to $tmp/units/, 0 rows failed, of 27$" "$tmp/err" || fail "summary: $(cat "$tmp/err")"
[ "$(ls "$tmp/units" | wc -l)" = 27 ] || fail "27 files expected"
[ -f "$tmp/units/12-Công đoàn ngành NN&PTNT.docx" ] || fail "name from the list"
ok

# 2. A bad row in the middle: reported with its row, the others written, exit 1.
{
  head -3 "$samples/merge/dai-bieu.csv"
  printf '99,,Chủ tịch,Công đoàn X,15,18/4/2023,\r\n'         # no name
  printf '98,Ngô Văn Bảy,,Công đoàn Y,15,31/4/2023,\r\n'      # no 31 April
  tail -n +4 "$samples/merge/dai-bieu.csv"
} >"$tmp/list.csv"
set +e
"$vanban" merge "$samples/merge/giay-moi-dai-bieu.xml" "$tmp/list.csv" -o "$tmp/people" -f odt 2>"$tmp/err"
rc=$?
set -e
[ $rc = 1 ] || fail "exit $rc with bad rows"
grep -q "list.csv:4: row 4: column 'ho_ten' is empty" "$tmp/err" || fail "row 4 not reported: $(cat "$tmp/err")"
grep -q "list.csv:5: row 5: .*giay-moi-dai-bieu.xml:13:" "$tmp/err" || fail "row 5 not reported: $(cat "$tmp/err")"
grep -q "^merge: 12 letters written to $tmp/people/, 2 rows failed, of 14$" "$tmp/err" || fail "summary: $(cat "$tmp/err")"
[ "$(ls "$tmp/people" | wc -l)" = 12 ] || fail "12 letters expected"
ok

# 3. A placeholder with no column: an error naming the template line; nothing written.
sed 's/{{don_vi}}/{{don_vj}}/' "$samples/merge/giay-moi-don-vi.xml" >"$tmp/bad.xml"
set +e
"$vanban" merge "$tmp/bad.xml" "$samples/merge/don-vi.csv" -o "$tmp/none" 2>"$tmp/err"
rc=$?
set -e
[ $rc = 1 ] || fail "exit $rc for an unknown placeholder"
grep -q "bad.xml:17:12: {{don_vj}}: the data has no column 'don_vj'" "$tmp/err" || fail "message: $(cat "$tmp/err")"
[ ! -e "$tmp/none" ] || fail "output folder created"
ok

# 4. Usage errors exit 2.
set +e
"$vanban" merge "$samples/merge/giay-moi-don-vi.xml" "$samples/merge/don-vi.csv" 2>/dev/null; [ $? = 2 ] || fail "no output: not 2"
"$vanban" merge a b -o x --shard 3/2 2>/dev/null; [ $? = 2 ] || fail "bad shard: not 2"
set -e
ok

# 5. --single, DOCX and ODT.
for f in docx odt; do
  "$vanban" merge "$samples/merge/giay-moi-dai-bieu.xml" "$samples/merge/dai-bieu.csv" --single "$tmp/all.$f" \
    --sort-name ho_ten -q || fail "single $f"
done
ok

# 6. Strict schema validation of per-letter and single outputs.
schemas=${VANBAN_SHARED:-$(dirname "$0")/../../../shared}/schemas
if [ -f "$schemas/tools/validate-package.sh" ]; then
  for f in "$tmp/units/1-Thường trực LĐLĐ TP.docx" "$tmp/people/0001.odt" "$tmp/all.docx" "$tmp/all.odt"; do
    bash "$schemas/tools/validate-package.sh" "$f" >"$tmp/v" 2>&1 || { cat "$tmp/v"; fail "invalid: $f"; }
  done
  ok
else
  echo "note: $schemas not found; schema validation skipped"
fi

# 7. LibreOffice opens the single files: 12 one-page letters → 12 pages, in given-name
# order (scripts/test.sh installs it; a machine without it fails here).
command -v soffice >/dev/null || fail "soffice not found: run scripts/install-deps.sh --test"
for f in docx odt; do
  timeout 180 soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf \
    --outdir "$tmp/pdf-$f" "$tmp/all.$f" >"$tmp/soffice.log" 2>&1 || { cat "$tmp/soffice.log"; fail "soffice $f"; }
  pages=$(pdfinfo "$tmp/pdf-$f/all.pdf" | awk '/^Pages:/ {print $2}')
  [ "$pages" = 12 ] || fail "$f: $pages pages, expected 12"
  pdftotext -layout "$tmp/pdf-$f/all.pdf" "$tmp/all-$f.txt"
  first=$(grep -n "Nguyễn Văn An" "$tmp/all-$f.txt" | head -1 | cut -d: -f1)
  last=$(grep -n "Trần Thị Bích Ngọc" "$tmp/all-$f.txt" | head -1 | cut -d: -f1)
  [ "$first" -lt "$last" ] || fail "$f: not in given-name order (An before Ngọc)"
  [ "$(grep -c "GIẤY MỜI" "$tmp/all-$f.txt")" = 12 ] || fail "$f: 12 titles expected"
done
ok

# 8. PDF, typeset by vanban (no LibreOffice on the PATH): one file per row, and --single
# with 12 one-page letters in given-name order, each with its own signature field.
env PATH=/nonexistent "$vanban" merge "$samples/merge/giay-moi-dai-bieu.xml" "$samples/merge/dai-bieu.csv" \
  -o "$tmp/pdf-people" --format pdf -q || fail "merge --format pdf"
[ "$(ls "$tmp/pdf-people" | grep -c '\.pdf$')" = 12 ] || fail "merge --format pdf: 12 files expected"
for f in "$tmp"/pdf-people/*.pdf; do
  qpdf --check "$f" >/dev/null || fail "qpdf: $f"
done
env PATH=/nonexistent "$vanban" merge "$samples/merge/giay-moi-dai-bieu.xml" "$samples/merge/dai-bieu.csv" \
  --single "$tmp/all.pdf" --sort-name ho_ten -q || fail "merge --single pdf"
[ "$(pdfinfo "$tmp/all.pdf" | awk '/^Pages:/ {print $2}')" = 12 ] || fail "--single pdf: 12 pages expected"
pdftotext -layout "$tmp/all.pdf" "$tmp/all-pdf.txt"
first=$(grep -n "Nguyễn Văn An" "$tmp/all-pdf.txt" | head -1 | cut -d: -f1)
last=$(grep -n "Trần Thị Bích Ngọc" "$tmp/all-pdf.txt" | head -1 | cut -d: -f1)
[ "$first" -lt "$last" ] || fail "pdf: not in given-name order (An before Ngọc)"
[ "$(grep -c "GIẤY MỜI" "$tmp/all-pdf.txt")" = 12 ] || fail "pdf: 12 titles expected"
# Each letter's pages are numbered from its own first page: no page shows a number.
[ "$(pdftotext -raw "$tmp/all.pdf" - | grep -cx '[0-9]\+')" = 0 ] || fail "pdf: a one-page letter shows a page number"
ok
echo "merge_cli: $checks checks passed"
