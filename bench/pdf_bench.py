#!/usr/bin/env python3
"""pdf_bench: vanban's own PDF against the LibreOffice route. Not a test: it prints figures.

    bench/pdf_bench.py [VANBAN] [ROWS]

1. Per process: `vanban render SAMPLE -o X.pdf` for every sample, the median of 20 runs,
   against `--pdf-engine libreoffice` (the ODT printed by LibreOffice, headless: one
   run each, as a clerk would run it), and the ratio.
2. Merge: ROWS letters (default 10,000) from samples/merge/giay-moi-dai-bieu.xml as PDF,
   one file per row, on every core: wall time, letters/s, peak RSS; then ROWS/10 and
   ROWS*10 rows (the latter with --shard 1/100: every row read and laid out, a
   hundredth written) to show memory stays flat; and --single with ROWS/10 letters.
The in-process figures per document are build/bench/render_bench's pdf column.
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from merge_bench import ROOT, run as run_merge, write_list  # noqa: E402


def timed(cmd):
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True)
    return time.perf_counter() - t0


def main():
    vanban = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "vanban")
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    samples = sorted(os.path.join(ROOT, "samples", f) for f in os.listdir(os.path.join(ROOT, "samples"))
                     if f.endswith(".xml"))
    tmp = tempfile.mkdtemp(prefix="vanban-pdf-bench-")
    try:
        have_lo = shutil.which("soffice") is not None
        print(f"{'sample':32} {'pages':>5} {'vanban ms':>10} {'LibreOffice ms':>15} {'ratio':>7}")
        ours_total = lo_total = 0.0
        for s in samples:
            out = os.path.join(tmp, "x.pdf")
            runs = [timed([vanban, "render", s, "-o", out]) for _ in range(20)]
            ours = statistics.median(runs) * 1000
            pages = subprocess.run(["pdfinfo", out], capture_output=True, text=True).stdout
            pages = next((l.split()[-1] for l in pages.split("\n") if l.startswith("Pages:")), "?")
            lo = timed([vanban, "render", s, "-o", os.path.join(tmp, "lo.pdf"), "--pdf-engine", "libreoffice"]) * 1000 \
                if have_lo else float("nan")
            ours_total += ours
            lo_total += lo
            print(f"{os.path.basename(s):32} {pages:>5} {ours:>10.1f} {lo:>15.0f} {lo / ours:>6.0f}×")
        print(f"{'all samples':32} {'':>5} {ours_total:>10.1f} {lo_total:>15.0f} {lo_total / ours_total:>6.0f}×")

        template = os.path.join(ROOT, "samples", "merge", "giay-moi-dai-bieu.xml")
        print(f"\n{'merge to PDF':34} {'rows':>9} {'letters':>9} {'wall s':>8} {'letters/s':>10} {'peak MB':>8}")
        small, big = max(1, rows // 10), rows * 10
        for n in (small, rows, big):
            write_list(os.path.join(tmp, f"list-{n}.csv"), n)
        k = 0
        for label, n, letters, extra in (("pdf, one file per row", small, small, []),
                                          ("pdf, one file per row", rows, rows, []),
                                          ("pdf, one thread", small, small, ["--jobs", "1"]),
                                          ("pdf, --shard 1/100 (all laid out)", big, big // 100, ["--shard", "1/100"]),
                                          ("pdf, --single", small, small, None)):
            k += 1
            data = [template, os.path.join(tmp, f"list-{n}.csv"), "--format", "pdf"]
            target = ["--single", os.path.join(tmp, f"all-{k}.pdf")] if extra is None else \
                ["-o", os.path.join(tmp, f"out-{k}")] + extra
            wall, rss = run_merge(vanban, data + target)
            print(f"{label:34} {n:>9} {letters:>9} {wall:>8.2f} {letters / wall:>10.0f} {rss:>8.1f}")
            shutil.rmtree(os.path.join(tmp, f"out-{k}"), ignore_errors=True)
        print(f"cores: {os.cpu_count()}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
