"""Typed facts: immutable values with an exact span into the document text.

Invariant for every fact: `document.text[fact.start:fact.end] == fact.text`.
Values are plain data (Decimal, ints, strings) so facts stay hashable, picklable and JSON-friendly;
pint quantities are built from them on demand (`linter.units`).
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar, NamedTuple


@dataclass(frozen=True, slots=True, kw_only=True)
class Fact:
    kind: ClassVar[str] = "fact"
    start: int
    end: int
    text: str
    lang: str

    def value(self) -> Any:  # the JSON shape `treatylint facts` prints
        raise NotImplementedError

    def key(self) -> tuple:
        """The canonical comparable value, the same however and in whichever language the fact
        is written: what a translation and its original, or two reports, are joined on."""
        raise NotImplementedError


@dataclass(frozen=True, slots=True, kw_only=True)
class Money(Fact):
    kind: ClassVar[str] = "money"
    amount: Decimal  # scale word applied: 240 万亿美元 → 240000000000000
    currency: str  # ISO 4217
    number: Decimal  # the figure as written, before the scale word
    scale: str | None = None  # the scale word as written: 万亿, million …
    qualifier: str | None = None  # "more_than", "at_least", "about", "nearly", "up_to", "less_than"

    def key(self) -> tuple:
        return ("money", self.currency, format(self.amount.normalize(), "f"), self.qualifier)

    def value(self) -> dict:
        out = {"amount": _json_number(self.amount), "currency": self.currency}
        if self.scale:
            out["scale"] = self.scale
        if self.qualifier:
            out["approx"] = self.qualifier
        return out


class Day(NamedTuple):
    """A calendar point at year, month or day granularity; may be invalid (2019-02-30)."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def granularity(self) -> str:
        return "day" if self.day is not None else "month" if self.month is not None else "year"

    @property
    def valid(self) -> bool:
        if self.month is None:
            return True
        if not 1 <= self.month <= 12:
            return False
        return self.day is None or 1 <= self.day <= calendar.monthrange(self.year, self.month)[1]

    def first(self) -> dt.date | None:
        if not self.valid:
            return None
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last(self) -> dt.date | None:
        if not self.valid:
            return None
        if self.month is None:
            return dt.date(self.year, 12, 31)
        return dt.date(self.year, self.month, self.day or calendar.monthrange(self.year, self.month)[1])

    def iso(self) -> str:
        parts = [f"{self.year:04d}"] + [f"{p:02d}" for p in (self.month, self.day) if p is not None]
        return "-".join(parts)


@dataclass(frozen=True, slots=True, kw_only=True)
class Date(Fact):
    kind: ClassVar[str] = "date"
    when: Day
    qualifier: str | None = None  # "since", "as_of"
    year_from_context: bool = False

    @property
    def first(self) -> dt.date | None:
        return self.when.first()

    @property
    def last(self) -> dt.date | None:
        return self.when.last()

    def key(self) -> tuple:
        return ("date", self.when.iso(), self.qualifier)

    def value(self) -> dict:
        return _period(self.when.first(), self.when.last(), self.when.granularity, self.qualifier, self.year_from_context, self.when)


@dataclass(frozen=True, slots=True, kw_only=True)
class DateRange(Fact):
    kind: ClassVar[str] = "daterange"
    begin: Day
    finish: Day

    @property
    def first(self) -> dt.date | None:
        return self.begin.first()

    @property
    def last(self) -> dt.date | None:
        return self.finish.last()

    @property
    def valid(self) -> bool:
        return self.begin.valid and self.finish.valid

    def key(self) -> tuple:
        return ("daterange", self.begin.iso(), self.finish.iso())

    def value(self) -> dict:
        return _period(self.first, self.last, self.begin.granularity, None, False, self.begin, self.finish)


def _period(first, last, granularity, qualifier, from_context, *days: Day) -> dict:
    out: dict = {
        "start": first.isoformat() if first else None,
        "end": last.isoformat() if last else None,
        "granularity": granularity,
    }
    if not all(d.valid for d in days):
        out["invalid"] = [d.iso() for d in days if not d.valid]
    if qualifier:
        out["qualifier"] = qualifier
    if from_context:
        out["year_from_context"] = True
    return out


@dataclass(frozen=True, slots=True, kw_only=True)
class Symbol(Fact):
    kind: ClassVar[str] = "symbol"
    canonical: str  # NPT/CONF.2020/PC.I/9, S/RES/1540 (2004), INFCIRC/225/Rev.4 (Corrected)
    series: str  # NPT, A, S, CD, INFCIRC, GC, GOV, CEDAW …
    components: tuple[str, ...]  # the canonical symbol split on "/"
    problems: tuple[tuple[str, str, str], ...] = ()  # grammar violations: (kind, as written, as it should be)

    def key(self) -> tuple:
        return ("symbol", self.canonical)

    def value(self) -> str:
        return self.canonical


@dataclass(frozen=True, slots=True, kw_only=True)
class Url(Fact):
    kind: ClassVar[str] = "url"
    normalized: str  # lower-cased host, no scheme, no trailing slash
    host: str
    path: str
    malformed: tuple[str, str] | None = None  # why it cannot be right: ("scheme" | "host", the offending part)

    def key(self) -> tuple:
        return ("url", self.normalized)

    def value(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True, kw_only=True)
class Count(Fact):
    kind: ClassVar[str] = "count"
    n: int
    noun: str
    classifier: str | None = None  # 名, 个, 次, 批 … (Chinese)
    qualifier: str | None = None  # as Money's

    def key(self) -> tuple:
        return ("count", self.n, self.noun.casefold(), self.qualifier)

    def value(self) -> dict:
        out: dict = {"n": self.n, "noun": self.noun}
        if self.classifier:
            out["classifier"] = self.classifier
        if self.qualifier:
            out["approx"] = self.qualifier
        return out


@dataclass(frozen=True, slots=True, kw_only=True)
class Percentage(Fact):
    kind: ClassVar[str] = "percentage"
    percent: Decimal

    def key(self) -> tuple:
        return ("percentage", format(self.percent.normalize(), "f"))

    def value(self) -> dict:
        return {"percent": _json_number(self.percent)}


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity(Fact):
    kind: ClassVar[str] = "quantity"
    magnitude: Decimal
    unit: str  # a unit name the pint registry knows: kilogram, tonne, megawatt …

    def key(self) -> tuple:
        return ("quantity", format(self.magnitude.normalize(), "f"), self.unit)

    def value(self) -> dict:
        return {"magnitude": _json_number(self.magnitude), "unit": self.unit}


@dataclass(frozen=True, slots=True, kw_only=True)
class Event(Fact):
    """Something that happened or is planned, on its trigger word (签署, signed, held …).

    Found after the other facts, from the pack's event vocabulary: its date is the nearest date
    of its clause, its subject the instrument title, document symbol or meeting beside it."""

    kind: ClassVar[str] = "event"
    event: str  # signature, ratification, accession, entry-into-force, adoption, meeting, submission, visit, hosting, speech
    subject: str | None = None  # the instrument title, meeting name or canonical symbol, spaces collapsed (none beside CJK)
    about: str | None = None  # what the subject is: "title", "meeting" or "symbol"
    when: tuple[str, str] | None = None  # the first and last day of its date (ISO)
    date_span: tuple[int, int] | None = None  # where that date is written
    tense: str | None = None  # "completed" | "future" | "goal" (an aim: 推动…生效), when a marker of the clause says so

    def key(self) -> tuple:
        return ("event", self.event, self.subject)

    def value(self) -> dict:
        out: dict = {"event": self.event}
        for name in ("subject", "tense"):
            if getattr(self, name):
                out[name] = getattr(self, name)
        if self.when:
            out["start"], out["end"] = self.when
        return out


@dataclass(frozen=True, slots=True, kw_only=True)
class Cue(Fact):
    """A word that changes how the figures around it read: composition (其中, of which: some
    parts), consists-of (由…组成, consisting of: all the parts), namely (分别是, namely: an
    exhaustive list follows), enumeration (分别, respectively), per unit (每人, per capita),
    future or completed."""

    kind: ClassVar[str] = "cue"
    cue: str  # "composition" | "consists-of" | "namely" | "enumeration" | "per-unit" | "future" | "completed"

    def key(self) -> tuple:
        return ("cue", self.cue)

    def value(self) -> dict:
        return {"cue": self.cue}


def _json_number(d: Decimal) -> int | float:
    return int(d) if d == d.to_integral_value() else float(d)


FACT_TYPES: tuple[type[Fact], ...] = (Money, Date, DateRange, Symbol, Url, Count, Percentage, Quantity, Event, Cue)
