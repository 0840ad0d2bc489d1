"""What the report formats cost on one long line with many findings (issue 8: the text report
printed the whole line under every finding: 32–46 s and 1.4 GB for a 100 KB line).

    python benchmarks/reports.py                 # a 100 KB and a 5 MB single line
    python benchmarks/reports.py --sizes 100000  # one size

For each size and format, in a fresh process: the render time, the peak of Python allocations
during the render (tracemalloc, a second render), the process's peak resident memory, the
output size, and for the JSON formats the allocation peak when their `stream` pieces are written
to a file one by one. The line has a finding (with a related location) every 50 characters.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("text", "concise", "json", "sarif", "github", "gitlab", "junit")

PROBE = """
import resource, sys, time, tracemalloc
sys.path.insert(0, {root!r})
from linter.report import ci, json_report, sarif
from tests.test_formats import RENDERERS, long_line
STREAMS = {{"json": json_report.stream, "sarif": lambda r: sarif.stream(r, "0"), "gitlab": ci.gitlab_stream}}
result = long_line({size})
render = RENDERERS[{fmt!r}]
began = time.perf_counter()
out = render([result])
seconds = time.perf_counter() - began
del out
tracemalloc.start()
size = len(render([result]).encode("utf-8"))
peak = tracemalloc.get_traced_memory()[1]
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
streamed = 0
if {fmt!r} in STREAMS:
    tracemalloc.reset_peak()
    with open("/dev/null", "w", encoding="utf-8") as sink:
        sink.writelines(STREAMS[{fmt!r}]([result]))
    streamed = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
print(seconds, peak, rss, size, len(result.findings), streamed)
"""


def measure(size: int, fmt: str) -> dict:
    out = subprocess.run([sys.executable, "-c", PROBE.format(root=str(ROOT), size=size, fmt=fmt)], check=True,
                         capture_output=True, text=True, cwd=ROOT).stdout.split()
    seconds, peak, rss, output, findings, streamed = float(out[0]), int(out[1]), int(out[2]), int(out[3]), int(out[4]), int(out[5])
    return {"size": size, "format": fmt, "findings": findings, "seconds": round(seconds, 3), "render_peak_mb": round(peak / 1e6, 1),
            "process_peak_rss_mb": round(rss / 1e6, 1), "output_mb": round(output / 1e6, 2), "stream_peak_mb": round(streamed / 1e6, 2) if streamed else None}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 5_000_000])
    parser.add_argument("--formats", nargs="+", default=list(FORMATS))
    args = parser.parse_args()
    print(f"{'line':>9} {'format':<8} {'findings':>8} {'seconds':>8} {'render MB':>9} {'peak RSS MB':>11} {'output MB':>9} {'stream MB':>9}")
    for size in args.sizes:
        for fmt in args.formats:
            row = measure(size, fmt)
            print(f"{size:>9} {fmt:<8} {row['findings']:>8} {row['seconds']:>8.3f} {row['render_peak_mb']:>9.1f} "
                  f"{row['process_peak_rss_mb']:>11.1f} {row['output_mb']:>9.2f} {row['stream_peak_mb'] or '':>9}", flush=True)
            print(json.dumps(row), file=sys.stderr)


if __name__ == "__main__":
    main()
