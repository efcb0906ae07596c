#!/usr/bin/env python3
"""legacy_office.py VANBAN FIXTURES [SHARED_LEGACY]

Office files typed in the legacy Vietnamese fonts, the whole way through `vanban
import --text-only` (.doc and .rtf through LibreOffice):

- every fixture in FIXTURES (tests/fixtures/legacy: NAME.doc/.rtf/.docx/.odt with the
  text it must give in NAME.txt, made by tools/make-legacy-fixtures.py) gives exactly
  its text, line by line, once the walker's markup is taken off;
- the real .doc files in SHARED_LEGACY (../shared/legacy) give at least MIN_SHARE of the
  letters with diacritics of their transcripts (*.truth.txt), aligned with difflib.
  Case is not compared: the transcripts spell a capitals-only font's text (.VnTimeH)
  in lower case, where Word shows capitals.

Prints the figures. Exit 77 (skip) without SHARED_LEGACY.
"""
import difflib
import os
import re
import subprocess
import sys
import time
import unicodedata

MIN_SHARE = 0.99


def text_only(vanban, path):
    r = subprocess.run([vanban, "import", path, "--text-only"], capture_output=True, timeout=600)
    if r.returncode != 0:
        raise RuntimeError(f"{path}: exit {r.returncode}: {r.stderr.decode(errors='replace')}")
    return r.stdout.decode("utf-8")


def plain_lines(text):
    """The text without the walker's markup: no "|" cell marks, "## " heading marks or
    ** emphasis, spaces collapsed, no blank lines."""
    out = []
    for line in text.split("\n"):
        line = re.sub(r"^## ", "", line).replace("*", "")
        line = re.sub(r"\s+", " ", line).strip()
        if line and line != "|":
            out.append(line)
    return out


def diacritic(c):
    """A letter a legacy decoding can get wrong: one with a mark, or đ."""
    return c.isalpha() and (c in "đĐ" or len(unicodedata.normalize("NFD", c)) > 1)


def letters_matched(truth, got):
    """(matched, total): the truth's letters with diacritics that the output has in the
    same place, after aligning the two letter sequences (case folded, NFC)."""
    a = [c for c in unicodedata.normalize("NFC", truth).casefold() if c.isalpha()]
    b = [c for c in unicodedata.normalize("NFC", got).casefold() if c.isalpha()]
    total = sum(1 for c in a if diacritic(c))
    matched = 0
    for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
        matched += sum(1 for c in a[block.a:block.a + block.size] if diacritic(c))
    return matched, total


def main():
    vanban, fixtures = sys.argv[1], sys.argv[2]
    legacy = sys.argv[3] if len(sys.argv) > 3 else ""
    fails = 0
    for name in sorted(os.listdir(fixtures)):
        stem, ext = os.path.splitext(name)
        if ext not in (".doc", ".rtf", ".docx", ".odt"):
            continue
        with open(os.path.join(fixtures, stem + ".txt"), encoding="utf-8") as f:
            want = plain_lines(f.read())
        start = time.monotonic()
        got = plain_lines(text_only(vanban, os.path.join(fixtures, name)))
        took = time.monotonic() - start
        matched, total = letters_matched("\n".join(want), "\n".join(got))
        same = got == want
        print(f"{'ok  ' if same else 'FAIL'} {name}: {len(want)} lines, {matched}/{total} letters with diacritics, "
              f"{took:.2f} s")
        if not same:
            fails += 1
            for d in list(difflib.unified_diff(want, got, "expected", "imported", lineterm="", n=0))[:12]:
                print("     " + d)
    if not legacy or not os.path.isdir(legacy):
        print("SKIP: the real legacy files (../shared/legacy) are not here")
        return 1 if fails else 77
    for name in sorted(os.listdir(legacy)):
        if not name.endswith(".doc"):
            continue
        with open(os.path.join(legacy, name[:-4] + ".truth.txt"), encoding="utf-8") as f:
            truth = f.read()
        start = time.monotonic()
        got = "\n".join(plain_lines(text_only(vanban, os.path.join(legacy, name))))
        took = time.monotonic() - start
        matched, total = letters_matched(truth, got)
        share = matched / total if total else 0
        ok = share >= MIN_SHARE
        print(f"{'ok  ' if ok else 'FAIL'} {name}: {matched}/{total} letters with diacritics = {100 * share:.2f} % "
              f"(at least {100 * MIN_SHARE:.0f} %), {took:.2f} s")
        fails += 0 if ok else 1
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
