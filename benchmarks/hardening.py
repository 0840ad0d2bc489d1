"""Issue 8's acceptance figures: adversarial single-line inputs through the whole command.

    python benchmarks/hardening.py [--skip-5mb]

For each input, `treatylint check --no-cache` runs in a fresh process (text and JSON reports);
the wall time and the peak resident memory of that process (getrusage of the child) are printed.
Targets: 100 KB of numbers on one line and a 100 KB line with many findings under 5 s each; a
5 MB single-line file under 60 s and 500 MB.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "npt-report-defects.zh.md"


def one_line_of(text: str, size: int) -> str:
    """`text` repeated on one line to `size` bytes of UTF-8 (a "5 MB file" is counted in bytes)."""
    line = text.replace("\r", " ").replace("\n", " ")
    chars = size * len(line) // len(line.encode("utf-8"))
    return (line * (chars // len(line) + 1))[:chars] + "\n"


def inputs(skip_large: bool) -> dict[str, str]:
    sample = SAMPLE.read_text(encoding="utf-8")
    found = {
        "100 KB of numbers on one line": one_line_of("1 ", 100_000),
        "100 KB line of the defects sample": one_line_of(sample, 100_000),
        "100 KB line of amounts with findings": one_line_of("240 万亿美元、598 000 美元、", 100_000),
    }
    if not skip_large:
        found["5 MB line of the defects sample"] = one_line_of(sample, 5_000_000)
        found["5 MB of numbers on one line"] = one_line_of("12 345 ", 5_000_000)
        found["5 MB line of amounts with findings"] = one_line_of("240 万亿美元、598 000 美元、", 5_000_000)
    return found


def run(path: str, fmt: str) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB, exit status) of one check in a fresh process."""
    command = [sys.executable, "-m", "linter", "check", "--no-cache", "-j", "1", "--format", fmt, "-o", os.devnull, path]
    began = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - began
    return seconds, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-5mb", action="store_true", help="only the 100 KB inputs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for name, content in inputs(args.skip_5mb).items():
            path = os.path.join(folder, "report.txt")
            Path(path).write_text(content, encoding="utf-8")
            for fmt in ("text", "json"):
                seconds, megabytes, status = run(path, fmt)
                print(f"{name:40s} {fmt:5s} {seconds:7.2f} s  {megabytes:7.0f} MB peak  exit {status}", flush=True)


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    main()
