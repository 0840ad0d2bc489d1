"""UN document symbols and resolution numbers."""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from linter.api import Context, Date, DateRange, Related, Rule, Severity, Symbol, corrected, encoded_years, implied_period
from rules.common import day, flat, line_of

# A Security Council resolution: its number, and the year its citation gives in brackets.
_SC_RESOLUTION = re.compile(r"S/RES/(\d+)(?: \((\d{4})\))?")
_NEIGHBOUR_REACH = 400  # characters between two citations of one list


@functools.cache
def _between_after(words: tuple[str, ...]) -> re.Pattern:
    """What may stand between a symbol and the date after it: brackets ("(2017 年)", a line break
    before them), or one of the packs' DATE_AFTER_SYMBOL words ("of", "adopted on") with a line
    break where PDF text wraps. A bare line break is not: "E/RES/2023/32⏎25 August 2023" is a
    masthead giving the day the resolution was issued, weeks after its adoption."""
    return re.compile(r"[ \t\u00a0()\[\]#（）]*|\s*[()\[\]#（）][\s()\[\]#（）]*|\s*,?\s*(?:" + ("|".join(words) or "(?!)") + r")\s+")


@functools.cache
def _between_before(words: tuple[str, ...]) -> re.Pattern:
    """What may stand between a date and the symbol after it: nothing, or one of the packs'
    DATE_BEFORE_SYMBOL words (2022年7月22日的第2022/19号决议)."""
    return re.compile(r"\s*(?:(?:" + ("|".join(words) or "(?!)") + r")\s*)?")


def date_beside(ctx: Context, symbol: Symbol):
    """The date a citation gives a symbol: "(2017 年)", "of 19 December 2023" (the year may be on
    the next line), "2023 年 12 月 19 日第 78/123 号". A date whose year was not written there (taken
    from the context: "of 12 November" with the year lost to a page break) gives none."""
    after = ctx.facts.next_after(symbol.end, Date, DateRange, reach=16)
    if (after is not None and _given(after)
            and _between_after(ctx.words("DATE_AFTER_SYMBOL")).fullmatch(ctx.text[symbol.end : after.start])):
        return after
    before = ctx.facts.last_before(symbol.start, Date, reach=24)
    if (before is not None and _given(before) and symbol.text.startswith(tuple(ctx.words("SYMBOL_AFTER_DATE")))
            and _between_before(tuple(ctx.words("DATE_BEFORE_SYMBOL", family="symbols"))).fullmatch(ctx.text[before.end : symbol.start])):
        return before
    return None


def _given(date) -> bool:
    return date.first is not None and not getattr(date, "year_from_context", False)


def _fits(period, date) -> bool:
    return period.first <= date.last and date.first <= period.last


def _single_year(period) -> int | None:
    return period.first.year if period.first.year == period.last.year else None


def _moved(date, year: int) -> tuple[dt.date, dt.date] | None:
    """The date's first and last day in another year (29 February in a common year: the 28th)."""
    try:
        first = date.first.replace(year=year)
    except ValueError:
        first = date.first.replace(year=year, day=28)
    last_day = min(date.last.day, calendar.monthrange(year, date.last.month)[1])
    last = date.last.replace(year=year + date.last.year - date.first.year, day=last_day)
    return first, last


def _year_that_fits(period, date) -> int | None:
    """The one year in which the cited day falls within the period ("7 December 2017" for
    session 75, September 2020 to September 2021: 2020); None when none or several do."""
    if period.last == dt.date.max:
        return None
    fitting = []
    for year in range(period.first.year, period.last.year + 1):
        first, last = _moved(date, year)
        if period.first <= first and last <= period.last:
            fitting.append(year)
    return fitting[0] if len(fitting) == 1 else None


class MalformedSymbol(Rule):
    """A document symbol of a known series written against its grammar.

    What it checks: the dot in CONF.2010, Roman PrepCom numbers (PC.I, not PC.1), the UN spelling
    of suffixes (Add.1, Corr.1, Rev.1, Amend.1), year components in the future, General Assembly
    sessions that have not opened ("the future" is after next year, counted from the configured
    `today`, else the day of the run).
    Why it matters: a malformed symbol cannot be looked up, and often hides a wrong document.
    """

    code = "SYM001"
    name = "malformed-symbol"
    severity = Severity.WARNING
    summary = "A document symbol that breaks its series' grammar"
    bad = ("示例国向筹备委员会提交了工作文件 NPT/CONF2010/PC.1/WP.78。", "See document A/57/124/ADD.1.")
    good = ("示例国向筹备委员会提交了工作文件 NPT/CONF.2010/PC.I/WP.78。", "See document A/57/124/Add.1.")

    def check(self, ctx: Context):
        for symbol in ctx.facts.of(Symbol):
            found = symbol.problems + _future(ctx, symbol)
            if found:
                fixed = corrected(symbol.components)
                problems = ctx.join([self.say(ctx, kind, part=part, fixed=right) for kind, part, right in found], "problems")
                message = self.say(ctx, "malformed", symbol=symbol.text, series=symbol.series, problems=problems)
                suggestion = self.say(ctx, "fix", fixed=fixed) if fixed != "/".join(symbol.components) else None
                yield self.finding(symbol.start, symbol.end, message, suggestion)


def _future(ctx: Context, symbol: Symbol) -> tuple[tuple[str, str, str], ...]:
    """The parts of a symbol that stand for a year after next year (next year's meetings have
    their documents already); none when the context knows no date."""
    if ctx.today is None:
        return ()
    return tuple((kind, part, "") for kind, part, year in encoded_years(symbol.components) if year > ctx.today.year + 1)


class SymbolYearMismatch(Rule):
    """The date given beside a symbol contradicts the year or session the symbol encodes.

    What it checks: a resolution or decision cited with its adoption date — after it ("resolution
    75/71 of 7 December 2020", the year may wrap to the next line) or, in Chinese, before it
    ("2016年7月25日第2021/3号决议") — and documents cited with a year ("(2017 年)"), against:
    General Assembly sessions (session N runs from September 1945+N to September 1946+N with
    its resumed parts; Roman sessions before 1976: 181 (II) is of 1947–1948; special sessions S-n
    and emergency special sessions ES-n in the years they met, the tenth since 1997), Economic and
    Social Council resolutions and decisions YYYY/N (its YYYY session: since 2015 from late July
    of YYYY−1), Human Rights Council sessions (session n met in 2006 + (n−1) div 3: three a year),
    NPT PrepCom reports (PC.I/II/III of the cycle YYYY met in YYYY−3/−2/−1), IAEA General
    Conference documents (GC(N) met in 1956+N), OPCW Conference sessions (C-N in 1995+N), and S/,
    E/, GOV/ documents whose symbol carries their year. The message says which of the two is the
    likelier error when the text tells: the same resolution dated otherwise elsewhere, a date
    after the document's own, or a list in order of adoption that one of them breaks.
    Why it matters: a year that contradicts the symbol means one of the two is wrong — usually
    the cited document is not the one meant.
    """

    code = "SYM002"
    name = "symbol-year-mismatch"
    severity = Severity.WARNING
    summary = "The year beside a symbol contradicts the year or session the symbol encodes"
    bad = ("- NPT/CONF.2020/PC.I/9 (2016 年)", "General Assembly resolution 78/123 of 19 December 2022",
           "回顾其2021年7月22日第2022/19号决议，")
    good = ("- NPT/CONF.2020/PC.I/9 (2017 年)", "General Assembly resolution 78/123 of 19 December 2023",
            "回顾其2022年7月22日第2022/19号决议，")

    def check(self, ctx: Context):
        cited = []  # (symbol, period, date beside it or None) in text order
        for symbol in ctx.facts.of(Symbol):
            if symbol.series == "S" and "RES" in symbol.components:
                continue  # the year is part of the citation itself: SYM003
            period = implied_period(symbol)
            if period is not None:
                cited.append((symbol, period, date_beside(ctx, symbol)))
        fitting: dict[str, list] = {}  # canonical symbol → its citations whose date fits
        for symbol, period, date in cited:
            if date is not None and _fits(period, date):
                fitting.setdefault(symbol.canonical, []).append(date)
        for i, (symbol, period, date) in enumerate(cited):
            if date is None or _fits(period, date):
                continue
            reason = self.say(ctx, period.says or period.reason, **period.values)
            why, blamed = _why(self, ctx, cited, i, fitting.get(symbol.canonical, ()))
            if why is None:
                message = self.say(ctx, "mismatch", symbol=flat(symbol.text), date=flat(date.text), reason=reason)
            else:
                message = self.say(ctx, "mismatch-why", symbol=flat(symbol.text), date=flat(date.text), reason=reason, why=why)
            if blamed == "symbol":
                suggestion = self.say(ctx, "check-symbol", date=flat(date.text))
                related = (Related(date.start, date.end, self.say(ctx, "related-date", date=flat(date.text))),)
                yield self.finding(symbol.start, symbol.end, message, suggestion, related)
                continue
            year = _single_year(period) if date.first.year == date.last.year and _is_year(date) else _year_that_fits(period, date)
            suggestion = self.say(ctx, "fix", year=year) if year is not None else None
            related = (Related(symbol.start, symbol.end, self.say(ctx, "related", symbol=symbol.canonical)),)
            yield self.finding(date.start, date.end, message, suggestion, related)


def _is_year(date) -> bool:
    return isinstance(date, Date) and date.when.granularity == "year"


def _why(rule: Rule, ctx: Context, cited: list, i: int, fitting) -> tuple[str | None, str | None]:
    """Which of the symbol and its date is the likelier error, and the reason the text gives:
    ("…", "date") or ("…", "symbol"); (None, None) when the text says nothing either way."""
    symbol, period, date = cited[i]
    if fitting:
        other = fitting[0]
        return rule.say(ctx, "date-elsewhere", other=flat(other.text), line=line_of(ctx, other.start)), "date"
    issued = ctx.issue_date
    if issued is not None and date.first > issued and not ctx.structure.in_header(date.start):
        return rule.say(ctx, "date-after-issue", issued=day(rule, ctx, issued)), "date"
    before = _neighbour(ctx, cited, i, -1)
    after = _neighbour(ctx, cited, i, +1)
    if before is None or after is None or before[2].first > after[2].first:
        return None, None
    symbol_in_order = before[1].first <= period.first <= after[1].first
    date_in_order = before[2].first <= date.first and date.last <= after[2].last
    if symbol_in_order and not date_in_order:
        return rule.say(ctx, "date-breaks-list", before=flat(before[2].text), after=flat(after[2].text)), "date"
    if date_in_order and not symbol_in_order:
        return rule.say(ctx, "symbol-breaks-list", before=flat(before[0].text), after=flat(after[0].text)), "symbol"
    return None, None


def _neighbour(ctx: Context, cited: list, i: int, step: int):
    """The citation of the same series next to citation i in its list (no paragraph break
    between, a few lines at most), dated and fitting its date; None when there is none."""
    symbol = cited[i][0]
    j = i + step
    if not 0 <= j < len(cited):
        return None
    other, period, date = cited[j]
    a, b = (other.end, symbol.start) if step < 0 else (symbol.end, other.start)
    if other.series != symbol.series or b - a > _NEIGHBOUR_REACH or "\n\n" in ctx.text[a:b]:
        return None
    return cited[j] if date is not None and _fits(period, date) else None


class ResolutionYearMismatch(Rule):
    """A Security Council resolution cited with a year it was not adopted in.

    What it checks: the year in brackets ("1540 (2005)") and the date beside the citation
    ("1860 (2009) of 8 January 2009", "2008年12月16日第1850(2008)号") against the year the
    resolution was adopted: resolutions are numbered consecutively since 1946, and a table of the
    first resolution of each year (`linter/lang/und/resolution_years.py`, with its sources) places
    every number in its year; past the table's last year, the number was adopted in that year or
    later. The message says which part is the likelier error: the year in brackets when the date
    beside it agrees with the table, the date when the year in brackets does, the number when
    both agree with each other; and when the same resolution is cited elsewhere with its year.
    Why it matters: the number and the year identify the resolution together; a wrong year
    sends the reader to the wrong text or makes the citation look careless.
    """

    code = "SYM003"
    name = "resolution-year-mismatch"
    severity = Severity.ERROR
    summary = "A Security Council resolution cited with the wrong year"
    bad = ("示例国依照安全理事会第 1540(2005)号决议更新了管制清单。", "under Security Council resolution 1540 (2005)",
           "Security Council resolution 1860 (2009) of 8 January 2010")
    good = ("示例国依照安全理事会第 1540(2004)号决议更新了管制清单。", "under Security Council resolution 1540 (2004)",
            "Security Council resolution 1860 (2009) of 8 January 2009")

    def check(self, ctx: Context):
        cited = []  # (symbol, number, year in brackets or None, period, date beside)
        for symbol in ctx.facts.of(Symbol):
            m = _SC_RESOLUTION.fullmatch(symbol.canonical)
            period = implied_period(symbol) if m else None
            if period is None:
                continue
            year = int(m.group(2)) if m.group(2) else None
            cited.append((symbol, int(m.group(1)), year, period, date_beside(ctx, symbol)))
        first_seen: dict[int, tuple[int, Symbol]] = {}
        for symbol, number, year, period, date in cited:
            if year is not None and not period.first.year <= year <= period.last.year:
                yield self._wrong_year(ctx, cited, symbol, number, year, period, date)
                continue
            if date is not None and not _fits(period, date):
                yield self._wrong_date(ctx, symbol, number, year, period, date)
                continue
            if year is None:
                continue
            seen = first_seen.setdefault(number, (year, symbol))
            if seen[0] != year:  # past the table, where only the order of citations tells
                values = {"number": number, "year": year, "other": seen[0]}
                message = self.say(ctx, "inconsistent", **values, line=line_of(ctx, seen[1].start))
                related = (Related(seen[1].start, seen[1].end, self.say(ctx, "cited", **values)),)
                yield self.finding(symbol.start, symbol.end, message, self.say(ctx, "consistent", **values), related)

    def _wrong_year(self, ctx, cited, symbol, number, year, period, date):
        low, open_ended = period.first.year, period.last == dt.date.max
        right = next((s for s, n, y, _, _ in cited if n == number and y is not None and low <= y <= period.last.year), None)
        if right is not None:  # cited elsewhere with its year
            values = {"number": number, "year": year, "other": low}
            message = self.say(ctx, "inconsistent", **values, line=line_of(ctx, right.start))
            related = (Related(right.start, right.end, self.say(ctx, "cited", **values)),)
            return self.finding(symbol.start, symbol.end, message, self.say(ctx, "consistent", **values), related)
        adopted = self.say(ctx, "since" if open_ended else "adopted", number=number, low=low, year=year)
        suggestion = None if open_ended else self.say(ctx, "fix", number=number, low=low)
        related = ()
        if date is not None and _fits(period, date):
            adopted = adopted + ctx.separator("problems") + self.say(ctx, "date-agrees", date=flat(date.text))
            related = (Related(date.start, date.end, self.say(ctx, "related-date", date=flat(date.text))),)
        elif date is not None and date.first.year == date.last.year == year:
            adopted = adopted + ctx.separator("problems") + self.say(ctx, "number-suspect", date=flat(date.text), year=year)
            suggestion = self.say(ctx, "check-number", year=year)
            related = (Related(date.start, date.end, self.say(ctx, "related-date", date=flat(date.text))),)
        return self.finding(symbol.start, symbol.end, adopted, suggestion, related)

    def _wrong_date(self, ctx, symbol, number, year, period, date):
        low, open_ended = period.first.year, period.last == dt.date.max
        message = self.say(ctx, "dated-since" if open_ended else "dated", number=number, low=low, date=flat(date.text))
        if year is not None:
            message = message + ctx.separator("problems") + self.say(ctx, "year-agrees", year=year)
        fixed = None if open_ended else low if _is_year(date) else _year_that_fits(period, date)
        suggestion = self.say(ctx, "fix-year", year=fixed) if fixed is not None else None
        related = (Related(symbol.start, symbol.end, self.say(ctx, "related", symbol=symbol.canonical)),)
        return self.finding(date.start, date.end, message, suggestion, related)


class OwnReportSeries(Rule):
    """The document's earlier reports belong to another review cycle than its title, unexplained.

    What it checks: NPT reports the document lists as the State's own (symbols in an item that
    speaks of reports) whose cycle (NPT/CONF.YYYY) differs from the conference named in the
    masthead: a later cycle is always wrong; an earlier one needs a year beside it.
    Why it matters: listing a report under the wrong cycle is how a copy-pasted list from a
    previous report betrays itself.
    """

    code = "SYM004"
    name = "own-report-series"
    severity = Severity.WARNING
    summary = "A listed own report belongs to another review cycle than the document's title"
    bad = (
        "不扩散核武器条约缔约国 2020 年审议大会\nDistr.: General\n7 October 2020\n\n- 20 示例国提交了下列国家报告：\n- NPT/CONF.2015/PC.III/4\n- NPT/CONF.2025/PC.I/9 (2017 年)",
        "2020 Review Conference of the Parties to the Treaty\nDistr.: General\n7 October 2020\n\nExampleland submitted the national reports NPT/CONF.2015/PC.III/4 and NPT/CONF.2020/PC.I/9 (2017).",
    )
    good = (
        "不扩散核武器条约缔约国 2020 年审议大会\nDistr.: General\n7 October 2020\n\n- 20 示例国提交了下列国家报告：\n- NPT/CONF.2015/PC.III/4 (2014 年)\n- NPT/CONF.2020/PC.I/9 (2017 年)",
        "2020 Review Conference of the Parties to the Treaty\nDistr.: General\n7 October 2020\n\nExampleland submitted the national reports NPT/CONF.2015/PC.III/4 (2014) and NPT/CONF.2020/PC.I/9 (2017).",
    )

    def check(self, ctx: Context):
        cycle = _document_cycle(ctx)
        if cycle is None:
            return
        about_reports: dict[tuple[int, int], bool] = {}  # scope → does it speak of reports
        for symbol in ctx.facts.of(Symbol):
            m = re.fullmatch(r"CONF\.(\d{4})", symbol.components[1]) if symbol.series == "NPT" and len(symbol.components) > 2 else None
            if not m or not symbol.components[-1].isdigit() or int(m.group(1)) == cycle or not _about_reports(ctx, symbol, about_reports):
                continue
            own = int(m.group(1))
            if own > cycle:
                key = "later"
            elif date_beside(ctx, symbol) is None:
                key = "earlier"
            else:
                continue
            message = self.say(ctx, key, symbol=symbol.text, own=own, cycle=cycle)
            yield self.finding(symbol.start, symbol.end, message, self.say(ctx, "fix"))


def _document_cycle(ctx: Context) -> int | None:
    span = ctx.structure.header.conference_title
    if span is None:
        return None
    years = [f.when.year for f in ctx.facts.within(span[0], span[1] + 1, Date) if f.when.granularity == "year"]
    return years[0] if years else None


def _about_reports(ctx: Context, symbol: Symbol, known: dict[tuple[int, int], bool]) -> bool:
    """Does the symbol's scope speak of reports? Read once per scope: a flattened list puts
    thousands of symbols on one line."""
    scope = ctx.scope_of(symbol.start)
    if scope not in known:
        text = ctx.text[scope[0] : scope[1]].lower()
        known[scope] = any(word in text for word in ctx.words("REPORT_WORDS"))
    return known[scope]


RULES = (MalformedSymbol, SymbolYearMismatch, ResolutionYearMismatch, OwnReportSeries)
