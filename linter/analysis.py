"""One document's analysis: its structure and its facts, read once with the packs of its language.

The rules, the HTML page, `treatylint facts` and the language server's hovers all read the same
`Analysis`, so what they show is what the rules saw. The engine builds it (`engine.analyse`,
which chooses the packs); each part is computed on first use, once.
"""
from __future__ import annotations

import bisect
from functools import cached_property

from linter import damage
from linter.document import Document
from linter.extract import FactIndex, events, extract_facts
from linter.structure import Structure, build_structure


class Analysis:
    """A document, the packs its language chose, its structure and its facts."""

    def __init__(self, document: Document, packs: tuple):
        self.document = document
        self.packs = packs

    @cached_property
    def structure(self) -> Structure:
        return build_structure(self.document, self.packs)

    @cached_property
    def facts(self) -> FactIndex:
        """The facts the rules see: none from code blocks, nor from damaged or foreign text (the INP
        rules report that)."""
        document = self.document
        skipped = document.ignored + damage.excluded_spans(document)
        facts = extract_facts(document.text, skipped, self.packs)
        found = events.extract(_Structured(document, self.structure), facts, self.packs, _overlaps(skipped))
        return FactIndex(sorted((*facts, *found), key=lambda f: f.start)) if found else facts

    @cached_property
    def skipped_facts(self) -> list[tuple]:
        """(fact, region kind) for the facts of damaged or foreign text, which the rules do not see:
        `treatylint facts` prints them marked, so that a running page header's symbol is still listed."""
        regions = damage.regions(self.document)
        if not regions:
            return []
        starts = [r.start for r in regions]
        found = []
        for fact in extract_facts(self.document.text, self.document.ignored, self.packs):
            i = bisect.bisect_right(starts, fact.start) - 1
            if i >= 0 and fact.end <= regions[i].end:
                found.append((fact, regions[i].kind))
        return found


class _Structured:
    """The document as the events pass reads it: its text, its lines and its structure."""

    def __init__(self, document: Document, structure: Structure):
        self.text, self.structure = document.text, structure
        self.line_of, self.line_span = document.line_of, document.line_span


def _overlaps(spans):
    """A test of whether [start, end) touches any of `spans`: the spans starting before `end`
    reach past `start` when the furthest of their ends does (sorted once, then bisected)."""
    spans = sorted(spans)
    starts, reach, furthest = [a for a, _ in spans], [], 0
    for _, b in spans:
        furthest = max(furthest, b)
        reach.append(furthest)

    def touches(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, end - 1) - 1
        return i >= 0 and reach[i] > start

    return touches
