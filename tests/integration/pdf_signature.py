#!/usr/bin/env python3
"""pdf_signature.py VANBAN SAMPLES_DIR: the signature and seal images and the signature
field land where Decree 30 (Appendix I, Part II) puts them, on the printed page.

The fixtures are made here: a signature (blue strokes on a transparent 600 × 200 PNG)
and a seal (a red ring on a transparent 400 × 400 PNG that says 300 dpi, so 33.9 mm).
The page is rasterised (pdftoppm, 144 dpi) and the blue and red pixels found; the
role and the name are found with pdftotext -bbox. Checks:
- the signature image lies between the role's last line and the name, centred on the
  name's column;
- the seal is as wide as asked (--seal-diameter 36), else as its resolution says;
- the seal's right edge is a third of the way into the signature image and its centre
  level with the image's centre;
- the empty signature field (/FT /Sig widget) covers the room between role and name;
- merge --format pdf gives every letter its images and its field.
"""
import json
import os
import re
import struct
import subprocess
import sys
import tempfile
import zlib

DPI = 144
MM = 72 / 25.4


def png(path, w, h, pixel, dpi=None):
    raw = b"".join(b"\0" + b"".join(bytes(pixel(x, y)) for x in range(w)) for y in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0))
    if dpi:
        ppm = round(dpi / 0.0254)
        data += chunk(b"pHYs", struct.pack(">IIB", ppm, ppm, 1))
    data += chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    open(path, "wb").write(data)


def signature_pixel(x, y):
    # Two thick blue strokes across the whole image, so its extent is the image's.
    on = abs(y - (20 + x * 160 // 600)) < 6 or abs(y - (180 - x * 160 // 600)) < 6
    return (20, 40, 200, 255) if on else (0, 0, 0, 0)


def seal_pixel(x, y):
    r = ((x - 199.5) ** 2 + (y - 199.5) ** 2) ** 0.5
    return (230, 0, 0, 255) if 180 <= r <= 199 else (0, 0, 0, 0)


def colour_box(pgm_rgb, w, h, test):
    xs, ys = [], []
    for y in range(h):
        row = pgm_rgb[y * w * 3:(y + 1) * w * 3]
        for x in range(w):
            if test(row[3 * x], row[3 * x + 1], row[3 * x + 2]):
                xs.append(x)
                ys.append(y)
    if not xs:
        return None
    s = 72 / DPI
    return min(xs) * s, min(ys) * s, (max(xs) + 1) * s, (max(ys) + 1) * s


def raster(pdf, page, tmp):
    prefix = os.path.join(tmp, f"r{page}")
    subprocess.run(["pdftoppm", "-f", str(page), "-l", str(page), "-r", str(DPI), pdf, prefix], check=True)
    name = [f for f in os.listdir(tmp) if f.startswith(f"r{page}") and f.endswith(".ppm")][0]
    raw = open(os.path.join(tmp, name), "rb").read()
    os.remove(os.path.join(tmp, name))
    parts = raw.split(b"\n", 3)
    w, h = map(int, parts[1].split())
    return parts[3], w, h


def words(pdf, page):
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), pdf, "-"], capture_output=True,
                          text=True, check=True).stdout
    return [(float(a), float(b), float(c), float(d), t) for a, b, c, d, t in
            re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html)]


def line_box(ws, text):
    toks = text.split()
    for i in range(len(ws) - len(toks) + 1):
        if [w[4] for w in ws[i:i + len(toks)]] == toks:
            sel = ws[i:i + len(toks)]
            return min(w[0] for w in sel), min(w[1] for w in sel), max(w[2] for w in sel), max(w[3] for w in sel)
    return None


def sig_fields(pdf):
    j = json.loads(subprocess.run(["qpdf", "--json", pdf], capture_output=True, text=True, check=True).stdout)
    objs = j["qpdf"][1]
    pages = [p["object"] for p in j["pages"]]
    heights = {}
    for ref in pages:
        mb = objs["obj:" + ref]["value"]["/MediaBox"]
        heights[ref] = mb[3]
    fields = []
    for ref in pages:
        for a in objs["obj:" + ref]["value"].get("/Annots", []):
            v = objs["obj:" + a]["value"]
            if v.get("/FT") == "/Sig":
                x0, y0, x1, y1 = v["/Rect"]
                h = heights[ref]
                fields.append((pages.index(ref) + 1, (x0, h - y1, x1, h - y0)))
    return fields


def check_page(pdf, page, role, name, diameter_pt, fails, tag, tmp):
    ws = words(pdf, page)
    rb, nb = line_box(ws, role), line_box(ws, name)
    if not rb or not nb:
        fails.append(f"{tag}: role or name not found on page {page}")
        return
    rgb, w, h = raster(pdf, page, tmp)
    blue = colour_box(rgb, w, h, lambda r, g, b: b > 150 and r < 100 and g < 120)
    red = colour_box(rgb, w, h, lambda r, g, b: r > 180 and g < 80 and b < 80)
    if not blue or not red:
        fails.append(f"{tag}: signature {blue} or seal {red} not drawn")
        return
    bx0, by0, bx1, by1 = blue
    if not (by0 >= rb[3] - 1 and by1 <= nb[1] + 1):
        fails.append(f"{tag}: signature y {by0:.1f}–{by1:.1f} not between role {rb[3]:.1f} and name {nb[1]:.1f}")
    centre = (nb[0] + nb[2]) / 2
    if abs((bx0 + bx1) / 2 - centre) > 2:
        fails.append(f"{tag}: signature centred at {(bx0 + bx1) / 2:.1f}, the name at {centre:.1f}")
    rx0, ry0, rx1, ry1 = red
    if abs((rx1 - rx0) - diameter_pt) > 1.5:
        fails.append(f"{tag}: seal {rx1 - rx0:.1f} pt wide, want {diameter_pt:.1f}")
    if abs(rx1 - (bx0 + (bx1 - bx0) / 3)) > 2:
        fails.append(f"{tag}: seal's right edge {rx1:.1f}, a third into the signature is {bx0 + (bx1 - bx0) / 3:.1f}")
    if abs((ry0 + ry1) / 2 - (by0 + by1) / 2) > 2:
        fails.append(f"{tag}: seal centre y {(ry0 + ry1) / 2:.1f}, signature centre y {(by0 + by1) / 2:.1f}")
    return rb, nb


def main():
    vanban, samples = sys.argv[1], sys.argv[2]
    fails = []
    with tempfile.TemporaryDirectory() as tmp:
        sig, seal = os.path.join(tmp, "sig.png"), os.path.join(tmp, "seal.png")
        png(sig, 600, 200, signature_pixel)
        png(seal, 400, 400, seal_pixel, dpi=300)
        # A sample with its signature on page 1, and a plan whose block is on page 3.
        cases = [("giay-moi.xml", 1, "CHỦ TỊCH", "Phạm Thị Hoa"),
                 ("004-ke-hoach-hai-phong.xml", 3, "PHÓ CHỦ TỊCH", "Bùi Thị Ngọc")]
        for sample, page, role, name in cases:
            pdf = os.path.join(tmp, sample + ".pdf")
            subprocess.run([vanban, "render", os.path.join(samples, sample), "-o", pdf, "--signature-image", sig,
                            "--seal-image", seal, "--seal-diameter", "36"], check=True)
            boxes = check_page(pdf, page, role, name, 36 * MM, fails, sample, tmp)
            fields = sig_fields(pdf)
            if len(fields) != 1 or fields[0][0] != page:
                fails.append(f"{sample}: signature fields {fields}, want one on page {page}")
            elif boxes:
                rb, nb = boxes
                fx0, fy0, fx1, fy1 = fields[0][1]
                if not (fy0 >= rb[3] - 1 and fy1 <= nb[1] + 1 and fx0 <= nb[0] and fx1 >= nb[2]):
                    fails.append(f"{sample}: field {fields[0][1]} not over the room between role and name")
        # The seal's size from its resolution (400 px at 300 dpi), without --seal-diameter.
        pdf = os.path.join(tmp, "dpi.pdf")
        subprocess.run([vanban, "render", os.path.join(samples, "giay-moi.xml"), "-o", pdf, "--signature-image", sig,
                        "--seal-image", seal], check=True)
        check_page(pdf, 1, "CHỦ TỊCH", "Phạm Thị Hoa", 400 / 300 * 72, fails, "seal size from pHYs", tmp)
        # A seal whose PNG says 72 dpi (an editor's default, not its size: 176 mm) is
        # drawn at 35 mm, the default, not across the page.
        seal72 = os.path.join(tmp, "seal72.png")
        png(seal72, 500, 500, lambda x, y: seal_pixel(x * 400 // 500, y * 400 // 500), dpi=72)
        pdf = os.path.join(tmp, "dpi72.pdf")
        subprocess.run([vanban, "render", os.path.join(samples, "giay-moi.xml"), "-o", pdf, "--signature-image", sig,
                        "--seal-image", seal72], check=True)
        check_page(pdf, 1, "CHỦ TỊCH", "Phạm Thị Hoa", 35 * MM, fails, "seal at 72 dpi", tmp)
        # No field when asked for none.
        pdf = os.path.join(tmp, "nofield.pdf")
        subprocess.run([vanban, "render", os.path.join(samples, "giay-moi.xml"), "-o", pdf, "--no-signature-field"],
                       check=True)
        if sig_fields(pdf):
            fails.append("--no-signature-field still wrote a field")
        # merge --single: one field and one signature per letter.
        merged = os.path.join(tmp, "all.pdf")
        subprocess.run([vanban, "merge", os.path.join(samples, "merge", "giay-moi-dai-bieu.xml"),
                        os.path.join(samples, "merge", "dai-bieu.csv"), "--single", merged, "-q",
                        "--signature-image", sig, "--seal-image", seal], check=True)
        fields = sig_fields(merged)
        pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", merged], capture_output=True,
                                                                 text=True).stdout).group(1))
        letters = len(open(os.path.join(samples, "merge", "dai-bieu.csv"), encoding="utf-8").read().strip()
                      .split("\n")) - 1
        if len(fields) != letters:
            fails.append(f"merge --single: {len(fields)} signature fields for {letters} letters ({pages} pages)")
        listed = subprocess.run(["pdfimages", "-list", merged], capture_output=True, text=True).stdout
        images = [l for l in listed.split("\n")[2:] if l.split()[2:3] == ["image"]]
        if len(images) != 2 * letters:
            fails.append(f"merge --single: {len(images)} images drawn for {letters} letters")
    for f in fails:
        print("FAIL " + f)
    print(f"{len(fails)} failures")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
