"""Instruments named again in other words, resolved to the full title they stand for.

A report names a treaty in full once ("the Convention on Nuclear Safety", 《全面禁止核试验条约》)
and then by a generic word ("the Convention", 该公约), by an acronym it defines after the title
("… Treaty (CTBT)", （以下简称《禁核试条约》）) or by that short form alone. An event whose window
holds no full title takes the instrument such a mention stands for, so that "accepted the
Convention on Nuclear Safety on 12 May 1995" and "the Convention, which Japan joined in 1996" are
one instrument's events. The words are pack data (`events.GENERIC_MENTION`, `events.ACRONYM`,
`events.INSTRUMENT_KIND`); a generic word stands for the last full title before it of its kind.
"""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from linter.extract.grammar import compiled
from linter.search import words


class _Title(NamedTuple):
    start: int
    end: int
    name: str  # spaces collapsed
    head: str | None  # its instrument word (Convention, 公约), by pack INSTRUMENT_KIND


class Antecedents:
    """The document's full instrument titles in text order, the short forms its text defines for
    them, and what a generic mention or short form near a position stands for."""

    def __init__(self, text: str, titles: list[tuple[int, int, str]], packs: tuple):
        kinds = [compiled(p) for pack in packs for p in pack.get("events", "INSTRUMENT_KIND", ())]
        self._generic = _compiled(packs, "GENERIC_MENTION")
        acronyms = _compiled(packs, "ACRONYM")
        self._titles = sorted({_Title(s, e, name, _head(kinds, name)) for s, e, name in titles})
        self._by_head: dict[str, list[_Title]] = {}  # each instrument word → its titles, in text order
        for title in self._titles:
            if title.head is not None:
                self._by_head.setdefault(title.head, []).append(title)
        self._head_starts = {head: [t.start for t in found] for head, found in self._by_head.items()}
        self.short: dict[str, str] = {}  # a defined short form → the full title
        for title in self._titles:
            for acronym in acronyms:
                m = acronym.match(text, title.end, title.end + 40)
                if m is not None and m.group("short") != title.name:
                    self.short.setdefault(m.group("short"), title.name)
        self._short_forms = re.compile(rf"(?<![\w-])(?:{words(self.short)})(?![\w-])") if self.short else None

    def full(self, name: str) -> str:
        """The full title a short form stands for, else the name itself."""
        return self.short.get(name, name)

    def mentioned(self, text: str, low: int, high: int, start: int, end: int) -> str | None:
        """The instrument that a generic mention or a defined short form nearest the trigger at
        [start, end), within [low, high), stands for."""
        found = []
        for generic in self._generic:
            for m in generic.finditer(text, low, high):
                if (title := self._before(m.start(), m.group("head"))) is not None:
                    found.append((m, title))
        if self._short_forms is not None:
            found += [(m, self.full(m.group())) for m in self._short_forms.finditer(text, low, high)]
        if not found:
            return None
        return min(found, key=lambda f: start - f[0].end() if f[0].end() <= start else f[0].start() - end)[1]

    def _before(self, at: int, head: str) -> str | None:
        """The last full title before `at` whose instrument word is `head`."""
        i = bisect.bisect_left(self._head_starts.get(head, ()), at)
        return self.full(self._by_head[head][i - 1].name) if i else None


def _head(kinds: list[re.Pattern], name: str) -> str | None:
    for kind in kinds:
        if (m := kind.search(name)) is not None:
            return next((g for g in m.groups() if g), None)
    return None


def _compiled(packs: tuple, name: str) -> list[re.Pattern]:
    """One pattern per pack (each names its groups alike)."""
    return [compiled(p) for pack in packs if (p := pack.get("events", name))]
