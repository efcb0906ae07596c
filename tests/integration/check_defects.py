#!/usr/bin/env python3
"""check_defects.py VANBAN SAMPLES_DIR [--build-only] [--keep DIR]

Single-defect documents for `vanban check` and `vanban fix` (issue 13).

A few samples are rendered to DOCX and ODT (the bases; each must check clean). Each
defect then edits ONE property of one base in its package XML: one part is rewritten
(a string edit of that part, nothing re-serialised), every other entry is copied byte
for byte, and an ODT keeps its mimetype first and stored. Before anything runs, each
edit is asserted to have changed its part, to leave it well-formed XML, and to leave
every other entry alone (a defect that did not apply is a bug of this test).

For each defect file:
  - `VANBAN check --error-format json FILE` exits 1 and reports the expected code at
    the expected location: a body paragraph index N (counted as the contract says:
    DOCX every w:p under w:body in document order, ODT every text:p/text:h under
    office:text, table cells included), computed here from the defect file by finding
    the paragraph by its text; or a location kind (page-setup, header, document …).
    Any other finding must be in the defect's `also` allowance (each one justified
    where the defect is declared), after the base's own findings are set aside;
  - `VANBAN fix FILE -o OUT` (same format) exits 0, prints `words: kept N of M (P %)`
    with P >= 99.5, and `VANBAN check OUT` exits 0 (but for `fix_keeps`: findings that
    fixing would need words the document does not have, declared and justified).

--build-only stops after the defect files are built and their edits asserted (what
can run before the CLI has `check` and `fix`). --keep DIR writes the files there.
Prints a table (defect, format, result); exits 1 on any failure.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
import zipfile

TIMEOUT = 120


# ---------------------------------------------------------------- packages

def read_zip(path):
    with zipfile.ZipFile(path) as z:
        return [(info, z.read(info.filename)) for info in z.infolist()]


def write_zip(path, entries):
    """Writes the entries in their order with their own ZipInfo (compression, dates);
    an ODT's mimetype, first in the source, stays first and stored."""
    with zipfile.ZipFile(path, "w") as z:
        for info, data in entries:
            z.writestr(info, data)


class Package:
    """A rendered .docx/.odt: its entries and the text of the parts being edited."""

    def __init__(self, path):
        self.path = path
        self.fmt = "odt" if path.endswith(".odt") else "docx"
        self.entries = read_zip(path)
        self.parts = {}

    def part(self, name):
        if name not in self.parts:
            self.parts[name] = dict((i.filename, d) for i, d in self.entries)[name].decode("utf-8")
        return self.parts[name]

    def body_part(self):
        return "content.xml" if self.fmt == "odt" else "word/document.xml"


# ---------------------------------------------------------------- paragraphs

PARA_TAG = {"docx": re.compile(r"<(/?)w:p(?=[\s>/])[^>]*?(/?)>"),
            "odt": re.compile(r"<(/?)text:[ph](?=[\s>/])[^>]*?(/?)>")}


def para_spans(xml, fmt):
    """(start, end) of every paragraph element in document order (start tags' order),
    nested ones included. For content.xml only the part under office:text counts."""
    lo, hi = 0, len(xml)
    if fmt == "odt":
        lo = xml.index("<office:text")
        hi = xml.index("</office:text>")
    spans, stack = [], []
    for m in PARA_TAG[fmt].finditer(xml, lo, hi):
        closing, empty = m.group(1), m.group(2)
        if closing:
            start, slot = stack.pop()
            spans[slot] = (start, m.end())
        elif empty:
            spans.append((m.start(), m.end()))
        else:
            stack.append((m.start(), len(spans)))
            spans.append(None)
    assert not stack, "unbalanced paragraph tags"
    return spans


def para_text(fragment, fmt):
    """A paragraph's text as the reader shows it: tabs, breaks, ODT spaces expanded."""
    if fmt == "docx":
        fragment = re.sub(r"<w:tab/>", "\t", fragment)
        fragment = re.sub(r"<w:br/>", "\n", fragment)
        texts = re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>|(\t|\n)", fragment)
        s = "".join(a or b for a, b in texts)
    else:
        fragment = re.sub(r'<text:s text:c="(\d+)"/>', lambda m: " " * int(m.group(1)), fragment)
        fragment = re.sub(r"<text:s/>", " ", fragment)
        fragment = re.sub(r"<text:tab/>", "\t", fragment)
        fragment = re.sub(r"<text:line-break/>", "\n", fragment)
        s = re.sub(r"<[^>]+>", "", fragment)
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&apos;", "'").replace(
        "&amp;", "&")


def paragraphs(pkg):
    xml = pkg.part(pkg.body_part())
    return [(s, e, para_text(xml[s:e], pkg.fmt)) for s, e in para_spans(xml, pkg.fmt)]


def find_para(pkg, needle, offset=0, occurrence=0):
    """The 1-based index of the paragraph whose text starts with `needle` (NFC-folded,
    spaces squeezed), plus `offset` (the rule after the motto is the motto's + 1)."""
    def norm(t):
        return re.sub(r"\s+", " ", unicodedata.normalize("NFC", t)).strip()
    hits = [i for i, (_, _, t) in enumerate(paragraphs(pkg), 1) if norm(t).startswith(norm(needle))]
    if len(hits) <= occurrence:
        raise EditError(f"no paragraph starts with {needle!r} (occurrence {occurrence})")
    return hits[occurrence] + offset


class EditError(Exception):
    pass


def edit_para(pkg, index, fn):
    """Replaces paragraph `index` (1-based) of the body part by fn(its XML)."""
    name = pkg.body_part()
    xml = pkg.part(name)
    s, e = para_spans(xml, pkg.fmt)[index - 1]
    old = xml[s:e]
    new = fn(old)
    if new == old:
        raise EditError(f"paragraph {index}: the edit changed nothing")
    # fn may have added styles or font faces (before the body): take the part again.
    xml = pkg.part(name)
    s, e = para_spans(xml, pkg.fmt)[index - 1]
    assert xml[s:e] == old
    pkg.parts[name] = xml[:s] + new + xml[e:]


def sub_once(pattern, repl, text, what, count=1, flags=0):
    new, n = re.subn(pattern, repl, text, count=count, flags=flags)
    if n == 0:
        raise EditError(f"{what}: {pattern!r} not found")
    return new


# ---------------------------------------------------------------- DOCX edits

PPR_ORDER = ["pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
             "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
             "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd", "snapToGrid",
             "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection",
             "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"]
RPR_ORDER = ["rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
             "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing", "w",
             "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign",
             "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath"]


def set_props(container, elements, order, tag):
    """Sets child elements of a w:pPr / w:rPr string (`container` is its inner XML):
    each of `elements` replaces its namesake or goes in at its place in the schema
    order. Returns the new inner XML."""
    pieces = re.findall(r"(<w:(\w+)\b(?:[^>]*/>|[^>]*>.*?</w:\2>))", container, flags=re.S)
    assert "".join(p for p, _ in pieces) == container, f"unexpected {tag} content: {container!r}"
    have = {name: xml for xml, name in pieces}
    for el in elements:
        name = re.match(r"<w:(\w+)", el).group(1)
        have[name] = el
    return "".join(have[n] for n in sorted(have, key=lambda n: order.index(n)))


def docx_ppr(*elements, remove=()):
    def fn(p):
        m = re.search(r"<w:pPr>(.*?)</w:pPr>", p, flags=re.S)
        inner = m.group(1) if m else ""
        for r in remove:
            inner = sub_once(r"<w:%s\b(?:[^>]*/>|[^>]*>.*?</w:%s>)" % (r, r), "", inner, "pPr " + r, flags=re.S)
        inner = set_props(inner, elements, PPR_ORDER, "pPr")
        if m:
            return p[:m.start()] + "<w:pPr>" + inner + "</w:pPr>" + p[m.end():]
        return re.sub(r"^(<w:p\b[^>]*>)", lambda m: m.group(1) + "<w:pPr>" + inner + "</w:pPr>", p)
    return fn


def docx_rpr(*elements, runs=None):
    """Sets run properties on the paragraph's runs (all, or the indexes in `runs`)."""
    def fn(p):
        out, last, k = [], 0, 0
        for m in re.finditer(r"<w:r>(?:<w:rPr>(.*?)</w:rPr>)?", p):
            if runs is None or k in runs:
                inner = set_props(m.group(1) or "", elements, RPR_ORDER, "rPr")
                out += [p[last:m.start()], "<w:r><w:rPr>" + inner + "</w:rPr>"]
                last = m.end()
            k += 1
        if not out:
            raise EditError("no run to format")
        return "".join(out) + p[last:]
    return fn


def text_edit(old, new, fmt):
    """Replaces `old` by `new` inside one text node of the paragraph."""
    def fn(p):
        node = r"(<w:t(?:\s[^>]*)?>)([^<]*)(</w:t>)" if fmt == "docx" else r"(>)([^<]*)(<)"
        done = []

        def repl(m):
            if not done and old in m.group(2):
                done.append(1)
                return m.group(1) + m.group(2).replace(old, new, 1) + m.group(3)
            return m.group(0)
        q = re.sub(node, repl, p)
        if not done:
            raise EditError(f"text {old!r} not in one text node")
        return q
    return fn


def map_text(f, fmt):
    """Applies f to every text node of the paragraph."""
    def fn(p):
        node = r"(<w:t(?:\s[^>]*)?>)([^<]*)(</w:t>)" if fmt == "docx" else r"(>)([^<]+)(<)"
        return re.sub(node, lambda m: m.group(1) + f(m.group(2)) + m.group(3), p)
    return fn


def docx_sect(pkg, fn):
    name = "word/document.xml"
    xml = pkg.part(name)
    m = re.search(r"<w:sectPr\b.*?</w:sectPr>", xml, flags=re.S)
    pkg.parts[name] = xml[:m.start()] + fn(m.group(0)) + xml[m.end():]


def docx_header(pkg, kind, fn):
    """Edits the header of `kind` (default, first) of the (only) section."""
    xml = pkg.part("word/document.xml")
    rid = re.search(r'<w:headerReference w:type="%s" r:id="(\w+)"/>' % kind, xml).group(1)
    rels = pkg.part("word/_rels/document.xml.rels")
    target = re.search(r'Id="%s"[^>]*Target="([^"]+)"' % rid, rels).group(1)
    name = "word/" + target
    pkg.parts[name] = fn(pkg.part(name))


# ---------------------------------------------------------------- ODT edits

def odt_auto_styles(pkg):
    xml = pkg.part("content.xml")
    m = re.search(r"<office:automatic-styles>(.*?)</office:automatic-styles>|<office:automatic-styles/>", xml,
                  flags=re.S)
    return m


def odt_add_auto_style(pkg, style_xml):
    xml = pkg.part("content.xml")
    if "<office:automatic-styles/>" in xml:
        xml = xml.replace("<office:automatic-styles/>", "<office:automatic-styles>" + style_xml +
                          "</office:automatic-styles>", 1)
    else:
        xml = xml.replace("</office:automatic-styles>", style_xml + "</office:automatic-styles>", 1)
    pkg.parts["content.xml"] = xml


def odt_add_font_face(pkg, name, generic):
    xml = pkg.part("content.xml")
    decl = (f'<style:font-face style:name="{name}" svg:font-family="{name}" style:font-family-generic="{generic}"'
            f' style:font-pitch="variable"/>')
    pkg.parts["content.xml"] = sub_once(r"</office:font-face-decls>", decl + "</office:font-face-decls>", xml,
                                        "font-face-decls")


def set_attrs(element, attrs):
    """Sets attributes on an element's start tag (a string); None removes one."""
    m = re.match(r"<([\w:-]+)((?:\s+[\w:-]+=\"[^\"]*\")*)\s*(/?)>", element)
    name, rest, empty = m.group(1), m.group(2), m.group(3)
    pairs = re.findall(r'([\w:-]+)="([^"]*)"', rest)
    d = dict(pairs)
    order = [k for k, _ in pairs]
    for k, v in attrs.items():
        if v is None:
            d.pop(k, None)
        else:
            if k not in d:
                order.append(k)
            d[k] = v
    body = "".join(f' {k}="{d[k]}"' for k in order if k in d)
    return f"<{name}{body}{'/' if empty else ''}>" + element[m.end():]


_counter = [0]


def fresh(prefix):
    _counter[0] += 1
    return f"{prefix}{_counter[0]}"


def merge_props(style_xml, kind, attrs):
    """Merges attributes into the style's <style:KIND-properties/> (added if missing)."""
    tag = f"style:{kind}-properties"
    m = re.search(r"<%s\b[^>]*?/?>" % tag, style_xml)
    if m:
        return style_xml[:m.start()] + set_attrs(m.group(0), attrs) + style_xml[m.end():]
    el = set_attrs(f"<{tag}/>", attrs)
    if kind == "paragraph":  # paragraph-properties go before text-properties
        return re.sub(r"(<style:style\b[^>]*>)", lambda mm: mm.group(1) + el, style_xml, count=1)
    return style_xml.replace("</style:style>", el + "</style:style>", 1)


def odt_para_style(pkg, para=None, text=None):
    """Gives the paragraph its own automatic style with these paragraph/text properties:
    a copy of its automatic style if it has one, else a child of its common style."""
    def fn(p):
        name = re.search(r'text:style-name="([^"]+)"', p).group(1)
        autos = odt_auto_styles(pkg)
        auto = autos and re.search(r'<style:style style:name="%s".*?</style:style>' % re.escape(name),
                                   autos.group(0), flags=re.S)
        new = fresh("XP")
        if auto:
            style = re.sub(r'style:name="[^"]+"', f'style:name="{new}"', auto.group(0), count=1)
        else:
            style = (f'<style:style style:name="{new}" style:family="paragraph" '
                     f'style:parent-style-name="{name}"></style:style>')
        if para:
            style = merge_props(style, "paragraph", para)
        if text:
            style = merge_props(style, "text", text)
        odt_add_auto_style(pkg, style)
        return re.sub(r'text:style-name="[^"]+"', f'text:style-name="{new}"', p, count=1)
    return fn


def odt_span(pkg, text_props, font=None):
    """Wraps the paragraph's content in a span of a new automatic text style."""
    def fn(p):
        if font:
            odt_add_font_face(pkg, *font)
        new = fresh("XT")
        odt_add_auto_style(pkg, merge_props(f'<style:style style:name="{new}" style:family="text"></style:style>',
                                            "text", text_props))
        m = re.match(r"(<text:[ph]\b[^>]*>)(.*)(</text:[ph]>)$", p, flags=re.S)
        if not m:
            raise EditError("empty paragraph: nothing to wrap")
        return m.group(1) + f'<text:span text:style-name="{new}">' + m.group(2) + "</text:span>" + m.group(3)
    return fn


def odt_page_layouts(pkg, attrs, which=("pmFirst", "pmOther")):
    xml = pkg.part("styles.xml")
    for name in which:
        m = re.search(r'<style:page-layout style:name="%s">(<style:page-layout-properties\b[^>]*/>)' % name, xml)
        if not m:
            raise EditError(f"page layout {name} not found")
        xml = xml[:m.start(1)] + set_attrs(m.group(1), attrs(m.group(1)) if callable(attrs) else attrs) + \
            xml[m.end(1):]
    pkg.parts["styles.xml"] = xml


# ---------------------------------------------------------------- legacy text

def tcvn3_encoder(root):
    """Unicode → TCVN3 bytes, from the project's table (templates/encodings/tcvn3.txt),
    written as Word and LibreOffice store a .VnTime run: the Windows-1252 image of the
    bytes (the five bytes Windows-1252 lacks as U+0081 …). Only letters the lower-case
    .VnTime can hold in XML: a capital with a mark has no such code (0x01–0x17)."""
    table = {}
    with open(os.path.join(root, "templates", "encodings", "tcvn3.txt"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            code, text = line.rstrip("\n").split("\t")
            table.setdefault(text, bytes.fromhex(code))

    def encode(text):
        out = b""
        for c in unicodedata.normalize("NFC", text):
            if c in table:
                if table[c][0] < 0x20:
                    raise EditError(f"{c!r} has no XML-safe TCVN3 code")
                out += table[c]
            elif ord(c) < 0x80:
                out += c.encode("ascii")
            else:
                raise EditError(f"cannot encode {c!r} in TCVN3")
        image = ""
        for b in out:
            try:
                image += bytes([b]).decode("cp1252")
            except UnicodeDecodeError:
                image += chr(b)
        return image.replace("&", "&amp;").replace("<", "&lt;")
    return encode


# ---------------------------------------------------------------- the defects
#
# Each defect: name; base; the formats it applies to; edit(pkg) → the 1-based index of
# the paragraph the finding must be at (computed on the edited package) or None when
# `where` names a location kind; code; `where` (location kinds accepted, when not a
# paragraph; "paragraph+1" accepts also the next paragraph); also: [(code, where)] other
# findings allowed, where = "at" (the expected paragraph), "next", an int offset, a kind,
# or None (anywhere); fix_keeps: codes `check` may still report after `fix`.

BASES = {
    # 001's own Nơi nhận ends "- Lưu: VP." as its seed does; the layout now writes it
    # "- Lưu: VT, VP." anyway, and the patch says so in the source. 001 is
    # the 3-page sample (header from page 2 on), for the page-number defects.
    "kh": ("001-ke-hoach-gia-lam.xml", [("<archive>VP</archive>", "<archive>VT, VP</archive>")]),
    "cv": ("cong-van.xml", []),
    "gm": ("giay-moi.xml", []),
    "qd": ("quyet-dinh.xml", []),
    "bc": ("bao-cao.xml", []),
    "tb": ("thong-bao.xml", []),
}

QH = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
KH_BODY = "Thực hiện chương trình phối hợp số 03"
KH_PLAIN = "Kinh phí tổ chức Hội nghị từ nguồn"  # no capital with a mark: TCVN3-typable
KH_LATER = "Đây là nhiệm vụ quan trọng"


def para_edit(base_needle, docx_fn, odt_fn, offset=0):
    """An edit of the paragraph starting with base_needle (+offset); docx_fn/odt_fn get
    the package and return the paragraph function."""
    def edit(pkg):
        i = find_para(pkg, base_needle, offset)
        edit_para(pkg, i, (docx_fn if pkg.fmt == "docx" else odt_fn)(pkg))
        return i
    return edit


def both_text(base_needle, old, new):
    def edit(pkg):
        i = find_para(pkg, base_needle)
        edit_para(pkg, i, text_edit(old, new, pkg.fmt))
        return i
    return edit


def run_props(needle, docx_elems, odt_text, font=None):
    return para_edit(needle, lambda pkg: docx_rpr(*docx_elems), lambda pkg: odt_span(pkg, odt_text, font))


def para_text_props(needle, docx_elems, odt_text):
    """Direct run formatting in DOCX; a paragraph automatic style in ODT (as LibreOffice
    stores formatting given to the whole paragraph)."""
    return para_edit(needle, lambda pkg: docx_rpr(*docx_elems), lambda pkg: odt_para_style(pkg, text=odt_text))


def para_props(needle, docx_elems, odt_para, offset=0, docx_remove=()):
    return para_edit(needle, lambda pkg: docx_ppr(*docx_elems, remove=docx_remove),
                     lambda pkg: odt_para_style(pkg, para=odt_para), offset)


def rule_removed(needle):
    """The rule paragraph after `needle` loses its top border (it stays, empty)."""
    return para_props(needle, [], {"fo:border-top": None, "fo:padding-top": None}, offset=1, docx_remove=("pBdr",))


def rule_longer(needle):
    return para_props(needle, ['<w:ind w:left="300" w:right="300"/>'],
                      {"fo:margin-left": "5.3mm", "fo:margin-right": "5.3mm"}, offset=1)


def legacy_run(root):
    enc = tcvn3_encoder(root)

    def docx_fn(pkg):
        f = docx_rpr('<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime" w:cs=".VnTime"/>')
        return lambda p: map_text(enc, "docx")(f(p))

    def odt_fn(pkg):
        f = odt_span(pkg, {"style:font-name": ".VnTime"}, font=(".VnTime", "roman"))
        return lambda p: map_text(enc, "odt")(f(p))
    return para_edit(KH_PLAIN, docx_fn, odt_fn)


def nfd(needle):
    return para_edit(needle, lambda pkg: map_text(lambda t: unicodedata.normalize("NFD", t), "docx"),
                     lambda pkg: map_text(lambda t: unicodedata.normalize("NFD", t), "odt"))


def leading_spaces(needle):
    def docx_fn(pkg):
        return lambda p: sub_once(r'(<w:t xml:space="preserve">)', r"\1" + " " * 8, p, "first text")

    def odt_fn(pkg):
        return lambda p: sub_once(r"^(<text:p\b[^>]*>)", r'\1<text:s text:c="8"/>', p, "paragraph start")
    return para_edit(needle, docx_fn, odt_fn)


def empty_paragraphs_before(needle):
    """Two empty paragraphs typed before `needle` for spacing (the default paragraph
    style, as pressing Enter in an empty document gives)."""
    def edit(pkg):
        i = find_para(pkg, needle)
        empty = "<w:p/>" if pkg.fmt == "docx" else '<text:p text:style-name="Standard"/>'
        edit_para(pkg, i, lambda p: empty + empty + p)
        return i  # the first empty one now has the index the paragraph had
    return edit


def sect_edit(docx_fn, odt_attrs, which=("pmFirst", "pmOther")):
    def edit(pkg):
        if pkg.fmt == "docx":
            docx_sect(pkg, docx_fn)
        else:
            odt_page_layouts(pkg, odt_attrs, which)
        return None
    return edit


def page_number_first(pkg):
    if pkg.fmt == "docx":
        docx_header(pkg, "first", lambda h: sub_once(
            r'(<w:pStyle w:val="VbPageNumber"/></w:pPr>)',
            r'\1<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>', h, "first header"))
    else:
        xml = pkg.part("styles.xml")
        xml = sub_once(r'(<style:master-page style:name="First_20_Page"[^>]*?)/>',
                       r'\1><style:header><text:p text:style-name="VbPageNumber"><text:page-number '
                       r'text:select-page="current">1</text:page-number></text:p></style:header></style:master-page>',
                       xml, "first master page")
        # Page 1 gets the header the other pages have (10 mm above the text, 10 mm from
        # the edge), so that the text stays where it was and no margin changes.
        xml = sub_once(r'(<style:page-layout style:name="pmFirst">)(<style:page-layout-properties\b[^>]*?)'
                       r'fo:margin-top="20mm"([^>]*/>)',
                       r'\1\2fo:margin-top="10mm"\3<style:header-style><style:header-footer-properties '
                       r'fo:min-height="10mm" fo:margin-bottom="0mm" style:dynamic-spacing="false"/>'
                       r'</style:header-style>', xml, "first page layout")
        pkg.parts["styles.xml"] = xml
    return None


def page_numbers_removed(pkg):
    if pkg.fmt == "docx":
        docx_header(pkg, "default", lambda h: sub_once(r"<w:fldSimple\b.*?</w:fldSimple>", "", h, "PAGE field",
                                                       flags=re.S))
    else:
        pkg.parts["styles.xml"] = sub_once(r"<text:page-number\b[^>]*>[^<]*</text:page-number>", "",
                                           pkg.part("styles.xml"), "page-number field")
    return None


def defects(root):
    d = []

    def add(name, base, edit, code, where="at", also=(), fix_keeps=(), formats=("docx", "odt")):
        d.append(dict(name=name, base=base, edit=edit, code=code, where=where, also=list(also),
                      fix_keeps=list(fix_keeps), formats=formats))

    # --- §4.1 Quốc hiệu and motto
    add("qh-size-14", "kh", para_text_props(QH, ['<w:sz w:val="28"/>', '<w:szCs w:val="28"/>'],
                                            {"fo:font-size": "14pt", "style:font-size-complex": "14pt"}),
        "font-size")
    add("qh-not-bold", "cv", para_text_props(QH, ['<w:b w:val="0"/>', '<w:bCs w:val="0"/>'],
                                             {"fo:font-weight": "normal", "style:font-weight-complex": "normal"}),
        "bold")
    add("qh-text", "kh", both_text(QH, "VIỆT NAM", "VIET NAM"), "national-title-text")
    # The en dash is wider than the hyphen (at 14 pt 2 × 2.3 pt): a checker that
    # measures the motto may also find the rule no longer as long as the motto.
    add("motto-en-dash", "kh", both_text(MOTTO, "lập - Tự do - Hạnh", "lập – Tự do – Hạnh"), "motto-text",
        also=[("motto-rule", "at"), ("motto-rule", "next")])
    # Without its border the rule paragraph is an empty paragraph: empty-paragraph there
    # is a true finding too. motto-rule may be placed at the motto or at its rule.
    add("motto-rule-removed", "kh", rule_removed(MOTTO), "motto-rule", where="at-or-prev",
        also=[("empty-paragraph", "at")])
    add("motto-rule-longer", "gm", rule_longer(MOTTO), "motto-rule", where="at-or-prev")
    # --- §4.2 issuer
    add("issuer-rule-removed", "kh", rule_removed("LĐLĐ HUYỆN GIA LÂM"), "issuer-rule", where="at-or-prev",
        also=[("empty-paragraph", "at")])
    add("issuer-not-bold", "gm", para_text_props("LIÊN ĐOÀN LAO ĐỘNG", ['<w:b w:val="0"/>', '<w:bCs w:val="0"/>'],
                                                 {"fo:font-weight": "normal", "style:font-weight-complex": "normal"}),
        "bold")
    # --- §4.3 number and symbol
    add("number-zero", "gm", both_text("Số: 07/GM", "07/GM", "5/GM"), "number-zero")
    add("number-colon", "gm", both_text("Số: 07/GM", "Số: 07", "Số 07"), "number-format")
    add("symbol-space", "qd", both_text("Số: 15/QĐ", "15/QĐ-LĐLĐ", "15/QĐ - LĐLĐ"), "symbol-format")
    # --- §4.4 date
    add("date-not-italic", "qd", para_text_props("Hải An, ngày 20", ['<w:i w:val="0"/>', '<w:iCs w:val="0"/>'],
                                                 {"fo:font-style": "normal", "style:font-style-complex": "normal"}),
        "italic")
    add("date-zero", "kh", both_text("Gia Lâm, ngày 24", "ngày 24 tháng 4", "ngày 5 tháng 3"), "date-zero")
    add("date-format", "kh", both_text("Gia Lâm, ngày 24", "Gia Lâm, ngày 24 tháng 4 năm 2023", "Gia Lâm, 24/4/2023"),
        "date-format")
    # --- §4.5 tên loại, trích yếu, V/v
    add("doctype-lower", "kh", both_text("KẾ HOẠCH", "KẾ HOẠCH", "Kế hoạch"), "capitals")
    add("subject-rule-removed", "qd", rule_removed("Về việc khen thưởng"), "subject-rule", where="at-or-prev",
        also=[("empty-paragraph", "at")])
    add("vv-bold", "cv", para_text_props("V/v ", ['<w:b/>', '<w:bCs/>'],
                                         {"fo:font-weight": "bold", "style:font-weight-complex": "bold"}), "bold")
    # --- §4.6, §4.7
    add("addressee-no-semicolon", "cv", both_text("- Các phòng, ban chuyên môn", "thuộc quận;", "thuộc quận"),
        "addressee-punctuation")
    add("basis-no-semicolon", "qd", both_text("Căn cứ Luật Công đoàn", "năm 2012;", "năm 2012"), "basis-punctuation")
    # --- §4.8 body
    add("body-not-justified", "kh", para_props(KH_BODY, ['<w:jc w:val="left"/>'], {"fo:text-align": "start"}),
        "alignment")
    add("body-indent-0", "kh", para_props(KH_BODY, ['<w:ind w:firstLine="0"/>'], {"fo:text-indent": "0mm"}),
        "first-indent")
    add("body-line-2", "kh", para_props(KH_BODY, ['<w:spacing w:before="120" w:after="0" w:line="480" '
                                                  'w:lineRule="auto"/>'], {"fo:line-height": "200%"}),
        "line-spacing")
    # The gap is between the previous paragraph and this one: either may carry it.
    add("body-spacing-0", "kh", para_props(KH_LATER, ['<w:spacing w:before="0" w:after="0"/>'],
                                           {"fo:margin-top": "0pt", "fo:margin-bottom": "0pt"}),
        "paragraph-spacing", where="at-or-prev")
    add("body-size-12", "tb", para_text_props("Giám đốc Sở tiếp công dân", ['<w:sz w:val="24"/>', '<w:szCs w:val="24"/>'],
                                              {"fo:font-size": "12pt", "style:font-size-complex": "12pt"}), "font-size")
    add("numbering-order", "bc", both_text("II. KIẾN NGHỊ", "II.", "III."), "numbering-order")
    # --- §4.9 signature
    add("authority-t/m", "kh", both_text("TM. BAN THƯỜNG VỤ", "TM.", "T/M."), "authority-prefix")
    add("authority-kt-no-dot", "tb", both_text("KT. GIÁM ĐỐC", "KT.", "KT"), "authority-prefix")
    # fix keeps the words: "TS." is a word of the document, not dropped by a re-render.
    add("signer-title", "qd", both_text("Phạm Thị Hoa", "Phạm Thị Hoa", "TS. Phạm Thị Hoa"), "signer-name",
        fix_keeps=["signer-name"])
    # --- §4.10 Nơi nhận
    add("recipients-no-colon", "kh", both_text("Nơi nhận:", "Nơi nhận:", "Nơi nhận"), "recipients-label")
    add("recipient-no-semicolon", "kh", both_text("- Thường trực HU", "Báo cáo);", "Báo cáo)"),
        "recipients-punctuation")
    # fix re-renders the archive line with the Văn thư first ("Lưu: VT, VP.": the layout
    # puts VT before the unit), so nothing is left after fix.
    add("archive-not-vt", "gm", both_text("- Lưu: VT, VP.", "Lưu: VT, VP.", "Lưu: VP."), "recipients-archive")
    # --- §2 page set-up (A5 keeps the margins; landscape is A4 turned)
    # The rule under the trích yếu is a border of a body paragraph whose indents leave it
    # 1/3–1/2 of the trích yếu's width on A4: on another text width it is another length
    # (on A5 the indents pass each other: no line; landscape: 149 mm). A true finding
    # the page change causes.
    add("page-a5", "kh", sect_edit(lambda s: sub_once(r'<w:pgSz w:w="11906" w:h="16838"/>',
                                                       '<w:pgSz w:w="8391" w:h="11906"/>', s, "pgSz"),
                                    {"fo:page-width": "148mm", "fo:page-height": "210mm"}), "page-size",
        where=["page-setup"], also=[("subject-rule", None)])
    add("page-landscape", "gm", sect_edit(lambda s: sub_once(r'<w:pgSz w:w="11906" w:h="16838"/>',
                                                              '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>',
                                                              s, "pgSz"),
                                           {"fo:page-width": "297mm", "fo:page-height": "210mm",
                                            "style:print-orientation": "landscape"}), "page-orientation",
        where=["page-setup"], also=[("subject-rule", None)])
    add("margin-left-20", "kh", sect_edit(lambda s: sub_once(r'w:left="1701"', 'w:left="1134"', s, "left margin"),
                                           {"fo:margin-left": "20mm"}), "page-margin", where=["page-setup"])
    add("margin-top-40", "cv", sect_edit(lambda s: sub_once(r'w:top="1134"', 'w:top="2268"', s, "top margin"),
                                          {"fo:margin-top": "40mm"}, which=("pmFirst",)), "page-margin",
        where=["page-setup"])
    # --- checklist 18: page numbers
    add("page-number-first", "kh", page_number_first, "page-number-first", where=["header"])
    add("page-numbers-removed", "kh", page_numbers_removed, "page-number-missing", where=["header", "document"])
    # --- §2 type
    add("run-arial", "kh", run_props(KH_BODY, ['<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>'],
                                     {"style:font-name": "Arial"}, font=("Arial", "swiss")), "font-family")
    add("run-vntime", "kh", legacy_run(root), "font-legacy")
    add("run-red", "kh", run_props(KH_LATER, ['<w:color w:val="FF0000"/>'], {"fo:color": "#ff0000"}), "font-color")
    # --- text
    add("text-nfd", "kh", nfd(KH_BODY), "not-nfc")
    # Reported at the first empty paragraph, and perhaps at the second too.
    add("empty-paragraphs", "kh", empty_paragraphs_before("KẾ HOẠCH"), "empty-paragraph",
        also=[("empty-paragraph", "next")])
    add("spaces-indent", "kh", leading_spaces(KH_PLAIN), "spacing-characters")
    return d


# ---------------------------------------------------------------- refusals
#
# Content vanban cannot carry into its own documents: `fix` refuses the file (exit 1,
# nothing written, "IN: refused: KIND in paragraph N" for each), and with --force drops
# it, says so, and writes a document that checks clean. Each is put into the body
# paragraph KH_BODY of the plan; these edits may touch several parts (an image needs
# its file, its relationship, its content type).

def tiny_png():
    """A 1×1 black PNG."""
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b""))


def add_entry(pkg, name, data):
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    pkg.entries.append((info, data))


def declare(pkg, part, prefix, uri):
    """Adds a namespace declaration to the root element of `part` if it lacks it."""
    xml = pkg.part(part)
    m = re.search(r"<(?![?!])[\w:.-]+", xml)
    root_tag = xml[m.start():xml.index(">", m.start())]
    if f"xmlns:{prefix}=" not in root_tag:
        pkg.parts[part] = xml[:m.end()] + f' xmlns:{prefix}="{uri}"' + xml[m.end():]


def docx_rel(pkg, rid, rtype, target):
    name = "word/_rels/document.xml.rels"
    pkg.parts[name] = pkg.part(name).replace(
        "</Relationships>", f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/{rtype}" Target="{target}"/></Relationships>')


def docx_content_type(pkg, xml):
    name = "[Content_Types].xml"
    pkg.parts[name] = pkg.part(name).replace("</Types>", xml + "</Types>")


def refusal_docx(kind):
    def edit(pkg):
        i = find_para(pkg, KH_BODY)
        if kind == "tracked change":
            edit_para(pkg, i, lambda p: sub_once(r"(<w:r>.*</w:r>)", r'<w:ins w:id="901" w:author="Văn thư" '
                                                 r'w:date="2023-04-20T08:00:00Z">\1</w:ins>', p, "runs", flags=re.S))
        elif kind == "comment":
            edit_para(pkg, i, lambda p: sub_once(
                r"(</w:pPr>)(.*)(</w:p>)$", r'\1<w:commentRangeStart w:id="0"/>\2<w:commentRangeEnd w:id="0"/>'
                r'<w:r><w:commentReference w:id="0"/></w:r>\3', p, "paragraph", flags=re.S))
            add_entry(pkg, "word/comments.xml", (
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.'
                'openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="Văn thư" '
                'w:date="2023-04-20T08:00:00Z"><w:p><w:r><w:t>Xem lại số liệu</w:t></w:r></w:p></w:comment>'
                '</w:comments>').encode("utf-8"))
            docx_rel(pkg, "rIdFxComments", "comments", "comments.xml")
            docx_content_type(pkg, '<Override PartName="/word/comments.xml" ContentType="application/vnd.'
                                   'openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
        elif kind == "image":
            declare(pkg, "word/document.xml", "wp",
                    "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing")
            declare(pkg, "word/document.xml", "a", "http://schemas.openxmlformats.org/drawingml/2006/main")
            declare(pkg, "word/document.xml", "pic", "http://schemas.openxmlformats.org/drawingml/2006/picture")
            drawing = (
                '<w:r><w:drawing><wp:inline><wp:extent cx="360000" cy="360000"/><wp:docPr id="1" name="Hình 1"/>'
                '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
                '<pic:nvPicPr><pic:cNvPr id="1" name="dot.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>'
                '<a:blip r:embed="rIdFxImage"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr>'
                '<a:xfrm><a:off x="0" y="0"/><a:ext cx="360000" cy="360000"/></a:xfrm><a:prstGeom prst="rect">'
                '<a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>'
                '</w:r>')
            edit_para(pkg, i, lambda p: p.replace("</w:p>", drawing + "</w:p>"))
            add_entry(pkg, "word/media/dot.png", tiny_png())
            docx_rel(pkg, "rIdFxImage", "image", "media/dot.png")
            docx_content_type(pkg, '<Default Extension="png" ContentType="image/png"/>')
        elif kind == "text box":
            declare(pkg, "word/document.xml", "v", "urn:schemas-microsoft-com:vml")
            declare(pkg, "word/document.xml", "o", "urn:schemas-microsoft-com:office:office")
            # A VML text box as Word 2003-2007 wrote them (shape type 202).
            box = ('<w:r><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
                   'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
                   'o:connecttype="rect"/></v:shapetype><v:shape id="HopChu1" type="#_x0000_t202" '
                   'style="width:120pt;height:30pt"><v:textbox><w:txbxContent><w:p><w:r><w:t>Hộp chữ</w:t></w:r>'
                   '</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
            edit_para(pkg, i, lambda p: p.replace("</w:p>", box + "</w:p>") if p.endswith("</w:p>") else p)
        return i
    return edit


def refusal_odt(kind):
    def edit(pkg):
        i = find_para(pkg, KH_BODY)
        content = "content.xml"
        if kind == "tracked change":
            declare(pkg, content, "dc", "http://purl.org/dc/elements/1.1/")
            edit_para(pkg, i, lambda p: sub_once(r"^(<text:p\b[^>]*>)(.*)(</text:p>)$",
                                                 r'\1<text:change-start text:change-id="ctFx1"/>\2'
                                                 r'<text:change-end text:change-id="ctFx1"/>\3', p, "paragraph",
                                                 flags=re.S))
            pkg.parts[content] = sub_once(
                r"(<office:text>)", r'\1<text:tracked-changes><text:changed-region text:id="ctFx1"><text:insertion>'
                r'<office:change-info><dc:creator>Văn thư</dc:creator><dc:date>2023-04-20T08:00:00</dc:date>'
                r'</office:change-info></text:insertion></text:changed-region></text:tracked-changes>',
                pkg.part(content), "office:text")
        elif kind == "comment":
            declare(pkg, content, "dc", "http://purl.org/dc/elements/1.1/")
            edit_para(pkg, i, lambda p: sub_once(
                r"^(<text:p\b[^>]*>)", r"\1<office:annotation><dc:creator>Văn thư</dc:creator><text:p>Xem lại số liệu"
                r"</text:p></office:annotation>", p, "paragraph"))
        elif kind in ("image", "text box"):
            declare(pkg, content, "draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0")
            declare(pkg, content, "xlink", "http://www.w3.org/1999/xlink")
            inner = ('<draw:image xlink:href="Pictures/dot.png" xlink:type="simple" xlink:show="embed" '
                     'xlink:actuate="onLoad"/>' if kind == "image" else
                     "<draw:text-box><text:p>Hộp chữ</text:p></draw:text-box>")
            frame = (f'<draw:frame draw:name="Fx1" text:anchor-type="as-char" svg:width="40mm" svg:height="10mm">'
                     f'{inner}</draw:frame>')
            edit_para(pkg, i, lambda p: sub_once(r"(</text:p>)$", frame + r"\1", p, "paragraph end"))
            if kind == "image":
                add_entry(pkg, "Pictures/dot.png", tiny_png())
                pkg.parts["META-INF/manifest.xml"] = pkg.part("META-INF/manifest.xml").replace(
                    "</manifest:manifest>", '<manifest:file-entry manifest:full-path="Pictures/dot.png" '
                    'manifest:media-type="image/png"/></manifest:manifest>')
        return i
    return edit


REFUSALS = ["image", "text box", "comment", "tracked change"]


def build_refusals(bases, work):
    made = []
    for kind in REFUSALS:
        for fmt in ("docx", "odt"):
            pkg = Package(bases["kh", fmt])
            path = os.path.join(work, f"refuse-{kind.replace(' ', '-')}.{fmt}")
            try:
                n = (refusal_docx if fmt == "docx" else refusal_odt)(kind)(pkg)
                problems = verify(pkg)
            except (EditError, ValueError) as e:
                n, problems = None, [f"edit failed: {e}"]
            if not problems:
                write_zip(path, [(i, pkg.parts[i.filename].encode("utf-8") if i.filename in pkg.parts else data)
                                 for i, data in pkg.entries])
            made.append((kind, fmt, path, n, problems))
    return made


def check_refusal(vanban, kind, fmt, path, n):
    """[] when fix refuses the file and --force repairs it; else the problems."""
    out_path = os.path.splitext(path)[0] + ".fixed." + fmt
    code, out, err = run([vanban, "fix", path, "-o", out_path])
    problems = []
    said = out + err
    if code != 1:
        problems.append(f"fix exit {code}, expected 1 (refused)")
    if os.path.exists(out_path):
        problems.append("fix wrote the output while refusing")
        os.remove(out_path)
    if not re.search(r"refused: %s in paragraph %d\b" % (re.escape(kind), n), said):
        problems.append(f"no 'refused: {kind} in paragraph {n}' in {said.strip()[:200]!r}")
    code, out, err = run([vanban, "fix", path, "-o", out_path, "--force"])
    if code != 0 or not os.path.exists(out_path):
        problems.append(f"fix --force exit {code}, output {'written' if os.path.exists(out_path) else 'missing'}")
    elif kind not in out + err:
        problems.append(f"fix --force does not say it dropped the {kind}: {(out + err).strip()[:200]!r}")
    else:
        code, out, err = run([vanban, "check", "--error-format", "json", out_path])
        if code != 0 or out.strip():
            problems.append(f"check of the forced fix: exit {code}, {out.strip()[:200]!r}")
    return problems


# ---------------------------------------------------------------- running

def run(args, timeout=TIMEOUT):
    try:
        r = subprocess.run(args, capture_output=True, timeout=timeout)
        return r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return None, "", "TIMEOUT"


def findings_of(out):
    found, junk = [], []
    for line in out.splitlines():
        if not line.strip():
            continue
        try:
            found.append(json.loads(line))
        except ValueError:
            junk.append(line)
    return found, junk


def loc_matches(f, where, n):
    """Does finding f sit at `where`: "at" paragraph n, "next" n+1, "prev" n-1,
    "at-or-prev", a list of location kinds, or None (anywhere)?"""
    if where is None:
        return True
    if isinstance(where, list):
        loc = f.get("location", "")
        return any(loc == k or loc.startswith(k + " ") for k in where)
    para = f.get("paragraph")
    return para is not None and n is not None and para - n in {"at": {0}, "next": {1}, "prev": {-1},
                                                               "at-or-prev": {0, -1}}[where]


def key(f):
    return (f.get("code"), f.get("location"))


def build(vanban, samples, work):
    root = os.path.dirname(os.path.abspath(samples))
    bases, made, failures = {}, [], []
    for b, (sample, patches) in BASES.items():
        xml = open(os.path.join(samples, sample), encoding="utf-8").read()
        for old, new in patches:
            assert old in xml, f"{sample}: {old!r} not found"
            xml = xml.replace(old, new)
        src = os.path.join(work, f"base-{b}.xml")
        open(src, "w", encoding="utf-8").write(xml)
        for fmt in ("docx", "odt"):
            out = os.path.join(work, f"base-{b}.{fmt}")
            code, _, err = run([vanban, "render", src, "-o", out])
            if code != 0:
                raise SystemExit(f"render {sample} to {fmt}: exit {code}: {err}")
            bases[b, fmt] = out
    for d in defects(root):
        for fmt in d["formats"]:
            base = bases[d["base"], fmt]
            pkg = Package(base)
            name = f"{d['name'].replace('/', '-')}.{fmt}"
            try:
                n = d["edit"](pkg)
                problems = verify(pkg)
            except (EditError, AttributeError, ValueError) as e:
                problems = [f"edit failed: {e}"]
                n = None
            path = os.path.join(work, name)
            if not problems:
                write_zip(path, [(i, pkg.parts[i.filename].encode("utf-8") if i.filename in pkg.parts else data)
                                 for i, data in pkg.entries])
                problems = verify_written(base, path, set(pkg.parts))
            if problems:
                failures.append((d, fmt, "; ".join(problems)))
            made.append((d, fmt, path, n, problems))
    return bases, made, failures


def verify(pkg):
    """Each rewritten part differs from the original and is well-formed XML."""
    problems = []
    original = dict((i.filename, data) for i, data in pkg.entries)
    changed = [p for p in pkg.parts if pkg.parts[p].encode("utf-8") != original[p]]
    if not changed:
        problems.append("the edit changed no part")
    for p in changed:
        try:
            ET.fromstring(pkg.parts[p].encode("utf-8"))
        except ET.ParseError as e:
            problems.append(f"{p} is not well-formed after the edit: {e}")
    # Every style and font the edited package names is defined.
    if pkg.fmt == "odt":
        content, styles = pkg.part("content.xml"), pkg.part("styles.xml")
        defined = set(re.findall(r'<style:(?:style|page-layout) style:name="([^"]+)"', content + styles))
        used = set(re.findall(r'(?:text|style):(?:style|parent-style|page-layout)-name="([^"]+)"', content + styles))
        fonts = set(re.findall(r'<style:font-face style:name="([^"]+)"', content))
        used_fonts = set(re.findall(r'style:font-name="([^"]+)"', content))
        if used - defined - {"Standard"} or used_fonts - fonts:
            problems.append(f"undefined styles or fonts: {sorted(used - defined)} {sorted(used_fonts - fonts)}")
    else:
        document, styles = pkg.part("word/document.xml"), pkg.part("word/styles.xml")
        used = set(re.findall(r'<w:pStyle w:val="([^"]+)"', document))
        defined = set(re.findall(r'w:styleId="([^"]+)"', styles))
        if used - defined:
            problems.append(f"undefined styles: {sorted(used - defined)}")
    return problems


def verify_written(base, path, touched):
    """The defect file holds the same entries in the same order, every entry but the
    edited part byte-identical, an ODT's mimetype first and stored."""
    problems = []
    a, b = read_zip(base), read_zip(path)
    if [i.filename for i, _ in a] != [i.filename for i, _ in b]:
        problems.append("entries differ from the base's")
    diff = [i.filename for (i, x), (_, y) in zip(a, b) if x != y]
    if len(diff) != 1 or diff[0] not in touched:
        problems.append(f"parts changed: {diff} (one expected)")
    if path.endswith(".odt"):
        first = b[0][0]
        if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED:
            problems.append("mimetype is not the first entry, stored")
    return problems


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    build_only = "--build-only" in sys.argv
    keep = None
    if "--keep" in sys.argv:
        keep = sys.argv[sys.argv.index("--keep") + 1]
        args.remove(keep)
    if len(args) != 2:
        raise SystemExit(__doc__)
    vanban, samples = os.path.abspath(args[0]), os.path.abspath(args[1])
    work = os.path.abspath(keep) if keep else tempfile.mkdtemp(prefix="vanban-defects-")
    os.makedirs(work, exist_ok=True)
    try:
        return check_all(vanban, samples, work, build_only)
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)


def check_all(vanban, samples, work, build_only):
    bases, made, failures = build(vanban, samples, work)
    refusals = build_refusals(bases, work)
    kinds = len({d["name"] for d, *_ in made})
    print(f"{len(made)} defect files ({kinds} kinds) built; {len(failures)} edits did not apply")
    for d, fmt, why in failures:
        print(f"FAIL build {d['name']} {fmt}: {why}")
    for kind, fmt, path, n, problems in refusals:
        if problems:
            failures.append((dict(name="refuse " + kind), fmt, "; ".join(problems)))
            print(f"FAIL build refusal {kind} {fmt}: {'; '.join(problems)}")
    if build_only:
        for d, fmt, path, n, problems in made:
            where = f"paragraph {n}" if n is not None else "/".join(d["where"])
            print(f"  {d['name']:24} {fmt:4}  {d['code']:24} {where}")
        for kind, fmt, path, n, problems in refusals:
            print(f"  {'refuse ' + kind:24} {fmt:4}  {'(fix refuses)':24} paragraph {n}")
        return 1 if failures else 0

    # The bases must check clean; their findings (if any) are set aside below.
    base_findings = {}
    bad = len(failures)
    for (b, fmt), path in sorted(bases.items()):
        code, out, err = run([vanban, "check", "--error-format", "json", path])
        found, junk = findings_of(out)
        base_findings[b, fmt] = {key(f) for f in found}
        if code != 0 or found or junk:
            bad += 1
            print(f"FAIL base {b} {fmt}: check exit {code}; {len(found)} findings")
            for f in found:
                print(f"       {f.get('code')} at {f.get('location')}: {f.get('message')}")
            for line in (junk + err.splitlines())[:5]:
                print(f"       {line}")

    rows = []
    for d, fmt, path, n, problems in made:
        if problems:
            rows.append((d["name"], fmt, "edit did not apply"))
            continue
        why = check_one(vanban, d, fmt, path, n, base_findings[d["base"], fmt])
        rows.append((d["name"], fmt, "ok" if not why else "FAIL: " + why[0]))
        for w in why[1:]:
            print(f"       {d['name']} {fmt}: {w}")
        bad += bool(why)

    for kind, fmt, path, n, problems in refusals:
        if problems:
            continue
        why = check_refusal(vanban, kind, fmt, path, n)
        rows.append(("refuse " + kind, fmt, "ok" if not why else "FAIL: " + why[0]))
        for w in why[1:]:
            print(f"       refuse {kind} {fmt}: {w}")
        bad += bool(why)

    print()
    print(f"{'defect':26} {'format':6} result")
    for name, fmt, result in rows:
        print(f"{name:26} {fmt:6} {result}")
    print(f"\n{sum(r[2] == 'ok' for r in rows)} of {len(rows)} files pass")
    return 1 if bad else 0


def check_one(vanban, d, fmt, path, n, base):
    """[] when the defect file behaves; else [summary, details…]."""
    where = d["where"]
    code, out, err = run([vanban, "check", "--error-format", "json", path])
    found, junk = findings_of(out)
    problems = []
    if code != 1:
        problems.append(f"check exit {code}, expected 1 ({err.strip()[:200]})")
    if junk:
        problems.append(f"check printed lines that are not JSON: {junk[:2]}")
    hit = [f for f in found if f.get("code") == d["code"] and loc_matches(f, where, n)]
    wanted = f"{d['code']} at " + (f"paragraph {n}" if not isinstance(where, list) else "/".join(where))
    if not hit:
        problems.append(f"{wanted} not reported")
    for f in found:
        if f in hit or key(f) in base:
            continue
        if any(f.get("code") == c and loc_matches(f, w, n) for c, w in d["also"]):
            continue
        problems.append(f"unexpected {f.get('code')} at {f.get('location')}: {f.get('message')}")
    if problems:
        return [problems[0]] + problems[1:] + [f"found: {f.get('code')} at {f.get('location')}" for f in found]

    out_path = os.path.splitext(path)[0] + ".fixed." + fmt
    code, out, err = run([vanban, "fix", path, "-o", out_path])
    if code != 0:
        return [f"fix exit {code}: {err.strip()[:200]}"]
    m = re.search(r"^words: kept (\d+) of (\d+) \(([\d.,]+) ?%\)", out, flags=re.M)
    if not m:
        return [f"fix printed no 'words: kept N of M (P %)' line: {out[:200]!r}"]
    kept, total = int(m.group(1)), int(m.group(2))
    if total == 0 or kept / total < 0.995 or float(m.group(3).replace(",", ".")) < 99.5:
        return [f"fix kept {kept} of {total} words ({m.group(3)} %), below 99.5 %"]
    if not os.path.exists(out_path):
        return ["fix wrote no output"]
    code, out, err = run([vanban, "check", "--error-format", "json", out_path])
    found, junk = findings_of(out)
    left = [f for f in found if f.get("code") not in d["fix_keeps"]]
    if code not in (0, 1) or left or junk or (code == 1 and not found):
        return [f"check of the fixed file: exit {code}, {len(left)} findings"] + \
            [f"after fix: {f.get('code')} at {f.get('location')}: {f.get('message')}" for f in left] + junk[:3]
    if d["fix_keeps"] and code == 0 and not found:
        pass  # fixed better than required
    return []


if __name__ == "__main__":
    sys.exit(main())
