#!/usr/bin/env python3
"""import_robust.py VANBAN SOURCE...: hostile versions of real documents never crash
the importer and never lose words.

Each source is mutated with a fixed random seed: lines shuffled, the text truncated at
a random byte (mid-character included), line ranges duplicated, lines deleted, lines
joined, the whole repeated on one 1 MB line; random bytes are imported too (exit 0 or
1, never an internal error). Every run has a 60 s limit, so a hang fails too. Every version must import (exit 0, XML valid against our schema: the importer
checks its own output), render to text, and every word of it must still be there,
printed or set aside (counted as a multiset: the order of shuffled text means nothing).
Words are counted as in import_words.py, labels and page numbers excepted.
"""
import collections
import os
import random
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import import_words as iw  # noqa: E402


def mutations(text, rng):
    lines = text.split("\n")
    shuffled = lines[:]
    rng.shuffle(shuffled)
    yield "shuffled", "\n".join(shuffled)
    data = text.encode("utf-8")
    cut = rng.randrange(1, len(data))
    yield f"truncated at byte {cut}", data[:cut].decode("utf-8", errors="ignore")
    a = rng.randrange(len(lines))
    b = min(len(lines), a + rng.randrange(1, 40))
    yield f"lines {a + 1}-{b} duplicated", "\n".join(lines[:b] + lines[a:b] + lines[b:])
    kept = [l for l in lines if rng.random() > 0.2]
    yield "a fifth of the lines deleted", "\n".join(kept)
    yield "all lines joined", " ".join(lines)
    yield "blank lines doubled", "\n\n".join(lines)
    yield "one 1 MB line", (" ".join(lines) + " ") * max(1, 1_000_000 // max(1, len(text)))


def counts(text):
    c = collections.Counter()
    for line in text.split("\n"):
        t = iw.clean(line)
        if t.isdigit() and len(t) <= 3:
            continue
        c.update(iw.words(t))
    return c


def main():
    vanban, sources = sys.argv[1], sys.argv[2:]
    rng = random.Random(20261122)
    failures, runs = 0, 0
    with tempfile.TemporaryDirectory() as tmp:
        for source in sources:
            text = open(source, encoding="utf-8").read()
            for what, mutated in mutations(text, rng):
                runs += 1
                src = os.path.join(tmp, "in.txt")
                out = os.path.join(tmp, "out.xml")
                open(src, "w", encoding="utf-8").write(mutated)
                r = subprocess.run([vanban, "import", src, "-o", out], capture_output=True, text=True, timeout=60)
                if r.returncode != 0:
                    print(f"FAIL {source} ({what}): import exit {r.returncode}: {r.stderr.strip()[:300]}")
                    failures += 1
                    continue
                rendered = subprocess.run([vanban, "render", out, "-o", "-", "--format", "txt"], capture_output=True,
                                          text=True, timeout=60)
                if rendered.returncode != 0:
                    print(f"FAIL {source} ({what}): render exit {rendered.returncode}: {rendered.stderr.strip()[:300]}")
                    failures += 1
                    continue
                have = collections.Counter(iw.words(rendered.stdout))
                aside = ET.parse(out).getroot().find(iw.NS + "aside")
                if aside is not None:
                    for line in aside.findall(iw.NS + "line"):
                        have.update(iw.words(line.text or ""))
                want = counts(mutated)
                missing = want - have
                lost = sum(missing.values())
                total = sum(want.values())
                if total and lost / total > 0.005:
                    print(f"FAIL {source} ({what}): {lost}/{total} words lost, e.g. {list(missing)[:10]}")
                    failures += 1
    # Bytes that are no text at all: an answer, not a crash or a hang.
    for size in (1000, 300_000):
        runs += 1
        src = os.path.join(tempfile.gettempdir(), f"vanban-random-{size}.bin")
        open(src, "wb").write(bytes(rng.randrange(256) for _ in range(size)))
        r = subprocess.run([vanban, "import", src, "-o", os.devnull], capture_output=True, text=True, timeout=60)
        os.remove(src)
        if r.returncode not in (0, 1) or "internal" in r.stderr:
            print(f"FAIL {size} random bytes: exit {r.returncode}: {r.stderr.strip()[:300]}")
            failures += 1
    print(f"{runs} mutated documents, {failures} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
