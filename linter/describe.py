"""How a fact's normalized value reads to a person: LSP hovers, the HTML review page, messages.

One place, so that an amount reads the same in a message, a hover and a table
(`USD 240 000 000 000 000 (2.4 × 10^14)`).
"""
from __future__ import annotations

from decimal import Decimal

from linter.facts import Count, Date, DateRange, Fact, Money, Percentage, Quantity, Symbol, Url

SCIENTIFIC_FROM = Decimal(10) ** 6  # below a million, grouped digits are easier to read alone


def grouped(amount: Decimal) -> str:
    """240000000000000 → '240 000 000 000 000' (UN style: space-grouped digits)."""
    integral = amount == amount.to_integral_value()
    text = f"{amount:,.0f}" if integral else f"{amount:,.2f}"
    return text.replace(",", " ")


def scientific(value: Decimal | float) -> str:
    """2.4e14 → '2.4 × 10^14'."""
    mantissa, exponent = f"{float(value):.1e}".split("e")
    return f"{mantissa} × 10^{int(exponent)}"


def money(fact: Money) -> str:
    text = f"{fact.currency} {grouped(fact.amount)}"
    return f"{text} ({scientific(fact.amount)})" if fact.amount >= SCIENTIFIC_FROM else text


_QUALIFIERS = {"since": "since {}", "as_of": "as of {}"}
_PERIODS = {
    "prepcom": "session {session} of the Preparatory Committee for the {cycle} Review Conference: {year}",
    "ga-session": "General Assembly session {session}: {opens}–{closes}",
    "gc": "IAEA General Conference session {session}: {year}",
    "opcw": "OPCW Conference of the States Parties session {session}: {year}",
    "year": "issued in {year}",
}


def symbol_parts(fact: Symbol) -> list[str]:
    """The lines a reader wants about a symbol: its parts, the time it implies, its grammar problems."""
    from linter.extract.symbols import implied_period

    lines = [f"series {fact.series}; parts: {' / '.join(fact.components)}"]
    period = implied_period(fact)
    if period is not None:
        lines.append("implies " + _PERIODS[period.reason].format(**period.values))
    lines.extend(f"{kind}: {written} should be {fixed}" for kind, written, fixed in fact.problems)
    return lines


def describe(fact: Fact) -> str:
    """The normalized value in one line (symbols: their canonical form; see `symbol_parts`)."""
    if isinstance(fact, Money):
        return money(fact)
    if isinstance(fact, Date):
        text = fact.when.iso() + ("" if fact.when.valid else " (not a calendar date)")
        return _QUALIFIERS.get(fact.qualifier or "", "{}").format(text)
    if isinstance(fact, DateRange):
        text = f"{fact.begin.iso()} … {fact.finish.iso()}"
        return text if fact.valid else f"{text} (not a calendar date)"
    if isinstance(fact, Symbol):
        return fact.canonical
    if isinstance(fact, Url):
        return fact.normalized
    if isinstance(fact, Count):
        return f"{fact.n} × {fact.noun}"
    if isinstance(fact, Percentage):
        return f"{fact.percent} %"
    if isinstance(fact, Quantity):
        return f"{fact.magnitude} {fact.unit}"
    return fact.text
