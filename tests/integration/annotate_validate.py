#!/usr/bin/env python3
"""annotate_validate.py ANNOTATE_TOOL VANBAN SAMPLES_DIR

Annotated copies of rendered samples, in both formats, are valid and open with their
comments where they were put:

1. Each sample is rendered (.docx, .odt) and 4-5 of its paragraphs get comments through
   annotate_tool: header-table cells, a body paragraph (two comments, one of two lines),
   the last paragraph with text, and an empty paragraph.
2. Every XML part of every copy is validated strictly against ../shared/schemas (OOXML
   transitional XSDs incl. word/comments.xml; ODF 1.3 RelaxNG), with the package checks of
   ../shared/schemas/tools/validate-package.sh (content types, relationship targets,
   mimetype, manifest). Parts are grouped by schema so that each schema compiles once.
3. LibreOffice converts the .docx copies to .odt and the .odt copies to .docx; each
   comment must come out with its author and text, anchored in the paragraph it was put
   on (the paragraph's text compared).

Exit 77 (skipped) when ../shared/schemas is absent.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter, defaultdict

tool, vanban, samples = sys.argv[1:4]
SAMPLES = ["cong-van", "quyet-dinh", "003-ke-hoach-kon-tum"]
schemas = os.path.join(os.environ.get("VANBAN_SHARED", os.path.join(os.path.dirname(__file__), "../../../shared")),
                       "schemas")
if not os.path.isdir(os.path.join(schemas, "ooxml")):
    print(f"SKIP: {schemas} not found: the official ODF/OOXML schemas are needed for this test")
    sys.exit(77)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
DC = "{http://purl.org/dc/elements/1.1/}"
failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL", msg)


def norm(s):
    return " ".join(s.split())


# --- paragraph text, as each format spells it ---

def docx_text(p):
    out = []
    for e in p.iter():
        if e.tag == W + "t" and e.text:
            out.append(e.text)
        elif e.tag in (W + "tab",):
            out.append("\t")
        elif e.tag in (W + "br", W + "cr"):
            out.append("\n")
    return "".join(out)


def odf_text(e, skip_annotations=True):
    out = [e.text or ""]
    for c in e:
        if c.tag == OFFICE + "annotation" and skip_annotations:
            pass
        elif c.tag == TEXT + "s":
            out.append(" " * int(c.get(TEXT + "c", "1")))
        elif c.tag == TEXT + "tab":
            out.append("\t")
        elif c.tag == TEXT + "line-break":
            out.append("\n")
        else:
            out.append(odf_text(c, skip_annotations))
        out.append(c.tail or "")
    return "".join(out)


def paragraphs(package, fmt):
    """All paragraph elements in document order, as annotate counts them, with whether
    each is in a table."""
    with zipfile.ZipFile(package) as z:
        root = ET.fromstring(z.read("word/document.xml" if fmt == "docx" else "content.xml"))
    parent = {c: p for p in root.iter() for c in p}

    def in_table(e):
        while e in parent:
            e = parent[e]
            if e.tag in (W + "tbl", "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}table"):
                return True
        return False

    if fmt == "docx":
        return [(docx_text(p), in_table(p)) for p in root.iter(W + "p")]
    return [(odf_text(p), in_table(p)) for p in root.iter() if p.tag in (TEXT + "p", TEXT + "h")]


def choose_notes(paras, name):
    """(ordinal, text) pairs: 4-5 paragraphs, one of them with two notes."""
    cells = [i for i, (t, tab) in enumerate(paras) if tab and t.strip()]
    body = next(i for i, (t, tab) in enumerate(paras) if not tab and len(t) > 60)
    last = max(i for i, (t, _) in enumerate(paras) if t.strip())
    empty = [i for i, (t, _) in enumerate(paras) if not t.strip()]
    notes = [(cells[0], f"{name}: ô tiêu đề – cơ quan ban hành"),
             (cells[1], f"{name}: ô thứ hai của bảng"),
             (body, f"{name}: cỡ chữ 13–14 pt\nDòng thứ hai: lùi đầu dòng 1–1,27 cm"),
             (body, f"{name}: ghi chú thứ hai trên cùng đoạn"),
             (last, f"{name}: đoạn cuối  (hai  dấu cách)")]
    if empty:
        notes.append((empty[len(empty) // 2], f"{name}: đoạn trống"))
    return notes


def annotate(src, dst, notes):
    args = [tool, src, dst] + [f"{o}:{t.replace(chr(10), chr(92) + 'n')}" for o, t in notes]
    r = subprocess.run(args, capture_output=True, text=True)
    if r.returncode != 0:
        fail(f"annotate_tool {src}: {r.stderr.strip()}")
        return False
    return True


# --- 2. schemas ---

OOXML_SCHEMAS = {
    "http://schemas.openxmlformats.org/package/2006/content-types": "opc/opc-contentTypes.xsd",
    "http://schemas.openxmlformats.org/package/2006/relationships": "opc/opc-relationships.xsd",
    "http://schemas.openxmlformats.org/package/2006/metadata/core-properties": "opc/opc-coreProperties.xsd",
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties":
        "transitional/shared-documentPropertiesExtended.xsd",
    "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties":
        "transitional/shared-documentPropertiesCustom.xsd",
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "transitional/wml.xsd",
    "http://schemas.openxmlformats.org/drawingml/2006/main": "transitional/dml-main.xsd",
}
COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
MCE = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def xmllint(schema_args, files, fail):
    env = dict(os.environ, XML_CATALOG_FILES=os.path.join(schemas, "ooxml/catalog.xml"))
    r = subprocess.run(["xmllint", "--noout", "--nonet"] + schema_args + files, capture_output=True, text=True,
                       env=env)
    for line in r.stderr.splitlines():
        if line.endswith(" validates") or "Skipping import of schema" in line or line.startswith("  "):
            continue
        if "fails to validate" in line or "error" in line.lower():
            fail("schema: " + line)
    if r.returncode != 0:
        fail(f"xmllint {os.path.basename(schema_args[-1])} exited {r.returncode}")


def validate(packages, work):
    """The problems found in `packages` (a list of messages)."""
    problems = []
    fail = problems.append
    by_schema = defaultdict(list)
    odf_streams, manifests = [], []
    for pkg in packages:
        out = os.path.join(work, "x", os.path.basename(pkg))
        with zipfile.ZipFile(pkg) as z:
            infos = z.infolist()
            names = [i.filename for i in infos]
            z.extractall(out)
            if pkg.endswith(".odt"):
                first = infos[0]
                if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED or first.extra:
                    fail(f"{pkg}: mimetype is not the first entry, stored, without an extra field")
                listed = set(re.findall(r'full-path="([^"]+)"', z.read("META-INF/manifest.xml").decode()))
                for n in names:
                    if n != "mimetype" and not n.startswith("META-INF/") and not n.endswith("/") and n not in listed:
                        fail(f"{pkg}: entry {n} missing from the manifest")
                for n in names:
                    if n.endswith(".xml") and not n.startswith("META-INF/"):
                        odf_streams.append(os.path.join(out, n))
                manifests.append(os.path.join(out, "META-INF/manifest.xml"))
                continue
            types = ET.fromstring(z.read("[Content_Types].xml"))
            overrides = {o.get("PartName").lower(): o.get("ContentType") for o in types if o.tag.endswith("Override")}
            # Word finds the comments by this type: the generic XML one would hide them.
            if overrides.get("/word/comments.xml") != COMMENTS_TYPE:
                fail(f"{pkg}: /word/comments.xml does not have the comments content type")
            defaults = {d.get("Extension").lower() for d in types if d.tag.endswith("Default")}
            for n in names:
                if n == "[Content_Types].xml" or n.endswith("/"):
                    continue
                if ("/" + n).lower() not in overrides and n.rsplit(".", 1)[-1].lower() not in defaults:
                    fail(f"{pkg}: part /{n} has no content type")
                if n.endswith(".rels"):
                    src_dir = os.path.dirname(os.path.dirname(n))
                    for rel in ET.fromstring(z.read(n)):
                        if rel.get("TargetMode") == "External":
                            continue
                        t = rel.get("Target")
                        target = os.path.normpath(t[1:] if t.startswith("/") else os.path.join(src_dir, t))
                        if target not in names:
                            fail(f"{pkg}: {n}: relationship target {t} does not exist")
            for n in names:
                if not (n.endswith(".xml") or n.endswith(".rels")):
                    continue
                path = os.path.join(out, n)
                data = z.read(n)
                ns = ET.fromstring(data).tag[1:].split("}")[0]
                if ns not in OOXML_SCHEMAS:
                    fail(f"{pkg}: {n}: no schema for the root namespace {ns}")
                    continue
                if MCE.encode() in data:  # the consumer rules first, as validate-package.sh does
                    pre = path + ".mce.xml"
                    with open(pre, "wb") as f:
                        f.write(subprocess.run(["xsltproc", os.path.join(schemas, "tools/ooxml-mce-preprocess.xsl"),
                                                path], capture_output=True, check=True).stdout)
                    path = pre
                by_schema[OOXML_SCHEMAS[ns]].append(path)
        if pkg.endswith(".docx") and "word/comments.xml" not in names:
            fail(f"{pkg}: no word/comments.xml")
    for schema, files in by_schema.items():
        xmllint(["--schema", os.path.join(schemas, "ooxml", schema)], files, fail)
    if odf_streams:
        xmllint(["--relaxng", os.path.join(schemas, "odf/1.3/OpenDocument-v1.3-schema.rng")], odf_streams, fail)
        xmllint(["--relaxng", os.path.join(schemas, "odf/1.3/OpenDocument-v1.3-manifest-schema.rng")], manifests,
                fail)
    print(f"schemas: {sum(len(f) for f in by_schema.values())} OOXML parts, {len(odf_streams)} ODF streams, "
          f"{len(manifests)} manifests: {len(problems)} problem(s)")
    return problems


def broken_copy(src, dst, part, old, new):
    """`src` with one change to `part`: the validation must see it."""
    with zipfile.ZipFile(src) as z, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as out:
        for info in z.infolist():
            data = z.read(info.filename)
            if info.filename == part:
                assert old.encode() in data, (part, old)
                data = data.replace(old.encode(), new.encode(), 1)
            out.writestr(info, data)


# --- 3. LibreOffice ---

def convert(files, fmt, outdir, profile):
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(["timeout", "180", "soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", fmt, "--outdir", outdir] + files, capture_output=True)


def comments_in_odt(path):
    """(author, text, paragraph text) of each annotation LibreOffice wrote. The paragraph
    is the one its range ends in: LibreOffice's DOCX import puts the start of a range
    that opens the document's first table cell in a paragraph of its own before the
    table (it does so with its own DOCX exports too), while the range still ends, and
    shows, in the paragraph it covered."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("content.xml"))
    where = {}  # annotation name -> paragraph text where it ends (or, without an end, where it is)
    found = []
    for p in root.iter():
        if p.tag not in (TEXT + "p", TEXT + "h"):
            continue
        for c in p:
            if c.tag == OFFICE + "annotation-end":
                where[c.get(OFFICE + "name")] = norm(odf_text(p))
            elif c.tag == OFFICE + "annotation":
                text = "\n".join(odf_text(q) for q in c if q.tag == TEXT + "p")
                found.append((c.get(OFFICE + "name"), c.findtext(DC + "creator"), text, norm(odf_text(p))))
    return [(author, text, where.get(name, para)) for name, author, text, para in found]


def comments_in_docx(path):
    with zipfile.ZipFile(path) as z:
        doc = ET.fromstring(z.read("word/document.xml"))
        comments = ET.fromstring(z.read("word/comments.xml")) if "word/comments.xml" in z.namelist() else None
    by_id = {}
    for c in (comments if comments is not None else []):
        by_id[c.get(W + "id")] = (c.get(W + "author"), "\n".join(docx_text(p) for p in c.iter(W + "p")))
    found = []
    for p in doc.iter(W + "p"):
        # A comment on an empty range has only its reference in LibreOffice's export.
        ids = dict.fromkeys(e.get(W + "id") for e in p.iter() if e.tag in (W + "commentRangeStart",
                                                                            W + "commentReference"))
        for i in ids:
            author, text = by_id.get(i, (None, None))
            found.append((author, text, norm(docx_text(p))))
    return found


def main():
    work = tempfile.mkdtemp(prefix="annot_")
    try:
        expected = {}  # annotated copy -> Counter of (author, text, paragraph text)
        for name in SAMPLES:
            for fmt in ("docx", "odt"):
                src = os.path.join(work, f"{name}.{fmt}")
                subprocess.run([vanban, "render", os.path.join(samples, name + ".xml"), "-o", src], check=True)
                paras = paragraphs(src, fmt)
                notes = choose_notes(paras, name)
                dst = os.path.join(work, f"{name}-annotated.{fmt}")
                if annotate(src, dst, notes):
                    expected[dst] = Counter(("vanban", t, norm(paras[o][0])) for o, t in notes)
                    # The ordinals still name the same paragraphs in the copy (DOCX; in the
                    # ODT the annotations' own paragraphs are counted too).
                    if fmt == "docx":
                        after = paragraphs(dst, fmt)
                        for o, _ in notes:
                            if after[o] != paras[o]:
                                fail(f"{dst}: paragraph {o} changed: {after[o]!r} != {paras[o]!r}")
        for problem in validate(list(expected), work):
            fail(problem)
        # The validation is not vacuous: a comment without its id, an annotation outside a
        # paragraph's content and a comments part without its content type are caught.
        docx0 = next(p for p in expected if p.endswith(".docx"))
        odt0 = next(p for p in expected if p.endswith(".odt"))
        broken = [(docx0, "word/comments.xml", '<w:comment w:id="0" ', "<w:comment "),
                  (odt0, "content.xml", '<dc:creator>vanban</dc:creator>', "<text:p>x</text:p><dc:creator>x</dc:creator>"),
                  (docx0, "[Content_Types].xml", '<Override PartName="/word/comments.xml"', '<Override PartName="/x"')]
        for k, (src, part, old, new) in enumerate(broken):
            dst = os.path.join(work, f"broken{k}." + src.rsplit(".", 1)[1])
            broken_copy(src, dst, part, old, new)
            if not validate([dst], work):
                fail(f"a broken {part} ({new}) passed the validation")

        profile = os.path.join(work, "lo_profile")
        docx_in = [p for p in expected if p.endswith(".docx")]
        odt_in = [p for p in expected if p.endswith(".odt")]
        convert(docx_in, "odt", os.path.join(work, "lo_odt"), profile)
        convert(odt_in, "docx", os.path.join(work, "lo_docx"), profile)
        for src in docx_in + odt_in:
            out_fmt = "odt" if src.endswith(".docx") else "docx"
            out = os.path.join(work, "lo_" + out_fmt, os.path.basename(src).rsplit(".", 1)[0] + "." + out_fmt)
            if not os.path.exists(out):
                fail(f"LibreOffice did not convert {src}")
                continue
            got = Counter(comments_in_odt(out) if out_fmt == "odt" else comments_in_docx(out))
            if got != expected[src]:
                fail(f"{os.path.basename(src)} -> {out_fmt}: comments differ\n  missing: "
                     f"{list((expected[src] - got).elements())}\n  unexpected: {list((got - expected[src]).elements())}")
            else:
                print(f"ok    {os.path.basename(src)} -> {out_fmt}: {sum(got.values())} comments on their paragraphs")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print(f"{len(failures)} failure(s)")
        sys.exit(1)
    print("all annotated copies valid and their comments survive LibreOffice")


main()
