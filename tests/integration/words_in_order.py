#!/usr/bin/env python3
"""words_in_order.py EXPECTED.txt PDF.txt: is every word vanban wrote on the page?

EXPECTED is `vanban render --format txt` output: lines are paragraphs; lines starting
with a tab are table cells and footnotes. PDF.txt is what pdftotext read from the PDF
LibreOffice made. Body lines must appear in order, each word after the previous one.
Cell and footnote lines sit in columns or at the foot of a page, so each must appear
somewhere, its own words in order within a short window. Words are letters and
digits after NFKC (pdftotext may emit ligatures) and lower-casing.
"""
import re
import sys
import unicodedata


def words(s):
    # Letter runs and digit runs apart: a footnote mark is "tỉnh1" in one text and
    # "tỉnh 1" in the other.
    return re.findall(r"[^\W\d_]+|\d+", unicodedata.normalize("NFKC", s).lower())


def find_in_order(hay, needle, start, window=None):
    """Index after the last matched word, or -1."""
    i = start
    limit = len(hay) if window is None else min(len(hay), start + window)
    for w in needle:
        while i < limit and hay[i] != w:
            i += 1
        if i >= limit:
            return -1
        i += 1
    return i


def main():
    expected = open(sys.argv[1], encoding="utf-8").read().splitlines()
    pdf = words(open(sys.argv[2], encoding="utf-8").read())
    pos, total, problems = 0, 0, []
    between = 0  # words of cell and footnote lines since the last body line
    for line in expected:
        ws = words(line)
        total += len(ws)
        if not ws:
            continue
        if line.startswith("\t"):
            between += len(ws)
            window = 4 * len(ws) + 40
            if not any(find_in_order(pdf, ws, s, window) >= 0 for s, w in enumerate(pdf) if w == ws[0]):
                problems.append("not on the page: " + line.strip())
            continue
        # Body lines follow each other closely; the window keeps one unmatched word from
        # racing to a far occurrence and pulling everything after it out of order.
        end = find_in_order(pdf, ws, pos, 4 * len(ws) + 200 + 2 * between)
        between = 0
        if end < 0:
            problems.append("missing or out of order: " + line.strip()[:120])
            continue
        pos = end
    print(f"{total} words expected, {len(pdf)} words in the PDF, {len(problems)} lines not found")
    for p in problems[:10]:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
