#!/usr/bin/env python3
"""signature_keep.py VANBAN: the signature block never splits and never starts a page alone.

Renders one document with 0, 1, … 23 filler paragraphs before its closing, so that in
some variants the block falls across a page boundary; LibreOffice prints each (DOCX
and ODT) to PDF. On every PDF, the page that holds "Nơi nhận:" must also hold the
signer's name (the block did not split) and the end of the text "./." (it did not
start a page alone).
"""
import os
import subprocess
import sys
import tempfile

HEAD = """<vanban xmlns="urn:vanban:1" kind="ke-hoach"><issuer abbr="LĐLĐ">LĐLĐ huyện Gia Lâm</issuer>
<number>1</number><place>Gia Lâm</place><date>2023-04-24</date><subject>Kiểm tra khối chữ ký</subject><body>"""
FILLER = "<p>Đoạn văn thứ {i} của phần nội dung kế hoạch, đủ dài để chiếm trọn một dòng trên trang giấy A4.</p>"
TAIL = """</body><closing><p>Đây là đoạn kết thúc của văn bản</p></closing><signature>
<authority prefix="TM">Ban Thường vụ</authority><role>Chủ tịch</role><signer>Nguyễn Văn Ký</signer></signature>
<recipients><recipient>Như trên</recipient><recipient>Thường trực LĐLĐ thành phố</recipient>
<recipient>Các Công đoàn cơ sở</recipient><archive>VT, VP</archive></recipients></vanban>"""


def main():
    vanban = sys.argv[1]
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for n in range(24):
            xml = os.path.join(tmp, f"v{n:02}.xml")
            with open(xml, "w", encoding="utf-8") as f:
                f.write(HEAD + "".join(FILLER.format(i=i) for i in range(n)) + TAIL)
            for ext in ("docx", "odt"):
                out = os.path.join(tmp, f"v{n:02}-{ext}.{ext}")
                subprocess.run([vanban, "render", xml, "-o", out], check=True)
                files.append(out)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to",
                        "pdf", "--outdir", tmp] + files, check=True, capture_output=True, timeout=600)
        failures, crossings = [], 0
        for f in files:
            pdf = os.path.splitext(f)[0] + ".pdf"
            text = subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], check=True, capture_output=True,
                                  text=True).stdout
            pages = text.split("\f")
            where = [i for i, p in enumerate(pages) if "Nơi nhận:" in p]
            if len(where) != 1:
                failures.append(f"{os.path.basename(f)}: 'Nơi nhận:' found on pages {where}")
                continue
            page = pages[where[0]]
            crossings += where[0] > 0
            if "Nguyễn Văn Ký" not in page:
                failures.append(f"{os.path.basename(f)}: the signature block is split over two pages")
            if "./." not in page:
                failures.append(f"{os.path.basename(f)}: the signature block starts page {where[0] + 1} alone")
        print(f"{len(files)} documents, {crossings} with the block on a later page, {len(failures)} failures")
        for m in failures:
            print("  " + m)
        return 1 if failures or crossings == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
