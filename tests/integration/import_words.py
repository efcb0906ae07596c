#!/usr/bin/env python3
"""import_words.py SOURCE.txt IMPORTED.xml RENDERED.txt [MIN_PERCENT]

Did an import keep the source's words? SOURCE is the decoded source text, IMPORTED the
XML `vanban import` wrote (its <aside> lines, set aside as website matter, are left out
of the count), RENDERED the text of the rendered document (pdftotext of the PDF, or
`vanban render --format txt`). Prints the share of source words found in RENDERED in
order (the longest common subsequence of the two word lists) and fails below
MIN_PERCENT (default 99.5).

The layout moves some blocks: footnotes go to the foot of their page, the signature
sits beside the Nơi nhận list whichever came first in the source. So a run of source
words that is out of order still counts when it appears whole, in its own order,
somewhere in RENDERED; the figure printed says how many words counted that way.

Words are runs of letters or of digits after NFKC and lower-casing; a digit run counts
by value ("05" is "5": the renderer writes Decree 30's leading zeros). Not counted in the
source: markup (**, #, <b>, |), page numbers alone on a line, and list labels at the
start of a line (I., 1., 1.1., a), -, +), since an import turns labels into structure
and the renderer numbers them again.
"""
import difflib
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

NS = "{urn:vanban:1}"
LABEL = re.compile(r"^\s*(?:[IVXLC]+[.)]|\d{1,2}(?:\.\d{1,2}){0,2}[.)]|\d{1,2}\.\d{1,2}(?:\.\d{1,2})?|[a-zđ][)]|[a-zđ]\.\d+\))(?=\s|$)")
RUN_IN = re.compile(r"(?<=\s)\d{1,2}\.\d{1,2}\.(?=\s+[A-ZĐÀ-Ỹ]|\s*$)")
DASH = re.compile(r"^\s*[-–—•+*](?=\s|\w)")


TONES = "\u0300\u0301\u0303\u0309\u0323"


def tone_placement(w):
    """One spelling for the two tone placements (old "hoà", "uỷ"; new "hòa", "ủy")."""
    d = unicodedata.normalize("NFD", w)
    if len(d) >= 3 and d[-1] in TONES and d[-3:-1] in ("oa", "oe", "uy"):
        d = d[:-2] + d[-1] + d[-2]
    return unicodedata.normalize("NFC", d)


def words(s):
    out = []
    for w in re.findall(r"[^\W\d_]+|\d+", unicodedata.normalize("NFKC", s).lower()):
        out.append(str(int(w)) if w.isdigit() else tone_placement(w))
    return out


def clean(line):
    line = re.sub(r"</?(?:b|i|strong|em)>", " ", line)
    line = line.replace("**", " ").replace("|", " ")
    line = re.sub(r"^\s*#+\s", " ", line)
    line = line.replace("*", " ").strip()
    # "**I.**", "*** Đại biểu" leave their label after the markup is gone.
    for _ in range(2):
        line = LABEL.sub(" ", line, count=1).strip()
        line = DASH.sub(" ", line, count=1).strip()
    # Sub-labels run on inside a line ("… hải quan 2.1. Điều kiện", "… tiến bộ 1.1.").
    line = RUN_IN.sub(" ", line)
    return line


def lcs_length(a, b):
    """Longest common subsequence of word lists, bit-parallel (Hyyrö)."""
    positions = {}
    for i, w in enumerate(a):
        positions[w] = positions.get(w, 0) | (1 << i)
    mask = (1 << len(a)) - 1
    v = mask
    for w in b:
        m = positions.get(w, 0)
        u = v & m
        v = ((v + u) | (v - u)) & mask
    return len(a) - bin(v).count("1")


def covered(run, hay_text):
    """Words of `run` found elsewhere in pieces of three or more words in a row (a
    footnote that the layout splits over two pages comes back as two pieces)."""
    count, i = 0, 0
    while i < len(run):
        length = 0
        while i + length < len(run) and " " + " ".join(run[i:i + length + 1]) + " " in hay_text:
            length += 1
        if length >= min(3, len(run)):
            count += length
            i += length
        else:
            i += 1
    return count


def alignment(src, rendered):
    """Words matched in order (difflib's alignment, close to the LCS) and words of the
    unmatched runs found elsewhere."""
    matcher = difflib.SequenceMatcher(None, src, rendered, autojunk=False)
    hay_text = " " + " ".join(rendered) + " "
    in_order = sum(b.size for b in matcher.get_matching_blocks())
    moved = 0
    for op, a1, a2, _, _ in matcher.get_opcodes():
        if op in ("delete", "replace") and a2 - a1 >= 2:
            moved += covered(src[a1:a2], hay_text)
    return in_order, moved


def main():
    source_path, xml_path, rendered_path = sys.argv[1:4]
    minimum = float(sys.argv[4]) if len(sys.argv) > 4 else 99.5
    aside = set()
    root = ET.parse(xml_path).getroot()
    block = root.find(NS + "aside")
    if block is not None:
        for line in block.findall(NS + "line"):
            aside.add(int(line.get("n", "0")))
    src = []
    lines = open(source_path, encoding="utf-8").read().split("\n")
    for n, line in enumerate(lines, 1):
        if n in aside:
            continue
        text = clean(line)
        if re.fullmatch(r"\d{1,3}", text):
            continue  # a page number
        src.extend(words(text))
    rendered = words(open(rendered_path, encoding="utf-8").read())
    in_order, moved = alignment(src, rendered)
    kept = in_order + moved
    share = 100.0 * kept / len(src) if src else 100.0
    print(f"{kept}/{len(src)} source words kept ({share:.2f} %): {in_order} in order, {moved} in moved blocks "
          f"(longest common subsequence {lcs_length(src, rendered)}); "
          f"{len(aside)} lines set aside")
    if share < minimum:
        # Show where words went missing: the first source lines with a word absent from the render.
        have = set(rendered)
        shown = 0
        for n, line in enumerate(lines, 1):
            missing = [w for w in words(clean(line)) if w not in have]
            if missing and n not in aside and shown < 8:
                print(f"  line {n}: missing {' '.join(missing[:8])}")
                shown += 1
        sys.exit(1)


if __name__ == "__main__":
    main()
