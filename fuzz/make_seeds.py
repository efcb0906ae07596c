#!/usr/bin/env python3
"""Seed corpora for the fuzz targets, from samples/ and ../shared (when present).

Each target reads a selector byte first (see the target's comment), so every seed is
that byte followed by a real input: sample XML, the seeds' and corpus's text, the
sample letters' CSV rows, and the parts of DOCX/ODT files vanban rendered itself.
usage: make_seeds.py VANBAN SOURCE_DIR OUT_DIR
"""
import glob
import os
import subprocess
import sys
import struct
import tempfile
import zipfile
import zlib

vanban, src, out = sys.argv[1:4]
shared = os.path.join(src, "..", "shared")
MAX = 16 * 1024  # longer seeds only slow the fuzzer down (the script sets -max_len per target)


def put(target, name, data):
    d = os.path.join(out, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(data[:MAX])


def read(path):
    with open(path, "rb") as f:
        return f.read()


samples = sorted(glob.glob(os.path.join(src, "samples", "*.xml")))
texts = sorted(glob.glob(os.path.join(shared, "seeds", "*.txt")) + glob.glob(os.path.join(shared, "corpus", "*.txt")))

for t in ("fuzz_render", "fuzz_render_pdf", "fuzz_png", "fuzz_style", "fuzz_merge_csv", "fuzz_import_text", "fuzz_import_office", "fuzz_office_styles",
          "fuzz_check", "fuzz_import_pdf", "fuzz_workbook"):
    os.makedirs(os.path.join(out, t), exist_ok=True)  # each exists even without ../shared

# The built-in house styles: the form a user's --style file copies.
for p in sorted(glob.glob(os.path.join(src, "templates", "styles", "*.xml"))):
    put("fuzz_style", os.path.basename(p), read(p))

for p in samples:
    put("fuzz_render", os.path.basename(p), read(p))
    put("fuzz_render_pdf", os.path.basename(p), read(p))
    # The samples as plain text, as a legacy extraction would give them.
    txt = subprocess.run([vanban, "render", p, "-o", "-", "--format", "txt"], capture_output=True).stdout
    if txt:
        put("fuzz_import_text", "0-" + os.path.basename(p) + ".txt", bytes([0]) + txt)

for i, p in enumerate(texts):
    # Detection, and each forced decoding of the same bytes (selector = encoding index).
    for sel in (0, 1, 5, 6):
        put("fuzz_import_text", f"{sel}-{os.path.basename(p)}", bytes([sel]) + read(p))

csvs = sorted(glob.glob(os.path.join(src, "samples", "merge", "*.csv")))
for p in csvs:
    data = read(p)
    body = data.split(b"\n", 1)[1]
    put("fuzz_merge_csv", "header-" + os.path.basename(p), bytes([0]) + data)
    put("fuzz_merge_csv", "rows-" + os.path.basename(p), bytes([4]) + body)
    put("fuzz_merge_csv", "semicolon-" + os.path.basename(p), bytes([6]) + body.replace(b",", b";"))

with tempfile.TemporaryDirectory() as tmp:
    docx_parts = {"word/document.xml": 1, "word/numbering.xml": 2, "word/footnotes.xml": 3, "word/footer1.xml": 4,
                  "word/styles.xml": 5, "word/theme/theme1.xml": 6}
    odt_parts = {"content.xml": 7, "styles.xml": 8}
    # The legacy-font fixtures: runs whose fonts come from styles, themes, defaults.
    for f in sorted(glob.glob(os.path.join(src, "tests", "fixtures", "legacy", "*.docx")) +
                    glob.glob(os.path.join(src, "tests", "fixtures", "legacy", "*.odt"))):
        name = os.path.basename(f)
        put("fuzz_import_office", f"whole-{name}", bytes([0]) + read(f))
        with zipfile.ZipFile(f) as z:
            for part, sel in (docx_parts if f.endswith(".docx") else odt_parts).items():
                if part in z.namelist():
                    put("fuzz_import_office", f"{sel}-{name}", bytes([sel]) + z.read(part))
    for p in samples:
        name = os.path.splitext(os.path.basename(p))[0]
        for fmt, parts in (("docx", docx_parts), ("odt", odt_parts)):
            f = os.path.join(tmp, f"{name}.{fmt}")
            if subprocess.run([vanban, "render", p, "-o", f], capture_output=True).returncode != 0:
                continue
            put("fuzz_import_office", f"whole-{name}.{fmt}", bytes([0]) + read(f))
            with zipfile.ZipFile(f) as z:
                for part, sel in parts.items():
                    if part in z.namelist():
                        put("fuzz_import_office", f"{sel}-{name}", bytes([sel]) + z.read(part))

# The .docx reader of src/office (fuzz/fuzz_office_styles.cpp): each part the selector
# names, of the legacy fixtures and the rendered samples, and their styles.xml and
# document.xml together (selector 8, split at a NUL byte).
office_parts = {"word/styles.xml": 1, "word/document.xml": 2, "word/numbering.xml": 3, "word/header1.xml": 4,
                "word/footnotes.xml": 5, "word/_rels/document.xml.rels": 6, "word/theme/theme1.xml": 7}
with tempfile.TemporaryDirectory() as tmp:
    docx_files = sorted(glob.glob(os.path.join(src, "tests", "fixtures", "legacy", "*.docx")))
    for p in samples:
        f = os.path.join(tmp, os.path.splitext(os.path.basename(p))[0] + ".docx")
        if subprocess.run([vanban, "render", p, "-o", f], capture_output=True).returncode == 0:
            docx_files.append(f)
    for f in docx_files:
        name = os.path.basename(f)
        put("fuzz_office_styles", f"whole-{name}", bytes([0]) + read(f))
        with zipfile.ZipFile(f) as z:
            names = z.namelist()
            for part, sel in office_parts.items():
                if part in names:
                    put("fuzz_office_styles", f"{sel}-{name}", bytes([sel]) + z.read(part))
            if "word/styles.xml" in names:
                both = z.read("word/styles.xml") + b"\0" + z.read("word/document.xml")
                put("fuzz_office_styles", f"8-{name}", bytes([8]) + both)
    # Each selector with an empty part among the target's own others.
    for sel in range(1, 9):
        put("fuzz_office_styles", f"empty-{sel}", bytes([sel]))

# vanban check (fuzz/fuzz_check.cpp): whole documents (selector 0) of the check
# fixtures (pandoc, hand-typed) and the rendered samples, and their parts (1 content.xml,
# 2 styles.xml of an .odt; 3 word/document.xml, 4 word/styles.xml of a .docx).
check_parts = {"content.xml": 1, "styles.xml": 2, "word/document.xml": 3, "word/styles.xml": 4}
with tempfile.TemporaryDirectory() as tmp:
    files = sorted(glob.glob(os.path.join(src, "tests", "fixtures", "check", "*.docx")) +
                   glob.glob(os.path.join(src, "tests", "fixtures", "check", "*.odt")))
    for p in samples:
        for fmt in ("docx", "odt"):
            f = os.path.join(tmp, os.path.splitext(os.path.basename(p))[0] + "." + fmt)
            if subprocess.run([vanban, "render", p, "-o", f], capture_output=True).returncode == 0:
                files.append(f)
    for f in files:
        name = os.path.basename(f)
        put("fuzz_check", f"whole-{name}", bytes([0]) + read(f))
        with zipfile.ZipFile(f) as z:
            for part, sel in check_parts.items():
                if part in z.namelist():
                    put("fuzz_check", f"{sel}-{name}", bytes([sel]) + z.read(part))

# PDFs: the fixtures (legacy fonts, a Unicode letter, a scan, an encrypted one).
for p in sorted(glob.glob(os.path.join(src, "tests", "fixtures", "pdf", "*.pdf"))):
    put("fuzz_import_pdf", os.path.basename(p), read(p))

# Workbooks: each selector once with the target's own default part (an empty rest
# keeps the default), plus sheets made from the sample CSVs.
for sel in range(6):
    put("fuzz_workbook", f"default-{sel}", bytes([sel]))
for p in csvs:
    rows = [line.split(",") for line in read(p).decode("utf-8").splitlines()[:20]]
    cells = "".join(
        f'<row r="{r + 1}">'
        + "".join(f'<c t="inlineStr"><is><t>{v.replace("&", "&amp;").replace("<", "&lt;")}</t></is></c>' for v in row)
        + "</row>"
        for r, row in enumerate(rows)
    )
    sheet = f'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{cells}</sheetData></worksheet>'
    put("fuzz_workbook", "sheet-" + os.path.basename(p), bytes([1]) + sheet.encode())


# PNG images as a signature or seal comes: each colour type and depth, with and without
# transparency and a resolution (a few pixels each, so mutations reach every chunk).
def png(w, h, depth, colour, rows, extra=b""):
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    raw = b"".join(b"\0" + r for r in rows)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, depth, colour, 0, 0, 0)) + extra
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


phys = struct.pack(">I", 8) + b"pHYs" + struct.pack(">IIB", 11811, 11811, 1)
phys += struct.pack(">I", zlib.crc32(b"pHYs" + struct.pack(">IIB", 11811, 11811, 1)) & 0xffffffff)
put("fuzz_png", "rgba.png", png(3, 2, 8, 6, [bytes([20, 40, 200, 255, 0, 0, 0, 0, 9, 9, 9, 128])] * 2, phys))
put("fuzz_png", "rgb.png", png(2, 2, 8, 2, [bytes([255, 0, 0, 0, 255, 0])] * 2))
put("fuzz_png", "grey16.png", png(2, 1, 16, 0, [bytes([0, 1, 255, 255])]))
put("fuzz_png", "grey-alpha.png", png(2, 1, 8, 4, [bytes([10, 255, 200, 0])]))
plte = struct.pack(">I", 6) + b"PLTE" + bytes([255, 0, 0, 0, 0, 255])
plte += struct.pack(">I", zlib.crc32(b"PLTE" + bytes([255, 0, 0, 0, 0, 255])) & 0xffffffff)
trns = struct.pack(">I", 1) + b"tRNS" + bytes([0]) + struct.pack(">I", zlib.crc32(b"tRNS" + bytes([0])) & 0xffffffff)
put("fuzz_png", "palette.png", png(4, 1, 2, 3, [bytes([0b00010001])], plte + trns))
