"""Dates and date ranges."""
from __future__ import annotations

import bisect
import calendar
import functools
import re

from linter.api import Context, Date, DateRange, Related, Rule, Severity, dated
from rules.common import day, line_of

_CN_ORDINAL = "一二三四五六七八九十百"
# A meeting named specifically enough to be one event: an ordinal and at least a qualifier
# ("第十次部长级会议", "the Ninth Ministerial Meeting"), not just "第二次会议" / "the Third Meeting".
_ZH_MEETING = re.compile(rf"第[{_CN_ORDINAL}\d ]+[次届][^\s，。；、“”()（）]{{2,16}}?(?:审议会议|会议|大会|峰会|论坛)")
_EN_ORDINALS = "First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Twentieth"
_EN_MEETING = re.compile(rf"\b(?:{_EN_ORDINALS}|\d+(?:st|nd|rd|th))(?: [A-Z][\w-]*| of| on| the| for| to){{1,8}} (?:Meeting|Conference|Summit|Session|Forum)\b")
# What may stand between a meeting's name and its date for the date to be the meeting's.
_EN_GLUE = re.compile(r"(?:[\s,(]|held|convened|took place|hosted|opened|on|in|from|at|the|[A-Z][a-z]+)*")
_ZH_GLUE = re.compile(r"[ ，,]?(?:于|在|定于)?[ ]?")  # 第十次部长级会议于 2019 年…; never across ；


@functools.cache
def _alternatives(fragments: tuple[str, ...], before: str = "", after: str = "") -> re.Pattern:
    """One pattern from the packs' regex fragments (FUTURE_BEFORE, COMPLETED …); without any
    (a language without a pack), one that never matches."""
    return re.compile(before + "(?:" + ("|".join(fragments) or "(?!)") + ")" + after)


def _event_words(ctx: Context) -> re.Pattern:
    """The packs' EVENT_WORDS (signed, 批准 …), longest first, but not their EVENT_WORD_EXCEPTIONS
    ("signed by the Grand Duke" promulgates a law; only a State's signature of an instrument counts)."""
    words = tuple(sorted(ctx.words("EVENT_WORDS"), key=len, reverse=True))
    return _alternatives(tuple(map(re.escape, words)), after="".join(ctx.words("EVENT_WORD_EXCEPTIONS")))


def _dated_facts(ctx: Context) -> list:
    return [f for f in ctx.facts.of(Date, DateRange) if dated(f)]


def _clause(ctx: Context, facts: list, index: int) -> tuple[int, int]:
    """The stretch of text a date governs: its sentence, cut at the neighbouring dates."""
    fact = facts[index]
    sentence = ctx.structure.sentence_at(fact.start) or (fact.start, fact.end)
    start = max(sentence[0], facts[index - 1].end if index > 0 else 0)
    end = min(sentence[1], facts[index + 1].start if index + 1 < len(facts) else len(ctx.text))
    return start, end


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

    What it checks: meetings named with an ordinal ("第十次部长级会议", "the Ninth Ministerial
    Meeting") and an instrument's signature, ratification or entry into force ("签署《…》",
    "signed the … Treaty"): when the same event is dated twice, the two dates must overlap.
    Why it matters: one of the two dates is wrong, and readers cite whichever they find first.
    Known limitations: events are recognised by these names only; a speech or a visit is not.
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
        facts = _dated_facts(ctx)
        seen: dict[tuple, object] = {}
        for index, fact in enumerate(facts):
            if isinstance(fact, Date) and fact.when.granularity == "year":
                continue  # "in 2027" is too loose to date an event against another date
            start, end = _clause(ctx, facts, index)
            for key in _event_keys(ctx, start, end, fact):
                first = seen.setdefault(key, fact)
                if first is fact or (first.first <= fact.last and fact.first <= first.last):
                    continue
                event = _event_name(ctx, key)
                message = self.say(ctx, "conflict", event=event, date=fact.text, other=first.text, line=line_of(ctx, first.start))
                related = (Related(first.start, first.end, self.say(ctx, "related", event=event, date=first.text)),)
                yield self.finding(fact.start, fact.end, message, self.say(ctx, "fix"), related)


# Titles are bounded (the longest in the corpus has 18 words and 60 characters), so that an
# unclosed 《 or a run of capitals costs a bounded scan. An English title is words each followed
# by exactly one space: with the space optional, "the AAAA…" could be cut into words in 2^n ways.
_ZH_TITLE_AFTER_VERB = re.compile(r"[了并]?[^《。；，]{0,6}《([^》]{1,120})》")
_TITLE_BEFORE_VERB = re.compile(r"《([^》]{1,120})》[^《》。；，]{0,6}$")
_EN_TITLE = re.compile(r"\bthe ((?:(?:[A-Z][\w-]{0,39}|of|on|the|and) ){1,24}(?:Treaty|Convention|Protocol|Agreement|Amendment))")


_EVENT_NAMES_ZH = {"signature": "签署", "ratification": "批准", "entry into force": "生效", "accession": "加入"}


def _event_name(ctx: Context, key: tuple[str | None, str]) -> str:
    """(None, meeting) → the meeting; (event, instrument) → "signature of …" / "《…》的签署"."""
    event, name = key
    if event is None:
        return name
    return f"《{name}》的{_EVENT_NAMES_ZH[event]}" if ctx.language == "zh" else f"{event} of {name}"


def _event_keys(ctx: Context, start: int, end: int, fact) -> set[tuple[str | None, str]]:
    """The events a date is attached to, as (event, name): (None, an ordinal meeting), or an
    instrument's signature / ratification / entry into force named right beside the verb."""
    text, keys = ctx.text, set()
    if fact.lang == "zh":
        after = _ZH_MEETING.search(text, fact.end, end)  # 于 2019 年 11 月举行了第十次部长级会议
        before = [m for m in _ZH_MEETING.finditer(text, start, fact.start) if _ZH_GLUE.fullmatch(text, m.end(), fact.start)]  # 第十次会议于 …
        for m in ([after] if after and after.start() - fact.end <= 20 else []) + before:
            keys.add((None, m.group().replace(" ", "")))
    else:  # "the Ninth Ministerial Meeting, held on 27 September 2018" / "on 27 September 2018, the Ninth …"
        for m in _EN_MEETING.finditer(text, start, end):
            glue = text[m.end() : fact.start] if m.end() <= fact.start else text[fact.end : m.start()]
            if len(glue) <= 30 and _EN_GLUE.fullmatch(glue):
                keys.add((None, m.group()))
    event = _event_near(ctx, start, end, fact)
    if event:
        title = _title_for(ctx, start, end, fact)
        if title and title not in ctx.words("GENERIC_TITLES"):  # "the Treaty" names no instrument
            keys.add((event, title))
    return keys


def _title_for(ctx: Context, start: int, end: int, fact) -> str | None:
    text = ctx.text
    if fact.lang == "zh":
        verb = _event_words(ctx).search(text, fact.end, min(end, fact.end + 25))
        after = _ZH_TITLE_AFTER_VERB.match(text, verb.end()) if verb else None
        before = _TITLE_BEFORE_VERB.search(text, max(start, verb.start() - 40), verb.start()) if verb else None
        m = after or before
    else:
        m = _EN_TITLE.search(text, start, end)
    return m.group(1).strip() if m else None


class OrderOfEvents(Rule):
    """Entry into force or ratification dated before signature.

    What it checks: within a sentence and the one after it, the dates attached to signature
    (签署, signed), ratification (批准, ratified) and entry into force (生效, entered into force):
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
        facts = _dated_facts(ctx)
        events = []  # (sentence index, event, fact)
        signatures = _Signatures()
        for index, fact in enumerate(facts):
            start, end = _clause(ctx, facts, index)
            event = _event_near(ctx, start, end, fact)
            if event:
                sentence = ctx.structure.sentence_index(fact.start)
                events.append((-1 if sentence is None else sentence, event, fact))
                if event == "signature":
                    signatures.add(events[-1][0], fact)
        for sentence, event, fact in events:
            if event not in ("ratification", "entry into force"):
                continue
            later = [f for f in (signatures.first_after(s, fact.last) for s in (sentence - 1, sentence)) if f is not None]
            if later:
                signed = min(later, key=lambda f: f.start)
                message = self.say(ctx, "order", event=self.say(ctx, event), date=fact.text, signed=signed.text, line=line_of(ctx, signed.start))
                related = (Related(signed.start, signed.end, self.say(ctx, "related", date=signed.text)),)
                yield self.finding(fact.start, fact.end, message, self.say(ctx, "fix"), related)


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


def _event_near(ctx: Context, start: int, end: int, fact) -> str | None:
    """The event a date is attached to: after it in Chinese (于 … 签署), around it in English."""
    text, words = ctx.text, _event_words(ctx)
    if fact.lang == "zh":
        m = words.search(text, fact.end, min(end, fact.end + 25))
        if m and any(text.startswith(w, m.end()) for w in ctx.words("EVENT_MEETING_WORDS")):
            m = None  # 促进条约生效会议 names a meeting, not an event
    else:
        found = list(words.finditer(text, max(start, fact.start - 60), fact.start)) or [words.search(text, fact.end, min(end, fact.end + 30))]
        m = found[-1]
    if m is None:
        return None
    return ctx.words("EVENT_WORDS")[m.group()]


class AfterIssueDate(Rule):
    """A completed event, or an "as of" date, later than the document's own date.

    What it checks: "as of" dates (截至, as of) and dates precise to the month or day in a
    sentence that reports something done (了, 已, was held, signed …) that start after the issue
    date on the distribution line, unless the text marks them as planned (将于, 计划, will,
    scheduled, by …). The masthead is exempt: it names future meetings.
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
        sentences = _SentenceWords(ctx)
        for fact in _dated_facts(ctx):
            if fact.first <= issued or ctx.structure.in_header(fact.start):
                continue
            sentence = ctx.structure.sentence_at(fact.start) or (fact.start, fact.end)
            before = ctx.text[max(0, fact.start - 24) : fact.start]
            after = ctx.text[fact.end : fact.end + 6]
            if sentences.future_before.search(before) or sentences.future_after.match(after) or sentences.future_in(sentence, fact.start):
                continue
            as_of = getattr(fact, "qualifier", None) == "as_of"
            precise = isinstance(fact, Date) and fact.when.granularity != "year"
            if not as_of and not (precise and sentences.completed(sentence)):
                continue  # a plan or a period ("2015–2020 strategy") is not a completed event
            message = self.say(ctx, "as_of" if as_of else "event", date=fact.text, issued=day(issued, ctx.language))
            yield self.finding(fact.start, fact.end, message, self.say(ctx, "fix"))


class _SentenceWords:
    """What DAT005 asks of a sentence, searched once per sentence however many dates it holds."""

    FUTURE_REACH = 16  # longer than any word of the packs' FUTURE_IN_SENTENCE

    def __init__(self, ctx: Context):
        self.text = ctx.text
        # the packs' words: planned before a date ("将于", "scheduled for"), after it ("之前"), anywhere
        # before it in its sentence ("will be presented … in March 2015"), and done ("了", "was held")
        self.future_before = _alternatives(ctx.words("FUTURE_BEFORE"), after=r"\s*$")
        self.future_after = _alternatives(ctx.words("FUTURE_AFTER"), before=r"^\s*")
        self.future_in_sentence = _alternatives(ctx.words("FUTURE_IN_SENTENCE"))
        self.completed_words = _alternatives(ctx.words("COMPLETED"))
        self.first_future: dict[tuple[int, int], int] = {}  # sentence → end of its first future word
        self.done: dict[tuple[int, int], bool] = {}

    def future_in(self, sentence: tuple[int, int], offset: int) -> bool:
        """A future word in the sentence before `offset` (as a search of sentence[0]:offset finds it:
        one that ends at `offset` may be a word only there, "will" of "willing", hence the window)."""
        if sentence not in self.first_future:
            m = self.future_in_sentence.search(self.text, *sentence)
            self.first_future[sentence] = m.end() if m else sentence[1] + 1
        if self.first_future[sentence] <= offset:
            return True
        return self.future_in_sentence.search(self.text, max(sentence[0], offset - self.FUTURE_REACH), offset) is not None

    def completed(self, sentence: tuple[int, int]) -> bool:
        if sentence not in self.done:
            self.done[sentence] = self.completed_words.search(self.text, *sentence) is not None
        return self.done[sentence]


RULES = (InvalidDate, ReversedRange, ConflictingEventDate, OrderOfEvents, AfterIssueDate)
