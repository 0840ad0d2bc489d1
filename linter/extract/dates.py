"""Dates and date ranges, in the grammar of each chosen language pack.

A pack's `dates` family holds its atoms (regexes whose groups are named y, m, mname, d) and the
FORMS its grammar is made of, tried in order:
    point_range := POINT (_ CONNECTOR _ (POINT | RANGE_END) | _ AND_DAY _ AND_END)?
    year_range  := YEAR_RANGE[0] _ CONNECTOR _ YEAR_RANGE[1]          2022-2023年, 2018−2028
    open_point  := OPEN_POINT                         a month without a year: the sentence gives it
                                                      (after OPEN_POINT_AFTER, where a pack has it)
    between     := BETWEEN[0] (POINT | BARE_YEAR) BETWEEN[1] (POINT | BARE_YEAR)
    start_range := RANGE_START _ (DASH | TO) _ POINT
    point       := POINT
    years       := (FROM _)? BARE_YEAR ((_ YEAR_TO _ | DASH) BARE_YEAR | DASH SHORT_YEAR_END)?
The side of a range without a year takes it (and a missing month) from the other side.
Invalid calendar dates (a day 30 in a month of 28) are kept as facts with `valid == False`: DAT001 reports them.
"""
from __future__ import annotations

import bisect
import re
from functools import cache
from itertools import repeat

from linter.extract.context import defined_footnotes, word_after, word_before
from linter.extract.grammar import SP, Scanner, compiled, finish, numeral_digits, one_of, to_number, token
from linter.extract.runs import fallback_runs, within_runs
from linter.facts import Date, DateRange, Day
from linter.lang import LanguagePack, everything, merged


def _grammar(pack: LanguagePack):
    import pyparsing as pp

    get = lambda name, default=(): pack.get("dates", name, default)  # noqa: E731
    point = pp.MatchFirst([token(p, "date") for p in get("POINTS")])
    bare_year = token(get("BARE_YEAR"), "year") if get("BARE_YEAR", None) else None
    dash = one_of(get("DASHES"), "dash") if get("DASHES") else None

    def point_range():
        ends = [point, *(token(p, "range end") for p in get("RANGE_ENDS"))]
        connector = one_of(get("CONNECTORS"), "range connector")
        more = [SP() + connector + SP() + pp.Group(pp.MatchFirst(ends))("b")]
        if get("AND_DAY"):
            day = pp.MatchFirst([token(p, "day") for p in get("AND_ENDS", (get("DAY"),))])
            more.append(SP() + one_of(get("AND_DAY"), "and") + SP() + pp.Group(day)("b") + ~(SP() + connector))
        return pp.Group(point)("a") + pp.Opt(pp.MatchFirst(more))  # one parse of the first point

    def between():
        either = point | bare_year
        first, then = get("BETWEEN")
        return token(first, "between")("intro") + SP() + pp.Group(either)("a") + SP() + token(then, "and") + SP() + pp.Group(either)("b")

    def start_range():
        to = SP() + (dash | token(get("TO"), "to")) + SP()
        start = pp.MatchFirst([token(p, "range start") for p in get("RANGE_STARTS")])
        return pp.Group(start)("a") + to + pp.Group(point)("b")

    def years():
        year_to = (SP() + token(get("YEAR_TO"), "to") + SP() | SP() + dash + SP()) + pp.Group(bare_year)("b")  # 2005 - 2013
        if get("SHORT_YEAR_END", None):  # 2019–21
            year_to |= dash + pp.Group(token(get("SHORT_YEAR_END"), "short year"))("b")
        return pp.Opt(token(get("FROM"), "from")("intro") + SP()) + pp.Group(bare_year)("a") + pp.Opt(year_to)

    def open_point():
        """A month (and day) without a year, alone or starting a range: 11 月 · 7月17日至19日."""
        start = pp.Group(pp.MatchFirst([token(p, "open date") for p in get("OPEN_POINTS")]))("a")
        if not get("RANGE_ENDS"):
            return start
        connector = one_of(get("CONNECTORS"), "range connector")
        return start + pp.Opt(SP() + connector + SP() + pp.Group(pp.MatchFirst([token(p, "range end") for p in get("RANGE_ENDS")]))("b"))

    def year_range():
        first, then = get("YEAR_RANGE")
        connector = one_of(get("CONNECTORS"), "range connector")
        return pp.Group(token(first, "year"))("a") + SP() + connector + SP() + pp.Group(token(then, "year"))("b")

    forms = {
        "point_range": point_range,
        "year_range": year_range,
        "open_point": open_point,
        "between": between,
        "start_range": start_range,
        "point": lambda: pp.Group(point)("a"),
        "years": years,
    }
    return finish(pp.MatchFirst([forms[name]() for name in get("FORMS")]))


@cache
def _scanner(pack: LanguagePack) -> Scanner:
    get = lambda name, default=(): pack.get("dates", name, default)  # noqa: E731
    atoms = (*get("POINTS"), *get("OPEN_POINTS"), *((get("BARE_YEAR"),) if get("BARE_YEAR", None) else ()))
    continuation = re.compile(get("CONTINUATION")) if get("CONTINUATION", None) else None
    return Scanner(get("PREFILTER"), grammar=lambda: _grammar(pack), atoms=atoms, continuation=continuation, window=60)


@cache
def _chosen(packs: tuple) -> tuple:
    """The packs with a date grammar, and the words around a date merged over all of them (one
    object per packs tuple: `word_before` caches its pattern by the table's identity)."""
    with_grammar = tuple(p for p in packs if p.get("dates", "FORMS"))
    words = {name: merged(packs, "dates", name) for name in ("SINCE_AFTER", "SINCE_BEFORE", "AS_OF_BEFORE")}
    return with_grammar, words, merged(packs, "dates", "MONTHS") or {}


def _int(tokens, key):
    """A year, month or day as written: in figures, or in numerals (二〇一六 digit by digit, 十二 as a number)."""
    value = tokens.get(key)
    if value is None:
        return None
    if value.isascii():
        return int(value)
    return numeral_digits(value) if key == "y" else int(to_number(value))


def _day(tokens, months: dict) -> Day:
    month = months[tokens["mname"]] if "mname" in tokens else _int(tokens, "m")
    return Day(_int(tokens, "y"), month, _int(tokens, "d"))


def _take_year(day: Day, other: Day) -> Day:
    return Day(other.year, day.month or other.month, day.day)


def extract(text: str, packs: tuple = ()) -> list:
    packs = tuple(packs) or everything()
    with_grammar, words, months = _chosen(packs)
    facts: list = []
    for pack in with_grammar:
        runs = fallback_runs(text, pack, packs, "dates")
        facts += _extract(text, pack, words, months, runs) + _glued(text, pack, runs) + _two_year_periods(text, pack, runs)
    return facts


_LONG_FIGURE = re.compile(r"\d{4}\.?\d")  # a year and more digits: a run of digits starts with one


def _glued(text: str, pack: LanguagePack, runs) -> list:
    """Years with a footnote number glued on ("of 19721"): the year, when the document defines
    the footnote; the number is otherwise no fact at all, never the year 19721; one that closes a
    range (2014–\n201815) closes it. And two years glued together (20242025): the range."""
    facts: list = []
    glued, pattern = pack.get("dates", "GLUED_RANGE", None), pack.get("dates", "GLUED_FOOTNOTE", None)
    if glued is None and pattern is None:
        return facts
    starts = [m.start() for m in _LONG_FIGURE.finditer(text)]  # the only places either can start
    if runs is not None:
        starts = [s for s in starts if within_runs(runs, s)]
    if glued is not None:
        for m in filter(None, map(compiled(glued).match, repeat(text), starts)):
            first, last = int(m.group("y")), int(m.group("y2"))
            if first < last <= first + pack.get("dates", "MAX_GLUED_SPAN", 0):
                facts.append(DateRange(start=m.start(), end=m.end(), text=m.group(), lang=pack.code, begin=Day(first, None, None), finish=Day(last, None, None)))
    if pattern is None:
        return facts
    notes = None
    for m in filter(None, map(compiled(pattern).match, repeat(text), starts)):
        if notes is None:
            notes = defined_footnotes(text, everything())
        if int(m.group("note")) in notes:
            year = Day(int(m.group("y")), None, None)
            opened = compiled(pack.get("dates", "GLUED_RANGE_START", r"(?!)")).search(text, max(0, m.start() - 8), m.start())
            if opened is not None and int(opened.group("y")) < year.year:
                start = opened.start()
                facts.append(DateRange(start=start, end=m.end("y"), text=text[start : m.end("y")], lang=pack.code, begin=Day(int(opened.group("y")), None, None), finish=year))
            else:
                facts.append(Date(start=m.start(), end=m.end("y"), text=m.group("y"), lang=pack.code, when=year))
    return facts


def _two_year_periods(text: str, pack: LanguagePack, runs) -> list:
    """A school, fiscal or cohort year written with a slash (2012/2013年, the 2019/20 school year):
    two consecutive years, by the pack's TWO_YEARS pattern (groups y and y2, y2 in full or by its
    last two digits); any other pair is some other number (a resolution 2019/12)."""
    pattern = pack.get("dates", "TWO_YEARS", None)
    if pattern is None:
        return []
    facts = []
    for m in compiled(pattern).finditer(text):
        first, y2 = int(m.group("y")), m.group("y2")
        last = int(y2) if len(y2) == 4 else first // 100 * 100 + int(y2)
        if last == first + 1 and (runs is None or within_runs(runs, m.start())):
            facts.append(DateRange(start=m.start(), end=m.end(), text=m.group(), lang=pack.code, begin=Day(first, None, None), finish=Day(last, None, None)))
    return facts


def _extract(text: str, pack: LanguagePack, words: dict, months: dict, runs=None) -> list:
    facts: list = []
    waiting: list = []  # open points whose sentence gives no year before them
    open_points = bool(pack.get("dates", "OPEN_POINTS"))
    for start, end, t in _scanner(pack).scan(text, runs):
        a = t["a"]
        if "intro" in t:  # "between 2016 and 2018" is the range 2016 and 2018 (gold README: no introducing word)
            start += len(t["intro"])
            start += len(text[start:end]) - len(text[start:end].lstrip())
        span = dict(start=start, end=end, text=text[start:end], lang=pack.code)
        if "b" in t:
            first, last = _day(a, months), _day(t["b"], months)
            if "yy" in t["b"] and first.year is not None:  # 2019–21: the century of the start
                year = first.year // 100 * 100 + int(t["b"]["yy"])
                last = Day(year if year > first.year else year + 100, None, None)
            if last.year is None and first.year is None:  # no year on either side: the context's, if any
                year = _year_from_context(text, start, facts, _sentence_end(pack)) if open_points else None
                if year is None:
                    if open_points:
                        waiting.append((span, first, last))
                    continue
                first = Day(year, first.month, first.day)
            if last.year is None:  # a partial end ("… to the 28th") takes year and month
                last = _take_year(last, first)
            elif first.year is None:  # a partial start ("the 4th to …") likewise
                first = _take_year(first, last)
            facts.append(DateRange(**span, begin=first, finish=last))
            continue
        day = _day(a, months)
        if day.month is None and _not_a_year(text, start, pack):
            continue
        if day.year is not None:
            facts.append(Date(**span, when=day, qualifier=_qualifier(text, start, end, words)))
        elif open_points and _opens(text, start, pack, facts):  # the sentence gives an open point its year
            year = _year_from_context(text, start, facts, _sentence_end(pack))
            if year is not None:
                facts.append(Date(**span, when=Day(year, day.month, day.day), year_from_context=True))
            else:
                waiting.append((span, day, None))
    return sorted(facts + _years_after(text, waiting, facts, _sentence_end(pack)), key=lambda f: f.start)


def _years_after(text: str, waiting: list, facts: list, sentence_end: re.Pattern) -> list:
    """Open points with no dated fact before them in their sentence take the year of the first one
    after it in the sentence (经社理事会7月…2023年9月), else that of the date before them in the
    text (2023年7月10日至19日……。其中7月17日至19日)."""
    starts = [f.start for f in facts]
    out = []
    for span, first, last in waiting:
        i = bisect.bisect_left(starts, span["end"])
        if i < len(facts) and facts[i].start - span["end"] <= _CONTEXT_REACH and not sentence_end.search(text, span["end"], facts[i].start):
            year = _start_day(facts[i]).year
        elif i and span["start"] - facts[i - 1].end <= _PRECEDING_REACH:
            year = _start_day(facts[i - 1]).year
        else:
            continue
        begin = Day(year, first.month, first.day)
        if last is None:
            out.append(Date(**span, when=begin, year_from_context=True))
        else:
            out.append(DateRange(**span, begin=begin, finish=_take_year(last, begin)))
    return out


def _start_day(fact) -> Day:
    return fact.begin if isinstance(fact, DateRange) else fact.when


def _not_a_year(text: str, start: int, pack: LanguagePack) -> bool:
    """A bare year right after a volume, page or paragraph word is that number ("vol. 1974")."""
    words = pack.get("dates", "NOT_A_YEAR_AFTER", ())
    return bool(words) and word_before(text, start, words) is not None


def _opens(text: str, start: int, pack: LanguagePack, earlier: list) -> bool:
    """Is a month without a year a date here? Where the pack lists the words it must follow ("in
    January"), only after one of them, or after a conjunction right after another open month ("in
    March and April"); elsewhere always (11 月)."""
    after = pack.get("dates", "OPEN_POINT_AFTER", ())
    if not after or word_before(text, start, after) is not None:
        return True
    joined = pack.get("dates", "OPEN_POINT_JOINED", ())
    word = word_before(text, start, joined) if joined and earlier and getattr(earlier[-1], "year_from_context", False) else None
    return word is not None and not text[earlier[-1].end : start].strip()[: -len(word)].strip()


@cache
def _sentence_end(pack: LanguagePack) -> re.Pattern:
    return re.compile(pack.get("dates", "SENTENCE_END", r"(?!)"))


def _qualifier(text: str, start: int, end: int, words: dict) -> str | None:
    if words["SINCE_AFTER"] and word_after(text, end, words["SINCE_AFTER"]):
        return "since"
    if words["SINCE_BEFORE"] and word_before(text, start, words["SINCE_BEFORE"]):
        return "since"
    if words["AS_OF_BEFORE"] and word_before(text, start, words["AS_OF_BEFORE"]):
        return "as_of"
    return None


# How far an open point looks for the dated fact whose year it takes: a sentence's length; and,
# when its sentence has none, back to the date before it: a paragraph's.
_CONTEXT_REACH = 400
_PRECEDING_REACH = 1200


def _year_from_context(text: str, start: int, earlier: list, sentence_end: re.Pattern) -> int | None:
    """An open point takes its year from the last dated fact in the same sentence."""
    if not earlier:
        return None
    last = earlier[-1]
    if start - last.end > _CONTEXT_REACH:
        return None
    if sentence_end.search(text, last.end, start):
        return None
    day = last.finish if isinstance(last, DateRange) else last.when
    return day.year
