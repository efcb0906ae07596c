#!/usr/bin/env python3
"""check_hostile.py VANBAN: hostile .docx/.odt given to `vanban check` and `vanban fix`.

Every input is made here (no fixture files): a damaged zip, a truncated zip, a zip
bomb part, document.xml nested 100,000 deep, styles whose basedOn loops (A→B→A, and a
style based on itself), 200,000 styles in one basedOn chain, a 20 MB paragraph, a part
that is not XML, an ODT whose parent styles loop, an empty file, a directory, a file
that does not exist. For each, in text and in JSON error format:

  - check never dies of a signal and returns within LIMIT (10) seconds;
  - it exits 1;
  - what it prints names the file: for the inputs that cannot be read, an error with a
    code of unreadable, limit or io ({"file":…,"line":0,"column":0,"code":…} in JSON);
    for the ones a reader may read after all (style loops, many styles, one huge
    paragraph: breaking a loop or reading 20 MB is allowed, not required), either that
    error or findings for that file (the tiny documents are no Decree-30 documents, so
    findings there are);
  - usage errors exit 2; `fix` on a damaged zip exits 1 and writes nothing.
"""
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

# Seconds. A reader that takes longer on a 30 MB input is not bounded. Sanitizer
# builds run slower: tests/CMakeLists.txt sets VANBAN_TIME_SCALE for them.
LIMIT = 10.0 * float(os.environ.get("VANBAN_TIME_SCALE", "1"))
ERROR_CODES = {"unreadable", "limit", "io"}

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
      'wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
      'wordprocessingml.styles+xml"/></Types>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')
DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'styles" Target="styles.xml"/></Relationships>')
SECT = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" '
        'w:left="1701" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')


def para(text, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def document(body):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>'
            f'{body}{SECT}</w:body></w:document>')


def styles(inner):
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}">{inner}</w:styles>'


def style(sid, based=None):
    b = f'<w:basedOn w:val="{based}"/>' if based else ""
    return (f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{sid}"/>{b}'
            f'<w:rPr><w:sz w:val="28"/></w:rPr></w:style>')


BODY = para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") + para("Độc lập - Tự do - Hạnh phúc") + \
    para("Nội dung văn bản gồm vài câu để đọc.")


def docx(doc=None, sty=None, extra=()):
    """A minimal .docx as bytes."""
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/document.xml", doc if doc is not None else document(BODY))
        z.writestr("word/styles.xml", sty if sty is not None else styles(style("Normal")))
        for name, data in extra:
            z.writestr(name, data)
    return b.getvalue()


ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/'
            'vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" '
            'manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" '
            'manifest:media-type="text/xml"/></manifest:manifest>')


def odt(content, sty):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", MANIFEST)
        z.writestr("content.xml", content)
        z.writestr("styles.xml", sty)
    return b.getvalue()


def odt_loop():
    sty = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ODT_NS} office:version="1.3">'
           '<office:styles>'
           '<style:style style:name="A" style:family="paragraph" style:parent-style-name="B">'
           '<style:text-properties fo:font-size="14pt"/></style:style>'
           '<style:style style:name="B" style:family="paragraph" style:parent-style-name="A"/>'
           '<style:style style:name="C" style:family="paragraph" style:parent-style-name="C"/>'
           '</office:styles></office:document-styles>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS} office:version="1.3">'
               '<office:automatic-styles><style:style style:name="P1" style:family="paragraph" '
               'style:parent-style-name="B"/></office:automatic-styles><office:body><office:text>'
               '<text:p text:style-name="A">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</text:p>'
               '<text:p text:style-name="C">Độc lập - Tự do - Hạnh phúc</text:p>'
               '<text:p text:style-name="P1">Nội dung.</text:p></office:text></office:body>'
               '</office:document-content>')
    return odt(content, sty)


def damaged():
    """A .docx whose document.xml's compressed bytes are overwritten in the middle
    (the local header and central directory intact: a bad deflate stream / CRC)."""
    data = bytearray(docx(document(BODY * 200)))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    mid = start + info.compress_size // 2
    data[mid:mid + 64] = b"\xff\x00" * 32
    return bytes(data)


def bomb(path):
    """document.xml of 256 MiB of one letter inside a w:t (about 250 KB zipped): 4
    times the 64 MiB an unzipped package may hold."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/styles.xml", styles(style("Normal")))
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>'.encode())
            chunk = b"a" * (1 << 20)
            for _ in range(256):
                f.write(chunk)
            f.write(b"</w:t></w:r></w:p></w:body></w:document>")


def deep():
    depth = 100_000
    return docx(document("<w:sdt><w:sdtContent>" * (depth // 2) + para("sâu") +
                         "</w:sdtContent></w:sdt>" * (depth // 2)))


def based_on_loop():
    sty = styles(style("Normal") + style("A", "B") + style("B", "A") + style("C", "C"))
    body = para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "A") + para("Độc lập - Tự do - Hạnh phúc", "C") + \
        para("Nội dung.", "B")
    return docx(document(body), sty)


def many_styles():
    """200,000 paragraph styles, each based on the one before (a chain 200,000 long);
    the body uses the last."""
    n = 200_000
    parts = [style("Normal")] + [style(f"S{i}", f"S{i - 1}" if i else "Normal") for i in range(n)]
    return docx(document(para("Nội dung.", f"S{n - 1}") + para("Nội dung.", "S0")), styles("".join(parts)))


def huge_paragraph():
    word = "Liên đoàn Lao động quận Hải An tổ chức hội nghị. "
    text = word * (20_000_000 // len(word.encode()))
    return docx(document(para(text)))


def not_xml():
    return docx("this is not XML <<< & >>> \x01")


def run(args, timeout=60):
    t = time.time()
    try:
        r = subprocess.run(args, capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, "", "", time.time() - t
    return r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace"), time.time() - t


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    vanban = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="vanban-check-hostile-")
    failures = []

    def path(name):
        return os.path.join(work, name)

    def write(name, data):
        with open(path(name), "wb") as f:
            f.write(data)
        return path(name)

    good = docx()
    t = time.time()
    cases = [  # (name, file, "error": must be an error | "either": an error or findings)
        ("damaged zip", write("damaged.docx", damaged()), "error"),
        ("truncated zip", write("truncated.docx", good[:len(good) // 2]), "error"),
        ("zip bomb part", None, "error"),
        ("nested 100,000 deep", write("deep.docx", deep()), "error"),
        ("basedOn loop A→B→A, C→C", write("loop.docx", based_on_loop()), "either"),
        ("200,000 styles in a chain", write("styles.docx", many_styles()), "either"),
        ("20 MB paragraph", write("huge.docx", huge_paragraph()), "either"),
        ("document.xml not XML", write("notxml.docx", not_xml()), "error"),
        ("ODT parent-style loop", write("loop.odt", odt_loop()), "either"),
        ("empty file", write("empty.docx", b""), "error"),
        ("a directory", path("folder.docx"), "error"),
        ("a missing file", path("missing.docx"), "error"),
    ]
    bomb(path("bomb.docx"))
    cases[2] = ("zip bomb part", path("bomb.docx"), "error")
    os.mkdir(path("folder.docx"))
    print(f"inputs made in {time.time() - t:.1f} s ({os.path.getsize(path('styles.docx')) >> 10} KiB of styles, "
          f"{os.path.getsize(path('bomb.docx')) >> 10} KiB of bomb)")

    for name, file, expect in cases:
        for mode in ("text", "json"):
            args = [vanban, "check", file] + (["--error-format", "json"] if mode == "json" else [])
            code, out, err, secs = run(args)
            why = judge(file, mode, expect, code, out, err, secs)
            label = f"{name} ({mode})"
            print(("ok   " if not why else "FAIL ") + f"{label}: exit {code}, {secs:.1f} s" + (f": {why}" if why else ""))
            if why:
                failures.append(label)
                for line in (out + err).splitlines()[:4]:
                    print(f"       {line[:300]}")

    # Several files at once: each is reported, the readable one checked too.
    code, out, err, secs = run([vanban, "check", "--error-format", "json", path("damaged.docx"),
                                path("missing.docx")])
    named = {o.get("file") for o in objects(out + "\n" + err)}
    ok = code == 1 and {path("damaged.docx"), path("missing.docx")} <= named and secs < LIMIT
    print(("ok   " if ok else "FAIL ") + f"two bad files in one run: exit {code}, files named {sorted(named)}")
    failures += [] if ok else ["two bad files"]

    for label, args in [("no file", [vanban, "check"]),
                        ("unknown option", [vanban, "check", "--no-such-option", path("empty.docx")]),
                        ("bad --error-format", [vanban, "check", "--error-format", "xml", path("empty.docx")]),
                        ("bad --lang", [vanban, "check", "--lang", "fr", path("empty.docx")]),
                        ("fix without input", [vanban, "fix", "-o", path("never.docx")])]:
        code, out, err, secs = run(args)
        ok = code == 2
        print(("ok   " if ok else "FAIL ") + f"usage, {label}: exit {code}")
        failures += [] if ok else ["usage: " + label]

    for ext in ("docx", "odt"):
        out_file = path(f"fixed.{ext}")
        code, out, err, secs = run([vanban, "fix", path("damaged.docx"), "-o", out_file])
        ok = code == 1 and not os.path.exists(out_file) and secs < LIMIT and "damaged.docx" in out + err
        print(("ok   " if ok else "FAIL ") + f"fix damaged zip -o .{ext}: exit {code}, "
              f"{'wrote ' + out_file if os.path.exists(out_file) else 'nothing written'}")
        failures += [] if ok else [f"fix damaged .{ext}"]
        leftovers = [f for f in os.listdir(work) if f.startswith("fixed")]
        if leftovers:
            print(f"FAIL fix left files behind: {leftovers}")
            failures.append("fix leftovers")

    shutil.rmtree(work, ignore_errors=True)
    print(f"\n{len(failures)} failures" + (": " + ", ".join(failures) if failures else ""))
    return 1 if failures else 0


def objects(text):
    found = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                found.append(json.loads(line))
            except ValueError:
                pass
    return found


def judge(file, mode, expect, code, out, err, secs):
    """'' when the run behaved, else why not."""
    if code is None:
        return "did not finish in 60 s"
    if code < 0:
        return f"killed by signal {-code}"
    if secs > LIMIT:
        return f"took {secs:.1f} s (limit {LIMIT:.0f} s)"
    if code != 1:
        return "exit status is not 1"
    text = out + "\n" + err
    if mode == "text":
        base = os.path.basename(file)
        lines = [line for line in text.splitlines() if base in line]
        if not lines:
            return "no line names the file"
        # The text form prints an error as "FILE: message" (or "FILE:LINE:COL: message") on
        # stderr, as every vanban command does, with no code and no fixed word in it
        # ("a zip package that is neither …", "elements nested more than 256 deep"):
        # an error is a line of stderr that names the file; findings go to stdout.
        if expect == "error" and not any(base in line for line in err.splitlines()):
            return "no error message names the file"
        return ""
    objs = objects(text)
    errors = [o for o in objs if o.get("code") in ERROR_CODES and o.get("file") == file and
              o.get("line") == 0 and o.get("column") == 0 and o.get("message")]
    findings = [o for o in objs if o.get("file") == file and "severity" in o]
    if errors:
        return ""
    if expect == "either" and findings:
        return ""
    return f"no error object with code unreadable/limit/io for the file ({len(objs)} JSON objects)"


if __name__ == "__main__":
    sys.exit(main())
