"""Every rule, the structure and the suppressions stay linear in the length of a line and of a
document: adversarial shapes timed at n and 4n must grow less than 8× (quadratic is 16×), and
the behaviour that had to be bounded to get there is pinned down exactly."""
from __future__ import annotations

import signal
import time
from contextlib import contextmanager

import pytest

from linter import suppressions
from linter.document import Document
from linter.engine import document_facts, lint_document
from linter.registry import all_rules
from linter.rule import Context, Finding, Severity

RULES = {rule.code: rule for rule in all_rules()}
FLOOR = 0.05  # seconds: below this, timings are noise on a loaded machine
GROWTH = 8  # n → 4n: linear is 4×, quadratic 16×
TIMEOUT = 20  # seconds for one run: a quadratic or exponential pattern fails instead of hanging


@contextmanager
def _deadline(seconds: float):
    def expire(*_):
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _best_time(run, prepared) -> float:
    """The best of two runs (the machine is shared), each under the deadline."""
    best = float("inf")
    for _ in range(2):
        with _deadline(TIMEOUT):
            start = time.perf_counter()
            run(prepared)
            best = min(best, time.perf_counter() - start)
    return best


def assert_linear(prepare, run, n: int) -> None:
    """`run(prepare(4n))` takes less than GROWTH times `run(prepare(n))` (or the floor)."""
    small = _best_time(run, prepare(n))
    large = _best_time(run, prepare(4 * n))
    assert large < GROWTH * max(small, FLOOR), f"n={n}: {small:.3f} s, 4n: {large:.3f} s"


def structure_of(text: str):
    """A fresh document each time: the structure is computed once per document."""
    return lambda: Document(text).structure


def rule_context(code: str, make_text, path: str | None = None):
    """Prepare: the document and its facts (not timed); run: the rule alone."""
    def prepare(n: int):
        document = Document(make_text(n), path)
        document.structure  # noqa: B018 — built before the timing
        return Context(document, document_facts(document))

    return prepare, lambda ctx: list(RULES[code].check(ctx))


def codes_and_texts(text: str, code: str) -> list[tuple[str, str]]:
    doc = Document(text)
    return [(f.code, doc.text[f.start : f.end]) for f in lint_document(doc, [RULES[code]])]


# ---------------------------------------------------------------- structure
@pytest.mark.parametrize("shape, n", [
    ("|-|", 4000),  # a table separator row that is not one, to its last character
    ("[", 8000),  # labels that never close
    ("[a](", 4000),  # targets that never close
])
def test_structure_is_linear_in_the_line(shape, n):
    make = {"|-|": lambda n: "|" + "-|" * n + "x|", "[": lambda n: "[" * n, "[a](": lambda n: "[a](" * n}[shape]
    assert_linear(lambda n: make(n), lambda text: structure_of(text)(), n)


def test_links_and_separators_read_as_before():
    doc = Document("[a [b](x) [c](y z) [d](#)\n| --- |:-:|\n|-|\n| a | b |\n")
    links = [(doc.text[slice(*link.label)], doc.text[slice(*link.target)]) for link in doc.structure.links]
    assert links == [("a [b", "x"), ("d", "#")]
    rows = [doc.text[b.start : b.end] for b in doc.structure.blocks if b.kind == "table-row"]
    assert rows == ["| a | b |"]  # both separator rows are skipped
