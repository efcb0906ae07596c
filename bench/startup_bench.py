#!/usr/bin/env python3
"""startup_bench: the cost of one vanban process, against pandoc. Not a test.

    bench/startup_bench.py [-n N] [--plan XML] [--vanban PATH]... [--no-pandoc]

Runs, interleaved N times (default 200) in one loop so that the machine's load falls
on every command alike:
  true                          the process floor: spawning and reaping a program that
                                does nothing (the harness's own overhead is in it)
  vanban --help                 start-up alone: loading, relocation, static set-up
  vanban render PLAN -o X.docx  one plan a process (default samples/001-ke-hoach-gia-lam.xml)
  pandoc -o X.docx              pandoc writing a DOCX of the same plan: it is fed the
                                plan's text (`vanban render PLAN --format txt`) as
                                Markdown, its default input format
and prints each command's median wall time and median CPU time (user + system of the
child, from wait4), and the ratio pandoc / vanban for the plan. pandoc is optional
(Debian: apt-get install pandoc); without it the vanban figures are still printed.
Several --vanban binaries (e.g. an older build) are measured side by side in the same
loop. Installs nothing; each child is started with os.posix_spawn, its output to
/dev/null, and is timed from spawn to reap (time.perf_counter_ns).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_once(argv, devnull):
    """Wall and CPU nanoseconds of one child; raises if it fails."""
    actions = [(os.POSIX_SPAWN_DUP2, devnull, 0), (os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)]
    start = time.perf_counter_ns()
    pid = os.posix_spawn(argv[0], argv, os.environ, file_actions=actions)
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter_ns() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(argv)} exited with {os.waitstatus_to_exitcode(status)}")
    return wall, int((usage.ru_utime + usage.ru_stime) * 1e9)


def ms(ns):
    return f"{ns / 1e6:8.2f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=200, help="rounds (default 200)")
    ap.add_argument("--plan", default=os.path.join(ROOT, "samples/001-ke-hoach-gia-lam.xml"))
    ap.add_argument("--vanban", action="append", help="vanban binary (repeatable; default build/vanban)")
    ap.add_argument("--no-pandoc", action="store_true", help="leave pandoc out even if installed")
    args = ap.parse_args()
    binaries = [os.path.abspath(b) for b in (args.vanban or [os.path.join(ROOT, "build/vanban")])]
    tmp = tempfile.mkdtemp(prefix="vanban-startup-")
    try:
        plan = os.path.abspath(args.plan)
        text = os.path.join(tmp, "plan.md")
        subprocess.run([binaries[0], "render", plan, "-o", text, "--format", "txt"], check=True)
        commands = [("true", [shutil.which("true")])]
        for i, b in enumerate(binaries):
            label = "vanban" if len(binaries) == 1 else f"vanban[{i}]"
            commands.append((f"{label} --help", [b, "--help"]))
            commands.append((f"{label} render (docx)", [b, "render", plan, "-o", os.path.join(tmp, f"v{i}.docx")]))
        pandoc = None if args.no_pandoc else shutil.which("pandoc")
        if pandoc:
            commands.append(("pandoc (docx)", [pandoc, text, "-f", "markdown", "-o", os.path.join(tmp, "p.docx")]))
        wall = {name: [] for name, _ in commands}
        cpu = {name: [] for name, _ in commands}
        devnull = os.open(os.devnull, os.O_RDWR)
        for name, argv in commands:  # warm the page cache once
            run_once(argv, devnull)
        for _ in range(args.n):
            for name, argv in commands:
                w, c = run_once(argv, devnull)
                wall[name].append(w)
                cpu[name].append(c)
        try:
            load = os.getloadavg()[0]
        except OSError:
            load = float("nan")
        print(f"plan: {os.path.relpath(plan, ROOT)}; {args.n} interleaved rounds; load average {load:.2f}; "
              f"{os.cpu_count()} CPUs")
        print(f"{'command':32} {'wall ms':>8} {'CPU ms':>8}   (medians; wall p10–p90)")
        for name, _ in commands:
            qs = statistics.quantiles(wall[name], n=10)
            print(f"{name:32} {ms(statistics.median(wall[name]))} {ms(statistics.median(cpu[name]))}"
                  f"   ({qs[0] / 1e6:.2f}–{qs[-1] / 1e6:.2f})")
        floor = statistics.median(wall["true"])
        print(f"harness floor (true): {floor / 1e6:.2f} ms wall")
        if not pandoc:
            if not args.no_pandoc:
                print("pandoc not installed (Debian: apt-get install pandoc): no ratio")
            return 0
        print("pandoc input: the plan's text (vanban render --format txt) read as Markdown")
        for i in range(len(binaries)):
            label = "vanban" if len(binaries) == 1 else f"vanban[{i}]"
            for kind, table in (("wall", wall), ("CPU", cpu)):
                p = statistics.median(table["pandoc (docx)"])
                v = statistics.median(table[f"{label} render (docx)"])
                print(f"ratio pandoc / {label} render, {kind}: {p / v:.1f}x", end="")
                if kind == "wall":
                    print(f" (less the floor on both: {(p - floor) / max(v - floor, 1):.1f}x)", end="")
                print()
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
