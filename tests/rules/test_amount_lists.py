"""AMT001's list arithmetic: the median of the other members and the siblings it names."""
from __future__ import annotations

import statistics
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from linter.engine import lint_text
from linter.facts import Money
from rules.amounts import ImplausibleAmount, _List


def money(i: int, amount: int) -> Money:
    return Money(start=i * 20, end=i * 20 + 10, text=f"{amount} 美元", lang="zh", amount=Decimal(amount), currency="USD", number=Decimal(amount))


@given(st.lists(st.integers(min_value=0, max_value=10**15), min_size=2, max_size=40))
def test_median_without_equals_the_median_of_the_others(values):
    members = [money(i, v) for i, v in enumerate(values)]
    listing = _List(members)
    for m in members:
        assert listing.median_without(m) == statistics.median(o.amount for o in members if o is not m)


def test_a_long_list_names_three_siblings_and_relates_three():
    amounts = "、".join(["598 000 美元"] * 50 + ["240 万亿美元"] + ["605 500 美元"] * 50)
    findings = [f for f in lint_text(f"示例国捐助了 {amounts}。\n", [ImplausibleAmount()]) if f.code == "AMT001"]
    assert len(findings) == 1
    assert "times the other amounts listed with it (598 000 美元, 605 500 美元, 605 500 美元, …)" in findings[0].message
    assert [r.note for r in findings[0].related] == ["listed with 598 000 美元", "listed with 605 500 美元", "listed with 605 500 美元"]
