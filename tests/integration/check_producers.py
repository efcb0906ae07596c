#!/usr/bin/env python3
"""check_producers.py VANBAN FIXTURE_DIR: `vanban check` on documents other programs
made (tests/fixtures/check: pandoc, LibreOffice from a hand-typed flat ODT; README.md
there says how each was made).

Each DOC has DOC.expected beside it: one "CODE LOCATION" a line, written by reading
the document against ../shared/spec/nd30.md (not by running the checker). LOCATION is
"paragraph N", a location kind (page-setup, header, footer, document, footnote N), or
alternatives "A | B". For each document:

  - check exits 1 (there are findings) and prints JSON findings only;
  - every expected line is matched by a finding with that code at that location;
  - the findings no line expects are printed, and fail the test only when there are
    more than MAX_UNEXPECTED of them.

MAX_UNEXPECTED = 15. The expected files list what the decree makes certain. What they
leave out is what depends on how the checker reads a document no template made: which
component a line built with tabs and spaces is (the hand-typed header: the alignment
of the Quốc hiệu, motto, number and date typed on shared lines; whether an underline
counts as the motto's rule), and which component pandoc's joined paragraphs are (the
motto and the date in one paragraph, the tên loại with the trích yếu, "Nơi nhận:" at
the end of the last body paragraph: italic, capitals, the rules, the recipients). That
is about ten findings a document at most; 15 leaves room for them and still fails when
a rule is applied to every paragraph differently from the expectation (the documents
have 56 and 69 paragraphs), which is the disagreement this test is for.
"""
import glob
import json
import os
import subprocess
import sys

MAX_UNEXPECTED = 15


def read_expected(path):
    lines = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        code, _, where = line.partition(" ")
        alternatives = [w.strip() for w in where.split("|")]
        if not code or not all(alternatives):
            raise SystemExit(f"{path}:{n}: not 'CODE LOCATION': {line!r}")
        lines.append((code, alternatives, n))
    return lines


def at(finding, location):
    """Is the finding at `location` ("paragraph N" or a location kind)?"""
    if location.startswith("paragraph "):
        return finding.get("paragraph") == int(location.split()[1])
    loc = finding.get("location", "")
    return loc == location or loc.startswith(location + " ")


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    vanban, folder = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    expected_files = sorted(glob.glob(os.path.join(folder, "*.expected")))
    if not expected_files:
        raise SystemExit(f"no *.expected in {folder}")
    failures = 0
    for exp in expected_files:
        doc = exp[:-len(".expected")]
        name = os.path.basename(doc)
        expected = read_expected(exp)
        try:
            r = subprocess.run([vanban, "check", "--error-format", "json", doc], capture_output=True, timeout=120)
        except subprocess.TimeoutExpired:
            print(f"FAIL {name}: check did not finish in 120 s")
            failures += 1
            continue
        findings, junk = [], []
        for line in r.stdout.decode("utf-8", "replace").splitlines():
            try:
                findings.append(json.loads(line))
            except ValueError:
                if line.strip():
                    junk.append(line)
        problems = []
        if r.returncode != 1:
            problems.append(f"check exit {r.returncode}, expected 1: {r.stderr.decode('utf-8', 'replace')[:300]}")
        if junk:
            problems.append(f"{len(junk)} lines are not JSON, e.g. {junk[0][:200]!r}")
        missing = [(code, where, n) for code, where, n in expected
                   if not any(f.get("code") == code and any(at(f, w) for w in where) for f in findings)]
        unexpected = [f for f in findings
                      if not any(f.get("code") == code and any(at(f, w) for w in where) for code, where, _ in expected)]
        for code, where, n in missing:
            problems.append(f"expected {code} at {' | '.join(where)} (line {n} of {os.path.basename(exp)}): "
                            f"not reported")
        if len(unexpected) > MAX_UNEXPECTED:
            problems.append(f"{len(unexpected)} findings no line expects (at most {MAX_UNEXPECTED})")
        status = "ok  " if not problems else "FAIL"
        print(f"{status} {name}: {len(findings)} findings, {len(expected) - len(missing)} of {len(expected)} "
              f"expected found, {len(unexpected)} others")
        for p in problems:
            print(f"       {p}")
        for f in unexpected:
            print(f"       other: {f.get('code')} at {f.get('location')} [{f.get('severity')}, "
                  f"{f.get('component')}]: {f.get('message')}")
        failures += bool(problems)
    print(f"\n{failures} of {len(expected_files)} documents fail")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
