#!/usr/bin/env python3
"""merge_bench: letters per second and peak memory of `vanban merge`. Not a test.

    bench/merge_bench.py [VANBAN] [ROWS] [OUTDIR_PARENT]

Writes a delegate list of ROWS rows (default 10,000; names built deterministically
from common Vietnamese family, middle and given names) and merges it with the sample
template samples/merge/giay-moi-dai-bieu.xml: to DOCX and to ODT, one file per row,
on every core. Then runs ROWS/10 and ROWS*10 rows to show that peak memory does not
grow with the list (rows are streamed); the largest run uses --shard 1/100 so that
every row is read, numbered and named but only a hundredth is written to disk.
Prints wall time, letters/s and peak RSS (getrusage of the child). Letters go to a new
folder under OUTDIR_PARENT (default: the system's temporary folder); compare a disk
with tmpfs (/dev/shm) to separate vanban's time from the file system's.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
          "Dương", "Lý"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Quang", "Ngọc", "Hữu", "Thu", "Xuân", "Bích", "Công"]
GIVEN = ["An", "Anh", "Ánh", "Ân", "Bình", "Chi", "Cường", "Dũng", "Đạt", "Giang", "Hà", "Hải", "Hằng", "Hiếu",
         "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Ngọc", "Nhung", "Phong", "Phúc",
         "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Tú", "Tuấn", "Vân", "Yến"]
UNITS = ["Công đoàn Khu Kinh tế", "Công đoàn ngành Y tế", "Công đoàn ngành Giáo dục", "LĐLĐ quận Hải An",
         "LĐLĐ huyện Thủy Nguyên", "Công ty TNHH Cảng Hải An", "Công đoàn Viên chức thành phố"]
ROLES = ["Chủ tịch Công đoàn cơ sở", "Phó Chủ tịch", "", "Công nhân", "Tổ trưởng sản xuất", "Ủy viên Ban Chấp hành"]


def write_list(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("stt,ho_ten,chuc_vu,don_vi,so,ngay,ghi_chu\r\n")
        x = 12345
        for i in range(1, rows + 1):
            x = (x * 1103515245 + 12345) % 2**31
            name = f"{FAMILY[x % len(FAMILY)]} {MIDDLE[(x >> 5) % len(MIDDLE)]} {GIVEN[(x >> 9) % len(GIVEN)]}"
            unit = UNITS[(x >> 13) % len(UNITS)]
            role = ROLES[(x >> 17) % len(ROLES)]
            note = '"Đề nghị đồng chí chuẩn bị tham luận, không quá 7 phút."' if i % 50 == 0 else ""
            f.write(f'{i},{name},{role},"{unit}",15,18/4/2023,{note}\r\n')


def run(vanban, args):
    os.sync()  # earlier runs' writes and deletions must not be timed with this one
    t0 = time.perf_counter()
    p = subprocess.Popen([vanban, "merge", *args, "-q"], stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(p.pid, 0)  # this child's own peak RSS
    wall = time.perf_counter() - t0
    err = p.stderr.read()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"merge failed: {err[:2000]}")
    return wall, usage.ru_maxrss / 1024


def main():
    vanban = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "vanban")
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    template = os.path.join(ROOT, "samples", "merge", "giay-moi-dai-bieu.xml")
    tmp = tempfile.mkdtemp(prefix="vanban-merge-bench-", dir=sys.argv[3] if len(sys.argv) > 3 else None)
    try:
        print(f"{'run':34} {'rows':>9} {'letters':>9} {'wall s':>8} {'letters/s':>10} {'peak MB':>8}")
        small, big = max(1, rows // 10), rows * 10
        for n in (small, rows, big):
            write_list(os.path.join(tmp, f"list-{n}.csv"), n)
        runs = iter(range(1000))
        def report(label, n, letters, args):
            out = os.path.join(tmp, f"out-{next(runs)}")  # a new folder: no deletions while timing
            wall, rss = run(vanban, args + ["-o", out])
            print(f"{label:34} {n:>9} {letters:>9} {wall:>8.2f} {letters / wall:>10.0f} {rss:>8.1f}")
        data = lambda n: [template, os.path.join(tmp, f"list-{n}.csv")]
        report("docx, one file per row", small, small, data(small))
        report("docx, one file per row", rows, rows, data(rows))
        report("odt, one file per row", rows, rows, data(rows) + ["--format", "odt"])
        report("docx, one thread", rows, rows, data(rows) + ["--jobs", "1"])
        report("docx, --sort-name ho_ten", rows, rows, data(rows) + ["--sort-name", "ho_ten"])
        report("docx, --shard 1/100 (all read)", big, big // 100, data(big) + ["--shard", "1/100"])
        print(f"cores: {os.cpu_count()}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
