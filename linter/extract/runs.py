"""Where a fallback pack reads: the runs of the document written in its script.

A Chinese report runs the English pack for its English masthead ("Distr.: General", "7 October
2020") and English names; the English grammars have nothing to read in its Chinese sentences,
whose figures ("2019 年", "17 名") the Chinese pack reads. So a fallback pack's family reads only
the runs its pack data describes (und `detection.RUNS`: text outside CJK holding a letter of the
script, or what else the family's grammar reads there); the document's own pack and `und` read
everything.
"""
from __future__ import annotations

import bisect
import math
from functools import lru_cache

from linter.extract.grammar import compiled
from linter.lang import NEUTRAL, LanguagePack, pack


def fallback_runs(text: str, reader: LanguagePack, packs: tuple, family: str) -> tuple[tuple[int, int], ...] | None:
    """The spans the `family` of `reader` reads in a document whose chain is `packs`; None for the whole text."""
    if not packs or reader is packs[0] or reader.code == NEUTRAL:
        return None
    run = pack(NEUTRAL).get("detection", "RUNS", {}).get(reader.code, {}).get(family)
    return _runs(text, *run) if run else None


@lru_cache(maxsize=8)
def _runs(text: str, run: str, letter: str) -> tuple[tuple[int, int], ...]:
    """The maximal spans of `run` characters that hold a `letter`: each found from its first
    letter to its end in one match, then read backwards from that letter on the reversed text
    (runs never overlap: linear)."""
    spans, backwards, before = [], None, compiled(f"{run}*")
    for m in compiled(f"(?:{letter}){run}*+").finditer(text):
        backwards = backwards or text[::-1]
        spans.append((m.start() - len(before.match(backwards, len(text) - m.start()).group()), m.end()))
    return tuple(spans)


def within_runs(runs: tuple[tuple[int, int], ...], offset: int) -> bool:
    i = bisect.bisect_right(runs, (offset, math.inf)) - 1  # the last run starting at or before it
    return i >= 0 and offset < runs[i][1]
