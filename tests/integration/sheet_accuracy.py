#!/usr/bin/env python3
"""How close a sheet's text (vanban import --text-only) is to its transcript.

    sheet_accuracy.py TRUTH.txt OUT.txt [--expect-lines N] [--expect-letters P] [--fold-case]

Both are tab-separated lines, line n being row n. Prints the lines equal to the
transcript's, and the share of the transcript's diacritic-bearing letters (any letter
outside ASCII: ă â đ ê ô ơ ư and every toned vowel) that the output has in the same
place (cells compared in turn, letters aligned by difflib). --fold-case compares
without case: a transcript may write in lower case what a capitals-only font
(.VnTimeH) shows in capitals. With --expect-*, exits 1 when a figure is below.
"""
import difflib
import sys
import unicodedata


def cells(path):
    with open(path, encoding="utf-8") as f:
        lines = [unicodedata.normalize("NFC", line.rstrip("\n")) for line in f]
    while lines and not lines[-1].strip("\t "):
        lines.pop()
    return lines


def main():
    args = sys.argv[1:]
    fold = "--fold-case" in args
    expect_lines = float(args[args.index("--expect-lines") + 1]) if "--expect-lines" in args else None
    expect_letters = float(args[args.index("--expect-letters") + 1]) if "--expect-letters" in args else None
    truth, out = cells(args[0]), cells(args[1])
    norm = (lambda s: s.lower()) if fold else (lambda s: s)
    exact = sum(1 for i, t in enumerate(truth) if i < len(out) and norm(out[i]) == norm(t))
    total = right = 0
    for i, t in enumerate(truth):
        o = out[i].split("\t") if i < len(out) else []
        for k, tc in enumerate(t.split("\t")):
            oc = norm(o[k]) if k < len(o) else ""
            tc = norm(tc)
            wanted = [j for j, ch in enumerate(tc) if ch.isalpha() and ord(ch) > 127]
            total += len(wanted)
            matched = set()
            for a, b, size in difflib.SequenceMatcher(None, tc, oc, autojunk=False).get_matching_blocks():
                matched.update(range(a, a + size))
            right += sum(1 for j in wanted if j in matched)
    share = 100.0 * right / total if total else 100.0
    print(f"lines equal: {exact}/{len(truth)}; diacritic letters right: {right}/{total} ({share:.1f} %)"
          + (" (case folded)" if fold else ""))
    if expect_lines is not None and exact < expect_lines:
        sys.exit(1)
    if expect_letters is not None and share + 1e-9 < expect_letters:
        sys.exit(1)


if __name__ == "__main__":
    main()
