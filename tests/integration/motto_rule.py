#!/usr/bin/env python3
"""motto_rule.py [--pdf] VANBAN SAMPLE.xml...: on the page as LibreOffice prints it, the rule
under "Độc lập - Tự do - Hạnh phúc" is exactly as long as the motto (Decree 30 §4.1).

Each sample is rendered to DOCX and ODT and printed to PDF; with --pdf, to vanban's
own PDF instead (no LibreOffice). pdftotext -bbox gives the
motto's extent; the page, rasterised at 300 dpi (pdftoppm, grey PGM), gives the longest
dark horizontal run in the 12 pt below it: the rule. They must agree within 1 pt, in
length and in position.
"""
import glob
import os
import re
import subprocess
import sys
import tempfile

MOTTO = ["Độc", "lập", "-", "Tự", "do", "-", "Hạnh", "phúc"]
DPI = 300


def motto_box(pdf):
    html = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", pdf, "-"], capture_output=True, text=True,
                          check=True).stdout
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html)
    for i in range(len(words) - len(MOTTO) + 1):
        if [w[4] for w in words[i:i + len(MOTTO)]] == MOTTO:
            ws = words[i:i + len(MOTTO)]
            return float(ws[0][0]), float(ws[-1][2]), max(float(w[3]) for w in ws)
    return None


def rule_below(pdf, x0, x1, ybot, tmp):
    prefix = os.path.join(tmp, "page")
    subprocess.run(["pdftoppm", "-f", "1", "-l", "1", "-r", str(DPI), "-gray", pdf, prefix], check=True)
    raw = open(glob.glob(prefix + "*.pgm")[0], "rb").read()
    header = raw.split(b"\n", 3)
    width = int(header[1].split()[0])
    data = header[3]
    s = DPI / 72
    best = (0, 0)
    for y in range(int(ybot * s), int((ybot + 12) * s)):
        row = data[y * width:(y + 1) * width]
        run = start = 0
        for x in range(int((x0 - 30) * s), int((x1 + 30) * s)):
            if row[x] < 128:
                start = x if run == 0 else start
                run += 1
                best = max(best, (run, start))
            else:
                run = 0
    return best[0] / s, best[1] / s


def main():
    own = sys.argv[1] == "--pdf"
    args = sys.argv[2:] if own else sys.argv[1:]
    vanban, samples = args[0], args[1:]
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for sample in samples:
            name = os.path.splitext(os.path.basename(sample))[0]
            for ext in ("pdf",) if own else ("docx", "odt"):
                out = os.path.join(tmp, f"{name}-{ext}.{ext}")
                subprocess.run([vanban, "render", sample, "-o", out], check=True)
                files.append(out)
        if not own:
            subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to",
                            "pdf", "--outdir", tmp] + files, check=True, capture_output=True, timeout=300)
        for f in files:
            pdf = os.path.splitext(f)[0] + ".pdf"
            box = motto_box(pdf)
            if not box:
                print(f"{os.path.basename(f)}: motto not found on page 1")
                failures += 1
                continue
            x0, x1, ybot = box
            for old in glob.glob(os.path.join(tmp, "page*.pgm")):
                os.remove(old)
            length, start = rule_below(pdf, x0, x1, ybot, tmp)
            ok = abs(length - (x1 - x0)) <= 1 and abs(start - x0) <= 1
            failures += not ok
            print(f"{'ok  ' if ok else 'FAIL'} {os.path.basename(f)}: motto {x1 - x0:.1f} pt at x={x0:.1f}, "
                  f"rule {length:.1f} pt at x={start:.1f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
