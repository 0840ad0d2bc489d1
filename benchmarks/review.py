"""What editor review costs: the language server's lint on each edit, and the review page.

    python benchmarks/review.py

Prints, for reports of 50 KB to 1 MB (the Chinese defects sample repeated):
- the median time of the language server's lint (Document → findings → diagnostics in UTF-16);
- the time to render the HTML review page, and its size;
- with Chromium and Playwright installed: the time until the page is loaded and a click on the
  last finding has scrolled to it.
"""
from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lsprotocol import types  # noqa: E402

from linter.config import Config, select_rules  # noqa: E402
from linter.engine import lint_document  # noqa: E402
from linter.results import FileResult  # noqa: E402
from linter.lsp import Lines, _document  # noqa: E402
from linter.report import html  # noqa: E402

SAMPLE = (ROOT / "samples" / "npt-report-defects.zh.md").read_text(encoding="utf-8")
SIZES_KB = (50, 200, 1000)


def text_of(kb: int) -> str:
    return SAMPLE * (kb * 1000 // len(SAMPLE.encode("utf-8")) + 1)


def lsp_lint(text: str) -> float:
    """Median seconds for what the server does per edit: build, lint, convert every range."""
    config, rules, times = Config(), select_rules(Config()), []
    for _ in range(5):
        start = time.perf_counter()
        document = _document(text, "/tmp/report.md", "markdown", None)
        findings = lint_document(document, rules, config)
        lines = Lines(document, types.PositionEncodingKind.Utf16)
        [lines.range(f.start, f.end) for f in findings]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def page(text: str) -> tuple[str, float, FileResult]:
    document = _document(text, "/tmp/report.md", "markdown", None)
    result = FileResult("report.md", document, lint_document(document, select_rules(Config())))
    start = time.perf_counter()
    rendered = html.render([result])
    return rendered, time.perf_counter() - start, result


def browser_seconds(rendered: str, result: FileResult) -> float | None:
    chromium = shutil.which("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not chromium:
        return None
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        path = Path(folder) / "review.html"
        path.write_text(rendered, encoding="utf-8")
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        tab = browser.new_page()
        start = time.perf_counter()
        tab.goto(path.as_uri())
        tab.click(f"li[data-target='f0-{len(result.findings) - 1}']")
        elapsed = time.perf_counter() - start
        browser.close()
    return elapsed


def main() -> None:
    print(f"{'size':>8} {'lsp lint':>10} {'page render':>12} {'page size':>10} {'load+click':>11}")
    for kb in SIZES_KB:
        text = text_of(kb)
        rendered, render_seconds, result = page(text)
        loaded = browser_seconds(rendered, result)
        print(f"{len(text.encode('utf-8')) / 1000:>6.0f}KB {lsp_lint(text) * 1000:>8.1f}ms {render_seconds * 1000:>10.1f}ms "
              f"{len(rendered.encode('utf-8')) / 1e6:>8.2f}MB " + (f"{loaded:>9.2f}s" if loaded is not None else "  (no browser)"))


if __name__ == "__main__":
    main()
