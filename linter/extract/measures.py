"""Percentages (100% · 5.2 per cent · 百分之五) and physical quantities (25 kg · 1 000 tonnes · 1,100 MWe).

Both are single atoms: a number and its unit, nothing to compose.
"""
from __future__ import annotations

import re
from functools import cache

from linter.extract.grammar import ARABIC_NUMBER, CN_NUMBER, LOOKAHEAD, NOT_AFTER_DIGIT, Scanner, to_number
from linter.facts import Percentage, Quantity
from linter.units import PHYSICAL_UNITS


@cache
def _percent_scanner() -> Scanner:
    atom = rf"(?P<n>{ARABIC_NUMBER})[ \u00a0]?(?:%|％|per cent|percent)|百分之(?P<cn>{CN_NUMBER})"
    prefilter = re.compile(rf"\d(?<![A-Za-z\d_.,]\d){NOT_AFTER_DIGIT}(?=[\d ,.\u00a0\u202f\u2009]{{0,{LOOKAHEAD}}}(?:%|％|per ?cent))|百分之")
    return Scanner(prefilter, atoms=(atom,))


@cache
def _quantity_scanner() -> Scanner:
    units = "|".join(re.escape(u) for u in sorted(PHYSICAL_UNITS, key=len, reverse=True))
    atom = rf"(?P<n>{ARABIC_NUMBER})[ \u00a0]?(?P<unit>{units})(?![A-Za-z])"
    prefilter = re.compile(rf"\d(?<![A-Za-z\d_.,]\d){NOT_AFTER_DIGIT}(?=[\d ,.\u00a0\u202f\u2009]{{0,{LOOKAHEAD}}}(?:{units})(?![A-Za-z]))")
    return Scanner(prefilter, atoms=(atom,))


def extract(text: str, packs: tuple = ()) -> list:
    facts: list = []
    for start, end, t in _percent_scanner().scan(text):
        a = t["a"]
        value = to_number(a.get("n") or a["cn"])
        if value is not None:
            facts.append(Percentage(start=start, end=end, text=text[start:end], lang="und", percent=value))
    for start, end, t in _quantity_scanner().scan(text):
        a = t["a"]
        facts.append(Quantity(start=start, end=end, text=text[start:end], lang="und", magnitude=to_number(a["n"]), unit=PHYSICAL_UNITS[a["unit"]]))
    return facts
