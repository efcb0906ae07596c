#!/usr/bin/env python3
"""Makes the PDF fixtures of tests/fixtures/pdf/ (run from the repository root):

  tools/make-pdf-fixtures.py [path/to/vanban]

legacy-fonts.pdf  a page whose lines are typed in legacy fonts, as a 1990s document
                  printed to PDF was: each line's text is its TCVN3 or VNI bytes,
                  shown through WinAnsiEncoding, in fonts named ".VnTimeH" (capitals
                  only, with a subset tag), ".VnTime", "VNI-Times,Bold", and a name no
                  table lists ("LegacyUnknown") holding TCVN3; beside them Unicode
                  lines in a Type0 font with a ToUnicode map, one of them mixed with a
                  .VnTime run. Written here byte by byte: LibreOffice (7.4) does not
                  keep the name of a font it lacks (it prints .VnTime text in DejaVu
                  Sans, and pdffonts shows only that), so it cannot make such a file.
legacy-fonts.txt  the Unicode text the lines show, one a line.
cong-van.pdf      samples/cong-van.xml rendered by vanban through LibreOffice (Unicode).
                  Its expected text, cong-van.txt, is not written here: it is what
                  `vanban import --text-only` gave, read through by eye; check it again
                  after making the PDF anew.
scanned.pdf       a page with only a picture on it (no text layer), written by hand.
encrypted.pdf     cong-van.pdf encrypted with a user password (qpdf).
part-scanned.pdf  legacy-fonts.pdf followed by scanned.pdf's page (qpdf): one page
                  without text, reported.

The code tables are the repository's own (templates/encodings/), so the bytes are
those the importer's tables decode. Needs LibreOffice (soffice) and qpdf for the
last two.
"""
import os
import subprocess
import sys
import unicodedata
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pdf")

# Each line: runs of (font, Unicode text). The fonts' PDF names; None = Unicode.
LINES = [
    [("ABCDEF+.VnTimeH", "ủy ban nhân dân tỉnh an giang")],  # capitals-only: shows in capitals
    [(".VnTime", "Cộng hòa xã hội chủ nghĩa Việt Nam")],
    [(".VnTime", "Độc lập - Tự do - Hạnh phúc")],
    [(None, "Số: 522/2002/QĐ.UB, "), (".VnTime", "ngày 07 tháng 3"), (None, " năm 2002")],
    [("VNI-Times,Bold", "Quyết định về việc ban hành quy chế khuyến khích đầu tư")],
    [("VNI-Times,Bold", "Ủy ban nhân dân tỉnh Bình Phước")],
    [("LegacyUnknown", "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân")],
    [(None, "Nguyễn Văn Á và các bạn uống Café ở Huế")],
]
TABLES = {".VnTimeH": "tcvn3.txt", ".VnTime": "tcvn3.txt", "VNI-Times": "vni-windows.txt",
          "LegacyUnknown": "tcvn3.txt"}


def family(font):
    return font.split("+")[-1].split(",")[0]


def shown(font, text):
    """What the importer shows for a run: a capitals-only font's text in capitals."""
    return text.upper() if font and family(font).endswith("H") else text


def load_table(name):
    """Unicode (NFC) → legacy bytes, from templates/encodings/NAME."""
    table = {}
    with open(os.path.join(ROOT, "templates", "encodings", name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            code, text = line.split("\t")
            table[text] = bytes.fromhex(code)
    return table


def encode(text, table):
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        out += table[ch] if ch in table else ch.encode("ascii")
    return out


def pdf_string(data):
    return b"(" + data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def legacy_fonts_pdf():
    """A PDF of LINES: simple WinAnsi TrueType fonts (not embedded) for the legacy runs,
    a Type0 font with a ToUnicode map for the Unicode ones."""
    objects = []

    def add(body):
        objects.append(body)
        return len(objects)

    unicode_chars = sorted({c for line in LINES for font, text in line if font is None for c in text})
    code = {c: i + 1 for i, c in enumerate(unicode_chars)}
    descriptor = add(b"<< /Type /FontDescriptor /FontName /Substitute /Flags 32 /FontBBox [0 -220 1000 900] "
                     b"/ItalicAngle 0 /Ascent 900 /Descent -220 /CapHeight 700 /StemV 80 >>")
    fonts = {}
    for font in sorted({f for line in LINES for f, _ in line if f}):
        fonts[font] = add(b"<< /Type /Font /Subtype /TrueType /BaseFont /" + font.encode("ascii") +
                          b" /FirstChar 0 /LastChar 255 /Widths [" + b" ".join([b"520"] * 256) +
                          b"] /Encoding /WinAnsiEncoding /FontDescriptor %d 0 R >>" % descriptor)
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Vanban-UCS def "
            b"/CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange %d beginbfchar\n" %
            len(unicode_chars))
    for c in unicode_chars:
        cmap += b"<%04X> <%s>\n" % (code[c], c.encode("utf-16-be").hex().upper().encode("ascii"))
    cmap += b"endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
    to_unicode = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    cid = add(b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TimesNewRomanPSMT /CIDSystemInfo "
              b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor %d 0 R /DW 520 >>" %
              descriptor)
    fonts[None] = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /TimesNewRomanPSMT /Encoding /Identity-H "
                      b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (cid, to_unicode))
    names = {f: b"F%d" % i for i, f in enumerate(fonts, 1)}
    content = b""
    y = 760
    for line in LINES:
        content += b"BT 72 %d Td " % y
        for font, text in line:
            if font is None:
                data = b"<" + b"".join(b"%04X" % code[c] for c in text) + b">"
            else:
                data = pdf_string(encode(text, TABLES[family(font)]))
            content += b"/" + names[font] + b" 13 Tf " + data + b" Tj "
        content += b"ET\n"
        y -= 24
    stream = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    font_dict = b" ".join(b"/" + names[f] + b" %d 0 R" % n for f, n in fonts.items())
    page = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << " % (len(objects) + 2) +
               font_dict + b" >> >> /Contents %d 0 R >>" % stream)
    pages = add(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages)
    return write_pdf(objects, catalog)


def write_pdf(objects, root):
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref)
    return out


def scanned_pdf():
    """One A4 page that only draws an 8×8 grey picture: what a scanner makes, small."""
    pixels = zlib.compress(bytes((x * 32 + y * 4) % 256 for y in range(8) for x in range(8)))
    content = b"q 400 0 0 400 100 200 cm /Im1 Do Q"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 "
        b"/Filter /FlateDecode /Length %d >>\nstream\n" % len(pixels) + pixels + b"\nendstream",
    ]
    return write_pdf(objects, 1)


def main():
    vanban = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "vanban")
    global TABLES
    TABLES = {k: load_table(v) for k, v in TABLES.items()}
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "legacy-fonts.pdf"), "wb") as f:
        f.write(legacy_fonts_pdf())
    with open(os.path.join(OUT, "legacy-fonts.txt"), "w", encoding="utf-8") as f:
        for line in LINES:
            f.write("".join(shown(font, text) for font, text in line) + "\n")
    with open(os.path.join(OUT, "scanned.pdf"), "wb") as f:
        f.write(scanned_pdf())
    cong_van = os.path.join(OUT, "cong-van.pdf")
    subprocess.run([vanban, "render", os.path.join(ROOT, "samples", "cong-van.xml"), "-o", cong_van], check=True)
    subprocess.run(["qpdf", "--encrypt", "secret", "owner-secret", "256", "--", cong_van,
                    os.path.join(OUT, "encrypted.pdf")], check=True)
    subprocess.run(["qpdf", "--empty", "--pages", os.path.join(OUT, "legacy-fonts.pdf"),
                    os.path.join(OUT, "scanned.pdf"), "--", os.path.join(OUT, "part-scanned.pdf")], check=True)


if __name__ == "__main__":
    main()
