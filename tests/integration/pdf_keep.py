#!/usr/bin/env python3
"""pdf_keep.py VANBAN: page breaks in vanban's own PDF (no LibreOffice), on documents
made to put each rule to the test at every position on the page.

1. The signature block (with Nơi nhận) after 0 … 47 filler paragraphs, so it meets the
   page end at every place: it never splits, and never starts a page without the end
   of the text "./." (the last lines of the text go with it).
2. A paragraph of 2 … 6 lines ending at each line of a page: no page starts with its
   last line alone (widow) and no page ends with its first line alone (orphan): every
   page holds either the whole paragraph or 2 lines of it at least.
3. A table of 80 rows (longer than a page): every page it runs over starts with its
   header row again, and every row is printed once.
4. A footnote referenced from the last lines of a page: its text is on the same page as
   its reference.
"""
import os
import re
import subprocess
import sys
import tempfile

HEAD = """<vanban xmlns="urn:vanban:1" kind="ke-hoach"><issuer abbr="LĐLĐ">LĐLĐ huyện Gia Lâm</issuer>
<number>1</number><place>Gia Lâm</place><date>2023-04-24</date><subject>Kiểm tra ngắt trang</subject><body>"""
FILLER = "<p>Đoạn văn thứ {i} của phần nội dung kế hoạch, đủ dài để chiếm trọn một dòng trên trang.</p>"
TAIL = """</body><closing><p>Đây là đoạn kết thúc của văn bản</p></closing><signature>
<authority prefix="TM">Ban Thường vụ</authority><role>Chủ tịch</role><signer>Nguyễn Văn Ký</signer></signature>
<recipients><recipient>Như trên</recipient><recipient>Thường trực LĐLĐ thành phố</recipient>
<recipient>Các Công đoàn cơ sở</recipient><archive>VT, VP</archive></recipients></vanban>"""
SHORT = "<p>Dòng ngắn thứ {i}.</p>"  # one line each: moves what follows by a line
WORDS = ("công đoàn viên người lao động tham gia đầy đủ các hoạt động phong trào thi đua yêu nước "
         "do tổ chức công đoàn phát động trong năm").split()


def render(vanban, tmp, name, xml):
    src = os.path.join(tmp, name + ".xml")
    with open(src, "w", encoding="utf-8") as f:
        f.write(xml)
    pdf = os.path.join(tmp, name + ".pdf")
    subprocess.run([vanban, "render", src, "-o", pdf], check=True)
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"], check=True, capture_output=True,
                          text=True).stdout
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


def signature_positions(vanban, tmp, fails):
    crossings = 0
    for n in range(48):
        pages = render(vanban, tmp, f"sig{n:02}", HEAD + "".join(FILLER.format(i=i) for i in range(n)) + TAIL)
        where = [i for i, p in enumerate(pages) if "Nơi nhận:" in p]
        if len(where) != 1:
            fails.append(f"sig{n:02}: 'Nơi nhận:' on pages {where}")
            continue
        page = pages[where[0]]
        crossings += where[0] > 0
        if "Nguyễn Văn Ký" not in page or "TM. BAN THƯỜNG VỤ" not in page:
            fails.append(f"sig{n:02}: the signature block is split over two pages")
        if "./." not in page:
            fails.append(f"sig{n:02}: the signature block starts page {where[0] + 1} alone")
    return crossings


def widows_orphans(vanban, tmp, fails):
    checked = 0
    for lines in range(2, 7):
        # A paragraph of about `lines` lines: 12 words a line at 14 pt on A4.
        words = " ".join((WORDS * 10)[:12 * lines])
        marker = "ĐOẠNKIỂMTRA"
        for n in range(20, 48):
            xml = HEAD + "".join(SHORT.format(i=i) for i in range(n))
            xml += f"<p>{marker} {words} KẾTTHÚC</p>" + TAIL
            pages = render(vanban, tmp, f"wo{lines}-{n}", xml)
            for i, p in enumerate(pages):
                if marker in p and "KẾTTHÚC" not in p:
                    # The paragraph starts here and ends on the next page: two lines at least
                    # on each side.
                    start = p[p.index(marker):].strip().split("\n")
                    nxt = pages[i + 1].strip().split("\n")
                    if nxt and re.fullmatch(r"\d+", nxt[0]):
                        nxt = nxt[1:]
                    end = nxt[:next(k for k, l in enumerate(nxt) if "KẾTTHÚC" in l) + 1]
                    checked += 1
                    if len(start) < 2:
                        fails.append(f"wo{lines}-{n}: orphan: one line at the foot of page {i + 1}")
                    if len(end) < 2:
                        fails.append(f"wo{lines}-{n}: widow: one line at the top of page {i + 2}")
    return checked


def long_table(vanban, tmp, fails):
    rows = "".join(f"<row><cell>{i}</cell><cell>Công đoàn cơ sở số {i}</cell><cell>{i * 3}</cell></row>"
                   for i in range(1, 81))
    xml = (HEAD + '<table widths="15 60 25"><row kind="header"><cell>STT</cell><cell>Tên đơn vị</cell>'
           '<cell>Số đoàn viên</cell></row>' + rows + "</table>" + TAIL)
    pages = render(vanban, tmp, "table", xml)
    spanned = [i for i, p in enumerate(pages) if "Công đoàn cơ sở số" in p]
    if len(spanned) < 2:
        fails.append(f"table: 80 rows fit on {len(spanned)} page(s); the test needs more")
    for i in spanned:
        body = [l for l in pages[i].strip().split("\n") if not re.fullmatch(r"\d+", l.strip())]
        if i != spanned[0] and not body[0].startswith("STT"):
            fails.append(f"table: page {i + 1} does not start with the header row: {body[0]!r}")
    found = re.findall(r"Công đoàn cơ sở số (\d+)\b", "".join(pages))
    if [int(x) for x in found] != list(range(1, 81)):
        fails.append("table: rows missing or repeated")
    return len(spanned)


def footnote_last_line(vanban, tmp, fails):
    checked = 0
    for n in range(22, 34):
        xml = HEAD + "".join(FILLER.format(i=i) for i in range(n))
        xml += "<p>Đoạn có chú thích<fn>CHÚTHÍCH văn bản hướng dẫn số 15/HD-TLĐ.</fn> ở cuối.</p>"
        xml += "".join(FILLER.format(i=i) for i in range(20)) + TAIL
        pages = render(vanban, tmp, f"fn{n}", xml)
        ref = [i for i, p in enumerate(pages) if "Đoạn có chú thích" in p]
        note = [i for i, p in enumerate(pages) if "CHÚTHÍCH" in p]
        checked += 1
        if ref != note:
            fails.append(f"fn{n}: reference on page {ref}, note on page {note}")
    return checked


def main():
    vanban = sys.argv[1]
    fails = []
    with tempfile.TemporaryDirectory() as tmp:
        crossings = signature_positions(vanban, tmp, fails)
        split_paragraphs = widows_orphans(vanban, tmp, fails)
        table_pages = long_table(vanban, tmp, fails)
        notes = footnote_last_line(vanban, tmp, fails)
    print(f"signature: 48 documents, {crossings} with the block on a later page; "
          f"{split_paragraphs} paragraphs split over pages; table over {table_pages} pages; {notes} footnotes")
    for f in fails:
        print("FAIL " + f)
    if crossings == 0 or split_paragraphs == 0:
        print("FAIL the documents did not reach the cases they are made for")
        return 1
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
