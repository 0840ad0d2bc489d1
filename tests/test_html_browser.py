"""The review page in a real browser (headless Chromium driven by Playwright): highlights equal
the findings' spans, clicking a finding scrolls to its highlight, filters and sorting work, and
markup from a report never runs. Writes a screenshot to $TREATYLINT_ARTIFACTS (or a temp dir)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from linter.config import Config
from linter.engine import check_file
from linter.report import html

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (pip install '.[test]')")
CHROMIUM = os.environ.get("TREATYLINT_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(not CHROMIUM, reason="no Chromium found (apt-get install chromium, or set TREATYLINT_CHROMIUM)")

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
INJECTED = ('\n注：<script>window.pwned = 1; document.title = "pwned"</script>'
            '<img src="x" onerror="window.pwned = 2"> <a href="javascript:window.pwned=3">链接</a>\n')

SPANS = """() => {
  const text = {};
  for (const mark of document.querySelectorAll("mark[data-f]")) {
    for (const id of mark.dataset.f.split(" ")) text[id] = (text[id] || "") + mark.textContent;
  }
  return text;
}"""
IN_VIEW = """(selector) => {
  const box = document.querySelector(selector).getBoundingClientRect();
  return box.top >= 0 && box.bottom <= window.innerHeight;
}"""


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


def open_page(browser, tmp_path: Path, results) -> "sync_api.Page":
    path = tmp_path / "review.html"
    path.write_text(html.render(results), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(path.as_uri())
    page.errors = errors
    return page


def report(tmp_path: Path, name: str, extra: str = "") -> Path:
    path = tmp_path / name
    path.write_text((SAMPLES / name).read_text(encoding="utf-8") + extra, encoding="utf-8")
    return path


def test_review_page_in_chromium(browser, tmp_path):
    results = [check_file(str(report(tmp_path, name, INJECTED)), Config())
               for name in ("npt-report-defects.zh.md", "npt-report-defects.en.md")]
    page = open_page(browser, tmp_path, results)

    highlighted = page.evaluate(SPANS)
    expected = {f"f{i}-{n}": r.document.text[f.start:f.end] for i, r in enumerate(results) for n, f in enumerate(r.findings)}
    assert highlighted == expected

    assert page.evaluate("window.pwned") is None and page.title() == "treatylint review"
    assert page.query_selector_all("#doc-0 pre img, #doc-0 pre a, #doc-0 pre script") == []

    last = f"f1-{len(results[1].findings) - 1}"
    page.click(f"li[data-target='{last}']")
    assert page.evaluate(IN_VIEW, f"mark[data-f~='{last}']")
    assert page.get_attribute(f"mark[data-f~='{last}']", "class").endswith("current")
    assert page.is_visible("#detail")

    info = page.query_selector_all("#doc-0 li.finding[data-sev='info']")
    page.uncheck("#doc-0 .filter-sev[value='info']")
    assert info and all(not li.is_visible() for li in info)
    marks = page.evaluate("""() => {
      const info = new Set(Array.from(document.querySelectorAll("#doc-0 li.finding[data-sev='info']"), (li) => li.dataset.target));
      return Array.from(document.querySelectorAll("#doc-0 mark[data-f]"),
                        (m) => [m.dataset.f.split(" ").every((id) => info.has(id)), m.classList.contains("off")]);
    }""")
    assert any(only_info for only_info, _ in marks) and all(only_info == off for only_info, off in marks)

    page.click("#doc-0 table.money th:nth-child(4)")
    usd = [float(v) for v in page.eval_on_selector_all("#doc-0 table.money tbody tr td:nth-child(4)", "cells => cells.map(c => c.dataset.sort)")]
    assert usd == sorted(usd)
    page.click("#doc-0 table.money th:nth-child(4)")
    assert page.eval_on_selector("#doc-0 table.money tbody tr", "row => row.className") == "flagged"  # the outlier tops the table

    artifacts = Path(os.environ.get("TREATYLINT_ARTIFACTS") or tmp_path)
    artifacts.mkdir(parents=True, exist_ok=True)
    page.check("#doc-0 .filter-sev[value='info']")
    page.click("#doc-0 li.finding[data-sev='error']")
    page.screenshot(path=str(artifacts / "review-page.png"))
    assert page.errors == []


def test_a_megabyte_report_stays_usable(browser, tmp_path):
    text = (SAMPLES / "npt-report-defects.zh.md").read_text(encoding="utf-8")
    big = tmp_path / "big.md"
    big.write_text(text * (1_000_000 // len(text.encode("utf-8")) + 1), encoding="utf-8")
    result = check_file(str(big), Config())
    page = open_page(browser, tmp_path, [result])
    last = f"f0-{len(result.findings) - 1}"
    page.click(f"li[data-target='{last}']", timeout=20000)  # speed is benchmarked, not timed here
    assert page.evaluate(IN_VIEW, f"mark[data-f~='{last}']")
    assert page.errors == []
