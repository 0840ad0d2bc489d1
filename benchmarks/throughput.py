"""Throughput of `treatylint check` work, measured in-process with start-up excluded.

    python benchmarks/throughput.py            # corpus and seed from ../shared (skipped when absent)

Prints:
- MB/s of lint work (read → facts → all rules) over ../shared/corpus and over the seed, in CPU
  time of the thread (on a shared machine, wall time counts what the neighbours ran);
- time for 1×, 4× and 16× concatenations of the seed (cost must grow linearly);
- the same run's bare regex scan for five fact types with values, and the ratio to it;
- wall time of `treatylint check` on a one-line file (start-up included), over 15 runs, next to
  the interpreter's own start with click imported (the floor for any click CLI).
"""
from __future__ import annotations

import gc
import re
import statistics
import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from linter.document import Document  # noqa: E402
from linter.engine import lint_document  # noqa: E402
from linter.registry import all_rules  # noqa: E402

SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "npt-2020-japan-action-plan.zh.txt"
SAMPLE = ROOT / "samples" / "npt-report-defects.zh.md"
RULES = all_rules()

# A bare regex scan for the same five fact types, with value conversion: the floor to compare with.
BARE = {
    "money": re.compile(r"(\d[\d ,.]*)\s?(万亿|亿|万)?\s?(美元|欧元|日元)|(?:USD|US\$|\$|EUR|€)\s?(\d[\d,.]*)(?:\s(million|billion))?"),
    "date": re.compile(r"(\d{4})\s?年(?:\s?(\d{1,2})\s?月(?:\s?(\d{1,2})\s?日)?)?|(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})"),
    "symbol": re.compile(r"\b(?:NPT|A|S|CD|INFCIRC|GC\(\d+\)|CEDAW|GOV)/[\w.()/-]+"),
    "url": re.compile(r"(?:https?://|www\.)[^\s<>\u3000-\u9fff\uff00-\uffef]+"),
    "count": re.compile(r"(\d+|[一二三四五六七八九十]+)\s?([名个次批])"),
}


def bare_scan(text: str) -> int:
    found = 0
    for name, pattern in BARE.items():
        for m in pattern.finditer(text):
            if name == "money" and m.group(1):
                Decimal(m.group(1).replace(" ", "").replace(",", ""))
            found += 1
    return found


def lint(text: str) -> float:
    start = time.thread_time()
    lint_document(Document(text), RULES)
    return time.thread_time() - start


def best_of(runs: int, fn, *args) -> float:
    gc.collect()
    return min(fn(*args) for _ in range(runs))


def timed(fn, *args) -> float:
    start = time.thread_time()
    fn(*args)
    return time.thread_time() - start


def main() -> None:
    seed = SEED.read_text(encoding="utf-8") if SEED.exists() else SAMPLE.read_text(encoding="utf-8")
    lint(seed)  # warm-up: grammars, the pint registry and the lexicon are built once per process
    seed_time = best_of(9, lint, seed)
    seed_kb = len(seed.encode("utf-8")) / 1024
    print(f"seed ({seed_kb:.0f} KB): {seed_time * 1000:.1f} ms, {seed_kb / 1024 / seed_time:.2f} MB/s")

    bare = best_of(9, timed, bare_scan, seed)
    print(f"bare regex scan, five fact types, same text: {bare * 1000:.1f} ms (treatylint = {seed_time / bare:.1f}× that)")

    base = None
    for times in (1, 4, 16):
        text = "\n".join([seed] * times)
        t = best_of(3, lint, text)
        base = base or t
        print(f"seed × {times:>2}: {t * 1000:7.1f} ms  ({t / base / times:.2f} × linear)")

    if (SHARED / "corpus").exists():
        files = sorted((SHARED / "corpus").rglob("*.txt"))
        size = sum(p.stat().st_size for p in files)
        start = time.thread_time()
        for path in files:
            lint_document(Document.from_bytes(path.read_bytes(), str(path)), RULES)
        elapsed = time.thread_time() - start
        print(f"corpus: {len(files)} files, {size / 1e6:.1f} MB in {elapsed:.1f} s = {size / 1e6 / elapsed:.2f} MB/s")

    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as handle:
        handle.write("日本于 2019 年 11 月在名古屋举行了部长级会议。\n")
    script = Path(sys.executable).parent / "treatylint"  # the console script users run
    command = [str(script)] if script.exists() else [sys.executable, "-m", "linter"]
    walls = []
    for _ in range(15):
        start = time.perf_counter()
        subprocess.run([*command, "check", handle.name], capture_output=True)
        walls.append(time.perf_counter() - start)
    print(f"one-line file, whole command: {statistics.median(walls) * 1000:.0f} ms median, {min(walls) * 1000:.0f} ms best of 15"
          f" (interpreter alone: {_interpreter_start() * 1000:.0f} ms)")


def _interpreter_start() -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import click"], capture_output=True)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
