"""UN document symbols and resolution numbers."""
from __future__ import annotations

import bisect
import functools
import re

from linter.api import Context, Date, DateRange, Related, Rule, Severity, Symbol, corrected, encoded_years, implied_period
from rules.common import line_of

# Security Council resolutions whose adoption year is known (number → year). Numbers run
# monotonically with time, so any other number must fall between its neighbours' years.
SC_RESOLUTION_YEARS = {
    1: 1946, 1019: 1995, 1440: 2002, 1540: 2004, 1673: 2006, 1810: 2008, 1887: 2009, 1970: 2011, 1973: 2011,
    1977: 2011, 1996: 2011, 2046: 2012, 2057: 2012, 2086: 2013, 2109: 2013, 2132: 2013, 2146: 2014,
    2155: 2014, 2187: 2014, 2206: 2015, 2223: 2015, 2231: 2015, 2787: 2025,
}
_ANCHORS = sorted(SC_RESOLUTION_YEARS)
_SC_RESOLUTION = re.compile(r"S/RES/(\d+) \((\d{4})\)")


@functools.cache
def _between_after(words: tuple[str, ...]) -> re.Pattern:
    """What may stand between a symbol and the date after it: brackets, or one of the packs'
    DATE_AFTER_SYMBOL words ("of", "adopted on")."""
    return re.compile(r"[\s()\[\]#（）]*|\s*,?\s*(?:" + ("|".join(words) or "(?!)") + r")\s+")


def date_beside(ctx: Context, symbol: Symbol):
    """The date a citation gives a symbol: "(2017 年)", "of 19 December 2023", "2023 年 12 月 19 日第 78/123 号"."""
    after = ctx.facts.next_after(symbol.end, Date, DateRange, reach=16)
    if after is not None and after.first and _between_after(ctx.words("DATE_AFTER_SYMBOL")).fullmatch(ctx.text[symbol.end : after.start]):
        return after
    before = ctx.facts.last_before(symbol.start, Date, reach=24)
    if (before is not None and before.first and symbol.text.startswith(tuple(ctx.words("SYMBOL_AFTER_DATE")))
            and not ctx.text[before.end : symbol.start].strip()):
        return before
    return None


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
    """The year given beside a symbol contradicts the year or session the symbol encodes.

    What it checks: NPT PrepCom reports (PC.I/II/III of the cycle YYYY met in YYYY−3/−2/−1),
    General Assembly resolutions (session N runs from September 1945+N to September 1946+N),
    IAEA General Conference documents (GC(N) met in 1956+N), OPCW Conference sessions (C-N in
    1995+N), and S/, E/, GOV/ documents whose symbol carries their year.
    Why it matters: a year that contradicts the symbol means one of the two is wrong — usually
    the cited document is not the one meant.
    """

    code = "SYM002"
    name = "symbol-year-mismatch"
    severity = Severity.WARNING
    summary = "The year beside a symbol contradicts the year or session the symbol encodes"
    bad = ("- NPT/CONF.2020/PC.I/9 (2016 年)", "General Assembly resolution 78/123 of 19 December 2022")
    good = ("- NPT/CONF.2020/PC.I/9 (2017 年)", "General Assembly resolution 78/123 of 19 December 2023")

    def check(self, ctx: Context):
        for symbol in ctx.facts.of(Symbol):
            if symbol.series == "S" and "RES" in symbol.components:
                continue  # the year is part of the citation itself: SYM003
            period = implied_period(symbol)
            cited = date_beside(ctx, symbol) if period else None
            if cited is None or period.first <= cited.last and cited.first <= period.last:
                continue
            reason = self.say(ctx, period.reason, **period.values)
            suggestion = self.say(ctx, "fix", year=period.first.year) if period.first.year == period.last.year else None
            message = self.say(ctx, "mismatch", symbol=symbol.text, date=cited.text, reason=reason)
            related = (Related(symbol.start, symbol.end, self.say(ctx, "related", symbol=symbol.canonical)),)
            yield self.finding(cited.start, cited.end, message, suggestion, related)


class ResolutionYearMismatch(Rule):
    """A Security Council resolution cited with a year it was not adopted in.

    What it checks: "1540 (2005)" when the same resolution is cited elsewhere in the document
    with another year, or when a table of well-known resolutions (and the monotonic numbering of
    resolutions between them) says otherwise.
    Why it matters: the number and the year identify the resolution together; a wrong year
    sends the reader to the wrong text or makes the citation look careless.
    """

    code = "SYM003"
    name = "resolution-year-mismatch"
    severity = Severity.ERROR
    summary = "A Security Council resolution cited with the wrong year"
    bad = ("示例国依照安全理事会第 1540(2005)号决议更新了管制清单。", "under Security Council resolution 1540 (2005)")
    good = ("示例国依照安全理事会第 1540(2004)号决议更新了管制清单。", "under Security Council resolution 1540 (2004)")

    def check(self, ctx: Context):
        first_seen: dict[int, tuple[int, Symbol]] = {}
        for symbol in ctx.facts.of(Symbol):
            m = _SC_RESOLUTION.fullmatch(symbol.canonical)
            if not m:
                continue
            number, year = int(m.group(1)), int(m.group(2))
            seen = first_seen.setdefault(number, (year, symbol))
            if seen[0] != year:
                values = {"number": number, "year": year, "other": seen[0]}
                message = self.say(ctx, "inconsistent", **values, line=line_of(ctx, seen[1].start))
                related = (Related(seen[1].start, seen[1].end, self.say(ctx, "cited", **values)),)
                yield self.finding(symbol.start, symbol.end, message, self.say(ctx, "consistent", **values), related)
                continue
            low, high = _year_bounds(number)
            if not low <= year <= high:
                message = self.say(ctx, "adopted" if low == high else "between", number=number, low=low, high=high, year=year)
                suggestion = self.say(ctx, "fix", number=number, low=low) if low == high else None
                yield self.finding(symbol.start, symbol.end, message, suggestion)


def _year_bounds(number: int) -> tuple[int, int]:
    if number in SC_RESOLUTION_YEARS:
        year = SC_RESOLUTION_YEARS[number]
        return year, year
    i = bisect.bisect_left(_ANCHORS, number)
    low = SC_RESOLUTION_YEARS[_ANCHORS[i - 1]] if i > 0 else 1946
    high = SC_RESOLUTION_YEARS[_ANCHORS[i]] if i < len(_ANCHORS) else 9999
    return low, high


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
