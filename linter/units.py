"""Magnitudes: scale words, currencies and physical units, each defined once.

The scale words are language-pack data (`numbers` family), merged here from every installed
pack; the words of physical units are the packs' `measures` family, their pint definitions are
here. Extractors read the scale words to turn "240 万亿美元" into an
exact Decimal without importing pint (start-up matters in pre-commit); the pint registry built
from the same tables is what rules use for arithmetic, with each currency its own dimension so
that dollars never silently add to yen.
"""
from __future__ import annotations

import decimal
from decimal import Decimal
from functools import cache

from linter.lang import everything, merged

# The largest scale word any pack may define: 10^24 (the 秭 of the old Chinese scale); 万亿 is 10^12.
MAX_SCALE_DIGITS = 25


@cache
def scale_words() -> dict[str, tuple[str, int]]:
    """Scale word as written → (pint name, factor), from every installed pack: the registry and
    the arithmetic know every scale word, whatever the language of the document. Built on first
    use, so that start-up does not read the installed packs' entry points."""
    words = merged(everything(), "numbers", "SCALE_WORDS")
    too_large = [word for word, (_, factor) in words.items() if len(str(factor)) > MAX_SCALE_DIGITS]
    if too_large:
        raise ValueError(f"scale words above 10^{MAX_SCALE_DIGITS - 1}: {', '.join(too_large)}")
    return words


# Static order-of-magnitude exchange rates (USD per unit): enough for plausibility, never for accounting.
USD_PER_UNIT: dict[str, Decimal] = {
    "USD": Decimal("1"),
    "EUR": Decimal("1.1"),
    "CHF": Decimal("1.1"),
    "GBP": Decimal("1.3"),
    "JPY": Decimal("0.008"),
    "CNY": Decimal("0.14"),
    "RUB": Decimal("0.012"),
    "CAD": Decimal("0.75"),
    "AUD": Decimal("0.66"),
}

# The longest figure a report can mean. No single amount reaches world GDP, USD 1.1 × 10^14
# (domain.md §3.2), which is about 1.4 × 10^16 in the currency with the most units per dollar above
# (yen): 17 digits. A figure with more integer digits than this (10^18, a hundred times more) is a
# run of digits — a table a converter glued into one line — not a number: no fact is read from it.
# Every figure up to it is a fact, so AMT001 still flags the implausible ones.
MAX_FIGURE_DIGITS = 18
# Decimals a report writes: "30.7383亿美元", "0.08564", "20.573 %" (domain.md §3.1); six is ample.
MAX_FIGURE_DECIMALS = 6
# Exact arithmetic for amounts: the longest figure times the largest scale word (and a sum of a few
# such parts) fits, so no amount is ever rounded.
EXACT = decimal.Context(prec=MAX_FIGURE_DIGITS + MAX_FIGURE_DECIMALS + 2 * MAX_SCALE_DIGITS)

_DEFINITIONS = (
    "gram = [mass] = g",
    "kilogram = 1000 * gram = kg",
    "tonne = 1000 * kilogram = t",
    "watt = [power] = W",
    "kilowatt = 1000 * watt = kW",
    "megawatt = 1000000 * watt = MW",
    "gigawatt = 1000000000 * watt = GW",
    "kilowatt_hour = 3600000 * watt * second = kWh",
    "second = [time] = s",
    "metre = [length] = m",
    "kilometre = 1000 * metre = km",
    "square_metre = metre ** 2 = m2",
    "square_kilometre = kilometre ** 2 = km2",
    "hectare = 10000 * square_metre = ha",
    "mu = 10000 / 15 * square_metre",  # 亩, the Chinese unit of farmland
    "jin = 500 * gram",  # 斤, the Chinese unit of grain
    "cubic_metre = metre ** 3 = m3",
    "litre = cubic_metre / 1000 = l",
    "barrel = 158.987294928 * litre = bbl",
)


def scale_factor(word: str | None) -> int:
    return scale_words()[word][1] if word else 1


def scaled(number: Decimal, word: str | None) -> Decimal:
    """The figure times its scale word, exactly: 4300 万 → 43000000, 2.4 万亿 → 2400000000000."""
    return EXACT.multiply(number, scale_factor(word))


@cache
def registry():
    """The one pint registry, built lazily (importing pint costs ~0.4 s) from the tables above."""
    import pint

    ureg = pint.UnitRegistry(None, non_int_type=Decimal)
    for code in USD_PER_UNIT:
        ureg.define(f"{code} = [currency_{code}]")
    for name, factor in sorted(set(scale_words().values())):
        ureg.define(f"{name} = {factor}")
    for definition in _DEFINITIONS:
        ureg.define(definition)
    return ureg


def money_quantity(amount: Decimal, currency: str):
    return registry().Quantity(amount, currency)


def usd_equivalent(amount: Decimal, currency: str) -> Decimal | None:
    """Convert with the static rate table; None for a currency we hold no rate for."""
    rate = USD_PER_UNIT.get(currency)
    if rate is None:
        return None
    ureg = registry()
    quantity = money_quantity(amount, currency) * ureg.Quantity(rate, f"USD / {currency}")
    return quantity.to("USD").magnitude
