#!/usr/bin/env python3
"""seed_words.py SEED.txt RENDERED.txt: is the sample a faithful transcription of its seed?

Every word (letters and digits, NFC, lower-cased) of the seed must be in the rendered
text as many times as in the seed, except the markup extraction left behind (**, ##,
<b>) and page numbers, which are not words of the document. Numbering the renderer
computes ("I", "1", "a") may differ in count, so numbers and single letters that the
seed uses as labels are allowed to be short by the number of labels.
"""
import collections
import re
import sys
import unicodedata


def words(s):
    s = re.sub(r"</?b>", " ", s)
    return re.findall(r"\w+", unicodedata.normalize("NFC", s).lower())


seed = open(sys.argv[1], encoding="utf-8").read()
# The Quốc hiệu's older spelling "HOÀ" (both appear in Decree 30); vanban prints "HÒA".
seed = re.sub(r"HOÀ", "HÒA", seed)
# Footnote bodies extracted with their mark glued on ("1Tại các Thông báo"): the mark
# is a label, the word is "Tại".
seed = re.sub(r"(?m)^(\d)(?=[^\W\d])", r"\1 ", seed)
rendered = open(sys.argv[2], encoding="utf-8").read()
# Labels at the start of a seed line (I., 1., a), (1)) and lone page numbers are layout.
labels = re.findall(r"(?m)^\s*(?:#+\s*)?(?:\*\*)?\(?([IVX]+|\d+|[a-zđ])[.)]", seed)
labels += re.findall(r"(?m)^\s*(\d+)\s*$", seed)
have = collections.Counter(words(rendered))
need = collections.Counter(words(seed))
slack = collections.Counter(w.lower() for w in labels)
missing = {w: n - have[w] for w, n in need.items() if n - have[w] > slack[w]}
total = sum(need.values())
lost = sum(missing.values())
print(f"{total} seed words, {lost} not in the rendering ({100 * (total - lost) / total:.2f}% kept)")
for w, n in sorted(missing.items()):
    print(f"  missing {n} × {w}")
sys.exit(1 if missing else 0)
