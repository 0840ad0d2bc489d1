"""Fact extraction: every extractor runs once over the text, then overlaps are resolved once.

Each family module exposes `extract(text) -> list[Fact]`. Chinese and English grammars both run
on every document — Chinese reports carry English mastheads ("7 October 2020") and URLs — and the
cheap prefilters keep that affordable.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable

from linter.extract import counts, dates, measures, money, symbols, urls
from linter.lang import everything
from linter.facts import Count, Date, DateRange, Fact, Money, Percentage, Quantity, Symbol, Url

EXTRACTORS = (urls.extract, symbols.extract, money.extract, measures.extract, dates.extract, counts.extract)

# When two facts overlap, the kind earlier here wins ("803 571 美元" is money, not a count;
# the 2020 in NPT/CONF.2020 is part of a symbol, not a date); within a kind the longer span wins.
PRECEDENCE: dict[type, int] = {Url: 0, Symbol: 1, Money: 2, Quantity: 3, Percentage: 4, DateRange: 5, Date: 5, Count: 6}


def extract_facts(text: str, ignored: tuple[tuple[int, int], ...] = (), packs: tuple | None = None) -> "FactIndex":
    """Every fact of `text`, overlaps resolved, none inside the `ignored` spans (code blocks).

    `packs` are the language packs the document's language chose (`linter.lang.chain`); by
    default every installed pack runs."""
    packs = packs if packs is not None else everything()
    candidates = [fact for extract in EXTRACTORS for fact in extract(text, packs)]
    return FactIndex(resolve_overlaps(candidates, ignored))


def resolve_overlaps(candidates: Iterable[Fact], ignored: Iterable[tuple[int, int]] = ()) -> list[Fact]:
    """The facts that win their overlaps, in text order; none touches an `ignored` span.

    Taken spans are marked in a byte per character, so each candidate costs its own length:
    a line of many thousand candidates stays linear."""
    ranked = sorted(candidates, key=lambda f: (PRECEDENCE[type(f)], f.start - f.end, f.start))
    taken = bytearray(max((f.end for f in ranked), default=0))
    for a, b in ignored:
        b = min(b, len(taken))
        if a < b:
            taken[a:b] = b"\x01" * (b - a)
    kept: list[Fact] = []
    for fact in ranked:
        if taken.find(1, fact.start, fact.end) != -1:
            continue
        taken[fact.start : fact.end] = b"\x01" * (fact.end - fact.start)
        kept.append(fact)
    kept.sort(key=lambda f: f.start)
    return kept


class FactIndex:
    """The facts of one document in text order, with the queries rules need."""

    def __init__(self, facts: list[Fact]):
        self.facts = facts
        self._starts = [f.start for f in facts]
        self._by_kind: dict[type, list[Fact]] = {}
        for fact in facts:
            self._by_kind.setdefault(type(fact), []).append(fact)
        self._kinds: dict[tuple, tuple[list[Fact], list[int]]] = {}

    def __iter__(self):
        return iter(self.facts)

    def __len__(self) -> int:
        return len(self.facts)

    def of(self, *kinds: type) -> list:
        if len(kinds) == 1:
            return self._by_kind.get(kinds[0], [])
        return [f for f in self.facts if isinstance(f, kinds)]

    def _of_kinds(self, kinds: tuple) -> tuple[list[Fact], list[int]]:
        """The facts of `kinds` (all, when none are given) and their starts, listed once per query shape."""
        if not kinds:
            return self.facts, self._starts
        if kinds not in self._kinds:
            facts = [f for f in self.facts if isinstance(f, kinds)]
            self._kinds[kinds] = facts, [f.start for f in facts]
        return self._kinds[kinds]

    def within(self, start: int, end: int, *kinds: type) -> list:
        """Facts lying entirely inside [start, end), in text order."""
        facts, starts = self._of_kinds(kinds)
        i = bisect.bisect_left(starts, start)
        out = []
        while i < len(facts) and facts[i].start < end:
            if facts[i].end <= end:
                out.append(facts[i])
            i += 1
        return out

    def next_after(self, offset: int, *kinds: type, reach: int = 1_000_000):
        """The first fact of `kinds` starting at or after `offset`, within `reach` characters."""
        i = bisect.bisect_left(self._starts, offset)
        while i < len(self.facts) and self.facts[i].start < offset + reach:
            if isinstance(self.facts[i], kinds):
                return self.facts[i]
            i += 1
        return None

    def last_before(self, offset: int, *kinds: type, reach: int = 1_000_000):
        """The last fact of `kinds` ending at or before `offset`, within `reach` characters."""
        i = bisect.bisect_right(self._starts, offset) - 1
        while i >= 0 and self.facts[i].end > offset - reach:
            fact = self.facts[i]
            if fact.end <= offset and isinstance(fact, kinds):
                return fact
            i -= 1
        return None
