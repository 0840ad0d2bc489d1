"""Events and cues: the second pass, over the document's other facts and its structure.

An event is found on its trigger word (pack `events.TRIGGERS`: 签署, ratified, held …). Within a
bounded window of its sentence it takes as its date the nearest one on the side and within the
reach its pack writes dates (`DATE_REACH`: 于 … 签署, signed … on), as its subject the nearest
instrument title, ordinal meeting or document symbol, and as its tense a future or completed
marker of the clause before it. Cues (其中, respectively, 每人, per capita …) are facts of their
own so that rules about totals and lists need not match words.
"""
from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache
from typing import NamedTuple

from linter import lang
from linter.search import Candidates, words
from linter.extract.context import word_before
from linter.extract.mentions import Antecedents
from linter.facts import Cue, Date, DateRange, Event, Symbol

REACH = 120  # characters either side of a trigger that its date and subject may be in


class _Tables(NamedTuple):
    triggers: tuple  # compiled patterns (see _word_scans)
    trigger_kind: dict  # word → (event kind, pack code)
    not_after: re.Pattern | None
    not_triggers: frozenset  # words that hold a trigger but are none (生效会议)
    cues: tuple | None
    cue_kind: dict
    meeting: re.Pattern | None
    instrument: re.Pattern | None  # an instrument named without quotes ("the … Treaty")
    generic: frozenset  # instrument words that alone name no instrument
    future: re.Pattern | None
    completed: re.Pattern | None
    completed_triggers: frozenset  # triggers written in the past ("signed", "held"): pack COMPLETED_TRIGGERS
    date_reach: dict  # pack code → ((side, characters), …): where a trigger's date is looked for, in order
    deadline: re.Pattern | None  # right before a date: it is a deadline ("by 30 June"), no event's day
    deadline_after: re.Pattern | None  # right after it (2021 年 7 月前)
    for_state: tuple  # (pattern right before a trigger, event kind → the State's own kind), per pack
    goal: Candidates | None  # right before a trigger: the event is an aim (推动…生效, promote the entry into force)
    date_words: dict  # pack code → the words right before a date after a trigger that make it the event's (on, in, from …)


def _by_script(table) -> tuple[list[str], list[str]]:
    """The ASCII words, which must stand alone ("held" is not in "withheld"), and the others."""
    return [w for w in set(table) if w.isascii()], [w for w in set(table) if not w.isascii()]


def _ascii_words(table, left: bool) -> str:
    """Without the `left` look-behind the pattern starts with the words' first characters, which
    `re` skips ahead to: the scans of the whole text check the left edge themselves (`_scan`)."""
    return rf"{'(?<![A-Za-z])' if left else ''}(?:{words(table)})(?![A-Za-z])"


def _alternation(table) -> str:
    """The longest of the words at a position, as tries (grammar.words)."""
    ascii_words, other = _by_script(table)
    return "|".join([*([_ascii_words(ascii_words, True)] if ascii_words else []), *([words(other)] if other else [])])


def _scan(patterns: tuple[re.Pattern, ...], text: str) -> list[re.Match]:
    """The matches of a whole-text scan, in text order, whose ASCII word starts a word."""
    found = sorted((m for p in patterns for m in p.finditer(text)), key=re.Match.start)
    return [m for m in found if not (m.start() and m.group().isascii() and text[m.start() - 1].isascii() and text[m.start() - 1].isalpha())]


def _word_scans(table) -> tuple[re.Pattern, ...] | None:
    """One pattern for the ASCII words and one for the others: each starts with its words' first
    characters, which `re` skips ahead to (an alternation of the two would hide them from it)."""
    ascii_words, other = _by_script(table)
    patterns = [*([_ascii_words(ascii_words, False)] if ascii_words else []), *([words(other)] if other else [])]
    return tuple(map(re.compile, patterns)) or None


def _any(patterns) -> Candidates | None:
    return Candidates("|".join(f"(?:{p})" for p in patterns)) if patterns else None


@cache
def _tables(packs: tuple) -> _Tables | None:
    kinds, cues = {}, {}
    for pack in packs:
        for word, kind in pack.get("events", "TRIGGERS", {}).items():
            kinds.setdefault(word, (kind, pack.code))
        for word, cue in pack.get("events", "CUES", {}).items():
            cues.setdefault(word, (cue, pack.code))
    if not kinds:
        return None

    def table(name):
        return lang.merged(packs, "events", name)

    def patterns(name):  # one regex string per pack
        return [p for pack in packs if (p := pack.get("events", name))]

    not_after, not_triggers = table("NOT_TRIGGER_AFTER"), table("NOT_TRIGGERS")
    future, completed = table("FUTURE"), table("COMPLETED")
    return _Tables(
        _word_scans([*kinds, *not_triggers]), kinds,
        re.compile(words(not_after)) if not_after else None,
        frozenset(not_triggers),
        _word_scans(cues), cues,
        _any(patterns("MEETING")), _any(patterns("INSTRUMENT_TITLE")), frozenset(table("GENERIC_TITLES")),
        Candidates(_alternation(future)) if future else None,
        Candidates(_alternation(completed)) if completed else None,
        frozenset(table("COMPLETED_TRIGGERS")),
        {pack.code: pack.get("events", "DATE_REACH", ()) for pack in packs},
        Candidates(rf"(?:{_alternation(deadline)})\s*$") if (deadline := table("DEADLINE_BEFORE")) else None,
        re.compile(rf"\s*(?:{_alternation(deadline_after)})") if (deadline_after := table("DEADLINE_AFTER")) else None,
        tuple((re.compile(pattern), kinds) for pack in packs if (scope := pack.get("events", "FOR_STATE_BEFORE")) for pattern, kinds in (scope,)),
        Candidates(_alternation(goal)) if (goal := table("GOAL_BEFORE")) else None,
        {pack.code: tuple(pack.get("events", "DATE_WORDS_AFTER", ())) for pack in packs},
    )


def extract(document, facts, packs: tuple, skip=lambda start, end: False) -> list:
    """The events and cues of `document` given its other `facts` (a FactIndex); none where
    `skip(start, end)` (code blocks, damaged text)."""
    tables = _tables(tuple(packs))
    if tables is None:
        return []
    text, structure = document.text, document.structure
    title_starts = [t.start for t in structure.titles]
    antecedents = _antecedents(text, structure, tables, packs)
    found: list = []
    if tables.cues is not None:
        for m in _scan(tables.cues, text):
            if not skip(m.start(), m.end()) and not facts.within(m.start(), m.end()):
                cue, code = tables.cue_kind[m.group()]
                found.append(Cue(start=m.start(), end=m.end(), text=m.group(), lang=code, cue=cue))
    commas, deadlines = _Marks(text, _TENSE_STOPS), {}
    stops = commas.only(text, _CLAUSE_STOPS)
    hits = [m for m in _scan(tables.triggers, text)
            if not (skip(*m.span()) or facts.within(*m.span()) or m.group() in tables.not_triggers or _continues(tables, text, m.end()))]
    kinds = [_kind(tables, text, m) for m in hits]
    # A subject between two triggers of one kind is the nearer one's, and one beyond the other
    # trigger is not this one's: "X signed the A Treaty and Y signed a protocol" is no second
    # signature of the A Treaty.
    previous, following, last = [-len(text)] * len(hits), [2 * len(text)] * len(hits), {}
    for i, (kind, _) in enumerate(kinds):
        if kind in last:
            previous[i], following[last[kind]] = hits[last[kind]].end(), hits[i].start()
        last[kind] = i
    for m, (kind, code), after, before in zip(hits, kinds, previous, following):
        start, end = m.span()
        sentence = structure.sentence_at(start) or document.line_span(document.line_of(start) + 1)
        low, high = max(sentence[0], start - REACH), min(sentence[1], end + REACH)
        dates = [d for d in facts.within(*_clause(stops, low, high, start, end), Date, DateRange)
                 if not _deadline(tables, text, d, deadlines) and getattr(d, "qualifier", None) != "as_of"]  # "as at 10 October 2025, 95 States had signed": a status
        date = _date(tables.date_reach[code], [d for d in dates if d.start < start or _introduced(tables, text, d, code)], start, end)
        subject, about = _subject(tables, text, structure, title_starts, facts, low, high, start, end, after, before, antecedents, kind)
        found.append(Event(
            start=start, end=end, text=m.group(), lang=code, event=kind, subject=subject, about=about,
            when=(date.first.isoformat(), date.last.isoformat()) if date is not None and date.first else None,
            date_span=(date.start, date.end) if date is not None else None,
            tense=_tense(tables, text, commas, low, date, start, end),
        ))
    return found


class _Marks:
    """Where the text has one of some punctuation marks, found once per document and bisected."""

    def __init__(self, text: str, marks: str, at: list[int] | None = None):
        self.at = list(map(re.Match.start, re.finditer(f"[{re.escape(marks)}]", text))) if at is None else at

    def only(self, text: str, marks: str) -> "_Marks":
        """The same text's marks that are among `marks`."""
        return _Marks(text, marks, [i for i in self.at if text[i] in marks])

    def after_last(self, low: int, high: int) -> int:
        """Just after the last mark in [low, high), else `low`."""
        i = bisect.bisect_left(self.at, high) - 1
        return self.at[i] + 1 if i >= 0 and self.at[i] >= low else low

    def first(self, low: int, high: int) -> int:
        """The first mark in [low, high), else `high`."""
        i = bisect.bisect_left(self.at, low)
        return self.at[i] if i < len(self.at) and self.at[i] < high else high


def _clause(stops: _Marks, low: int, high: int, start: int, end: int) -> tuple[int, int]:
    """The part of [low, high) around a trigger that its date may be in: not across a semicolon
    ("signed … on 12 March 1998; it ratified … on 2 May 1997" dates each event apart)."""
    return stops.after_last(low, start), stops.first(end, high)


_CLAUSE_STOPS = "；;"
_TENSE_STOPS = "，,；;"  # a tense marker counts from the clause of the event's date or trigger


def _deadline(tables, text: str, date, known: dict) -> bool:
    """A date written as a deadline ("by 30 June 2026", 2021 年 7 月前) is not the day of an event
    (`known`: the dates already asked about, as several triggers share a date)."""
    if date.start not in known:
        known[date.start] = (tables.deadline is not None and tables.deadline.search(text, max(0, date.start - 16), date.start) is not None
                             or tables.deadline_after is not None and tables.deadline_after.match(text, date.end) is not None)
    return known[date.start]


def _introduced(tables: _Tables, text: str, date, code: str) -> bool:
    """A date after the trigger is the event's only after a word that dates something ("signed …
    on 12 March 1998", "held from 21 to 23 June"), where the pack lists them: "adopted the Action
    Plan … 2014–2021" names a plan by its years."""
    words = tables.date_words.get(code)
    return not words or word_before(text, date.start, words) is not None


def _date(reach, dates, start: int, end: int):
    """The nearest date on the first side of the trigger (pack DATE_REACH) that has one in reach."""
    for side, characters in reach:
        near = [d for d in dates if (0 <= start - d.end <= characters if side == "before" else 0 <= d.start - end <= characters)]
        if near:
            return _nearest(near, start, end)
    return None


def _continues(tables: _Tables, text: str, end: int) -> bool:
    return tables.not_after is not None and tables.not_after.match(text, end) is not None


_FOR_STATE_REACH = 12
_GOAL_REACH = 24  # characters before a trigger that a goal word may be in (促进《全面禁止核试验条约》生效)


def _kind(tables: _Tables, text: str, m: re.Match) -> tuple[str, str]:
    """The trigger's event kind and pack, one State party's own when the words before say so."""
    kind, code = tables.trigger_kind[m.group()]
    for pattern, kinds in tables.for_state:
        if kind in kinds and pattern.search(text, max(0, m.start() - _FOR_STATE_REACH), m.start()):
            return kinds[kind], code
    return kind, code


def _nearest(candidates, start: int, end: int):
    def distance(fact):
        return start - fact.end if fact.end <= start else fact.start - end

    return min(candidates, key=distance, default=None)


def _antecedents(text: str, structure, tables: _Tables, packs: tuple) -> Antecedents:
    """The document's full instrument titles (quoted, and named without quotes), for the mentions
    that name them again in other words."""
    titles = [(t.inner[0], t.end, _collapse(text[t.inner[0]:t.inner[1]])) for t in structure.titles]
    if tables.instrument is not None:
        titles += [(m.start("title"), m.end("title"), _collapse(m.group("title"))) for m in tables.instrument.finditer(text)]
    return Antecedents(text, [t for t in titles if t[2] not in tables.generic], packs)


def _subject(tables, text, structure, title_starts, facts, low, high, start, end, after, before, antecedents, kind) -> tuple[str | None, str | None]:
    """The instrument title (in full, when a short form the text defined is written), else the
    instrument a generic mention stands for ("the Convention", 该公约), else the ordinal meeting,
    else the document symbol nearest the trigger, and which of these it is ("title", "meeting",
    "symbol"); for a meeting held or hosted, the meeting first (its theme may be a quoted title).
    None nearer to the trigger of its kind that ends at `after` or starts at `before` within
    [low, high)."""
    after, before = (after if after >= low else -len(text)), (before if before <= high else 2 * len(text))

    def own(span) -> bool:
        if span.end <= start:
            return span.start >= after and start - span.end <= span.start - after
        return span.end <= before and span.start - end <= before - span.end

    if kind in _MEETING_KINDS and (meeting := _meeting(tables, text, low, high, start, end, own)) is not None:
        return meeting, "meeting"

    i = bisect.bisect_left(title_starts, low)
    titles = []
    while i < len(title_starts) and title_starts[i] < high:
        title = structure.titles[i]
        if title.end <= high:
            titles.append(_Span(*title.inner))
        i += 1
    if tables.instrument is not None:
        titles += [_Span(*m.span("title")) for m in tables.instrument.finditer(text, low, high)]
    titles = [t for t in titles if own(t) and _collapse(text[t.start:t.end]) not in tables.generic]
    if (nearest := _nearest(titles, start, end)) is not None:
        return antecedents.full(_collapse(text[nearest.start:nearest.end])), "title"
    if (instrument := antecedents.mentioned(text, max(low, after), min(high, before), start, end)) is not None:
        return instrument, "title"
    if (meeting := _meeting(tables, text, low, high, start, end, own)) is not None:
        return meeting, "meeting"
    symbol = _nearest([f for f in facts.within(low, high, Symbol) if own(f)], start, end)
    return (symbol.canonical, "symbol") if symbol is not None else (None, None)


_MEETING_KINDS = ("meeting", "hosting")


def _meeting(tables, text: str, low: int, high: int, start: int, end: int, own) -> str | None:
    """The ordinal meeting nearest the trigger, as a key: spaces collapsed and its first letter a
    capital ("the ninth Review Conference" and "The Ninth Review Conference" are one meeting)."""
    if tables.meeting is None:
        return None
    meetings = [span for m in tables.meeting.finditer(text, low, high) if own(span := _Span(*m.span()))]
    if (meeting := _nearest(meetings, start, end)) is None:
        return None
    name = _collapse(text[meeting.start:meeting.end])
    return name[:1].upper() + name[1:]


class _Span(NamedTuple):
    start: int
    end: int


@lru_cache(maxsize=4096)  # the titles and meetings near several triggers are collapsed once
def _collapse(words: str) -> str:
    """One space between words, none beside a character outside ASCII: 第 64 届大会 and 第64届大会
    are one subject (a key is the same however the subject is spaced)."""
    return _BESIDE_WIDE.sub("", " ".join(words.split()))


_BESIDE_WIDE = re.compile(r" (?=[^\x00-\x7f])|(?<=[^\x00-\x7f]) ")


def _tense(tables, text, commas: _Marks, low: int, date, start: int, end: int) -> str | None:
    """"goal" when a word right before the trigger makes the event an aim, not a thing that happens
    on a day (推动《条约》生效, promote the early entry into force); "future" when the event's words,
    from the clause of its date or trigger (whichever comes first) up to the trigger, have a future
    marker (截至 2030 年，将有 40 国批准); "completed" when they, or the word right after the
    trigger, have a completed marker, or the trigger is written in the past."""
    before = min(start, date.start) if date is not None else start
    clause_start = commas.after_last(low, before)
    if tables.goal is not None and tables.goal.search(text, max(commas.after_last(low, start), start - _GOAL_REACH), start):
        return "goal"
    if tables.future is not None and tables.future.search(text, clause_start, start):
        return "future"
    if text[start:end] in tables.completed_triggers:
        return "completed"
    if tables.completed is not None and (tables.completed.search(text, clause_start, start) or tables.completed.match(text, end)):
        return "completed"
    return None
