""""Today" is given, never read: the facts of a text are the same on any day, and what is in the
future is decided by the rule against the context's date."""
from __future__ import annotations

import datetime as dt

import pytest

from linter.config import Config
from linter.document import Document
from linter.engine import lint_document
from linter.extract import symbols
from linter.registry import find_rule

TEXT = "See S/2030/12, NPT/CONF2010/PC.1/WP.78 and A/90/1."


def test_symbol_facts_carry_no_date():
    found = {f.canonical: f for f in symbols.extract(TEXT)}
    assert found["S/2030/12"].problems == () and found["A/90/1"].problems == ()
    assert [k for k, _, _ in found["NPT/CONF2010/PC.1/WP.78"].problems] == ["dot", "roman"]
    assert symbols.encoded_years(found["S/2030/12"].components) == (("future-year", "2030", 2030),)
    assert symbols.encoded_years(found["A/90/1"].components) == (("session", "90", 2035),)


@pytest.mark.parametrize("today, expected", [
    (dt.date(2026, 12, 3), ["S/2030/12: year component 2030 is in the future", "A/90/1: General Assembly session 90 has not opened yet"]),
    (dt.date(2029, 1, 1), ["A/90/1: General Assembly session 90 has not opened yet"]),
    (dt.date(2034, 12, 31), []),
])
def test_the_future_is_counted_from_the_configured_day(today, expected):
    doc = Document(TEXT)
    findings = lint_document(doc, [find_rule("SYM001")], Config(today=today))
    future = [f for f in findings if "/CONF" not in f.message]
    assert [f"{doc.text[f.start:f.end]}: {f.message.split(': ', 1)[1]}" for f in future] == expected
    assert len(findings) - len(future) == 1  # the grammar problems do not depend on the day
