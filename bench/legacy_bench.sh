#!/usr/bin/env bash
# legacy_bench.sh [BUILD]: the figures of legacy-font import, side by side in one run.
#  1. letters recovered on the fixtures (tests/fixtures/legacy: .docx, .odt and their
#     .doc/.rtf copies) and on the real files of ../shared/legacy, against their texts;
#  2. import speed in-process (import_bench: read, decode by font, recognise, write and
#     validate the XML) for the .docx/.odt fixtures and the PDF fixtures;
#  3. a .doc through the command, LibreOffice's start-up and conversion included, and
#     the same document as .docx (LibreOffice excluded);
#  4. the accounting figure: words lost over samples, seeds, corpus and their mutations.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
vanban=$build/vanban
fx=tests/fixtures/legacy

echo "== 1. letters with diacritics recovered"
python3 tests/integration/legacy_office.py "$vanban" "$fx" ../shared/legacy || true

echo "== 2. in-process import (ms a document; PDF in ms a page)"
"$build/bench/import_bench" "$fx"/*.docx "$fx"/*.odt tests/fixtures/pdf/legacy-fonts.pdf tests/fixtures/pdf/cong-van.pdf 20

echo "== 3. .doc through the command (LibreOffice included) against its .docx"
python3 - "$vanban" "$fx" <<'PY'
import glob, os, subprocess, sys, tempfile, time
vanban, fx = sys.argv[1], sys.argv[2]
with tempfile.TemporaryDirectory() as tmp:
    for doc in sorted(glob.glob(os.path.join(fx, "*.doc")) + glob.glob("../shared/legacy/*.doc")):
        start = time.monotonic()
        subprocess.run([vanban, "import", doc, "-o", os.path.join(tmp, "out.xml")], capture_output=True, check=True)
        doc_s = time.monotonic() - start
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", "docx",
                        "--outdir", tmp, doc], capture_output=True, check=True)
        docx = os.path.join(tmp, os.path.basename(doc)[:-4] + ".docx")
        start = time.monotonic()
        for _ in range(10):
            subprocess.run([vanban, "import", docx, "-o", os.path.join(tmp, "out.xml")], capture_output=True, check=True)
        docx_ms = (time.monotonic() - start) * 100
        print(f"{os.path.basename(doc)}: .doc {doc_s:.2f} s (LibreOffice included); as .docx {docx_ms:.1f} ms a run of the command")
PY

echo "== 4. accounting"
"$build/tests/vanban_tests" --gtest_filter='*Accounting*' 2>&1 | grep -E "words lost|PASSED|FAILED" || true
