#!/usr/bin/env python3
"""pdf_sample.py VANBAN SAMPLE.xml GOLDEN: vanban's own PDF of a sample (no LibreOffice).

- The text, as pdftotext reads it in the file's order, is the `--format txt` text:
  the same characters in the same order once white space is ignored. The page number
  that opens each page after a section's first is left out; each footnote ("[n] …" in
  the text) must stand once as "n …" (at the foot of its page), and each line of the
  address block (<contact>) once on page 1; they are compared apart. A table's header
  row that opens a later page (repeated) is left out there.
- pdffonts lists every font embedded, as a subset, with a ToUnicode map.
- qpdf --check finds no error.
- The Quốc hiệu and the motto are each on one printed line.
- The page count, and the page of every numbered heading, of the signature block and
  of each appendix, equal GOLDEN (tests/golden/pdf/NAME.txt). VANBAN_BLESS=1 rewrites
  it (review the pages by eye first: ../shared/tools/preview).
"""
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

NS = "{urn:vanban:1}"
HEADING = re.compile(r"^([IVXLC]+\.|\d+\.|[a-zđ]\)|Điều \d+\.|Phụ lục)\s")


def run(*cmd):
    return subprocess.run(list(cmd), check=True, capture_output=True, text=True).stdout


def squash(s):
    return re.sub(r"\s+", "", s)


def strip_prefix(text, squashed):
    # Drops the first len(squashed) non-space characters of text.
    n = 0
    for k, ch in enumerate(text):
        if not ch.isspace():
            n += 1
            if n == len(squashed):
                return text[k + 1:]
    return ""


def page_texts(pdf, pages):
    out = []
    for i in range(1, pages + 1):
        t = run("pdftotext", "-raw", "-enc", "UTF-8", "-f", str(i), "-l", str(i), pdf, "-")
        out.append(t)
    return out


def main():
    vanban, sample, golden = sys.argv[1:4]
    fails = []
    with tempfile.TemporaryDirectory() as tmp:
        pdf, txt = os.path.join(tmp, "out.pdf"), os.path.join(tmp, "out.txt")
        subprocess.run([vanban, "render", sample, "-o", pdf], check=True)
        subprocess.run([vanban, "render", sample, "-o", txt], check=True)
        text = open(txt, encoding="utf-8").read()
        pages = int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo", pdf), re.M).group(1))
        per_page = page_texts(pdf, pages)

        # Page numbers: a first line that is only a number.
        body_pages = []
        for i, t in enumerate(per_page):
            lines = t.split("\n")
            if i > 0 and lines and re.fullmatch(r"\s*\d+\s*", lines[0]):
                lines = lines[1:]
            body_pages.append("\n".join(lines))
        # A table's header row repeated at the top of a page it runs on is there twice.
        root = ET.parse(sample).getroot()
        headers = [squash("".join("".join(c.itertext()) for c in row))
                   for row in root.iter(NS + "row") if row.get("kind") == "header"]
        repeated = 0
        for i in range(1, len(body_pages)):
            for h in headers:
                if h and squash(body_pages[i]).startswith(h):
                    body_pages[i] = strip_prefix(body_pages[i], h)
                    repeated += 1
                    break
        got = squash("".join(body_pages))

        notes = re.findall(r"^\t\[(\d+)\] (.*)$", text, re.M)
        contacts = [c.text or "" for c in root.iter(NS + "contact")]
        expected_lines = [l for l in text.split("\n") if not re.match(r"^\t\[\d+\] ", l)]
        for c in contacts:
            want = "\t" + c
            if want in expected_lines:
                expected_lines.remove(want)
        expected = squash("\n".join(expected_lines))
        for n, body in notes:
            piece = squash(n + body)
            if got.count(piece) < 1:
                fails.append(f"footnote {n} not found as printed: {body[:60]}")
            else:
                got = got.replace(piece, "", 1)
        for c in contacts:
            piece = squash(c)
            if piece not in squash(body_pages[0]):
                fails.append(f"address line not on page 1: {c}")
            got = got.replace(piece, "", 1)
        if got != expected:
            k = next((i for i in range(min(len(got), len(expected))) if got[i] != expected[i]),
                     min(len(got), len(expected)))
            fails.append(f"text differs at character {k}: pdf …{got[max(0, k - 40):k + 40]}… "
                         f"txt …{expected[max(0, k - 40):k + 40]}…")

        fonts = run("pdffonts", pdf).split("\n")[2:]
        for f in fonts:
            if not f.strip():
                continue
            cols = f.split()
            # name type... emb sub uni object ID
            emb, sub, uni = cols[-5], cols[-4], cols[-3]
            if (emb, sub, uni) != ("yes", "yes", "yes"):
                fails.append(f"font not embedded as a subset with ToUnicode: {f}")
        if not [f for f in fonts if f.strip()]:
            fails.append("no font in the PDF")
        q = subprocess.run(["qpdf", "--check", pdf], capture_output=True, text=True)
        if q.returncode != 0 or "No syntax or stream encoding errors found" not in q.stdout:
            fails.append("qpdf --check: " + q.stdout + q.stderr)

        layout = run("pdftotext", "-layout", "-enc", "UTF-8", "-f", "1", "-l", "1", pdf, "-")
        for line in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"):
            if line not in layout:
                fails.append(f"'{line}' is not on one line on page 1")

        # Where things are: the first page whose text holds the line's first 40 characters.
        def page_of(line):
            key = squash(line)[:40]
            for i, t in enumerate(body_pages):
                if key in squash(t):
                    return i + 1
            return 0
        pins = [f"pages: {pages}"]
        for l in text.split("\n"):
            l = l.strip()
            if HEADING.match(l):
                pins.append(f"{page_of(l)}: {l[:70]}")
        if "Nơi nhận:" in text:
            pins.append(f"{page_of('Nơi nhận:')}: Nơi nhận:")
        pinned = "\n".join(pins) + "\n"
        if os.environ.get("VANBAN_BLESS"):
            with open(golden, "w", encoding="utf-8") as f:
                f.write(pinned)
        elif not os.path.exists(golden):
            fails.append(f"no golden file {golden} (VANBAN_BLESS=1 writes it)")
        elif open(golden, encoding="utf-8").read() != pinned:
            old = open(golden, encoding="utf-8").read().split("\n")
            new = pinned.split("\n")
            diff = [f"  - {a}\n  + {b}" for a, b in zip(old, new) if a != b]
            fails.append("pages differ from the golden file:\n" + "\n".join(diff[:10]))
    for f in fails:
        print("FAIL " + f)
    print(f"{os.path.basename(sample)}: {pages} pages, {repeated} repeated header rows, {len(fails)} failures")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
