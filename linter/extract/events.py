"""Events and cues: the second pass, over the document's other facts and its structure.

An event is found on its trigger word (pack `events.TRIGGERS`: 签署, ratified, held …). Within a
bounded window of its sentence it takes the nearest date as its date, the nearest instrument
title, document symbol or ordinal meeting as its subject, and a future or completed marker of
the clause before it as its tense. Cues (其中, respectively, 每人, per capita …) are facts of their
own so that rules about totals and lists need not match words.
"""
from __future__ import annotations

import bisect
import re
from functools import cache
from typing import NamedTuple

from linter.facts import Cue, Date, DateRange, Event, Symbol

REACH = 120  # characters either side of a trigger that its date and subject may be in


class _Tables(NamedTuple):
    triggers: re.Pattern
    trigger_kind: dict  # word → (event kind, pack code)
    not_after: re.Pattern | None
    cues: re.Pattern | None
    cue_kind: dict
    meeting: re.Pattern | None
    future: re.Pattern | None
    completed: re.Pattern | None


def _alternation(words) -> str:
    """Longest first; an ASCII word must stand alone ("held" is not in "withheld")."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        escaped = re.escape(word)
        parts.append(rf"(?<![A-Za-z]){escaped}(?![A-Za-z])" if word.isascii() else escaped)
    return "|".join(parts)


def _compiled(words) -> re.Pattern | None:
    return re.compile(_alternation(words)) if words else None


@cache
def _tables(packs: tuple) -> _Tables | None:
    kinds, cues, meetings, future, completed, not_after = {}, {}, [], [], [], []
    for pack in packs:
        for word, kind in pack.get("events", "TRIGGERS", {}).items():
            kinds.setdefault(word, (kind, pack.code))
        for word, cue in pack.get("events", "CUES", {}).items():
            cues.setdefault(word, (cue, pack.code))
        if pack.get("events", "MEETING"):
            meetings.append(pack.get("events", "MEETING"))
        future += pack.get("events", "FUTURE", ())
        completed += pack.get("events", "COMPLETED", ())
        not_after += pack.get("events", "NOT_TRIGGER_AFTER", ())
    if not kinds:
        return None
    return _Tables(
        re.compile(_alternation(kinds)), kinds,
        re.compile("|".join(re.escape(w) for w in not_after)) if not_after else None,
        _compiled(cues), cues,
        re.compile("|".join(f"(?:{m})" for m in meetings)) if meetings else None,
        re.compile(rf"(?:{_alternation(future)})") if future else None,
        re.compile(rf"(?:{_alternation(completed)})") if completed else None,
    )


def extract(document, facts, packs: tuple, skip=lambda start, end: False) -> list:
    """The events and cues of `document` given its other `facts` (a FactIndex); none where
    `skip(start, end)` (code blocks, damaged text)."""
    tables = _tables(tuple(packs))
    if tables is None:
        return []
    text, structure = document.text, document.structure
    title_starts = [t.start for t in structure.titles]
    found: list = []
    if tables.cues is not None:
        for m in tables.cues.finditer(text):
            if not skip(m.start(), m.end()) and not facts.within(m.start(), m.end()):
                cue, code = tables.cue_kind[m.group()]
                found.append(Cue(start=m.start(), end=m.end(), text=m.group(), lang=code, cue=cue))
    for m in tables.triggers.finditer(text):
        start, end = m.span()
        if skip(start, end) or facts.within(start, end) or _continues(tables, text, end):
            continue
        kind, code = tables.trigger_kind[m.group()]
        sentence = structure.sentence_at(start) or document.line_span(document.line_of(start) + 1)
        low, high = max(sentence[0], start - REACH), min(sentence[1], end + REACH)
        date = _nearest(facts.within(low, high, Date, DateRange), start, end)
        found.append(Event(
            start=start, end=end, text=m.group(), lang=code, event=kind,
            subject=_subject(tables, text, structure, title_starts, facts, low, high, start, end),
            when=(date.first.isoformat(), date.last.isoformat()) if date is not None and date.first else None,
            date_span=(date.start, date.end) if date is not None else None,
            tense=_tense(tables, text, low, min(start, date.start) if date is not None else start, end),
        ))
    return found


def _continues(tables: _Tables, text: str, end: int) -> bool:
    return tables.not_after is not None and tables.not_after.match(text, end) is not None


def _nearest(candidates, start: int, end: int):
    def distance(fact):
        return start - fact.end if fact.end <= start else fact.start - end

    return min(candidates, key=distance, default=None)


def _subject(tables, text, structure, title_starts, facts, low, high, start, end) -> str | None:
    """The instrument title, else the ordinal meeting, else the document symbol nearest the trigger."""
    i = bisect.bisect_left(title_starts, low)
    titles = []
    while i < len(title_starts) and title_starts[i] < high:
        title = structure.titles[i]
        if title.end <= high:
            titles.append(title)
        i += 1
    nearest = _nearest(titles, start, end)
    if nearest is not None:
        return _collapse(text[slice(*nearest.inner)])
    if tables.meeting is not None:
        meetings = [_Span(m.start(), m.end()) for m in tables.meeting.finditer(text, low, high)]
        if (meeting := _nearest(meetings, start, end)) is not None:
            return _collapse(text[meeting.start:meeting.end])
    symbol = _nearest(facts.within(low, high, Symbol), start, end)
    return symbol.canonical if symbol is not None else None


class _Span(NamedTuple):
    start: int
    end: int


def _collapse(words: str) -> str:
    return " ".join(words.split())


def _tense(tables, text, low: int, before: int, end: int) -> str | None:
    """"future" when the clause before the event (or its date) has a future marker; "completed"
    when it, or the word right after the trigger, has a completed one."""
    clause_start = max(low, max(text.rfind(c, low, before) for c in "，,；;") + 1)
    if tables.future is not None and tables.future.search(text, clause_start, before):
        return "future"
    if tables.completed is not None and (tables.completed.search(text, clause_start, before) or tables.completed.match(text, end)):
        return "completed"
    return None
