#!/usr/bin/env bash
# cli.sh VANBAN SAMPLES_DIR: the command line as users and scripts meet it: exit
# codes, messages with file:line:col, stdin/stdout, -O with several formats, and no
# output file left behind by a failed render.
set -uo pipefail
vanban=$1 samples=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0 passes=0
check() {  # check NAME EXPECTED_STATUS COMMAND...
  local name=$1 want=$2
  shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" -ne "$want" ]; then
    echo "FAIL $name: exit $got, want $want"; sed 's/^/  /' "$tmp/err" | head -5; fails=$((fails + 1))
  else
    passes=$((passes + 1))
  fi
}
expect_err() {  # expect_err NAME TEXT: stderr of the last check contains TEXT
  if grep -qF -- "$2" "$tmp/err"; then passes=$((passes + 1)); else
    echo "FAIL $1: stderr lacks '$2'"; sed 's/^/  /' "$tmp/err" | head -5; fails=$((fails + 1)); fi
}

check help 0 "$vanban" --help
check render-help 0 "$vanban" render --help
check validate-help 0 "$vanban" validate --help
check no-args 2 "$vanban"
check unknown-command 2 "$vanban" frobnicate
check unknown-option 2 "$vanban" render --bogus x.xml
check no-input 2 "$vanban" render
check o-and-O 2 "$vanban" render a.xml -o a.docx -O "$tmp"
check unknown-format 2 "$vanban" render "$samples/giay-moi.xml" -o "$tmp/x.xyz"

check validate-ok 0 "$vanban" validate "$samples/giay-moi.xml" "$samples/cong-van.xml"
check missing-file 1 "$vanban" validate "$tmp/none.xml"
expect_err missing-file-message "$tmp/none.xml: cannot read"

cat >"$tmp/xxe.xml" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE vanban [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<vanban xmlns="urn:vanban:1" kind="ke-hoach"><issuer>&x;</issuer></vanban>
XML
check xxe 1 "$vanban" render "$tmp/xxe.xml" -o "$tmp/xxe.docx"
expect_err xxe-message "$tmp/xxe.xml:2:"
[ ! -e "$tmp/xxe.docx" ] && passes=$((passes + 1)) || { echo "FAIL xxe left an output file"; fails=$((fails + 1)); }

sed 's/2023-07-18/2023-02-30/' "$samples/giay-moi.xml" >"$tmp/baddate.xml"
check bad-date 1 "$vanban" render "$tmp/baddate.xml" -o "$tmp/baddate.odt"
expect_err bad-date-message "baddate.xml:8:3: date '2023-02-30' does not exist"
[ -z "$(ls "$tmp" | grep -E 'baddate\.odt|vanban-')" ] && passes=$((passes + 1)) ||
  { echo "FAIL bad-date left files: $(ls "$tmp")"; fails=$((fails + 1)); }

# stdin to stdout
check stdin-stdout 0 sh -c "'$vanban' render - -o - --format txt < '$samples/giay-moi.xml'"
grep -q "trân trọng kính mời" "$tmp/out" && passes=$((passes + 1)) || { echo "FAIL stdin-stdout text"; fails=$((fails + 1)); }

# the output may never be the input itself
cp "$samples/giay-moi.xml" "$tmp/own.xml"
check output-is-input 1 "$vanban" render "$tmp/own.xml" -o "$tmp/own.xml" --format docx
cmp -s "$tmp/own.xml" "$samples/giay-moi.xml" && passes=$((passes + 1)) || { echo "FAIL output-is-input overwrote the input"; fails=$((fails + 1)); }

# pipes as named inputs (process substitution, /dev/stdin); a directory is no input
check process-substitution 0 bash -c "'$vanban' validate <(cat '$samples/giay-moi.xml')"
check dev-stdin 0 sh -c "'$vanban' render /dev/stdin -o - --format txt < '$samples/giay-moi.xml'"
check directory 1 "$vanban" validate "$tmp"
expect_err directory-message "is a directory"

# a batch: one bad input does not stop the good one; both formats written
check batch 1 "$vanban" render "$samples/giay-moi.xml" "$tmp/baddate.xml" -O "$tmp" --format docx,odt
for f in giay-moi.docx giay-moi.odt; do
  [ -s "$tmp/$f" ] && passes=$((passes + 1)) || { echo "FAIL batch did not write $f"; fails=$((fails + 1)); }
done
check missing-dir 2 "$vanban" render "$samples/giay-moi.xml" -O "$tmp/nope"

# house style chosen on the command line: a built-in one, a file, a file out of range
check style-builtin 0 "$vanban" render "$samples/giay-moi.xml" -o "$tmp/s.txt" --style nd30-13pt
sed 's/left="30"/left="35"/' "$samples/../templates/styles/nd30.xml" >"$tmp/left35.xml"
check style-file 0 "$vanban" render "$samples/giay-moi.xml" -o "$tmp/s35.docx" --style "$tmp/left35.xml"
unzip -p "$tmp/s35.docx" word/document.xml | grep -q 'w:left="1984"' && passes=$((passes + 1)) ||
  { echo "FAIL style-file: 35 mm left margin not applied"; fails=$((fails + 1)); }
sed 's/left="30"/left="40"/' "$samples/../templates/styles/nd30.xml" >"$tmp/left40.xml"
check style-out-of-range 1 "$vanban" render "$samples/giay-moi.xml" -o "$tmp/s40.docx" --style "$tmp/left40.xml"
expect_err style-out-of-range-message 'left40.xml:7:55: <page left="40"> is outside the allowed range 30–35'
check style-unknown 1 "$vanban" render "$samples/giay-moi.xml" -o "$tmp/s.odt" --style fancy

# bytes that are not text: invalid UTF-8, a NUL
printf '<vanban xmlns="urn:vanban:1" kind="ke-hoach">\n<issuer>\xC3\x28</issuer></vanban>' >"$tmp/utf8.xml"
check invalid-utf8 1 "$vanban" validate "$tmp/utf8.xml"
expect_err invalid-utf8-message "utf8.xml:2:"
printf '<vanban xmlns="urn:vanban:1" kind="ke-hoach">\n<issuer>a\0b</issuer></vanban>' >"$tmp/nul.xml"
check nul-byte 1 "$vanban" validate "$tmp/nul.xml"
expect_err nul-byte-message "nul.xml:2:"

# nesting far past every limit: a clear error, no crash
python3 -c "print('<vanban xmlns=\"urn:vanban:1\" kind=\"ke-hoach\"><body>' + '<section>' * 100000 + '</section>' * 100000 + '</body></vanban>')" >"$tmp/deep.xml"
check deep-nesting 1 "$vanban" render "$tmp/deep.xml" -o "$tmp/deep.docx"
expect_err deep-nesting-message "deep.xml:1:"
expect_err deep-nesting-words "nested deeper than 256 levels"

# PDF typeset by vanban itself: no office suite on the PATH is needed
check pdf 0 env PATH=/nonexistent "$vanban" render "$samples/giay-moi.xml" -o "$tmp/g.pdf"
pdftotext "$tmp/g.pdf" - | grep -q "trân trọng kính mời" && passes=$((passes + 1)) ||
  { echo "FAIL pdf: no text in the PDF"; fails=$((fails + 1)); }
check pdf-format 0 "$vanban" render "$samples/giay-moi.xml" -O "$tmp" --format pdf,txt
[ -s "$tmp/giay-moi.pdf" ] && [ -s "$tmp/giay-moi.txt" ] && passes=$((passes + 1)) ||
  { echo "FAIL pdf-format: no giay-moi.pdf beside giay-moi.txt"; fails=$((fails + 1)); }
# The LibreOffice route, kept for comparison; without LibreOffice, a clear error and no file
check pdf-libreoffice 0 "$vanban" render "$samples/giay-moi.xml" -o "$tmp/g3.pdf" --pdf-engine libreoffice
pdftotext "$tmp/g3.pdf" - | grep -q "trân trọng kính mời" && passes=$((passes + 1)) ||
  { echo "FAIL pdf-libreoffice: no text in the PDF"; fails=$((fails + 1)); }
check pdf-without-office 1 env PATH=/nonexistent "$vanban" render "$samples/giay-moi.xml" -o "$tmp/g2.pdf" --pdf-engine libreoffice
expect_err pdf-without-office-message "needs LibreOffice"
[ ! -e "$tmp/g2.pdf" ] && passes=$((passes + 1)) || { echo "FAIL pdf-without-office left a file"; fails=$((fails + 1)); }
check pdf-bad-engine 2 "$vanban" render "$samples/giay-moi.xml" -o "$tmp/g4.pdf" --pdf-engine word
expect_err pdf-bad-engine-message "unknown PDF engine 'word'"
printf 'not a png' >"$tmp/sig.png"
check pdf-bad-image 1 "$vanban" render "$samples/giay-moi.xml" -o "$tmp/g5.pdf" --signature-image "$tmp/sig.png"
expect_err pdf-bad-image-message "sig.png: signature image: "
[ ! -e "$tmp/g5.pdf" ] && passes=$((passes + 1)) || { echo "FAIL pdf-bad-image left a file"; fails=$((fails + 1)); }
# A character the font lacks is named in a warning, and the PDF is still written
sed 's/<p>/<p>Đánh dấu ✓ vào ô /' "$samples/giay-moi.xml" >"$tmp/tick.xml"
check pdf-missing-glyph 0 "$vanban" render "$tmp/tick.xml" -o "$tmp/tick.pdf"
expect_err pdf-missing-glyph-message "tick.xml: warning: the font has no glyph for ✓ (U+2713): it is left out of the PDF"
check pdf-bad-date 2 "$vanban" render "$samples/giay-moi.xml" -o "$tmp/g7.pdf" --pdf-date 2026-02-31T08:00:00+07:00
check pdf-bad-diameter 2 "$vanban" render "$samples/giay-moi.xml" -o "$tmp/g6.pdf" --seal-diameter 300

# machine-readable errors for e-office systems
check json-errors 1 "$vanban" validate --error-format json "$tmp/baddate.xml"
grep -qF '{"file":"'"$tmp"'/baddate.xml","line":8,"column":3,"code":"bad-date","message":"date '"'"'2023-02-30'"'"' does not exist: 2/2023 has 28 days"}' "$tmp/err" &&
  passes=$((passes + 1)) || { echo "FAIL json-errors:"; cat "$tmp/err"; fails=$((fails + 1)); }
check json-render 1 "$vanban" render --error-format json "$tmp/xxe.xml" -o "$tmp/x.docx"
expect_err json-render-code '"code":"forbidden"'
check bad-error-format 2 "$vanban" validate --error-format xml "$samples/giay-moi.xml"

# listing kinds and styles
check list-kinds 0 "$vanban" list kinds
grep -qP '^cong-van\tCông văn\t-$' "$tmp/out" && grep -qP '^to-trinh\tTờ trình\tTTr$' "$tmp/out" &&
  passes=$((passes + 1)) || { echo "FAIL list-kinds"; fails=$((fails + 1)); }
check list-styles 0 "$vanban" list styles
check list-bad 2 "$vanban" list colours
check list-fonts 0 "$vanban" list fonts
grep -qE "^(Times New Roman|Liberation Serif \(Times New Roman is not installed\))$" "$tmp/out" &&
  passes=$((passes + 1)) || { echo "FAIL list-fonts: $(cat "$tmp/out")"; fails=$((fails + 1)); }

# one option parser (src/cli/options.h) for every command: --opt=value and --opt value,
# unknown options named, a value missing, a flag given a value, '-' an argument
check opt-equals 0 "$vanban" render "$samples/giay-moi.xml" --output="$tmp/eq.txt"
[ -s "$tmp/eq.txt" ] && passes=$((passes + 1)) || { echo "FAIL opt-equals wrote nothing"; fails=$((fails + 1)); }
check opt-equals-format 0 "$vanban" render "$samples/giay-moi.xml" -O "$tmp" --format=odt,txt
[ -s "$tmp/giay-moi.odt" ] && [ -s "$tmp/giay-moi.txt" ] && passes=$((passes + 1)) ||
  { echo "FAIL opt-equals-format"; fails=$((fails + 1)); }
for cmd in render validate import merge list; do
  check "unknown-option-$cmd" 2 "$vanban" $cmd --frobnicate x
  expect_err "unknown-option-$cmd-named" "vanban $cmd: unknown option --frobnicate"
done
check value-missing 2 "$vanban" merge a b --name
expect_err value-missing-message "vanban merge: --name needs a pattern"
check flag-with-value 2 "$vanban" merge a b -o x --strict=yes
expect_err flag-with-value-message "vanban merge: --strict takes no value"
check bad-value-equals 2 "$vanban" merge a b -o x --jobs=0
expect_err bad-value-equals-message "--jobs needs a number of threads"
check error-format-equals 1 "$vanban" validate --error-format=json "$tmp/baddate.xml"
expect_err error-format-equals-json '"code":"bad-date"'
check help-after-args 0 "$vanban" import a.txt --help
check stdin-is-an-argument 0 "$vanban" render - -o "$tmp/stdin2.txt" <"$samples/giay-moi.xml"

echo "cli: $passes passed, $fails failed"
[ "$fails" -eq 0 ]
