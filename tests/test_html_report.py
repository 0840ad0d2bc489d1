"""The HTML review page without a browser: highlights equal the findings' spans, everything from
the document is escaped, and the page needs nothing from the network."""
from __future__ import annotations

import re
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

from click.testing import CliRunner

from linter.cli import main
from linter.config import Config
from linter.engine import analyse, check_file
from linter.report import html
from tests.conftest import SHOWN, printed_facts

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


class Highlights(HTMLParser):
    """The text inside each finding's marks, by finding id, and every tag seen."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text = defaultdict(str)
        self.open: list[list[str]] = []
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "mark":
            self.open.append(attrs.get("data-f", "").split())
            for finding in self.open[-1]:
                self.text[finding] += ""

    def handle_endtag(self, tag):
        if tag == "mark":
            self.open.pop()

    def handle_data(self, data):
        for ids in self.open:
            for finding in ids:
                self.text[finding] += data


def parse(page: str) -> Highlights:
    parser = Highlights()
    parser.feed(page)
    return parser


def test_highlights_are_the_findings_spans():
    results = [check_file(str(SAMPLES / name), Config()) for name in ("npt-report-defects.zh.md", "npt-report-defects.en.md")]
    page = parse(html.render(results))
    for index, result in enumerate(results):
        assert result.findings
        for n, finding in enumerate(result.findings):
            assert page.text[f"f{index}-{n}"] == result.document.text[finding.start:finding.end], finding


def test_document_markup_is_escaped_and_nothing_is_fetched(tmp_path):
    report = tmp_path / "evil.md"
    report.write_text('示例国报告。<script>document.title="pwned"</script><img src=x onerror="alert(1)">\n'
                      "示例国将专业知知识转让给区域中心。<b>粗体</b>\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--no-cache", "--format", "html", str(report)])
    page = result.output
    assert "&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;" in page
    tags = parse(page).tags
    assert [t for t, _ in tags].count("script") == 1 and not any(t in ("img", "b", "link", "iframe") for t, _ in tags)
    assert not any(k in ("src", "href") and re.match(r"(https?:)?//", v or "") for _, attrs in tags for k, v in attrs.items())
    policy = next(a["content"] for t, a in tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in policy and "script-src 'sha256-" in policy


def test_facts_panel_lists_amounts_and_dates():
    result = check_file(str(SAMPLES / "npt-report-defects.zh.md"), Config())
    page = html.render([result])
    flagged = re.findall(r'<tr class="flagged"[^>]*>.*?</tr>', page)
    assert len(flagged) == 1 and "610 万亿美元" in flagged[0] and "USD 610 000 000 000 000 (6.1 × 10^14)" in flagged[0]
    dated = [f for f in analyse(result.document).facts if f.kind in ("date", "daterange") and f.first and f.last]
    rects = re.findall(r'<rect class="(date|flagged)"[^>]*><title>([^<]*)</title>', page)
    assert [title.split(" → ")[0] for _, title in rects] == [f.text for f in dated]  # one row per date, in text order
    reversed_range = next(title for cls, title in rects if title.startswith("2024 年 11 月至 2023 年 6 月"))
    assert ("flagged", reversed_range) in rects and reversed_range.startswith("2024 年 11 月至 2023 年 6 月 → 2024-11 … 2023-06 (")


def test_a_read_error_is_listed_and_the_other_documents_shown(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ok.txt").write_text("示例国将专业知知识转让给区域中心。\n", encoding="utf-8")
    page = CliRunner().invoke(main, ["check", "--no-cache", "--format", "html", str(tmp_path)]).output
    assert "empty.txt: empty file: nothing to check" in page
    assert 'data-f="f0-0"' in page


class FactTexts(HTMLParser):
    """The text under each fact's id (data-x), in the order of the ids."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text: dict[int, str] = {}
        self.open: list[list[int]] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("span", "mark"):
            self.open.append([int(x.split("-")[1]) for x in (dict(attrs).get("data-x") or "").split()])

    def handle_endtag(self, tag):
        if tag in ("span", "mark"):
            self.open.pop()

    def handle_data(self, data):
        for ids in self.open:
            for n in ids:
                self.text[n] = self.text.get(n, "") + data


def test_the_page_shows_the_facts_treatylint_facts_prints(tmp_path):
    report = tmp_path / "r.md"
    report.write_text(SHOWN, encoding="utf-8")
    printed = printed_facts(report)
    expected = [r["text"] for r in printed if "skipped" not in r and r["type"] in ("money", "date", "daterange", "symbol")]
    assert "USD 9" not in expected and expected.count("A/HRC/WG.6/34/XYZ/1") == 1
    page = CliRunner().invoke(main, ["check", "--no-cache", "--format", "html", str(report)]).output
    parser = FactTexts()
    parser.feed(page)
    assert [parser.text[n] for n in sorted(parser.text)] == expected
