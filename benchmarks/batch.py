"""Archive-scale benchmark: many documents, one and two processes, cold and warm cache, memory.

    python benchmarks/batch.py                  # 2,000 documents built from ../shared/corpus and samples/
    python benchmarks/batch.py --documents 400  # a quicker run

Builds an archive by repeating the corpus's text documents and the samples (PDFs are left out:
pdfminer's extraction, ~2 s per document, would measure pdfminer), then prints documents/s and
MB/s for `treatylint check -j 1` and `-j 2`, the warm-cache re-run against the cold run, and the
peak resident memory of any one process, for this archive and for a quarter of it (memory must
not grow with the number of documents).
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from itertools import cycle
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def build(folder: Path, documents: int) -> int:
    sources = sorted(p for p in (SHARED / "corpus").rglob("*.txt")) if (SHARED / "corpus").exists() else []
    sources += sorted((ROOT / "samples").glob("*.md"))
    size = 0
    for i, source in zip(range(documents), cycle(sources)):
        target = folder / f"{i:05d}-{source.name}"
        shutil.copyfile(source, target)
        size += target.stat().st_size
    return size


# Runs one command and prints the peak RSS of its largest process (a fresh parent, so that the
# figure belongs to this command alone).
_MEASURE = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL);"
            " print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def run(args: list[str]) -> tuple[float, int]:
    """Wall time and the peak RSS (KB) of the largest process the run created."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", _MEASURE, sys.executable, "-m", "linter", *args], capture_output=True, text=True)
    return time.perf_counter() - start, int(out.stdout.strip() or 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=2000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "archive"
        archive.mkdir()
        size = build(archive, options.documents)
        print(f"archive: {options.documents} documents, {size / 1e6:.1f} MB")
        times = {}
        for jobs in (1, 2):
            elapsed, peak = run(["check", "-q", "--no-cache", "-j", str(jobs), str(archive)])
            times[jobs] = elapsed
            print(f"-j {jobs}: {elapsed:6.1f} s  {options.documents / elapsed:7.1f} documents/s  {size / 1e6 / elapsed:5.2f} MB/s  peak {peak / 1024:.0f} MB")
        print(f"-j 2 speed-up: {times[1] / times[2]:.2f}x")
        cache = str(Path(tmp) / "cache")
        cold, _ = run(["check", "-q", "-j", "2", "--cache-dir", cache, str(archive)])
        warm, _ = run(["check", "-q", "-j", "2", "--cache-dir", cache, str(archive)])
        print(f"cache: cold {cold:.1f} s, warm {warm:.2f} s ({cold / warm:.0f}x faster)")
        quarter = Path(tmp) / "quarter"
        quarter.mkdir()
        build(quarter, max(1, options.documents // 4))
        db = str(Path(tmp) / "q.sqlite")
        _, peak_small = run(["batch", "-q", "-j", "1", "--db", db, str(quarter)])
        db = str(Path(tmp) / "a.sqlite")
        _, peak_large = run(["batch", "-q", "-j", "1", "--db", db, str(archive)])
        print(f"batch peak memory: {peak_small / 1024:.0f} MB for {options.documents // 4} documents, {peak_large / 1024:.0f} MB for {options.documents}")


if __name__ == "__main__":
    main()
