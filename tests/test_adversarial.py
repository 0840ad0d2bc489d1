"""Adversarial shapes through the whole pipeline (read → facts → rules → every report format):
nothing raises, every span is inside the text, and the time grows linearly with the input."""
from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter import readers
from linter.config import Config, select_rules
from linter.engine import lint_document
from linter.results import FileResult
from linter.report import ci, json_report, sarif, text

# Pieces real damaged text is made of: PDF numeric tables, converter output, markup, scripts.
PIECES = [
    "1 ", "12 345 ", "1,", "1.", "0", "9" * 40, "240 万亿美元 ", "598 000 美元、", "2020 年", "12 May 1995 ", "1995-05-12 ",
    "A/", "A/75/", "CCW/MSP/2020/", "resolution 75/", "http://", "www.un.org/", "第", "年", "月", "一二三四五六七八九十百千万亿",
    "萬億", "(", ")", "[", "](", "> ", "- ", "  ", "#", "`", "```", "*", "\t", "\n", "\r\n", "\r", "\f", "\x00", "\x0b",
    "\u2028", "\ufffd", "\ue000", "😀", "𠀀", "(cid:129)", "the the ", "的的", "%", "美元", "USD ", "$", "€", "—", "…",
]

FORMATS = {
    "text": lambda results: text.render(results),
    "json": json_report.render,
    "sarif": lambda results: sarif.render(results, "0"),
    "github": ci.github,
    "gitlab": ci.gitlab,
    "junit": ci.junit,
}

RULES = select_rules(Config())


def lint_and_report(content: str, suffix: str = ".txt") -> list:
    document = readers.read_bytes(content.encode("utf-8", "surrogatepass"), f"report{suffix}")
    findings = lint_document(document, RULES)
    result = FileResult(document.path, document, findings)
    for render in FORMATS.values():
        render([result])
    return [(document, f) for f in findings]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES), max_size=300), st.sampled_from([".txt", ".md"]))
def test_no_shape_breaks_the_pipeline(pieces, suffix):
    content = "".join(pieces).replace("\x00", "")  # a NUL makes a file binary: E002, tested elsewhere
    if not content.strip():
        return
    for document, finding in lint_and_report(content, suffix):
        assert 0 <= finding.start <= finding.end <= len(document.text)
        assert finding.code != "INT001", finding.message


SHAPES = {
    "numbers on one line": lambda n: "1 " * n,
    "one long digit run": lambda n: "9" * (2 * n),
    "comma-separated digits": lambda n: "1," * n,
    "dotted digits": lambda n: "1." * n,
    "amounts with findings on one line": lambda n: "240 万亿美元、598 000 美元、" * (n // 10),
    "symbols": lambda n: "A/75/" * (n // 2),
    "URL pieces": lambda n: "http://www.un.org/" * (n // 8),
    "CJK numerals": lambda n: "一二三四五六七八九十百千万亿" * (n // 7),
    "year and month runs": lambda n: "2020 年 5 月" * (n // 5),
    "nested Markdown quotes": lambda n: "> " * (n // 4) + "240 万亿美元\n" + "- " * (n // 4),
    "brackets": lambda n: "[" * (n // 2) + "(" * (n // 2),
    "unmapped glyphs": lambda n: "(cid:129)" * (n // 4),
    "doubled words": lambda n: "the the " * (n // 4),
    "many short lines": lambda n: "2020 年 598 000 美元。\n" * (n // 10),
}


def _seconds(content: str, suffix: str) -> float:
    best = float("inf")
    for _ in range(2):  # the better of two: the machine is shared
        began = time.perf_counter()
        lint_and_report(content, suffix)
        best = min(best, time.perf_counter() - began)
    return best


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_time_grows_linearly(shape):
    """Four times the input may take at most about four times as long (8× allowed for noise;
    quadratic growth gives 16×), and never more than 1 s per 10 KB."""
    suffix = ".md" if "Markdown" in shape else ".txt"
    small, large = SHAPES[shape](4_000), SHAPES[shape](16_000)
    _seconds(small, suffix)  # warm the lazy imports and tables
    t_small, t_large = _seconds(small, suffix), _seconds(large, suffix)
    assert t_large < max(8 * t_small, 0.05), f"{shape}: {t_small:.3f} s → {t_large:.3f} s for 4× the input"
    assert t_large < len(large) / 10_000, f"{shape}: {t_large:.2f} s for {len(large) // 1000} KB"
