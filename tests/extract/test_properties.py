"""Property tests for every fact grammar: format a random value the way reports write it,
embed it in text, extract it back, and get the same value and the exact span."""
from __future__ import annotations

import calendar
import datetime as dt
import re
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter.engine import lint_text
from linter.extract import extract_facts
from linter.registry import all_rules

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MONTHS = list(calendar.month_name)[1:]
ZH_CURRENCY = {"美元": "USD", "欧元": "EUR", "日元": "JPY", "瑞士法郎": "CHF"}
ZH_SCALE = {"": 1, "万": 10**4, "亿": 10**8, "万亿": 10**12}
EN_SCALE = {"": 1, " million": 10**6, " billion": 10**9}
EN_PREFIX = {"USD ": "USD", "US$ ": "USD", "$": "USD", "EUR ": "EUR", "€": "EUR", "JPY ": "JPY", "CHF ": "CHF"}
CN_DIGITS = "零一二三四五六七八九"


def group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def cn_numeral(n: int) -> str:
    """1..99 in Chinese numerals (17 → 十七, 23 → 二十三)."""
    tens, ones = divmod(n, 10)
    return ("" if tens == 0 else ("十" if tens == 1 else CN_DIGITS[tens] + "十")) + (CN_DIGITS[ones] if ones else "")


def only(text: str, kind: str | tuple):
    kinds = (kind,) if isinstance(kind, str) else kind
    facts = [f for f in extract_facts(text) if f.kind in kinds]
    assert len(facts) == 1, [(f.kind, f.text) for f in facts]
    return facts[0]


def check_span(text: str, fact, surface: str, offset: int):
    assert (fact.start, fact.end) == (offset, offset + len(surface))
    assert text[fact.start : fact.end] == fact.text == surface


@SETTINGS
@given(st.integers(1, 999_999), st.sampled_from([" ", ",", ""]), st.sampled_from(list(ZH_SCALE)), st.sampled_from(list(ZH_CURRENCY)), st.booleans())
def test_zh_money(n, sep, scale, currency, spaced):
    space = " " if spaced else ""
    surface = f"{group(n, sep)}{space}{scale}{currency}" if scale else f"{group(n, sep)}{space}{currency}"
    text = f"日本向筹备委员会提供了{space}{surface}的自愿捐款。"
    fact = only(text, "money")
    check_span(text, fact, surface, text.index(surface))
    assert fact.amount == n * ZH_SCALE[scale] and fact.currency == ZH_CURRENCY[currency]


@SETTINGS
@given(st.integers(1, 999_999), st.sampled_from(list(EN_PREFIX)), st.sampled_from(list(EN_SCALE)), st.integers(0, 9))
def test_en_money_prefixed(n, prefix, scale, tenths):
    figure = f"{n}.{tenths}" if scale and tenths else f"{n:,}"
    surface = f"{prefix}{figure}{scale}"
    text = f"Japan pledged {surface} to the Fund in 2019."
    fact = only(text, "money")
    check_span(text, fact, surface, text.index(surface))
    assert fact.amount == Decimal(figure.replace(",", "")) * EN_SCALE[scale] and fact.currency == EN_PREFIX[prefix]


@SETTINGS
@given(st.integers(1, 999_999), st.sampled_from(["US dollars", "United States dollars", "euros", "Swiss francs"]))
def test_en_money_suffixed(n, word):
    surface = f"{n:,} {word}"
    text = f"The programme received {surface} last year."
    fact = only(text, "money")
    check_span(text, fact, surface, text.index(surface))
    assert fact.amount == n


dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31))


def zh_date(d: dt.date, granularity: str, spaced: bool) -> str:
    s = " " if spaced else ""
    out = f"{d.year}{s}年"
    if granularity in ("month", "day"):
        out += f"{s}{d.month}{s}月"
    if granularity == "day":
        out += f"{s}{d.day}{s}日"
    return out


def period(d: dt.date, granularity: str) -> tuple[dt.date, dt.date]:
    if granularity == "year":
        return dt.date(d.year, 1, 1), dt.date(d.year, 12, 31)
    if granularity == "month":
        return d.replace(day=1), d.replace(day=calendar.monthrange(d.year, d.month)[1])
    return d, d


@SETTINGS
@given(dates, st.sampled_from(["year", "month", "day"]), st.booleans())
def test_zh_dates(d, granularity, spaced):
    surface = zh_date(d, granularity, spaced)
    text = f"日本于 {surface}举行了会议。"
    fact = only(text, "date")
    check_span(text, fact, surface, text.index(surface))
    assert (fact.first, fact.last) == period(d, granularity)


@SETTINGS
@given(dates, dates, st.sampled_from(["year", "month", "day"]), st.booleans())
def test_zh_ranges(a, b, granularity, spaced):
    a, b = min(a, b), max(a, b)
    surface = f"{zh_date(a, granularity, spaced)}至{zh_date(b, granularity, spaced)}"
    text = f"{surface}期间举行了会议。"
    fact = only(text, "daterange")
    check_span(text, fact, surface, 0)
    assert (fact.first, fact.last) == (period(a, granularity)[0], period(b, granularity)[1])


@SETTINGS
@given(dates, st.sampled_from(["dmy", "mdy", "my"]), st.lists(st.booleans(), min_size=2, max_size=2))
def test_en_dates(d, style, wraps):
    """Every written form, with a line break where PDF text may wrap between its tokens."""
    month = MONTHS[d.month - 1]
    a, b = ("\n" if wrap else " " for wrap in wraps)
    surface = {"dmy": f"{d.day}{a}{month}{b}{d.year}", "mdy": f"{month}{a}{d.day},{b}{d.year}", "my": f"{month}{a}{d.year}"}[style]
    text = f"The Conference met on {surface} in Vienna."
    fact = only(text, "date")
    check_span(text, fact, surface, text.index(surface))
    assert (fact.first, fact.last) == period(d, "month" if style == "my" else "day")


@SETTINGS
@given(dates, st.integers(0, 27), st.sampled_from(["–", " to ", " and "]))
def test_en_day_ranges(d, extra, joiner):
    start = d.replace(day=min(d.day, 28 - extra) or 1)
    end = start + dt.timedelta(days=extra)
    surface = f"{start.day}{joiner}{end.day} {MONTHS[start.month - 1]} {start.year}"
    text = f"New York, {surface}."
    fact = only(text, ("date", "daterange"))
    check_span(text, fact, surface, text.index(surface))
    assert (fact.first, fact.last) == (start, end)


@SETTINGS
@given(st.integers(1950, 2030), st.integers(1, 12), st.sampled_from(["{a}_–_{b}", "{a}_−_{b}", "{a} - {b}", "from {a} to {b}", "between {a} and {b}"]),
       st.lists(st.booleans(), min_size=4, max_size=4))
def test_en_year_ranges_wrapped(a, length, form, wraps):
    """A range of years in every form, with a line break where PDF text may wrap between its
    tokens (`_` is no space, ` ` a space, either may be a line break)."""
    b = a + length
    pieces = re.split(r"([_ ])", form.format(a=a, b=b))
    gaps = iter(wraps)
    surface = "".join("\n" if p in "_ " and p and next(gaps) else {"_": ""}.get(p, p) for p in pieces)
    text = f"The plan for the {surface} period."
    fact = only(text, "daterange")
    span = surface[surface.index(str(a)):]  # the range, without its "from" or "between"
    check_span(text, fact, span, text.index(span))
    assert (fact.first, fact.last) == (dt.date(a, 1, 1), dt.date(b, 12, 31))


ROMAN = ["I", "II", "III"]
symbols = st.one_of(
    st.builds(lambda y, r, n: f"NPT/CONF.{y}/PC.{r}/{n}", st.sampled_from(range(1995, 2031, 5)), st.sampled_from(ROMAN), st.integers(1, 60)),
    st.builds(lambda s, n: f"A/{s}/{n}", st.integers(31, 80), st.integers(1, 999)),
    st.builds(lambda s, n: f"A/RES/{s}/{n}", st.integers(31, 80), st.integers(1, 350)),
    st.builds(lambda n: f"CD/{n}", st.integers(1, 2200)),
    st.builds(lambda s, n: f"GC({s})/RES/{n}", st.integers(1, 69), st.integers(1, 20)),
    st.builds(lambda n, r: f"INFCIRC/{n}/Rev.{r}", st.integers(1, 999), st.integers(1, 9)),
    st.builds(lambda c, n: f"CEDAW/C/{c}/{n}", st.sampled_from(["JPN", "CHN", "FRA", "URY"]), st.integers(1, 10)),
    st.builds(lambda y, n: f"GOV/{y}/{n}", st.integers(1990, 2025), st.integers(1, 80)),
)


@SETTINGS
@given(symbols, st.sampled_from(["见 {}。", "(see {})", "文件 {} 号", "{}."]))
def test_symbols(symbol, frame):
    text = frame.format(symbol)
    fact = only(text, "symbol")
    check_span(text, fact, symbol, text.index(symbol))
    assert fact.canonical == symbol


cited = st.tuples(st.integers(1, 80), st.integers(1, 999), st.sampled_from(["", " A", " B", " XX"]), st.booleans())


@SETTINGS
@given(st.lists(cited, min_size=1, max_size=6), st.sampled_from(["", "Human Rights Council ", "Economic and Social Council "]), st.booleans(),
       st.integers(1946, 2030))
def test_resolutions_cited_by_number(items, body, plural, year):
    """'resolution 78/123' alone, or a list after 'resolutions' with dates between the items: each
    is the symbol of the body named before it (the General Assembly when none is); the Economic
    and Social Council numbers its resolutions by year (2019/12)."""
    ecosoc = body.startswith("Economic")
    rendered = [f"{year if ecosoc else session}/{number}{letter}" for session, number, letter, _ in items]
    if not plural:
        rendered, items = rendered[:1], items[:1]
    dated = [f"{r} of 3 December 2019" if with_date else r for r, (*_, with_date) in zip(rendered, items)]
    listed = ", ".join(dated[:-1]) + (" and " if len(dated) > 1 else "") + dated[-1]
    word = "resolutions " if plural else "resolution "
    text = f"Recalling {body}{word}{listed}, and noting"
    facts = [f for f in extract_facts(text) if f.kind == "symbol"]
    root = {"": "A", "Human Rights Council ": "A/HRC"}.get(body, "E")
    assert [f.canonical for f in facts] == [f"{root}/RES/{r}" for r in rendered]
    offset = text.index(word) + (len(word) if plural else 0)
    for fact, r in zip(facts, rendered):
        surface = r if plural else word + r
        check_span(text, fact, surface, text.index(surface, offset))
        offset = fact.end


@SETTINGS
@given(st.integers(1, 2800), st.integers(1946, 2030), st.booleans())
def test_security_council_resolutions(number, year, chinese):
    surface = f"第 {number}({year})号" if chinese else f"resolution {number} ({year})"
    text = f"安全理事会{surface}决议" if chinese else f"Security Council {surface} calls upon"
    fact = only(text, "symbol")
    check_span(text, fact, surface, text.index(surface))
    assert fact.canonical == f"S/RES/{number} ({year})"


@SETTINGS
@given(st.lists(st.tuples(st.integers(1, 3500), st.sampled_from(["", " A", " B", "A"]), st.integers(1, 30)), min_size=1, max_size=4),
       st.booleans(), st.sampled_from(["General Assembly", "Economic and Social Council"]))
def test_resolutions_with_a_roman_session(items, chinese, body):
    """Before 1976: a running number, a letter and the session in Roman numerals, alone or in a list."""
    def roman(n, table=((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))):
        out = ""
        for value, sym in table:
            out, n = out + sym * (n // value), n % value
        return out
    rendered = [f"{number}{letter} ({roman(session)})" for number, letter, session in items]
    if chinese:
        zh_body = {"General Assembly": "大会", "Economic and Social Council": "经济及社会理事会"}[body]
        surfaces = [f"第{r}号" for r in rendered]
        text = f"回顾{zh_body}" + "、".join(surfaces) + "决议。"
    else:
        surfaces = rendered if len(rendered) > 1 else [f"resolution {rendered[0]}"]
        word = "resolutions " if len(rendered) > 1 else ""
        text = f"Recalling {body} {word}" + ", ".join(surfaces) + ", and noting"
    root = "A" if body == "General Assembly" else "E"
    facts = [f for f in extract_facts(text) if f.kind == "symbol"]
    expected = [f"{root}/RES/{n}{' ' + l.strip() if l.strip() else ''} ({roman(s)})" for n, l, s in items]
    assert [f.canonical for f in facts] == expected
    offset = 0
    for fact, surface in zip(facts, surfaces):
        check_span(text, fact, surface, text.index(surface, offset))
        offset = fact.end


labels = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=10)


@SETTINGS
@given(st.lists(labels, min_size=1, max_size=3), st.sampled_from(["org", "int", "jp", "gov"]), st.lists(labels, max_size=4),
       st.sampled_from(["", "http://", "https://"]), st.sampled_from(["。", ".", "，", ")", " ", ""]))
def test_urls(host_labels, tld, path, scheme, trailing):
    host = "www." + ".".join(host_labels) + "." + tld
    url = scheme + host + ("/" + "/".join(path) if path else "")
    text = f"见以下网页：{url}{trailing}"
    fact = only(text, "url")
    check_span(text, fact, url, text.index(url))
    assert fact.normalized == (host + ("/" + "/".join(path) if path else "")).rstrip("/")
    assert fact.malformed is None


@SETTINGS
@given(st.integers(2, 999), st.sampled_from(["名", "个", "次", "批"]), st.booleans())
def test_zh_counts(n, classifier, chinese_numeral):
    figure = cn_numeral(n) if chinese_numeral and n < 100 else f"{n} "
    surface = f"{figure}{classifier}"
    text = f"共有{' ' if not chinese_numeral or n >= 100 else ''}{surface}专家参加。"
    fact = only(text, "count")
    check_span(text, fact, surface, text.index(surface))
    assert fact.n == n and fact.classifier == classifier


@SETTINGS
@given(st.integers(0, 9999), st.integers(0, 9999), st.sampled_from(["", "before", "after"]), st.sampled_from(["", "人", "户", "套", "人次", "辆"]))
def test_zh_large_counts(yi, wan, more, classifier):
    """6600万人 · 1亿3千多万 · 13亿多 · 2600多万套: figures with 亿 and 万, 多 before or after the
    last scale word, with or without a classifier."""
    if yi == wan == 0:
        wan = 1
    parts = [f"{yi}亿"] * bool(yi) + [f"{wan}万"] * bool(wan)
    last = parts[-1]
    parts[-1] = {"": last, "before": f"{last[:-1]}多{last[-1]}", "after": f"{last}多"}[more]
    surface = "".join(parts) + classifier
    text = f"全年共计{surface}，较上年有所增加。"
    fact = only(text, "count")
    check_span(text, fact, surface, text.index(surface))
    assert fact.n == yi * 10**8 + wan * 10**4
    assert fact.classifier == (classifier or None)
    assert fact.qualifier == ("more_than" if more else None)


@SETTINGS
@given(st.integers(2, 999), st.sampled_from(["experts", "States", "meetings", "fellows"]))
def test_en_counts(n, noun):
    surface = f"{n} {noun}"
    text = f"Japan invited {surface} to Hiroshima."
    fact = only(text, "count")
    check_span(text, fact, surface, text.index(surface))
    assert fact.n == n and fact.noun == noun


@SETTINGS
@given(st.lists(st.integers(2, 99_999), min_size=2, max_size=5), st.sampled_from(["deployments", "States", "children"]),
       st.lists(st.sampled_from(["through the mechanism", "in Asia", "sex unknown", "ratified it"]), min_size=4, max_size=4),
       st.booleans(), st.booleans())
def test_en_counts_whose_noun_the_list_gives(numbers, noun, rests, bracketed, final_and):
    """"198 deployments through X, 70 through Y and 30 in Z": every later figure is a count."""
    text, starts = "They reported (" if bracketed else "They reported ", []
    for i, n in enumerate(numbers):
        if i:
            text += " and " if final_and and i == len(numbers) - 1 else ", "
        starts.append(len(text))
        text += f"{n:,}" + (f" {noun}" if i == 0 else "") + f" {rests[i % 4]}"
    text += ")." if bracketed else "."
    counts = [f for f in extract_facts(text) if f.kind == "count"]
    assert [(c.n, c.start) for c in counts] == list(zip(numbers, starts))
    assert all(text[c.start : c.end] == c.text for c in counts)
    assert counts[0].noun == noun and all(c.noun == "" and c.text == f"{c.n:,}" for c in counts[1:])


EN_NUMBER_WORDS = {"two": 2, "seven": 7, "twelve": 12, "forty-five": 45, "ninety-nine": 99}


@SETTINGS
@given(st.integers(2, 99_999), st.sampled_from(["", *EN_NUMBER_WORDS]), st.sampled_from(["", "new ", "regional "]),
       st.sampled_from(["offices", "cases", "people", "municipalities"]), st.lists(st.booleans(), min_size=2, max_size=2))
def test_en_counts_wrapped(n, word, modifier, noun, wraps):
    """A count as PDF text lays it out: a line break at any token boundary inside it."""
    gaps = ["\n" if wrap else " " for wrap in wraps]
    number = word or f"{n:,}"
    surface = f"{number}{gaps[0]}{modifier.replace(' ', gaps[1])}{noun}"
    text = f"In that year the Office opened {surface} in total."
    fact = only(text, "count")
    check_span(text, fact, surface, text.index(surface))
    assert fact.n == (EN_NUMBER_WORDS[word] if word else n)
    assert fact.noun == f"{modifier}{noun}"


@SETTINGS
@given(st.decimals(min_value=0, max_value=1000, places=1, allow_nan=False), st.sampled_from(["%", " per cent", "％"]))
def test_percentages(value, unit):
    surface = f"{value}{unit}"
    text = f"The rate reached {surface} in 2019."
    fact = only(text, "percentage")
    check_span(text, fact, surface, text.index(surface))
    assert fact.percent == value


@SETTINGS
@given(st.integers(1, 99_999), st.sampled_from([("kg", "kilogram"), ("tonnes", "tonne"), ("MWe", "megawatt"), ("公斤", "kilogram")]))
def test_quantities(n, unit):
    surface = f"{n:,} {unit[0]}"
    text = f"Japan shipped {surface} under safeguards."
    fact = only(text, "quantity")
    check_span(text, fact, surface, text.index(surface))
    assert fact.magnitude == n and fact.unit == unit[1]


RULES = all_rules()
messy = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(list("年月日至万亿美元名个次《》“”。，、：()（）[]#*/\t\r\n 0123456789.$€%-–")),
        st.sampled_from(["😀", "𠀀", "\u200b", "\x00", "\x1b", "\ufeff"]),
    ),
    max_size=300,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messy)
def test_arbitrary_text_never_raises_and_spans_hold(text):
    for fact in extract_facts(text):
        assert 0 <= fact.start < fact.end <= len(text)
        assert text[fact.start : fact.end] == fact.text
    for finding in lint_text(text, RULES):
        assert finding.code != "INT001", finding.message
        assert 0 <= finding.start <= finding.end <= len(text)
