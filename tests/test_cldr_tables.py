"""The tables generated from CLDR (linter/lang/cldr_tables.py) are those the pinned babel gives."""
from __future__ import annotations

import pytest

pytest.importorskip("babel")

from linter.lang import cldr_tables  # noqa: E402


@pytest.mark.parametrize("path, text", list(cldr_tables.render().items()), ids=lambda v: getattr(v, "parent", None) and f"{v.parent.name}/{v.name}")
def test_generated_tables_are_current(path, text):
    assert path.read_text(encoding="utf-8") == text, f"stale: run `python -m linter.lang.cldr_tables` ({path})"


def test_currency_words_reach_the_money_extractor():
    from linter import lang
    from linter.extract.money import extract

    facts = extract("捐助500万印度卢比，另有 2 500 Swedish kronor 和 ₹ 300。", lang.chain("zh"))
    assert [(f.text, f.currency) for f in facts] == [("500万印度卢比", "INR"), ("2 500 Swedish kronor", "SEK"), ("₹ 300", "INR")]
