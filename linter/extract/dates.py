"""Dates and date ranges, Chinese and English.

Grammar (spaces optional where shown as _):
    zh_point  := YEAR _ 年 (_ MONTH _ 月 (_ DAY _ 日)?)?          2020 年 2 月 10 日 · 2019 年 11 月 · 2018 年
    zh_range  := zh_point _ (至|到|–|～) _ (zh_point | MONTH 月 (DAY 日)? | DAY 日)      …至 2019 年 7 月 · …至 28 日
               | zh_day _ (和|、) _ DAY _ 日                       2019 年 2 月 7 日和 8 日
    zh_month  := MONTH _ 月 (_ DAY _ 日)?                          11 月 (year taken from the sentence)
    en_point  := DAY _ MONTH_NAME (_ YEAR)? | MONTH_NAME _ DAY ,? _ YEAR | MONTH_NAME _ YEAR | YEAR-MM-DD | YEAR
    en_range  := DAY (–|and|to) DAY _ MONTH_NAME _ YEAR            4–28 January 2022 · 7 and 8 February 2019
               | DAY _ MONTH_NAME (–| to ) DAY _ MONTH_NAME _ YEAR  23 April–4 May 2018
               | between en_point and en_point | (from)? YEAR (–| to ) YEAR
Invalid calendar dates (2019 年 2 月 30 日) are kept as facts with `valid == False`: DAT001 reports them.
"""
from __future__ import annotations

import re
from functools import cache

from linter.extract import lang
from linter.extract.context import word_after, word_before
from linter.extract.grammar import SP, Scanner, finish, one_of, token
from linter.facts import Date, DateRange, Day

_YEAR = r"(?:1[89]|20)\d\d(?!\d)"
_SP = "[ \u00a0\u202f\u2009]?"

# Atoms: one regex each, with named groups.
_ZH_YEAR = rf"(?P<y>{_YEAR}){_SP}年"
_ZH_MONTH = rf"(?P<m>\d{{1,2}}){_SP}月"
_ZH_DAY = rf"(?P<d>\d{{1,2}}){_SP}[日号]"
ZH_POINT = rf"{_ZH_YEAR}(?:{_SP}{_ZH_MONTH}(?:{_SP}{_ZH_DAY})?)?"
ZH_MONTH_DAY = rf"{_ZH_MONTH}(?:{_SP}{_ZH_DAY})?"
_MONTH_NAMES = "|".join(re.escape(m) for m in sorted(lang.MONTHS, key=len, reverse=True))
_EN_DAY = r"(?P<d>\d{1,2})(?![\d:])"
_EN_YEAR = rf"(?P<y>{_YEAR})"
EN_POINTS = (
    rf"{_EN_YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)",  # 2020-10-07
    rf"{_EN_DAY}{_SP}(?P<mname>{_MONTH_NAMES})(?:,?{_SP}{_EN_YEAR})?",  # 7 October 2020
    rf"(?P<mname>{_MONTH_NAMES}){_SP}(?:(?P<d>\d{{1,2}}),?{_SP})?{_EN_YEAR}",  # October 7, 2020 · October 2020
)
EN_DAY_MONTH = rf"{_EN_DAY}{_SP}(?P<mname>{_MONTH_NAMES})"

# Prefilters start with a plain character class so `re` can skip ahead quickly; the
# look-behinds come after the first character for the same reason.
_MONTH_WORDS = "|".join(re.escape(m[1:]) for m in sorted(lang.MONTHS, key=len, reverse=True))
_ZH_PREFILTER = re.compile(rf"\d(?<![\d/.年]\d)(?:\d{{3}}{_SP}年|\d?{_SP}月)")
_EN_PREFILTER = re.compile(
    r"[bf](?<![A-Za-z][bf])(?:etween|rom) (?=\d|[A-Z])"
    rf"|\d(?<![\w./\-]\d)(?:\d?(?={_SP}(?:(?:[–—-]|and |to ){_SP}\d{{1,2}}{_SP})?(?:{_MONTH_NAMES}))"
    r"|(?<=[12])\d\d\d(?![\w/]|[.,]\d|\)/|[ \u00a0]?年))"
    rf"|[JFMASOND](?<![A-Za-z][JFMASOND])(?:{_MONTH_WORDS})(?= \d)"
)
_ZH_CONNECTORS = "|".join(map(re.escape, lang.ZH_RANGE_CONNECTORS))


def _zh_grammar():
    import pyparsing as pp

    full = token(ZH_POINT, "zh date")
    partial = token(ZH_MONTH_DAY, "zh month") | token(_ZH_DAY, "zh day")
    connector = one_of(lang.ZH_RANGE_CONNECTORS, "range connector")
    and_ = one_of(("和", "、"), "and")
    # one parse of the first point, then an optional continuation (factored for speed)
    to_point = SP() + connector + SP() + pp.Group(full | partial)("b")
    to_day = SP() + and_ + SP() + pp.Group(token(_ZH_DAY, "zh day"))("b") + ~(SP() + connector)
    first = pp.Group(full)("a") + pp.Opt(to_point | to_day)
    return finish(first | pp.Group(token(ZH_MONTH_DAY, "zh month"))("a"))


def _en_grammar():
    import pyparsing as pp

    point = pp.MatchFirst([token(p, "en date") for p in EN_POINTS])
    bare_year = token(_EN_YEAR, "year")
    dash = one_of(lang.EN_RANGE_DASHES, "dash")
    to = SP() + (dash | token(r"(?:to|and)(?= )", "to")) + SP()
    between = token(r"between(?= )", "between") + SP() + pp.Group(point | bare_year)("a") + SP() + token("and", "and") + SP() + pp.Group(point | bare_year)("b")
    day_range = pp.Group(token(EN_DAY_MONTH, "day month") | token(_EN_DAY, "day"))("a") + to + pp.Group(point)("b")
    year_to = (SP() + token("to(?= )", "to") + SP() | dash) + pp.Group(bare_year)("b")
    years = pp.Opt(token(r"from(?= )", "from") + SP()) + pp.Group(bare_year)("a") + pp.Opt(year_to)
    return finish(between | day_range | pp.Group(point)("a") | years)


@cache
def _zh_scanner() -> Scanner:
    continuation = re.compile(rf"{_SP}(?:{_ZH_CONNECTORS}){_SP}\d|{_SP}[和、]{_SP}\d{{1,2}}{_SP}[日号]")
    return Scanner(_ZH_PREFILTER, grammar=_zh_grammar, atoms=(ZH_POINT, ZH_MONTH_DAY), continuation=continuation, window=60)


@cache
def _en_scanner() -> Scanner:
    continuation = re.compile(rf"{_SP}(?:[–—‒-]|to |and ){_SP}\d")
    return Scanner(_EN_PREFILTER, grammar=_en_grammar, atoms=(*EN_POINTS, _EN_YEAR), continuation=continuation, window=60)


def _int(tokens, key):
    value = tokens.get(key)
    return int(value) if value is not None else None


def _day(tokens, inherit: Day | None = None) -> Day:
    month = _int(tokens, "m")
    if "mname" in tokens:
        month = lang.MONTHS[tokens["mname"]]
    year, day = _int(tokens, "y"), _int(tokens, "d")
    if inherit is not None:
        if year is None:
            year = inherit.year
            if month is None:
                month = inherit.month
    return Day(year, month, day)


def extract(text: str, packs: tuple = ()) -> list:
    return _extract_zh(text) + _extract_en(text)


def _extract_zh(text: str) -> list:
    facts: list = []
    for start, end, t in _zh_scanner().scan(text):
        a = t["a"]
        if "b" in t:
            b = t["b"]
            first = _day(a)
            last = _day(b, inherit=first)  # 2022 年 1 月 4 日至 28 日: the end inherits year and month
            facts.append(DateRange(start=start, end=end, text=text[start:end], lang="zh", begin=first, finish=last))
            continue
        if a.get("y") is None:
            year = _year_from_context(text, start, facts)
            if year is None:
                continue
            facts.append(Date(start=start, end=end, text=text[start:end], lang="zh", when=Day(year, _int(a, "m"), _int(a, "d")), year_from_context=True))
            continue
        facts.append(Date(start=start, end=end, text=text[start:end], lang="zh", when=_day(a), qualifier=_qualifier(text, start, end)))
    return facts


def _extract_en(text: str) -> list:
    facts: list = []
    for start, end, t in _en_scanner().scan(text):
        a = t["a"]
        if "b" in t:
            b = t["b"]
            last = _day(b)
            first = _day(a)
            if last.year is None:  # "4–28 January" with no year is not a complete date
                continue
            if first.year is None:  # 4–28 January 2022, 23 April–4 May 2018
                first = Day(last.year, first.month or last.month, first.day)
            facts.append(DateRange(start=start, end=end, text=text[start:end], lang="en", begin=first, finish=last))
            continue
        if a.get("y") is None:  # "7 October" alone: not a complete date
            continue
        facts.append(Date(start=start, end=end, text=text[start:end], lang="en", when=_day(a), qualifier=_qualifier(text, start, end)))
    return facts


def _qualifier(text: str, start: int, end: int) -> str | None:
    if word_after(text, end, lang.SINCE_AFTER_ZH) or word_before(text, start, lang.SINCE_BEFORE_EN):
        return "since"
    if word_before(text, start, lang.AS_OF_BEFORE):
        return "as_of"
    return None


# How far back a bare "11 月" looks for the dated fact whose year it takes: a sentence's length.
_CONTEXT_REACH = 400


def _year_from_context(text: str, start: int, earlier: list) -> int | None:
    """A bare "11 月" takes its year from the last dated fact in the same sentence."""
    if not earlier:
        return None
    last = earlier[-1]
    if start - last.end > _CONTEXT_REACH:
        return None
    between = text[last.end : start]
    if any(c in between for c in "。\n；;"):
        return None
    day = last.finish if isinstance(last, DateRange) else last.when
    return day.year
