#!/usr/bin/env python3
"""Writes the legacy delegate-list fixtures in tests/fixtures/legacy/sheets/.

    python3 tools/make-legacy-sheets.py [OUTDIR]      (default: tests/fixtures/legacy/sheets)

The list is the one of samples/merge/dai-bieu.csv (the columns giay-moi-dai-bieu.xml
uses), typed as a clerk of the 1990s-2000s typed it:

  dai-bieu-legacy.xlsx   cells in .VnTime, .VnTimeH (TCVN3; capitals-only) and
                         VNI-Times fonts holding the Windows-1252 image of their bytes,
                         as Excel stores them; a rich-text cell whose runs are in two
                         fonts, an inline string, a TCVN3 capital in the C0 range
                         (Excel's _x0001_ escape), and cells in Unicode fonts (Arial,
                         Times New Roman) mixed in. Written here with zipfile only.
  dai-bieu-legacy.xls    the same converted by LibreOffice Calc, when soffice is found
  dai-bieu-legacy.ods    (soffice --headless --convert-to xls, ods); skipped otherwise.
                         The .ods loses the _x0001_ capital: ODF has no way to write
                         a C0 control character, and LibreOffice drops it.
  dai-bieu-legacy.tsv    what `vanban import --text-only` must print for both: the
                         Unicode text, in capitals where a capitals-only font shows it.
  dai-bieu-tcvn3.csv     the list as Excel's plain "CSV" writes it on a machine typing
  dai-bieu-vni.csv       in each legacy encoding: TCVN3 bytes, VNI bytes, and
  dai-bieu-cp1258.csv    Windows-1258 (base letter, then the tone as a combining mark).
  dai-bieu-csv.tsv       what `vanban import --text-only` must print for the three CSVs
                         (plain text: no font makes capitals there).

The TCVN3 and VNI bytes come from templates/encodings/{tcvn3,vni-windows}.txt, the
tables vanban decodes with; Windows-1258 from Python's cp1258 codec. The outputs are
committed; rerun after changing the list and review the diff.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = ["stt", "ho_ten", "chuc_vu", "don_vi", "so", "ngay", "ghi_chu"]

# (text, font) per cell; font None = a number cell. "rich" cells are lists of runs:
# (text, font or None for the cell's own font).
ARIAL, TIMES, VNTIME, VNTIMEH, VNI = "Arial", "Times New Roman", ".VnTime", ".VnTimeH", "VNI-Times"
ROWS = [
    [(1, None), ("Nguyễn Văn An", VNTIME), ("Chủ tịch Công đoàn cơ sở", VNTIME),
     ("Công ty TNHH Cảng Hải An", VNTIME), (15, None), ("18/4/2023", ARIAL), ("", None)],
    [(2, None), ("Trần Thị Bích Ngọc", VNI), ("Phó Chủ tịch, Trưởng ban Nữ công", VNI),
     ("Công đoàn ngành Y tế", VNTIMEH), (15, None), ("18/4/2023", ARIAL),
     ("Đề nghị đồng chí chuẩn bị tham luận về chính sách nhà ở cho công nhân (không quá 7 phút).", VNI)],
    [(3, None), ("Lê Đức Ánh", ARIAL), ("", None), ("Công đoàn Khu Kinh tế", TIMES), (15, None),
     ("18/4/2023", ARIAL), ("", None)],
    [(4, None), ("rich", VNTIME, [("Phạm Thị ", None), ("Ân", VNI)]), ("Chủ tịch", VNTIME),
     ("LĐLĐ quận Hải An", VNTIMEH), (15, None), ("18/4/2023", ARIAL), ("", None)],
    [(5, None), ("Nguyễn Thị Út", VNTIME), ("Ủy viên Ban Chấp hành", VNTIME),
     ("Công đoàn Viên chức thành phố", VNTIME), (15, None), ("18/4/2023", ARIAL), ("Đến sớm 15 phút.", ARIAL)],
    [(6, None), ("inline", VNI, "Đặng Quốc Hưng"), ("Trưởng phòng", VNI), ("Sở Lao động - Thương binh và Xã hội", VNI),
     (15, None), ("18/4/2023", ARIAL), ("", None)],
]


def table(name):
    """Unicode text → legacy bytes, longest text first (VNI letters are two bytes)."""
    out = {}
    with open(os.path.join(ROOT, "templates", "encodings", name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            hexbytes, text = line.rstrip("\n").split("\t")
            out.setdefault(text, bytes.fromhex(hexbytes))
    return out


TABLES = {"tcvn3": table("tcvn3.txt"), "vni": table("vni-windows.txt")}


def encode(text, encoding):
    if encoding == "cp1258":
        out = b""
        for ch in unicodedata.normalize("NFC", text):
            d = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in d if c in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
            out += (base + tones).encode("cp1258")
        return out
    t = TABLES[encoding]
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        if ch in t:
            out += t[ch]
        elif ord(ch) < 0x80:
            out += ch.encode("ascii")
        else:
            raise ValueError(f"{encoding} has no {ch!r}")
    return out


def image(data):
    """Bytes → the characters Excel stores for them: Windows-1252, and the C1 code
    itself for the five bytes Windows-1252 leaves undefined."""
    return "".join(bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b) for b in data)


def font_text(text, font):
    """What a cell in `font` holds to show `text`."""
    if font in (VNTIME, VNTIMEH):
        # A capitals-only font shows the lower-case codes as capitals: typed in lower case.
        return image(encode(text.lower() if font == VNTIMEH else text, "tcvn3"))
    if font == VNI:
        return image(encode(text, "vni"))
    return text


def shown(text, font):
    return text.upper() if font == VNTIMEH else text


def xml_text(s):
    """Excel's escape for characters XML 1.0 cannot hold (_xHHHH_), then XML's."""
    out = "".join(f"_x{ord(c):04X}_" if ord(c) < 0x20 and c not in "\t\n\r" else c for c in s)
    return escape(out)


def col(i):
    return chr(ord("A") + i)


def write_xlsx(path):
    fonts = [ARIAL, VNTIME, VNTIMEH, VNI, TIMES]
    style = {f: i for i, f in enumerate(fonts)}  # one cellXfs entry per font, same index
    shared, sheet_rows = [], []

    def share(si):
        shared.append(si)
        return len(shared) - 1

    header = "".join(f'<c r="{col(i)}1" s="{style[VNTIME]}" t="s"><v>{share("<si><t>" + xml_text(font_text(h, VNTIME)) + "</t></si>")}</v></c>'
                     for i, h in enumerate(HEADER))
    sheet_rows.append(f'<row r="1">{header}</row>')
    for n, row in enumerate(ROWS, start=2):
        cells = []
        for i, cell in enumerate(row):
            ref = f"{col(i)}{n}"
            if cell[0] == "rich":
                runs = "".join(
                    ("<r>" + (f'<rPr><rFont val="{f}"/></rPr>' if f else "")
                     + f'<t xml:space="preserve">{xml_text(font_text(t, f or cell[1]))}</t></r>')
                    for t, f in cell[2])
                cells.append(f'<c r="{ref}" s="{style[cell[1]]}" t="s"><v>{share("<si>" + runs + "</si>")}</v></c>')
            elif cell[0] == "inline":
                cells.append(f'<c r="{ref}" s="{style[cell[1]]}" t="inlineStr"><is><t>{xml_text(font_text(cell[2], cell[1]))}</t></is></c>')
            elif cell[1] is None and cell[0] != "":
                cells.append(f'<c r="{ref}"><v>{cell[0]}</v></c>')
            elif cell[0] != "":
                si = f'<si><t xml:space="preserve">{xml_text(font_text(cell[0], cell[1]))}</t></si>'
                cells.append(f'<c r="{ref}" s="{style[cell[1]]}" t="s"><v>{share(si)}</v></c>')
        sheet_rows.append(f'<row r="{n}">{"".join(cells)}</row>')
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        "</Types>",
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {ns} xmlns:r="{rel}">'
        '<sheets><sheet name="Dai bieu" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{rel}/styles" Target="styles.xml"/>'
        f'<Relationship Id="rId3" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        "xl/styles.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet {ns}>'
        f'<fonts count="{len(fonts)}">' + "".join(f'<font><sz val="12"/><name val="{f}"/></font>' for f in fonts) + "</fonts>"
        '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
        '<borders count="1"><border/></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        f'<cellXfs count="{len(fonts)}">'
        + "".join(f'<xf numFmtId="0" fontId="{i}" fillId="0" borderId="0" xfId="0" applyFont="1"/>' for i in range(len(fonts)))
        + "</cellXfs></styleSheet>",
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst {ns} count="{len(shared)}" uniqueCount="{len(shared)}">'
        + "".join(shared) + "</sst>",
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {ns}><sheetData>'
        + "".join(sheet_rows) + "</sheetData></worksheet>",
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2005, 4, 14, 8, 47, 50))  # fixed: the same bytes every run
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))


def cell_text(cell):
    if cell[0] == "rich":
        return "".join(shown(t, f or cell[1]) for t, f in cell[2])
    if cell[0] == "inline":
        return shown(cell[2], cell[1])
    return shown(str(cell[0]), cell[1])


def plain_text(cell):
    if cell[0] == "rich":
        return "".join(t for t, _ in cell[2])
    if cell[0] == "inline":
        return cell[2]
    return str(cell[0])


def csv_field(s):
    return '"' + s.replace('"', '""') + '"' if any(c in s for c in ',"\n') else s


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "tests", "fixtures", "legacy", "sheets")
    os.makedirs(out, exist_ok=True)
    xlsx = os.path.join(out, "dai-bieu-legacy.xlsx")
    write_xlsx(xlsx)
    with open(os.path.join(out, "dai-bieu-legacy.tsv"), "w", encoding="utf-8") as f:
        f.write("\t".join(HEADER) + "\n")
        for row in ROWS:
            f.write("\t".join(cell_text(c) for c in row) + "\n")
    with open(os.path.join(out, "dai-bieu-csv.tsv"), "w", encoding="utf-8") as f:
        f.write("\t".join(HEADER) + "\n")
        for row in ROWS:
            f.write("\t".join(plain_text(c) for c in row) + "\n")
    lines = [",".join(HEADER)] + [",".join(csv_field(plain_text(c)) for c in row) for row in ROWS]
    for name, encoding in (("tcvn3", "tcvn3"), ("vni", "vni"), ("cp1258", "cp1258")):
        with open(os.path.join(out, f"dai-bieu-{name}.csv"), "wb") as f:
            f.write(b"".join(encode(line, encoding) + b"\r\n" for line in lines))  # Excel ends lines with CRLF
    soffice = shutil.which("soffice")
    if not soffice:
        print("make-legacy-sheets: soffice not found, dai-bieu-legacy.xls not written", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        for ext in ("xls", "ods"):
            subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to", ext,
                            "--outdir", tmp, xlsx], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           timeout=180)
            shutil.copy(os.path.join(tmp, f"dai-bieu-legacy.{ext}"), os.path.join(out, f"dai-bieu-legacy.{ext}"))


if __name__ == "__main__":
    main()
