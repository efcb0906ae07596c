#!/usr/bin/env python3
"""Writes tests/fixtures/legacy/: small .docx and .odt files typed in the legacy
Vietnamese fonts, made the way Word and LibreOffice store such documents, with the
Unicode text each must import as (NAME.txt, one line a paragraph or table cell).
Run once by a developer; the output is committed and reviewed.

    tools/make-legacy-fixtures.py [--seeds ../shared/seeds] [--no-convert]

How they are made. The text is the start of a seed plan (../shared/seeds, the five real
plans): its first paragraphs, about 3,000 characters, with markdown marks ('#', '*')
taken off and typographic punctuation made plain (" ' - ...), as the typists of the
time wrote it (a .VnTime font has no “ ” – …: their Windows-1252 bytes are letters in
TCVN3). Above it goes the header as a two-column table: the issuer of the seed's
sample (samples/NNN-*.xml) and the national motto.

Each line is encoded with our own code tables (templates/encodings/tcvn3.txt,
vni-windows.txt) and written as Word and LibreOffice write text in a legacy font: the
Windows-1252 image of the bytes (U+0081 … for the bytes Windows-1252 lacks), or for a
font of the symbol character set U+F000 + byte. TCVN3 has no capitals in its lower-case
fonts where XML can hold them (0x01-0x17): a line in capitals is typed in the
capitals-only .VnTimeH with the lower-case codes, as real files do, and a lone
capital such as the Ý of "Ý kiến" is a one-letter .VnTimeH run (the seeds have none
in mixed case: the TCVN3 fixtures end with a line typed for them, and the footnote of
docx-tcvn3-styles has one). TCVN3 "ư" is the byte
0xAD, the soft hyphen: one fixture writes it as <w:softHyphen/>, as Word does, the
others as U+00AD in the text, as LibreOffice does.

The fixtures, each exercising one way of giving the font:

  docx-tcvn3-runs    seed 000: w:rFonts on every run (.VnTime, .VnTimeH), a w:sym
                     letter, <w:softHyphen/> for ư, the number line in Times New Roman
                     Unicode, document defaults in Times New Roman
  docx-tcvn3-styles  seed 001: no fonts on runs; paragraph styles with basedOn chains
                     (Normal .VnTime; Muc basedOn TieuDe basedOn Normal, .VnTimeH in
                     TieuDe), a character style (w:rStyle) for lone capitals, the
                     place and date in a Times New Roman Unicode run, a TCVN3 footnote
  docx-tcvn3-theme   seed 002: theme fonts (minor .VnTime, major .VnTimeH) through the
                     document defaults and a heading style, beside a w:ascii name that
                     the theme overrides
  docx-vni-defaults  seed 003: VNI-Times from the document defaults only (no styles),
                     the header table in Times New Roman Unicode
  docx-tcvn3-symbol  seed 004: .VnTime flagged as a symbol font: every character
                     U+F000 + byte
  odt-tcvn3          seed 000: Standard in .VnTime through a font face whose
                     svg:font-family is quoted, headings in .VnTimeH through
                     style:parent-style-name, automatic styles, a Unicode span in
                     fo:font-family Times New Roman
  odt-vni            seed 003: VNI-Times in the default paragraph style

Then LibreOffice (soffice --headless --convert-to, with a private profile) makes
docx-tcvn3-styles.doc, docx-vni-defaults.rtf, odt-tcvn3.doc and docx-tcvn3-symbol.doc
from them, so that `vanban import` goes the whole way (.doc/.rtf → LibreOffice →
.docx → fonts); their expected text is their source's.
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "legacy")
CHARS = 3000  # about this much of each seed


# ---- code tables ----

def load_table(name):
    """Unicode → bytes, from our own table (the first sequence listed for a letter)."""
    to_bytes, taken = {}, set()
    with open(os.path.join(ROOT, "templates", "encodings", name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            code, text = line.rstrip("\n").split("\t")
            seq = bytes.fromhex(code)
            taken.add(seq)
            to_bytes.setdefault(text, seq)
    return to_bytes, taken


def cp1252_byte(c):
    try:
        return c.encode("cp1252")
    except UnicodeEncodeError:
        return None


def encoder(name):
    to_bytes, taken = load_table(name)

    def encode(text):
        out = b""
        for c in unicodedata.normalize("NFC", text):
            if c in to_bytes:
                out += to_bytes[c]
            elif ord(c) < 0x80:
                out += c.encode("ascii")
            elif (b := cp1252_byte(c)) is not None and b not in taken:
                out += b  # a Windows-1252 byte the table leaves as it is
            else:
                raise ValueError(f"{name}: cannot encode {c!r} in {text!r}")
        return out

    return encode


TCVN3 = encoder("tcvn3.txt")
VNI = encoder("vni-windows.txt")


def image(data, symbol=False):
    """The text Word stores for bytes in a legacy font: Windows-1252, the five bytes it
    lacks as U+0081 …; a symbol-charset font's bytes as U+F000 + byte."""
    if symbol:
        return "".join(chr(0xF000 + b) for b in data)
    out = ""
    for b in data:
        try:
            out += bytes([b]).decode("cp1252")
        except UnicodeDecodeError:
            out += chr(b)
    return out


def all_caps(text):
    return any(c.isalpha() for c in text) and text == text.upper()


def tcvn3_segments(text, body=".VnTime", capitals=".VnTimeH"):
    """(font, bytes) pieces of one line in TCVN3: capitals lines whole in the
    capitals-only font with the lower-case codes; elsewhere a capital without a
    code XML can hold is a one-letter run in the capitals font."""
    if all_caps(text):
        return [(capitals, TCVN3(text.lower()))]
    segments = []
    for c in text:
        data = TCVN3(c)
        font = body
        if data[0] < 0x20:
            font, data = capitals, TCVN3(c.lower())
        if segments and segments[-1][0] == font:
            segments[-1] = (font, segments[-1][1] + data)
        else:
            segments.append((font, data))
    return segments


# ---- source text ----

def plain(line):
    line = re.sub(r"^#+\s*", "", line.strip()).replace("*", "")
    for a, b in (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'"), ("–", "-"), ("—", "-"), ("…", "...")):
        line = line.replace(a, b)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", line)).strip()


# The seeds have no mixed-case line with a capital TCVN3 cannot hold in its lower-case
# fonts; the TCVN3 fixtures end with this one, typed for them.
CLOSING = "Ý kiến góp ý xin gửi về Văn phòng trước ngày 15/5/2023."


def seed_lines(seeds, number):
    path = glob.glob(os.path.join(seeds, number + "_*.txt"))[0]
    lines, size = [], 0
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = plain(raw)
            if not line:
                continue
            lines.append(line)
            size += len(line)
            if size >= CHARS:
                break
    return lines


def header(number):
    """[[left, right], …]: the sample's issuer and the national motto."""
    path = glob.glob(os.path.join(ROOT, "samples", number + "-*.xml"))[0]
    with open(path, encoding="utf-8") as f:
        m = re.search(r'<issuer(?: superior="([^"]*)")?[^>]*>([^<]*)<', f.read())
    left = [s.upper() for s in (m.group(1), m.group(2)) if s]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    if len(left) == 1:
        left.append("")
    return [[left[0], right[0]], [left[1], right[1]]]


def expected(head, body, notes=()):
    lines = [c for row in head for c in row if c] + list(body)
    lines += [f"[{i + 1}] {n}" for i, n in enumerate(notes)]
    return "\n".join(lines) + "\n"


# ---- DOCX ----

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def w_text(text, soft_hyphen_element=False):
    """w:t elements (and w:softHyphen for U+00AD when asked)."""
    parts = text.split("\u00ad") if soft_hyphen_element else [text]
    xml = []
    for i, p in enumerate(parts):
        if i:
            xml.append("<w:softHyphen/>")
        if p:
            xml.append(f'<w:t xml:space="preserve">{escape(p)}</w:t>')
    return "".join(xml)


def w_run(text, font=None, style=None, bold=False, inner=None, soft_hyphen_element=False):
    props = ""
    if style:
        props += f'<w:rStyle w:val="{style}"/>'
    if font:
        props += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
    if bold:
        props += "<w:b/>"
    body = inner if inner is not None else w_text(text, soft_hyphen_element)
    return f"<w:r>{'<w:rPr>' + props + '</w:rPr>' if props else ''}{body}</w:r>"


def w_para(runs, style=None, center=False):
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + ('<w:jc w:val="center"/>' if center else "")
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{''.join(runs)}</w:p>"


def w_table(rows):
    """rows of cells, each cell a list of paragraph XML."""
    xml = '<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="3600"/>'
    xml += '<w:gridCol w:w="5400"/></w:tblGrid>'
    for row in rows:
        xml += "<w:tr>" + "".join(f"<w:tc>{''.join(cell) or '<w:p/>'}</w:tc>" for cell in row) + "</w:tr>"
    return xml + "</w:tbl>"


def rfonts(font=None, theme=None):
    if theme:
        # The theme wins over the name beside it (which older readers use).
        return (f'<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:asciiTheme="{theme}" '
                f'w:hAnsiTheme="{theme}"/>')
    return f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'


def styles_xml(default_fonts, styles=""):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}>'
            f"<w:docDefaults><w:rPrDefault><w:rPr>{default_fonts}<w:sz w:val=\"28\"/></w:rPr></w:rPrDefault>"
            f"</w:docDefaults>{styles}</w:styles>")


def style(kind, sid, name, based=None, rpr="", default=False, ppr=""):
    xml = f'<w:style w:type="{kind}" w:styleId="{sid}"' + (' w:default="1"' if default else "") + ">"
    xml += f'<w:name w:val="{name}"/>' + (f'<w:basedOn w:val="{based}"/>' if based else "")
    xml += (f"<w:pPr>{ppr}</w:pPr>" if ppr else "") + (f"<w:rPr>{rpr}</w:rPr>" if rpr else "")
    return xml + "</w:style>"


def theme_xml(minor, major):
    fonts = "".join(f'<a:{k}Font><a:latin typeface="{f}"/><a:ea typeface=""/><a:cs typeface=""/></a:{k}Font>'
                    for k, f in (("major", major), ("minor", minor)))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a:theme '
            'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>'
            '<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1>'
            '<a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2>'
            '<a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="4F81BD"/></a:accent1><a:accent2>'
            '<a:srgbClr val="C0504D"/></a:accent2><a:accent3><a:srgbClr val="9BBB59"/></a:accent3><a:accent4>'
            '<a:srgbClr val="8064A2"/></a:accent4><a:accent5><a:srgbClr val="4BACC6"/></a:accent5><a:accent6>'
            '<a:srgbClr val="F79646"/></a:accent6><a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink>'
            '<a:srgbClr val="800080"/></a:folHlink></a:clrScheme>'
            f'<a:fontScheme name="Vn">{fonts}</a:fontScheme>'
            '<a:fmtScheme name="Office"><a:fillStyleLst/><a:lnStyleLst/><a:effectStyleLst/><a:bgFillStyleLst/>'
            "</a:fmtScheme></a:themeElements></a:theme>")


def footnotes_xml(notes):
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
           "</w:footnote>")
    for i, runs in enumerate(notes):
        xml += (f'<w:footnote w:id="{i + 1}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f"<w:footnoteRef/></w:r>{''.join(runs)}</w:p></w:footnote>")
    return xml + "</w:footnotes>"


def docx(path, body, styles, theme=None, footnotes=None):
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'wordprocessingml.document.main+xml"/>'
             '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
             'wordprocessingml.styles+xml"/>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{R}/styles" Target="styles.xml"/>')
    if theme:
        types += ('<Override PartName="/word/theme/theme1.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>')
        rels += f'<Relationship Id="rId2" Type="{R}/theme" Target="theme/theme1.xml"/>'
    if footnotes:
        types += ('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
                  'officedocument.wordprocessingml.footnotes+xml"/>')
        rels += f'<Relationship Id="rId3" Type="{R}/footnotes" Target="footnotes.xml"/>'
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W} xmlns:r="{R}">'
                f'<w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    parts = [("[Content_Types].xml", types + "</Types>"),
             ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships '
              'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
              f'Type="{R}/officeDocument" Target="word/document.xml"/></Relationships>'),
             ("word/document.xml", document),
             ("word/_rels/document.xml.rels", rels + "</Relationships>"),
             ("word/styles.xml", styles)]
    if theme:
        parts.append(("word/theme/theme1.xml", theme))
    if footnotes:
        parts.append(("word/footnotes.xml", footnotes))
    write_zip(path, parts)


def write_zip(path, parts, stored_first=False):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for i, (name, data) in enumerate(parts):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # reproducible
            info.compress_type = zipfile.ZIP_STORED if stored_first and i == 0 else zipfile.ZIP_DEFLATED
            z.writestr(info, data)


# The runs of one line in TCVN3, fonts given directly (docx-tcvn3-runs) or through a
# character style for the capitals (docx-tcvn3-styles: the body font comes from the
# paragraph style, so a .VnTime piece needs no properties at all).
def tcvn3_runs(text, direct=True, soft_hyphen_element=False, symbol=False, bold=False):
    runs = []
    for font, data in tcvn3_segments(text):
        shown = image(data, symbol)
        if direct:
            runs.append(w_run(shown, font=font, bold=bold, soft_hyphen_element=soft_hyphen_element))
        elif font == ".VnTimeH":
            runs.append(w_run(shown, style="ChuHoa", bold=bold, soft_hyphen_element=soft_hyphen_element))
        else:
            runs.append(w_run(shown, bold=bold, soft_hyphen_element=soft_hyphen_element))
    return runs


def header_table(head, cell):
    return w_table([[[w_para(cell(text), center=True)] if text else [] for text in row] for row in head])


def make_docx_tcvn3_runs(seeds):
    head, body = header("000"), seed_lines(seeds, "000") + [CLOSING]
    xml = header_table(head, lambda t: tcvn3_runs(t, soft_hyphen_element=True, bold=True))
    sym_done = False
    for line in body:
        if line.startswith("Số:"):
            # Typed later, in Unicode: a legacy document with a Unicode line in it.
            xml += w_para([w_run(line, font="Times New Roman")])
            continue
        runs = tcvn3_runs(line, soft_hyphen_element=True)
        if not sym_done and "đ" in line and not all_caps(line):
            # One "đ" put in through Insert > Symbol: <w:sym> with the byte in U+F0xx.
            before, after = line.split("đ", 1)
            runs = (tcvn3_runs(before, soft_hyphen_element=True) if before else [])
            runs.append(w_run(None, font=".VnTime", inner=f'<w:sym w:font=".VnTime" w:char="F0{TCVN3("đ")[0]:02X}"/>'))
            runs += tcvn3_runs(after, soft_hyphen_element=True) if after else []
            sym_done = True
        xml += w_para(runs, center=all_caps(line))
    docx(os.path.join(OUT, "docx-tcvn3-runs.docx"), xml,
         styles_xml(rfonts("Times New Roman"), style("paragraph", "Normal", "Normal", default=True)))
    return expected(head, body)


def make_docx_tcvn3_styles(seeds):
    head, body = header("001"), seed_lines(seeds, "001")
    styles = (style("paragraph", "Normal", "Normal", default=True, rpr=rfonts(".VnTime"))
              + style("paragraph", "TieuDe", "Tieu de", based="Normal", rpr=rfonts(".VnTimeH") + "<w:b/>",
                      ppr='<w:jc w:val="center"/>')
              + style("paragraph", "Muc", "Muc", based="TieuDe")
              + style("paragraph", "BodyText", "Body Text", based="Normal", ppr='<w:jc w:val="both"/>')
              + style("character", "ChuHoa", "Chu hoa", rpr=rfonts(".VnTimeH")))
    xml = header_table(head, lambda t: [w_run(image(d), font=f) for f, d in tcvn3_segments(t)])
    note_line = None
    for line in body:
        if all_caps(line):
            # The style's font draws the lower-case codes as capitals; the runs say nothing.
            xml += w_para([w_run(image(TCVN3(line.lower())))], style="Muc")
        elif re.match(r"^[^,]+, ngày", line):
            # The place typed in Unicode, the rest of the date line in the style's TCVN3.
            place, rest = line.split(",", 1)
            xml += w_para([w_run(place + ",", font="Times New Roman")] + tcvn3_runs(rest, direct=False),
                          style="BodyText")
        else:
            runs = tcvn3_runs(line, direct=False)
            if note_line is None and line.startswith("Thực hiện"):
                note_line = line
                runs.append(w_run(None, inner='<w:footnoteReference w:id="1"/>'))
            xml += w_para(runs, style="BodyText")
    note = "Ý kiến thống nhất giữa Ủy ban nhân dân và Liên đoàn Lao động huyện."
    footnote = footnotes_xml([[w_run(" ")] + tcvn3_runs(note, direct=False)])
    docx(os.path.join(OUT, "docx-tcvn3-styles.docx"), xml, styles_xml(rfonts("Times New Roman"), styles),
         footnotes=footnote)
    body = [line + "[1]" if line == note_line else line for line in body]
    return expected(head, body, [" " + note])


def make_docx_tcvn3_theme(seeds):
    head, body = header("002"), seed_lines(seeds, "002")
    styles = (style("paragraph", "Normal", "Normal", default=True)
              + style("paragraph", "Heading1", "heading 1", based="Normal",
                      rpr=rfonts(theme="majorHAnsi") + "<w:b/>", ppr='<w:jc w:val="center"/>'))
    xml = header_table(head, lambda t: [w_run(image(d), font=f) for f, d in tcvn3_segments(t)])
    for line in body:
        if all_caps(line):
            xml += w_para([w_run(image(TCVN3(line.lower())))], style="Heading1")
        else:
            xml += w_para([w_run(image(d), font=None if f == ".VnTime" else f) for f, d in tcvn3_segments(line)])
    docx(os.path.join(OUT, "docx-tcvn3-theme.docx"), xml,
         styles_xml(rfonts(theme="minorHAnsi"), styles), theme=theme_xml(".VnTime", ".VnTimeH"))
    return expected(head, body)


def make_docx_vni_defaults(seeds):
    head, body = header("003"), seed_lines(seeds, "003")
    xml = header_table(head, lambda t: [w_run(t, font="Times New Roman", bold=True)])
    for line in body:
        xml += w_para([w_run(image(VNI(line)))], center=all_caps(line))
    # No styles at all: every run without a font of its own is in the defaults' VNI-Times.
    docx(os.path.join(OUT, "docx-vni-defaults.docx"), xml, styles_xml(rfonts("VNI-Times")))
    return expected(head, body)


def make_docx_tcvn3_symbol(seeds):
    head, body = header("004"), seed_lines(seeds, "004")
    xml = header_table(head, lambda t: tcvn3_runs(t, symbol=True, bold=True))
    for line in body:
        xml += w_para(tcvn3_runs(line, symbol=True), center=all_caps(line))
    docx(os.path.join(OUT, "docx-tcvn3-symbol.docx"), xml,
         styles_xml(rfonts("Times New Roman"), style("paragraph", "Normal", "Normal", default=True)))
    return expected(head, body)


# ---- ODT ----

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3"')


def font_faces(names):
    # LibreOffice quotes a family with a space in it; a dot needs none but may have them.
    return "<office:font-face-decls>" + "".join(
        f'<style:font-face style:name="{n}" svg:font-family="&apos;{n}&apos;"/>' for n in names) + \
        "</office:font-face-decls>"


def odt(path, faces, common, automatic, body):
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS}>{faces}'
               f"<office:automatic-styles>{automatic}</office:automatic-styles>"
               f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ODF_NS}>{faces}'
              f"<office:styles>{common}</office:styles></office:document-styles>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    write_zip(path, [("mimetype", "application/vnd.oasis.opendocument.text"), ("META-INF/manifest.xml", manifest),
                     ("content.xml", content), ("styles.xml", styles)], stored_first=True)


def odf_style(name, family, parent=None, text="", para=""):
    xml = f'<style:style style:name="{name}" style:family="{family}"'
    xml += (f' style:parent-style-name="{parent}"' if parent else "") + ">"
    xml += f"<style:paragraph-properties {para}/>" if para else ""
    xml += f"<style:text-properties {text}/>" if text else ""
    return xml + "</style:style>"


def odf_text(text):
    """Runs of spaces as text:s, as ODF keeps them."""
    return re.sub(r"  +", lambda m: f' <text:s text:c="{len(m.group(0)) - 1}"/>', escape(text))


def odf_table(head, cell):
    xml = '<table:table table:name="Header"><table:table-column table:number-columns-repeated="2"/>'
    for row in head:
        xml += "<table:table-row>" + "".join(
            f'<table:table-cell office:value-type="string">{cell(t) if t else "<text:p/>"}</table:table-cell>'
            for t in row) + "</table:table-row>"
    return xml + "</table:table>"


def make_odt_tcvn3(seeds):
    head, body = header("000"), seed_lines(seeds, "000") + [CLOSING]
    faces = font_faces([".VnTime", ".VnTimeH", "Times New Roman", "Liberation Serif"])
    common = ('<style:default-style style:family="paragraph"><style:text-properties '
              'style:font-name="Liberation Serif"/></style:default-style>'
              + odf_style("Standard", "paragraph", text='style:font-name=".VnTime"')
              + odf_style("Heading", "paragraph", "Standard", text='fo:font-weight="bold"',
                          para='fo:text-align="center"')
              + odf_style("Heading_20_1", "paragraph", "Heading", text='style:font-name=".VnTimeH"'))
    automatic = (odf_style("P1", "paragraph", "Heading_20_1")
                 + odf_style("P2", "paragraph", "Standard", para='fo:text-align="justify"')
                 + odf_style("T1", "text", text='fo:font-family="&apos;Times New Roman&apos;"')
                 + odf_style("T2", "text", text='style:font-name=".VnTimeH"'))

    def spans(line):
        out = ""
        for font, data in tcvn3_segments(line):
            t = odf_text(image(data))
            out += f'<text:span text:style-name="T2">{t}</text:span>' if font == ".VnTimeH" else t
        return out

    xml = odf_table(head, lambda t: f'<text:p text:style-name="P1">{odf_text(image(TCVN3(t.lower())))}</text:p>'
                    if all_caps(t) else f'<text:p text:style-name="P2">{spans(t)}</text:p>')
    for line in body:
        if all_caps(line):
            shown = odf_text(image(TCVN3(line.lower())))
            xml += f'<text:h text:style-name="P1" text:outline-level="1">{shown}</text:h>'
        elif line.startswith("Số:"):
            # Typed in Unicode, in a span of its own font.
            xml += f'<text:p text:style-name="P2"><text:span text:style-name="T1">{odf_text(line)}</text:span></text:p>'
        else:
            xml += f'<text:p text:style-name="P2">{spans(line)}</text:p>'
    odt(os.path.join(OUT, "odt-tcvn3.odt"), faces, common, automatic, xml)
    return expected(head, body)


def make_odt_vni(seeds):
    head, body = header("003"), seed_lines(seeds, "003")
    faces = font_faces(["VNI-Times"])
    common = ('<style:default-style style:family="paragraph"><style:text-properties '
              'style:font-name="VNI-Times"/></style:default-style>' + odf_style("Standard", "paragraph"))
    automatic = odf_style("P1", "paragraph", "Standard", para='fo:text-align="center"')
    xml = odf_table(head, lambda t: f'<text:p text:style-name="P1">{odf_text(image(VNI(t)))}</text:p>')
    for line in body:
        name = "P1" if all_caps(line) else "Standard"
        xml += f'<text:p text:style-name="{name}">{odf_text(image(VNI(line)))}</text:p>'
    odt(os.path.join(OUT, "odt-vni.odt"), faces, common, automatic, xml)
    return expected(head, body)


# ---- LibreOffice ----

def convert(source, to):
    """source → source's name with extension `to`, by LibreOffice with a private profile."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--norestore",
                        "--convert-to", to, "--outdir", tmp, source], check=True, capture_output=True, timeout=300)
        name = os.path.splitext(os.path.basename(source))[0]
        shutil.copy(os.path.join(tmp, f"{name}.{to}"), os.path.join(OUT, f"{name}.{to}"))
        return os.path.join(OUT, f"{name}.{to}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", default=os.path.join(ROOT, "..", "shared", "seeds"))
    ap.add_argument("--no-convert", action="store_true", help="skip the LibreOffice .doc/.rtf copies")
    args = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    made = {
        "docx-tcvn3-runs": make_docx_tcvn3_runs,
        "docx-tcvn3-styles": make_docx_tcvn3_styles,
        "docx-tcvn3-theme": make_docx_tcvn3_theme,
        "docx-vni-defaults": make_docx_vni_defaults,
        "docx-tcvn3-symbol": make_docx_tcvn3_symbol,
        "odt-tcvn3": make_odt_tcvn3,
        "odt-vni": make_odt_vni,
    }
    for name, make in made.items():
        with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(make(args.seeds))
    if not args.no_convert:
        for source, to in (("docx-tcvn3-styles.docx", "doc"), ("docx-vni-defaults.docx", "rtf"),
                           ("odt-tcvn3.odt", "doc"), ("docx-tcvn3-symbol.docx", "doc")):
            convert(os.path.join(OUT, source), to)
    for f in sorted(os.listdir(OUT)):
        print(f"{os.path.getsize(os.path.join(OUT, f)):7d}  {f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
