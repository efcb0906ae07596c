#!/usr/bin/env python3
"""check_cli.py VANBAN FIXTURE_DIR SAMPLES_DIR: the check command's output forms.

- a clean rendered sample: exit 0, nothing printed, in both formats;
- --lang vi and --lang en give the same findings (codes, places) in two languages;
- --error-format json: one object a line with the documented keys, the same findings;
- --annotate: a copy in the input's format holding one comment per finding, each with
  its message; a copy named with the other format's extension is a usage error and
  nothing is written;
- several files in one run: each file's findings, exit 1 when any has one.
"""
import json
import os
import subprocess
import sys
import tempfile
import zipfile

vanban, fixtures, samples = sys.argv[1:4]
failures = []


def run(*args):
    return subprocess.run([vanban, *args], capture_output=True, text=True, timeout=120)


def expect(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


with tempfile.TemporaryDirectory() as tmp:
    for fmt in ("docx", "odt"):
        out = os.path.join(tmp, "cong-van." + fmt)
        r = run("render", os.path.join(samples, "cong-van.xml"), "-o", out)
        expect(r.returncode == 0, f"render cong-van.{fmt}: {r.stderr}")
        r = run("check", out)
        expect(r.returncode == 0 and r.stdout == "", f"cong-van.{fmt} checks clean: {r.returncode} {r.stdout[:300]}")

    doc = os.path.join(fixtures, "hand-typed.odt")
    vi = run("check", "--lang", "vi", doc)
    en = run("check", "--lang", "en", doc)
    expect(vi.returncode == 1 and en.returncode == 1, "hand-typed.odt has findings (exit 1)")
    vi_lines, en_lines = vi.stdout.splitlines(), en.stdout.splitlines()
    expect(len(vi_lines) == len(en_lines) and len(vi_lines) > 5, f"same number of findings: {len(vi_lines)} {len(en_lines)}")
    # FILE:LOCATION: CODE: message: the code and place agree, the words differ.
    head = lambda line: line.split(": ")[0:2]
    expect([head(l) for l in vi_lines] == [head(l) for l in en_lines], "same places and codes in both languages")
    expect(any("cần" in l for l in vi_lines) and not any("cần" in l for l in en_lines), "Vietnamese and English words")
    expect(any("must" in l for l in en_lines), "English messages say 'must'")

    js = run("check", "--error-format", "json", "--lang", "en", doc)
    objs = [json.loads(l) for l in js.stdout.splitlines()]
    keys = {"file", "location", "code", "severity", "component", "expected", "found", "clause", "message"}
    expect(len(objs) == len(en_lines), "one JSON object per finding")
    expect(all(keys <= set(o) for o in objs), "every JSON object has the documented keys")
    expect(all(("paragraph" in o) == o["location"].startswith("paragraph ") for o in objs),
           "'paragraph' given exactly for paragraph locations")
    expect(all(o["severity"] in ("error", "warning") for o in objs), "severity is error or warning")

    copy = os.path.join(tmp, "annotated.odt")
    r = run("check", "--lang", "vi", "--annotate", copy, doc)
    expect(r.returncode == 1 and os.path.exists(copy), "--annotate writes the copy")
    if os.path.exists(copy):
        content = zipfile.ZipFile(copy).read("content.xml").decode()
        expect(content.count("<office:annotation ") == len(vi_lines),
               f"one comment per finding: {content.count('<office:annotation ')} for {len(vi_lines)}")
        expect("[page-margin" in content, "a comment names its code")
    wrong = os.path.join(tmp, "annotated.docx")
    r = run("check", "--annotate", wrong, doc)
    expect(r.returncode == 2 and not os.path.exists(wrong), "annotating to another format is a usage error, nothing written")

    docx = os.path.join(fixtures, "hand-typed.docx")
    copy = os.path.join(tmp, "annotated.docx")
    r = run("check", "--annotate", copy, docx)
    if os.path.exists(copy):
        z = zipfile.ZipFile(copy)
        comments = z.read("word/comments.xml").decode()
        expect(comments.count("<w:comment ") == len(r.stdout.splitlines()), "DOCX: one comment per finding")
    else:
        expect(False, "DOCX --annotate writes the copy")

    both = run("check", os.path.join(tmp, "cong-van.docx"), doc)
    expect(both.returncode == 1 and all(l.startswith(doc + ":") for l in both.stdout.splitlines()),
           "two files: only the one with findings prints, exit 1")

print(f"check_cli: {len(failures)} failure(s)")
sys.exit(1 if failures else 0)
