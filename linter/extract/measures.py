"""Percentages (100% · 5.2 per cent · 百分之五) and physical quantities (25 kg · 1 000 tonnes · 1,100 MWe).

Both are single atoms: a number and its unit, nothing to compose. The signs and unit words are
the packs' (`measures`: PERCENT_AFTER, PERCENT_BEFORE, UNITS).
"""
from __future__ import annotations

from functools import cache

from linter.extract.grammar import CN_NUMBER, LOOKAHEAD, NOT_AFTER_DIGIT, WORD_END, Scanner, arabic_number, to_number, words
from linter.facts import Percentage, Quantity
from linter.lang import everything, merged
from linter.units import scale_words, scaled

_FIGURE_RUN = r"[\d ,.\u00a0\u202f\u2009]"  # what a prefilter skips between a first digit and the unit


@cache
def _percent_scanner(packs: tuple) -> Scanner | None:
    after = words(merged(packs, "measures", "PERCENT_AFTER"))
    before = words(merged(packs, "measures", "PERCENT_BEFORE"))
    atoms = [rf"(?P<n>{arabic_number(packs)})[ \u00a0]?(?:{after})"] if after else []
    starts = [rf"\d(?<![A-Za-z\d_.,]\d){NOT_AFTER_DIGIT}(?={_FIGURE_RUN}{{0,{LOOKAHEAD}}}(?:{after}))"] if after else []
    if before:
        atoms.append(rf"(?:{before})(?P<cn>{CN_NUMBER})")
        starts.append(f"(?:{before})")
    return Scanner("|".join(starts), atoms=("|".join(atoms),)) if atoms else None


@cache
def _units(packs: tuple) -> dict[str, str]:
    return merged(packs, "measures", "UNITS") or {}


@cache
def _quantity_scanner(packs: tuple) -> Scanner | None:
    units = words(_units(packs))
    if not units:
        return None
    scales = words(scale_words())
    atom = rf"(?P<n>{arabic_number(packs)})[ \u00a0]?(?:(?P<scale>{scales})[ \u00a0]?)?(?P<unit>{units}){WORD_END}"
    prefilter = rf"\d(?<![A-Za-z\d_.,]\d){NOT_AFTER_DIGIT}(?={_FIGURE_RUN}{{0,{LOOKAHEAD}}}(?:(?:{scales})[ \u00a0]?)?(?:{units}){WORD_END})"
    return Scanner(prefilter, atoms=(atom,))


def extract(text: str, packs: tuple = ()) -> list:
    packs = packs or everything()
    facts: list = []
    if percent := _percent_scanner(packs):
        for start, end, t in percent.scan(text):
            a = t["a"]
            value = to_number(a.get("n") or a["cn"])
            if value is not None:
                facts.append(Percentage(start=start, end=end, text=text[start:end], lang="und", percent=value))
    if quantity := _quantity_scanner(packs):
        units = _units(packs)
        for start, end, t in quantity.scan(text):
            a = t["a"]
            magnitude = to_number(a["n"])
            if "scale" in a:  # 3877万吨, 1.2 million tonnes
                magnitude = scaled(magnitude, a["scale"])
            facts.append(Quantity(start=start, end=end, text=text[start:end], lang="und", magnitude=magnitude, unit=units[a["unit"]]))
    return facts
