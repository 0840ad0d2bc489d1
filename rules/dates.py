"""Dates and date ranges."""
from __future__ import annotations

import bisect
import calendar

from linter.api import Context, Date, DateRange, Event, Related, Rule, Severity, dated
from rules.common import day, line_of


def _dated_facts(ctx: Context) -> list:
    return [f for f in ctx.facts.of(Date, DateRange) if dated(f)]


class InvalidDate(Rule):
    """A date that does not exist in the calendar.

    What it checks: day and month values of every date: 30 February, 31 April, month 13.
    Why it matters: an impossible date is always a typing error, and a reader cannot tell which
    digit is wrong.
    """

    code = "DAT001"
    name = "invalid-date"
    severity = Severity.ERROR
    summary = "A date that does not exist (30 February, 31 April, month 13)"
    bad = ("会议于 2019 年 2 月 30 日举行。", "The meeting was held on 31 April 2019.")
    good = ("会议于 2019 年 2 月 28 日举行。", "The meeting was held on 30 April 2019.")

    def check(self, ctx: Context):
        for fact in ctx.facts.of(Date, DateRange):
            days = (fact.when,) if isinstance(fact, Date) else (fact.begin, fact.finish)
            for d in days:
                if d.valid:
                    continue
                if d.month is not None and not 1 <= d.month <= 12:
                    message = self.say(ctx, "month", date=fact.text, month=d.month)
                else:
                    message = self.say(ctx, "day", date=fact.text, month=d.month, year=d.year, days=calendar.monthrange(d.year, d.month)[1])
                yield self.finding(fact.start, fact.end, message)


class ReversedRange(Rule):
    """A date range that ends before it starts.

    What it checks: ranges such as "2019 年 11 月至 2017 年 7 月" or "28–4 January 2022".
    Why it matters: the two ends were swapped or one of them is mistyped; either way the period
    the report claims is wrong.
    """

    code = "DAT002"
    name = "reversed-range"
    severity = Severity.ERROR
    summary = "A date range whose end is before its start"
    bad = ("2019 年 11 月至 2017 年 7 月期间举行了五次会议。", "The Group met from 2019 to 2017.")
    good = ("2017 年 11 月至 2019 年 7 月期间举行了五次会议。", "The Group met from 2017 to 2019.")

    def check(self, ctx: Context):
        for fact in ctx.facts.of(DateRange):
            if fact.valid and fact.last < fact.first:
                message = self.say(ctx, "reversed", range=fact.text, end=fact.finish.iso(), start=fact.begin.iso())
                yield self.finding(fact.start, fact.end, message, self.say(ctx, "fix"))


class ConflictingEventDate(Rule):
    """The same event given different dates in two places.

    What it checks: the document's events (its Event facts): a meeting named with an ordinal
    ("第十次部长级会议", "the Ninth Ministerial Meeting"), held or hosted, and an instrument's
    signature, ratification, accession or entry into force ("签署《…》", "signed the … Treaty"),
    in whichever words ("entered into force" / "came into force", 批准 / 交存批准书): when the same
    event is dated twice, the two dates must overlap.
    Why it matters: one of the two dates is wrong, and readers cite whichever they find first.
    Known limitations: a speech or a visit has no subject to be the same event by.
    """

    code = "DAT003"
    name = "conflicting-event-date"
    severity = Severity.WARNING
    summary = "The same meeting, signature or entry into force is dated differently in two places"
    bad = (
        "示例国于 2024 年 11 月主办了第十次部长级会议。……第十次部长级会议于 2023 年 11 月在首都举行。",
        "Exampleland hosted the Tenth Ministerial Meeting in November 2019. The Tenth Ministerial Meeting, held in November 2018, adopted a statement.",
    )
    good = (
        "示例国于 2024 年 11 月主办了第十次部长级会议。……第十次部长级会议于 2024 年 11 月在首都举行。",
        "Exampleland hosted the Tenth Ministerial Meeting in November 2019. The Tenth Ministerial Meeting, held in November 2019, adopted a statement.",
    )

    def check(self, ctx: Context):
        seen: dict[tuple, tuple] = {}
        said: set[tuple] = set()
        for event, date in _dated_events(ctx):
            if event.event not in _DATES_ITS_SUBJECT.get(event.about, ()) or event.tense in ("future", "goal"):
                continue  # a plan or an aim may be dated otherwise than what happened
            # a meeting held and a meeting hosted are one meeting; ratified, accepted, approved,
            # acceded and joined are one State's consent to be bound; other events stay apart
            key = (event.about, event.subject) if event.about == "meeting" else (_CONSENT.get(event.event, event.event), event.subject)
            first, first_event = seen.setdefault(key, (date, event))
            if first is date or (first.first <= date.last and date.first <= first.last) or (key, date.start) in said:
                continue
            said.add((key, date.start))
            message = self.say(ctx, "conflict", event=self._name(ctx, event), date=date.text, other=first.text, line=line_of(ctx, first.start))
            related = (Related(first.start, first.end, self.say(ctx, "related", event=self._name(ctx, first_event), date=first.text)),)
            yield self.finding(date.start, date.end, message, self.say(ctx, "fix"), related)

    def _name(self, ctx: Context, event: Event) -> str:
        if event.about == "meeting":
            return event.subject
        return self.say(ctx, "instrument", event=self.say(ctx, event.event), name=event.subject)


# The events that date their subject itself, by what the subject is: a meeting held or hosted;
# an instrument opened for signature, signed, ratified (accepted, approved, acceded to) or
# entering into force, in general or for the State.
_DATES_ITS_SUBJECT = {
    "meeting": ("meeting", "hosting"),
    "title": ("opening-for-signature", "signature", "ratification", "acceptance", "approval", "accession",
              "entry-into-force", "entry-into-force-for-state"),
}
# A State consents to be bound by a treaty once, in one of these ways (Vienna Convention on the Law
# of Treaties, arts. 14–16): two of them for one instrument are one event.
_CONSENT = dict.fromkeys(("ratification", "acceptance", "approval", "accession"), "consent")


def _dated_events(ctx: Context):
    """Each event with a date, and that date's fact, in text order."""
    for event in ctx.facts.of(Event):
        if event.date_span is not None:
            for date in ctx.facts.within(*event.date_span, Date, DateRange):
                if (date.start, date.end) == event.date_span and dated(date):
                    yield event, date


class OrderOfEvents(Rule):
    """Entry into force or ratification dated before signature.

    What it checks: within a sentence and the one after it, the dates of the signature (签署,
    signed), ratification (批准, ratified) and entry into force (生效, entered into force) events:
    a treaty cannot enter into force for a State, or be ratified by it, before it is signed.
    Why it matters: a swapped or mistyped year in a treaty's history is a factual error about
    the State's obligations.
    """

    code = "DAT004"
    name = "order-of-events"
    severity = Severity.ERROR
    summary = "Entry into force or ratification dated before signature"
    bad = ("示例国于 2001 年 12 月签署了附加议定书，议定书于 2000 年 12 月生效。", "Exampleland signed the Protocol on 4 December 2001; it entered into force on 16 December 2000.")
    good = ("示例国于 2001 年 12 月签署了附加议定书，议定书于 2002 年 12 月生效。", "Exampleland signed the Protocol on 4 December 2001; it entered into force on 16 December 2002.")

    def check(self, ctx: Context):
        events = {}  # (date span, event) → (sentence index, event, date fact): one date read once per event
        signatures = _Signatures()
        for event, date in _dated_events(ctx):
            if event.event not in _AFTER_SIGNATURE + ("signature",) or (date.start, event.event) in events:
                continue
            sentence = ctx.structure.sentence_index(date.start)
            events[date.start, event.event] = (-1 if sentence is None else sentence, event.event, date)
            if event.event == "signature":
                signatures.add(events[date.start, event.event][0], date)
        for sentence, event, fact in sorted(events.values(), key=lambda e: e[2].start):
            if event == "signature":
                continue
            later = [f for f in (signatures.first_after(s, fact.last) for s in (sentence - 1, sentence)) if f is not None]
            if later:
                signed = min(later, key=lambda f: f.start)
                message = self.say(ctx, "order", event=self.say(ctx, event), date=fact.text, signed=signed.text, line=line_of(ctx, signed.start))
                related = (Related(signed.start, signed.end, self.say(ctx, "related", date=signed.text)),)
                yield self.finding(fact.start, fact.end, message, self.say(ctx, "fix"), related)


# What a State does after it signs: ratify, accept or approve the instrument (accession needs no
# signature), and the day it enters into force.
_AFTER_SIGNATURE = ("ratification", "acceptance", "approval", "entry-into-force", "entry-into-force-for-state")


class _Signatures:
    """The signature dates of each sentence in text order, with the latest date so far, so that
    the first signature dated after a day is found by bisection, not by a scan of them all."""

    def __init__(self):
        self.facts: dict[int, list] = {}
        self.latest: dict[int, list] = {}

    def add(self, sentence: int, fact) -> None:
        latest = self.latest.setdefault(sentence, [])
        latest.append(max(latest[-1], fact.first) if latest else fact.first)
        self.facts.setdefault(sentence, []).append(fact)

    def first_after(self, sentence: int, day):
        """The first signature of `sentence` (in text order) dated after `day`, if any."""
        latest = self.latest.get(sentence, [])
        i = bisect.bisect_right(latest, day)
        return self.facts[sentence][i] if i < len(latest) else None


class AfterIssueDate(Rule):
    """A completed event, or an "as of" date, later than the document's own date.

    What it checks: "as of" dates (截至, as of), and the dates precise to the month or day of
    events told as done (its Event facts' tense: 已签署, 举行了, was held, signed …), that start
    after the issue date on the distribution line, unless an event marks them as planned (将于,
    计划, will, scheduled …) or they are a deadline (by …, …前). The masthead is exempt: it
    names future meetings.
    Why it matters: a report cannot record what had not happened when it was issued; the year
    is usually mistyped.
    Options: `reference-date`, the date to use when a document has no dated distribution line
    (without it such documents are not checked).
    """

    code = "DAT005"
    name = "after-issue-date"
    severity = Severity.WARNING
    summary = "An event or 'as of' date later than the document's own issue date"
    bad = (
        "Distr.: General\n7 October 2020\n\n截至 2020 年 12 月 31 日，共有 42 名研究员完成了课程。",
        "Distr.: General\n7 October 2020\n\nAs of 31 December 2020, 42 fellows had completed the course.",
    )
    good = (
        "Distr.: General\n7 October 2020\n\n截至 2020 年 8 月 31 日，共有 42 名研究员完成了课程。",
        "Distr.: General\n7 October 2020\n\nThe next meeting will be held on 4 January 2022.",
    )

    options = {"reference-date": None}

    def check(self, ctx: Context):
        issued = ctx.issue_date or self.option(ctx, "reference-date")
        if issued is None:
            return
        tenses: dict[int, set] = {}  # date start → the tenses of the events it dates
        planned = set()  # sentences with a planned event
        for event, date in _dated_events(ctx):
            tenses.setdefault(date.start, set()).add(event.tense)
        for event in ctx.facts.of(Event):
            if event.tense == "future" and (sentence := ctx.structure.sentence_at(event.start)) is not None:
                planned.add(sentence)
        for fact in _dated_facts(ctx):
            if fact.first <= issued or ctx.structure.in_header(fact.start) or "future" in tenses.get(fact.start, ()):
                continue
            as_of = getattr(fact, "qualifier", None) == "as_of"
            precise = isinstance(fact, Date) and fact.when.granularity != "year"
            if as_of and ctx.structure.sentence_at(fact.start) in planned:
                continue  # "as of 2030, 40 States will have ratified"
            if not as_of and not (precise and "completed" in tenses.get(fact.start, ())):
                continue  # a plan or a period ("2015–2020 strategy") is not a completed event
            message = self.say(ctx, "as_of" if as_of else "event", date=fact.text, issued=day(self, ctx, issued))
            yield self.finding(fact.start, fact.end, message, self.say(ctx, "fix"))


RULES = (InvalidDate, ReversedRange, ConflictingEventDate, OrderOfEvents, AfterIssueDate)
