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

import pyparsing as pp

from linter.extract import lang
from linter.extract.context import word_after, word_before
from linter.extract.grammar import SP, Scanner, finish, one_of, token
from linter.facts import Date, DateRange, Day

_YEAR = r"(?:1[89]|20)\d\d(?!\d)"


_SP = "[ \u00a0\u202f\u2009]?"


# Prefilters start with a plain character class so `re` can skip ahead quickly; the
# look-behinds come after the first character for the same reason.
_MONTH_WORDS = "|".join(re.escape(m[1:]) for m in sorted(lang.MONTHS, key=len, reverse=True))
_ZH_PREFILTER = re.compile(r"\d(?<![\d/.年]\d)\d{0,3}[ \u00a0]?[年月]")
_EN_PREFILTER = re.compile(
    r"[bf](?<![A-Za-z][bf])(?:etween|rom) (?=\d|[A-Z])"
    r"|\d(?<![\w./\-]\d)(?:\d?(?=[ \u00a0]?(?:[–—-]|and |to )?[ \u00a0]?\d{0,2}[ \u00a0]?[A-Z][a-z])"
    r"|(?<=[12])\d\d\d(?![\w/]|[.,]\d|\)/|[ \u00a0]?年))"
    rf"|[JFMASOND](?<![A-Za-z][JFMASOND])(?:{_MONTH_WORDS})(?= \d)"
)


@cache
def _zh_scanner() -> Scanner:
    # Points are atomic regex tokens with named groups: a date point is one token to pyparsing,
    # which keeps the per-candidate cost low; ranges and pairs are composed in pyparsing.
    year = rf"(?P<y>{_YEAR}){_SP}年"
    month = rf"(?P<m>\d{{1,2}}){_SP}月"
    day = rf"(?P<d>\d{{1,2}}){_SP}[日号]"
    full = token(rf"{year}(?:{_SP}{month}(?:{_SP}{day})?)?", "zh date")
    partial = token(rf"{month}(?:{_SP}{day})?", "zh month") | token(day, "zh day")
    day_only = token(day, "zh day")
    connector = one_of(lang.ZH_RANGE_CONNECTORS, "range connector")
    and_ = one_of(("和", "、"), "and")
    # one parse of the first point, then an optional continuation (factored for speed)
    to_point = SP() + connector + SP() + pp.Group(full | partial)("b")
    to_day = SP() + and_ + SP() + pp.Group(day_only)("b") + ~(SP() + connector)
    first = pp.Group(full)("a") + pp.Opt(to_point | to_day)
    month_only = pp.Group(token(rf"{month}(?:{_SP}{day})?", "zh month"))("a")
    grammar = finish(first | month_only)
    connectors = "|".join(map(re.escape, lang.ZH_RANGE_CONNECTORS))
    continuation = re.compile(rf"{_SP}(?:{connectors}){_SP}\d|{_SP}[和、]{_SP}\d{{1,2}}{_SP}[日号]")
    return Scanner(grammar, _ZH_PREFILTER, window=60, atoms=(full,), continuation=continuation, complete=_has_year)


@cache
def _en_scanner() -> Scanner:
    months = "|".join(re.escape(m) for m in sorted(lang.MONTHS, key=len, reverse=True))
    day = r"(?P<d>\d{1,2})(?![\d:])"
    year = rf"(?P<y>{_YEAR})"
    points = (
        token(rf"{year}-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)", "iso date"),
        token(rf"{day}{_SP}(?P<mname>{months})(?:,?{_SP}{year})?", "day month year"),
        token(rf"(?P<mname>{months}){_SP}(?:(?P<d>\d{{1,2}}),?{_SP})?{year}", "month day year"),
    )
    point = pp.MatchFirst(points)
    day_month = token(rf"{day}{_SP}(?P<mname>{months})", "day month")
    day_only = token(day, "day")
    bare_year = token(year, "year")
    dash = one_of(lang.EN_RANGE_DASHES, "dash")
    to = SP() + (dash | token(r"(?:to|and)(?= )", "to")) + SP()
    between = token(r"between(?= )", "between") + SP() + pp.Group(point | bare_year)("a") + SP() + token("and", "and") + SP() + pp.Group(point | bare_year)("b")
    day_range = pp.Group(day_month | day_only)("a") + to + pp.Group(point)("b")
    year_to = (SP() + token("to(?= )", "to") + SP() | dash) + pp.Group(bare_year)("b")
    years = pp.Opt(token(r"from(?= )", "from") + SP()) + pp.Group(bare_year)("a") + pp.Opt(year_to)
    grammar = finish(between | day_range | pp.Group(point)("a") | years)
    continuation = re.compile(rf"{_SP}(?:[–—‒-]|to |and ){_SP}\d")
    atoms = (*points, bare_year)
    return Scanner(grammar, _EN_PREFILTER, window=60, atoms=atoms, continuation=continuation, complete=_has_year)


def _has_year(groups: dict) -> bool:
    return "y" in groups


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


def extract(text: str) -> list:
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


def _year_from_context(text: str, start: int, earlier: list) -> int | None:
    """A bare "11 月" takes its year from the last dated fact in the same sentence."""
    if not earlier:
        return None
    last = earlier[-1]
    between = text[last.end : start]
    if any(c in between for c in "。\n；;"):
        return None
    day = last.finish if isinstance(last, DateRange) else last.when
    return day.year
