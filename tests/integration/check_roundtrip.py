#!/usr/bin/env python3
"""check_roundtrip.py VANBAN SAMPLES_DIR: what vanban renders checks clean, and still
does once LibreOffice has opened and saved it.

1. Every samples/*.xml rendered to DOCX and to ODT: `vanban check` exits 0 and prints
   nothing; but for SAMPLE_WORDS below, findings that come from a sample's own words
   (copied from its seed), which the check must report exactly.
2. Each file opened and saved by LibreOffice headless in the same format (one run per
   format, a private profile, time-boxed): checked again, clean but for the same
   SAMPLE_WORDS findings and for KNOWN_LIBREOFFICE, the changes LibreOffice really
   makes, each named with its reason; exactly those are asserted.

Without soffice the test fails (as the other libreoffice.* tests do).
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_defects import EditError, Package, find_para  # noqa: E402  (paragraph numbering as the contract says)

# A location: a paragraph found by the start of its text, or a location kind.
# Each entry: (location, codes, why). At least one finding with one of the codes must be
# there, and every finding must belong to some entry.
SAMPLE_WORDS = {
    # Seed 002 has no signature block: no authority, role or signer (§4.9): exactly the
    # missing signer. The seeds' "Lưu: VP" archive lines (001, 002, 004) are no findings
    # any more: the layout writes "Lưu: VT, VP", the Văn thư first (§4.10).
    "002-ke-hoach-hai-an": [("document", {"missing-component"}, "seed 002 has no signature")],
}

# Changes LibreOffice 7.4 makes when it opens and saves a rendered file (seen by
# comparing the paragraphs, page set-up, headers and styles before and after).
KNOWN_LIBREOFFICE = {
    # Saved as DOCX, the one sample with footnotes gets an empty paragraph before its
    # header table (the header moves down one line): an empty paragraph that spaces.
    ("003-ke-hoach-kon-tum", "docx"): [(1, {"empty-paragraph"}, "LibreOffice adds an empty first paragraph")],
}
# Not listed, as no rule is broken: LibreOffice ends every ODT whose last element is a
# table (the signature block) with an empty paragraph (Writer cannot end on a table);
# a trailing empty paragraph spaces nothing, like the one Word needs at the end of a
# DOCX. Style names are rewritten (display names kept), lengths written in inches.

TIMEOUT = 300


def run(args, timeout=120):
    try:
        r = subprocess.run(args, capture_output=True, timeout=timeout)
        return r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return None, "", "TIMEOUT"


def locate(path, where):
    """The location spec → a predicate on findings (and a label)."""
    if isinstance(where, int):
        return (lambda f: f.get("paragraph") == where), f"paragraph {where}"
    if where in ("document", "header", "footer", "page-setup"):
        return (lambda f: f.get("location", "") == where or f.get("location", "").startswith(where + " ")), where
    n = find_para(Package(path), where)
    return (lambda f: f.get("paragraph") == n), f"paragraph {n} ({where!r})"


def judge(vanban, path, entries):
    """[] when check reports exactly `entries` on `path`; else the problems."""
    code, out, err = run([vanban, "check", "--error-format", "json", path])
    findings, junk = [], []
    for line in out.splitlines():
        try:
            findings.append(json.loads(line))
        except ValueError:
            if line.strip():
                junk.append(line)
    problems = []
    if junk:
        problems.append(f"lines that are not JSON: {junk[:2]}")
    try:
        located = [(locate(path, where), codes, why) for where, codes, why in entries]
    except EditError as e:
        return [f"cannot locate an expected finding: {e}"]
    for (pred, label), codes, why in located:
        if not any(f.get("code") in codes and pred(f) for f in findings):
            problems.append(f"expected {'/'.join(sorted(codes))} at {label} ({why}): not reported")
    for f in findings:
        if not any(f.get("code") in codes and pred(f) for (pred, _), codes, _ in located):
            problems.append(f"{f.get('code')} at {f.get('location')}: {f.get('message')}")
    want = 1 if entries else 0
    if code != want:
        problems.insert(0, f"check exit {code}, expected {want}" + (f": {err.strip()[:200]}" if err.strip() else ""))
    if not entries and not problems:
        # Clean means silent: the text form prints nothing at all.
        code, out, err = run([vanban, "check", path])
        if code != 0 or out or err:
            problems.append(f"text form: exit {code}, printed {(out + err)[:200]!r}")
    return problems


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    vanban, samples = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    if not shutil.which("soffice"):
        print("soffice not found: run scripts/install-deps.sh --test")
        return 1
    names = sorted(f[:-4] for f in os.listdir(samples) if f.endswith(".xml"))
    work = tempfile.mkdtemp(prefix="vanban-check-roundtrip-")
    profile = tempfile.mkdtemp(prefix="fx_roundtrip_", dir="/tmp")
    rows, failures = [], 0
    try:
        for fmt in ("docx", "odt"):
            os.makedirs(os.path.join(work, "render", fmt))
            os.makedirs(os.path.join(work, "libreoffice", fmt))
        for name in names:
            for fmt in ("docx", "odt"):
                out = os.path.join(work, "render", fmt, f"{name}.{fmt}")
                code, _, err = run([vanban, "render", os.path.join(samples, name + ".xml"), "-o", out])
                if code != 0:
                    raise SystemExit(f"render {name} to {fmt}: exit {code}: {err}")
        for fmt in ("docx", "odt"):
            target = "docx:MS Word 2007 XML" if fmt == "docx" else "odt"
            src = os.path.join(work, "render", fmt)
            code, _, err = run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                                target, "--outdir", os.path.join(work, "libreoffice", fmt)] +
                               [os.path.join(src, f) for f in sorted(os.listdir(src))], timeout=TIMEOUT)
            if code != 0:
                print(f"soffice --convert-to {target}: exit {code}: {err.strip()[:300]}")
        for name in names:
            for fmt in ("docx", "odt"):
                words = SAMPLE_WORDS.get(name, [])
                for stage, entries in (("render", words),
                                       ("libreoffice", words + KNOWN_LIBREOFFICE.get((name, fmt), []))):
                    path = os.path.join(work, stage, fmt, f"{name}.{fmt}")
                    if not os.path.exists(path):
                        problems = ["LibreOffice wrote no file"]
                    else:
                        problems = judge(vanban, path, entries)
                    listed = f"{len(entries)} listed" if entries else "clean"
                    rows.append((name, fmt, stage, "ok (" + listed + ")" if not problems else "FAIL"))
                    for p in problems:
                        print(f"FAIL {name}.{fmt} after {stage}: {p}")
                    failures += bool(problems)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        shutil.rmtree(profile, ignore_errors=True)
    print(f"\n{'sample':28} {'format':6} {'stage':12} result")
    for row in rows:
        print(f"{row[0]:28} {row[1]:6} {row[2]:12} {row[3]}")
    print(f"\n{failures} of {len(rows)} checks fail")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
