"""Recall on injected defects: one defect at a time, put into a real document of the corpus.

    python benchmarks/recall.py                          # every kind, zh and en, 40 sites each
    python benchmarks/recall.py --kind parts-sum --lang zh --misses
    python benchmarks/recall.py --seed 7 --sites 60

Independent of the test suite. Each site is one document of ../shared/corpus (skipped, with a
message, when it is absent) into which ONE defect is injected, the way such defects arise in
national reports: a translator's wrong scale word, a year typed wrong, a copied sentence with one
digit changed, a doubled keystroke, a date moved to the wrong year. The injected text is linted
in-process and the site counts as found when a finding of the kind's rule code(s) overlaps it, or
ends within a few characters of it (a finding's related places count too). The defects were
designed from how the errors arise, not from what the linter catches: this is a benchmark to read,
not a test to pass. Sites are chosen at random with a fixed seed; nothing of the corpus is copied
into the project.

Prints, per kind and language: each site (document:line, the text before → after, found or
missed, the code that found it, or for a miss the codes found nearby), the recall by sub-group,
and whether fewer than 30 real sites exist. Then a table of recall = found / injected per kind
and language (real and synthetic sites apart), the false alarms on the consistent twins (the same
insertion with nothing wrong in it: they must stay silent), the warning load of the clean
documents (warnings + errors per 100 KB, top codes), and the time taken.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from linter.document import Document  # noqa: E402
from linter.engine import analyse, lint, lint_document  # noqa: E402
from linter.facts import Money  # noqa: E402
from linter.registry import all_rules  # noqa: E402
from linter.rule import Severity  # noqa: E402

SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
LANGUAGES = ("zh", "en")
SEED = 20261204
SITES = 40  # per kind and language
ENOUGH = 30  # fewer real sites than this is said in the output
SLACK = 3  # a finding ending this close to the site still counts
RULES = all_rules()

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
_MONTH = "|".join(MONTHS)
EN_DATE = re.compile(rf"\b(?:(?P<d>\d{{1,2}})\s+)?(?P<mon>{_MONTH})\s+(?P<y>(?:19|20)\d\d)\b")
EN_YEAR = re.compile(r"\bin\s+(?P<y>(?:19|20)\d\d)\b(?![/–-]\d)")
ZH_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)\s?年(?:\s?(?P<mon>\d{1,2})\s?月(?:\s?(?P<d>\d{1,2})\s?日)?)?(?![至到\-–—]|\d)")


# ------------------------------------------------------------------------------- the corpus
class Doc:
    """One clean corpus document, its analysis and its findings (computed once)."""

    def __init__(self, path: Path, lang: str):
        self.path, self.lang, self.name = path, lang, f"{lang}/{path.name}"
        self.text = path.read_text(encoding="utf-8")

    @cached_property
    def analysis(self):
        return analyse(Document(self.text, str(self.path)))

    @cached_property
    def findings(self):
        return lint(self.analysis, RULES)

    @cached_property
    def issue_date(self) -> dt.date | None:
        self.findings  # noqa: B018 — linting records the issue date the linter found
        iso = self.analysis.document.summary.get("issue_date")
        return dt.date.fromisoformat(iso) if iso else None

    @cached_property
    def own_symbol(self) -> str | None:
        self.findings  # noqa: B018 — and the document's own symbol
        return self.analysis.document.summary.get("symbol")

    @cached_property
    def line_ends(self) -> list[int]:
        return [m.start() for m in re.finditer("\n", self.text)] + [len(self.text)]

    def line(self, offset: int) -> int:
        return self.text.count("\n", 0, offset) + 1

    def flagged(self, codes, start: int, end: int) -> bool:
        """Does the clean document already have a finding of `codes` here? Such a site measures nothing."""
        return bool(codes) and bool(hits(self.findings, codes, [(start, end)]))


def load_corpus() -> dict[str, list[Doc]]:
    """The .txt documents of corpus/zh and corpus/en, without the UNPC dev set (sentences, not documents)."""
    return {lang: [Doc(p, lang) for p in sorted((CORPUS / lang).glob("*.txt")) if not p.name.startswith("unpc")]
            for lang in LANGUAGES}


# ------------------------------------------------------------------------------- sites
@dataclass
class Site:
    """One injection: edits on the clean text, and the places where a finding counts.

    `marks` are edit indices (the edited text) or (start, end) spans of the clean text (an
    earlier mention the defect contradicts). `twin` is the same insertion with nothing wrong in
    it, where the kind has one: a finding there is a false alarm."""

    kind: str
    doc: Doc
    offset: int  # in the clean text: where the site is, for its line number
    before: str
    after: str
    edits: list[tuple[int, int, str]]
    marks: list
    group: str = ""  # sub-group: sampled evenly and reported apart
    label: str = ""  # what is printed in brackets (the group when empty)
    origin: str = "real"  # or "synthetic": a sentence inserted for the purpose
    twin: list[tuple[int, int, str]] | None = None
    # filled in by run()
    found: list[str] = field(default_factory=list)
    nearby: list[str] = field(default_factory=list)
    twin_alarms: list[str] = field(default_factory=list)


def apply(text: str, edits: list[tuple[int, int, str]], marks: list) -> tuple[str, list[tuple[int, int]]]:
    """The text with `edits` made, and the marks' spans in it."""
    order = sorted(range(len(edits)), key=lambda i: edits[i][0])
    pieces, pos, new, shifts, spans = [], 0, 0, [], {}
    for i in order:
        start, end, replacement = edits[i]
        pieces.append(text[pos:start])
        new += start - pos
        spans[i] = (new, new + len(replacement))
        pieces.append(replacement)
        new += len(replacement)
        pos = end
        shifts.append((end, new - end))
    pieces.append(text[pos:])

    def moved(offset: int) -> int:
        delta = 0
        for end, d in shifts:
            if offset >= end:
                delta = d
        return offset + delta

    out = [spans[m] if isinstance(m, int) else (moved(m[0]), moved(m[1])) for m in marks]
    return "".join(pieces), out


def hits(findings, codes, spans) -> list[str]:
    """Codes of the findings (of `codes`; of any code at warning or above when None) that
    overlap one of `spans`, or come within SLACK characters of it."""
    out = []
    for f in findings:
        if codes is None and f.severity < Severity.WARNING:
            continue
        if codes is not None and f.code not in codes:
            continue
        places = [(f.start, max(f.end, f.start + 1)), *((r.start, max(r.end, r.start + 1)) for r in f.related)]
        if any(a < e + SLACK and s < b + SLACK for a, b in places for s, e in spans):
            out.append(f.code)
    return out


def run(site: Site, codes) -> None:
    """Lint the injected text (and the twin) and record what was found at the site."""
    text, spans = apply(site.doc.text, site.edits, site.marks)
    findings = lint_document(Document(text, str(site.doc.path)), RULES)
    site.found = sorted(set(hits(findings, codes, spans)))
    if not site.found:
        wide = [(s - 100, e + 100) for s, e in spans]
        site.nearby = sorted(set(hits([f for f in findings if f.severity >= Severity.WARNING], None, wide)))
    if site.twin is not None:
        text, spans = apply(site.doc.text, site.twin, site.marks)
        findings = lint_document(Document(text, str(site.doc.path)), RULES)
        site.twin_alarms = sorted(set(hits(findings, codes, spans)))


def excerpt(text: str, start: int, end: int, pad: int = 10, limit: int = 110) -> str:
    piece = text[max(0, start - pad):end + pad].replace("\n", "⏎")
    return piece if len(piece) <= limit else piece[:limit - 1] + "…"


def replaced(doc: Doc, start: int, end: int, replacement: str, pad: int = 10) -> tuple[str, str]:
    """(before, after) excerpts of one replacement in the clean text."""
    text = doc.text
    left, right = text[max(0, start - pad):start], text[end:end + pad]
    return (excerpt(left + text[start:end] + right, 0, 10**6, 0), excerpt(left + replacement + right, 0, 10**6, 0))


def insertion_point(doc: Doc, offset: int, rng: random.Random, skip: int = 3, reach: int = 60) -> int:
    """The end of a later line (3 to 60 lines on) that ends a sentence: where a second mention is put."""
    line = doc.line(offset)
    ends = doc.line_ends
    choices = [ends[i] for i in range(line - 1 + skip, min(len(ends), line - 1 + reach))
               if doc.text[ends[i] - 1:ends[i]] in ".。;；" and ends[i] - (ends[i - 1] if i else 0) > 20]
    return rng.choice(choices) if choices else len(doc.text)


def sentences(text: str, lang: str):
    """(start, end) of each sentence: split at 。；！？ and line ends (zh), at . ; ! ? before a space
    and at blank lines (en; a single line end is PDF wrapping)."""
    boundary = re.compile(r"[。；！？\n]" if lang == "zh" else r"[.;!?](?=\s)|\n\s*\n")
    start = 0
    for m in boundary.finditer(text):
        if m.end() - start > 1:
            yield start, m.end()
        start = m.end()
    if start < len(text):
        yield start, len(text)


def year_slips(year: int) -> list[int]:
    """Years one slip away: ±1 to ±3 (the wrong year typed or copied), the last two digits swapped."""
    s = str(year)
    out = {year + d for d in (-3, -2, -1, 1, 2, 3)} | {int(s[:2] + s[3] + s[2])}
    return sorted(y for y in out if y != year and 1946 <= y <= 2030)


def with_year(match: re.Match, year: int) -> str:
    """A date match with its year replaced, written as it was."""
    a, b = match.span("y")
    return match.group()[:a - match.start()] + str(year) + match.group()[b - match.start():]


def day_of(match: re.Match) -> tuple[dt.date, dt.date]:
    """First and last day of a date match (EN_DATE, ZH_DATE, EN_YEAR)."""
    y = int(match.group("y"))
    mon = match.groupdict().get("mon")
    if not mon:
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    m = MONTHS.index(mon) + 1 if mon in MONTHS else int(mon)
    if not 1 <= m <= 12:
        raise ValueError(mon)
    d = match.groupdict().get("d")
    if d:
        day = dt.date(y, m, int(d))
        return day, day
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return dt.date(y, m, 1), nxt - dt.timedelta(days=1)


# ------------------------------------------------------------------------------- 1 amount-scale
SCALE_SLIPS = {"zh": {"万": ("亿", "万亿"), "亿": ("万亿",)},
               "en": {"thousand": ("million",), "million": ("billion",), "billion": ("trillion",)}}


def amount_scale(docs: list[Doc], rng: random.Random, n: int) -> list[Site]:
    """A translator's or typist's wrong scale word: 万 for 亿's place or 亿 for 万亿's (the two are a
    character apart), million for billion. The digits stay right, so proof-reading passes them;
    the amount becomes 10^3 to 10^8 times what it was, beside other amounts of the currency."""
    out = []
    for doc in docs:
        money = doc.analysis.facts.of(Money)
        by_currency = Counter(m.currency for m in money)
        for m in money:
            if by_currency[m.currency] < 2 or m.scale not in SCALE_SLIPS[doc.lang] or doc.flagged(CODES["amount-scale"], m.start, m.end):
                continue
            at = m.text.rfind(m.scale)
            if at < 0:
                continue
            siblings = [o for o in money if o is not m and o.currency == m.currency and abs(o.start - m.start) < 150
                        and "\n" not in doc.text[min(o.start, m.start):max(o.end, m.end)]]
            for wrong in SCALE_SLIPS[doc.lang][m.scale]:
                s, e = m.start + at, m.start + at + len(m.scale)
                before, after = replaced(doc, m.start, m.end, m.text[:at] + wrong + m.text[at + len(m.scale):])
                out.append(Site("amount-scale", doc, m.start, before, after, [(s, e, wrong)], [(m.start, m.end)],
                                group=f"{m.scale}→{wrong} {'listed' if siblings else 'alone'}"))
    return out


# ------------------------------------------------------------------------------- 2 symbol-year
_RES_ITEM_EN = re.compile(rf"(?<![\w/.])(?P<sym>(?P<n>\d{{1,2}}|\d{{4}})/(?P<m>\d{{1,3}})[A-Z]?)\s+of\s+"
                          rf"(?P<date>(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH})\s+(?P<y>\d{{4}}))")
_SC_EN = re.compile(r"(?<![\w/.])(?P<sym>\d{2,4})\s?\((?P<y>(?:19[4-9]|20[0-2])\d)\)")
_RES_ITEM_ZH = re.compile(r"(?P<date>(?P<y>\d{4})年(?P<mon>\d{1,2})月(?P<d>\d{1,2})日)(?:的)?第"
                          r"(?P<sym>(?P<n>\d{1,2}|\d{4})/(?P<m>\d{1,3})[A-Z]?)号决议")
_SC_ZH = re.compile(r"(?<![\d/])(?P<sym>\d{2,4})\s?[（(](?P<y>(?:19[4-9]|20[0-2])\d)[)）]\s?号")
# Security Council resolutions by year (number, year): a citation far off this line is not one
_SC_ANCHORS = ((1, 1946), (84, 1950), (242, 1967), (338, 1973), (435, 1978), (598, 1987), (678, 1990),
               (827, 1993), (1000, 1995), (1244, 1999), (1325, 2000), (1540, 2004), (1701, 2006),
               (1887, 2009), (2118, 2013), (2231, 2015), (2334, 2016), (2401, 2018), (2467, 2019),
               (2532, 2020), (2594, 2021), (2664, 2022), (2720, 2023), (2767, 2025))


def _sc_plausible(number: int, year: int) -> bool:
    for (n0, y0), (n1, y1) in zip(_SC_ANCHORS, _SC_ANCHORS[1:]):
        if n0 <= number <= n1:
            return abs(year - (y0 + (y1 - y0) * (number - n0) / (n1 - n0))) <= 1.5
    return False


def _ga_window(session: int) -> tuple[dt.date, dt.date]:
    return dt.date(1945 + session, 9, 1), dt.date(1946 + session, 9, 30)


def symbol_year(docs: list[Doc], rng: random.Random, n: int) -> list[Site]:
    """A resolution cited with its date or year, the year slipped (±1 to ±3, or two digits
    swapped): typed from memory, or copied from the citation before it in a list. The year then
    contradicts what the symbol encodes: the General Assembly's session (75/71 of 7 December
    2020), the Economic and Social Council's year (2021/3 of 23 July 2021), or the Security
    Council resolution's adoption year (1540 (2004), 第1540(2004)号决议)."""
    out = []
    for doc in docs:
        text = doc.text
        dated, sc = (_RES_ITEM_ZH, _SC_ZH) if doc.lang == "zh" else (_RES_ITEM_EN, _SC_EN)
        for m in dated.finditer(text):
            if doc.lang == "en" and "resolution" not in text[max(0, m.start() - 200):m.start()]:
                continue
            session, year = int(m.group("n")), int(m.group("y"))
            try:
                day = day_of(m)[0]
            except ValueError:
                continue
            if session >= 1946:  # ECOSOC: the symbol carries the year
                if year != session:
                    continue
                body, slips = "ECOSOC", [y for y in year_slips(year) if y != session]
            else:
                low, high = _ga_window(session)
                if not low <= day <= high:
                    continue  # not the General Assembly's numbering (a Council's, a Commission's)
                body = "GA"
                slips = [y for y in year_slips(year) if not low <= _replace_year(day, y) <= high]
            out += _year_sites(doc, m, slips, body, rng)
        for m in sc.finditer(text):
            context = text[max(0, m.start() - 200):m.start()] if doc.lang == "en" else text[m.end():m.end() + 60]
            if ("resolution" if doc.lang == "en" else "决议") not in context:
                continue
            if not _sc_plausible(int(m.group("sym")), int(m.group("y"))):
                continue
            out += _year_sites(doc, m, year_slips(int(m.group("y"))), "SC", rng)
    return out


def _replace_year(day: dt.date, year: int) -> dt.date:
    return day.replace(year=year) if not (day.month == 2 and day.day == 29) else day.replace(year=year, day=28)


def _year_sites(doc: Doc, m: re.Match, slips: list[int], body: str, rng: random.Random) -> list[Site]:
    if not slips or doc.flagged(CODES["symbol-year"], m.start(), m.end()):
        return []
    wrong = rng.choice(slips)
    a, b = m.span("y")
    before, after = replaced(doc, m.start(), m.end(), with_year(m, wrong), pad=6)
    return [Site("symbol-year", doc, m.start(), before, after, [(a, b, str(wrong))], [(m.start(), m.end())], group=body)]


# ------------------------------------------------------------------------------- 3 parts-sum
_ZH_UNITS = "名|个|人|项|所|家|座|次|件|种|起|批|条|位|户|份|期|届|类|部|艘|架|辆|台|吨|元|美元|欧元|国|省|县|公里|公顷|亩"
_ZH_PART = re.compile(rf"(?<![\d.第])(?P<num>\d+(?:\.\d+)?|[一二三四五六七八九十百两]+)(?P<scale>万亿|亿|万)?(?P<unit>{_ZH_UNITS})")
_EN_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
             "seventeen eighteen nineteen twenty").split()
_EN_PART = re.compile(rf"(?<![\w.,/$€-])(?P<cur>\$|US\$|USD\s|EUR\s|€)?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|"
                      rf"(?i:{'|'.join(_EN_WORDS[1:])}))(?:\s(?P<scale>million|billion|thousand))?"
                      rf"(?![\w%,.]\d|\s?%|\s(?:per\s?cent|percent|{_MONTH})\b|[\w/-])")
_CUES = {"zh": re.compile(r"其中|包括|分别为|分别是|分别|即|：|:|（|\(|组成|包含"),
         "en": re.compile(r"of which|of whom|includ(?:ing|es|ed)|compris(?:ing|es|ed)|consist(?:ing|s|ed) of|namely|broken down|:|\(|—")}
_SCALES = {"万": 10**4, "亿": 10**8, "万亿": 10**12, "thousand": 10**3, "million": 10**6, "billion": 10**9}
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def cn_value(s: str) -> int | None:
    """一 to 九百九十九 in Chinese numerals."""
    total, digit = 0, None
    for ch in s:
        if ch in _CN_DIGITS:
            if digit is not None:
                return None
            digit = _CN_DIGITS[ch]
        elif ch in "十百":
            total += (digit if digit is not None else 1) * (10 if ch == "十" else 100)
            digit = None
        else:
            return None
    return total + (digit or 0)


def _value(m: re.Match) -> Decimal | None:
    num = m.group("num")
    if num[0].isdigit():
        value = Decimal(num.replace(",", ""))
        if "," not in num and "." not in num and 1900 <= value <= 2100 and not m.group("scale"):
            return None  # a year
    elif num.lower() in _EN_WORDS:
        value = Decimal(_EN_WORDS.index(num.lower()))
    else:
        v = cn_value(num)
        if v is None:
            return None
        value = Decimal(v)
    return value * _SCALES.get(m.group("scale") or "", 1)


def _unit(m: re.Match) -> str:
    return m.groupdict().get("unit") or (m.groupdict().get("cur") or "").strip()


def _break_number(num: str, rng: random.Random) -> str:
    """One digit of a figure changed (a number word moved one up or down): the copied-and-edited slip."""
    if num[0].isdigit():
        places = [i for i, c in enumerate(num) if c.isdigit()]
        i = rng.choice(places)
        digits = [d for d in "0123456789" if d != num[i] and not (d == "0" and i == 0)]
        return num[:i] + rng.choice(digits) + num[i + 1:]
    if num.lower() in _EN_WORDS:
        k = _EN_WORDS.index(num.lower())
        word = _EN_WORDS[k + 1 if k < 2 or (k < 20 and rng.random() < 0.5) else k - 1]
        return word.capitalize() if num[0].isupper() else word
    chars = [i for i, c in enumerate(num) if c in _CN_DIGITS]
    i = rng.choice(chars)
    return num[:i] + rng.choice([c for c in "一二三四五六七八九" if c != num[i]]) + num[i + 1:]


def parts_sum(docs: list[Doc], rng: random.Random, n: int) -> list[Site]:
    """A total and its parts ("X, of which A … and B", 其中…, including, 分别为, parentheses)
    where one part was edited and the total was not: the sentence copied from last year's report
    with one figure updated, or one digit mistyped. Real sites are totals whose listed parts add
    up in the document as it is; one part's digit is changed."""
    out = []
    for doc in docs:
        part_re = _ZH_PART if doc.lang == "zh" else _EN_PART
        for s0, s1 in sentences(doc.text, doc.lang):
            sentence = doc.text[s0:s1]
            if len(sentence) > 600:
                continue
            tokens = [(m, v) for m in part_re.finditer(sentence) if (v := _value(m)) is not None and v > 0]
            for i, (total, tv) in enumerate(tokens):
                site = _real_parts_site(doc, s0, sentence, tokens, i, total, tv, rng)
                if site:
                    out.append(site)
                    break
    return out


def _real_parts_site(doc, s0, sentence, tokens, i, total, tv, rng):
    later = tokens[i + 1:]
    if len(later) < 2:
        return None
    between = sentence[total.end():later[0][0].start()]
    if len(between) > (30 if doc.lang == "zh" else 60) or not _CUES[doc.lang].search(between):
        return None
    parts, acc = [], Decimal(0)
    for m, v in later:
        if _unit(m) != _unit(total) or v >= tv:
            continue
        parts.append(m)
        acc += v
        if acc >= tv or len(parts) > 6:
            break
    if acc != tv or len(parts) < 2:
        return None
    if doc.flagged(CODES["parts-sum"], s0 + total.start(), s0 + parts[-1].end()):
        return None
    part = rng.choice(parts)
    a, b = s0 + part.start("num"), s0 + part.end("num")
    wrong = _break_number(part.group("num"), rng)
    span = (s0 + total.start(), s0 + parts[-1].end())
    before, after = replaced(doc, a, b, wrong, pad=24)
    return Site("parts-sum", doc, span[0], before, after, [(a, b, wrong)], [span], group="real")


_PART_TEMPLATES = {  # (shape, sentence): the shapes of real breakdowns
    "zh": (("其中", "截至{Y}年底，共有{T}名专家参加了培训，其中本国专家{A}名，外国专家{B}名。"),
           ("包括", "该中心共设立{T}个工作组，包括{A}个技术工作组和{B}个政策工作组。"),
           ("由…组成：", "代表团由{T}名成员组成：{A}名政府官员、{B}名专家和{C}名民间社会代表。"),
           ("括号", "{Y}年共提交{T}份报告（国家报告{A}份，专题报告{B}份）。"),
           ("分别为", "该方案共接收{T}名研究员，分别为亚洲{A}名、非洲{B}名和拉丁美洲{C}名。"),
           ("其中", "该基金共资助{T}个项目，其中{A}个在亚洲，{B}个在非洲。"),
           ("由…组成：", "专家组由{T}名专家组成：{A}名政府专家和{B}名国际组织专家。"),
           ("其中", "{Y}年共有{T}名学员参加培训，其中{A}名女性学员、{B}名男性学员。")),
    "en": (("of whom", "In {Y}, a total of {T} experts took part in the training, of whom {A} were national experts and {B} came from other States."),
           ("including", "The centre set up {T} working groups, including {A} technical working groups and {B} policy working groups."),
           ("consisted of:", "The delegation consisted of {T} members: {A} government officials, {B} experts and {C} civil society representatives."),
           ("parentheses", "{T} reports were submitted in {Y} ({A} national reports and {B} thematic reports)."),
           ("namely", "The fellowship programme received {T} fellows, namely {A} from Asia, {B} from Africa and {C} from Latin America."),
           ("of which", "The fund financed {T} projects, of which {A} were in Asia and {B} in Africa."),
           ("consisted of:", "The panel consisted of {T} experts: {A} experts from Member States and {B} experts from international organizations."),
           ("of whom", "In {Y}, {T} trainees completed the course, of whom {A} were women trainees and {B} men trainees.")),
}


def synthetic_parts(docs: list[Doc], rng: random.Random, n: int) -> list[Site]:
    """A sentence of the total-and-parts shape, inserted with consistent figures (the twin) and
    with one part's digit changed (the site): for a language whose corpus has few real ones."""
    out = []
    for k in range(n):
        doc = rng.choice(docs)
        shape, template = _PART_TEMPLATES[doc.lang][k % len(_PART_TEMPLATES[doc.lang])]
        parts = {p: rng.randint(2, 48) for p in "ABC" if "{" + p + "}" in template}
        total = sum(parts.values())
        broken = dict(parts)
        p = rng.choice(sorted(parts))
        broken[p] = int(_break_number(str(parts[p]), rng))
        year = rng.randint(2015, 2023)
        good, bad = template.format(Y=year, T=total, **parts), template.format(Y=year, T=total, **broken)
        at = insertion_point(doc, rng.randrange(len(doc.text)), rng, skip=0, reach=400)
        out.append(Site("parts-sum", doc, at, "(inserted) " + good, bad, [(at, at, f"\n\n{bad}\n")], [0],
                        group=f"synthetic: {shape}", origin="synthetic", twin=[(at, at, f"\n\n{good}\n")]))
    return out


# ------------------------------------------------------------------------------- 4 doubled-char
_EN_SHORT = re.compile(r"(?<=\s)(the|of|to|and|in|a|for|on|by|with|is|was|be|as|at|from|an|or|its)(?= [a-z])")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{4,}")


def doubled_char(docs: list[Doc], rng: random.Random, n: int) -> list[Site]:
    """A keystroke committed twice: in Chinese an input method that takes one character again
    (发展→发展展, 委员会→委员员会), inside or at the end of a word; in English a short word typed
    twice ("the the", "of of"), often across an edit. Chinese sites are words by jieba's own
    segmentation, and doubled pairs that read as words (人人, or 国家家庭 = 国家 + 家庭) are left out."""
    return _doubled_zh(docs, rng, n * 3) if docs and docs[0].lang == "zh" else _doubled_en(docs, rng, n * 3)


def _attempts(docs, rng, want, out):
    """Documents drawn at random until `out` holds `want` sites, or 20 tries a site have failed."""
    for _ in range(want * 20):
        if len(out) >= want:
            return
        yield rng.choice(docs)


def _doubled_en(docs, rng, want):
    out = []
    for doc in _attempts(docs, rng, want, out):
        found = list(_EN_SHORT.finditer(doc.text))
        if not found:
            continue
        m = rng.choice(found)
        if doc.flagged(CODES["doubled-char"], m.start(), m.end()):
            continue
        before, after = replaced(doc, m.start(), m.end(), f"{m.group()} {m.group()}", pad=14)
        out.append(Site("doubled-char", doc, m.start(), before, after, [(m.end(), m.end(), " " + m.group())],
                        [(m.start(), m.end())], group="word"))
    return out


def _doubled_zh(docs, rng, want):
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    freq = jieba.dt.FREQ
    out = []
    for doc in _attempts(docs, rng, want, out):
        runs = list(_HAN_RUN.finditer(doc.text))
        if not runs:
            continue
        run_ = rng.choice(runs)
        words, pos = [], run_.start()
        for w in jieba.lcut(run_.group(), HMM=False):
            words.append((pos, w))
            pos += len(w)
        choices = [(p, w, i) for p, w in words if len(w) >= 2 for i in range(1, len(w))]
        if not choices:
            continue
        p, w, i = rng.choice(choices)
        at = p + i  # the character doubled
        c, text = doc.text[at], doc.text
        rest = text[at + 1:at + 4]
        if text[at - 1] == c or rest[:1] == c or freq.get(c + c) or any(freq.get(c + rest[:k]) for k in (1, 2, 3)):
            continue
        if doc.flagged(CODES["doubled-char"], at, at + 1):
            continue
        where = "end" if i == len(w) - 1 else "inside"
        before, after = replaced(doc, p, p + len(w), w[:i + 1] + c + w[i + 1:], pad=6)
        out.append(Site("doubled-char", doc, at, before, after, [(at + 1, at + 1, c)], [(at, at + 1)],
                        group=f"{where} of word"))
    return out


# ------------------------------------------------------------------------------- 5 after-issue
_PAST = {"en": re.compile(r"\b(?:held|adopted|signed|ratified|acceded|entered into force|came into force|took place|"
                          r"launched|established|enacted|approved|submitted|hosted|organi[sz]ed|visited|conducted|"
                          r"completed|published|issued|introduced|amended|opened|concluded|elected|appointed|"
                          r"received|carried out|began|started|ended|closed|presented|passed)\b"),
         "zh": re.compile(r"举行了|通过了|签署了|批准了|举办了|召开了|发布了|提交了|已经|已于|业已|先后")}
_FUTURE = {"en": re.compile(r"\b(?:will|shall|to be|scheduled|planned|plans|expected|upcoming|next|forthcoming|intends?)\b"),
           "zh": re.compile(r"将|计划|拟|预计|即将|前$")}
_IN_RANGE_BEFORE = re.compile(rf"(?:\b(?:from|between|since)\s+|(?:\bto|\band|[–-])\s*|(?:至|到|以来|自|从))$")
_IN_RANGE_AFTER = re.compile(rf"\s*(?:to|and|–|-|至|到)\s*(?:\d|{_MONTH})|以来")
_DEADLINE = {"en": re.compile(r"\b(?:by|until|before|deadline of)\s+$"), "zh": re.compile(r"(?:到|至|截至)$")}


def after_issue(docs: list[Doc], rng: random.Random, n: int) -> list[Site]:
    """A completed event (held, adopted, signed, 举行了, 通过了 …) whose date's year was typed wrong,
    so that it falls after the date the document was issued: the year of the next meeting typed
    for the last one, or the report's year for an earlier one. Only documents with an issue date
    on their distribution line that the linter finds; the masthead is left alone."""
    out = []
    for doc in docs:
        issue = doc.issue_date
        if issue is None:
            continue
        dates = EN_DATE if doc.lang == "en" else ZH_DATE
        masthead = next((m.end() for m in dates.finditer(doc.text[:5000]) if _safe_day(m) == issue), 0) + 200
        for s0, s1 in sentences(doc.text, doc.lang):
            sentence = doc.text[s0:s1]
            if s0 < masthead or _FUTURE[doc.lang].search(sentence):
                continue
            verbs = list(_PAST[doc.lang].finditer(sentence))
            for m in dates.finditer(sentence):
                first = _safe_day(m)
                if first is None or not m.group("mon") or first > issue or _DEADLINE[doc.lang].search(sentence[:m.start()]):
                    continue
                if _IN_RANGE_BEFORE.search(sentence[:m.start()]) or _IN_RANGE_AFTER.match(sentence[m.end():]):
                    continue  # one end of a period (from April 2021 to June 2023): DAT002's business
                verb = min(verbs, key=lambda v: abs(v.start() - m.start()), default=None)
                if verb is None or abs(verb.start() - m.start()) > 80:
                    continue
                if doc.flagged(CODES["after-issue"], s0 + m.start(), s0 + m.end()):
                    continue
                late = [y for y in year_slips(first.year) if _replace_year(first, y) > issue] or [issue.year + 1]
                wrong = rng.choice(late)
                a, b = s0 + m.start("y"), s0 + m.end("y")
                before, after = replaced(doc, s0 + m.start(), s0 + m.end(), with_year(m, wrong), pad=30)
                out.append(Site("after-issue", doc, s0 + m.start(), before, after, [(a, b, str(wrong))],
                                [(s0 + m.start(), s0 + m.end())], group="to the day" if m.group("d") else "to the month",
                                label=f"{verb.group()}, {'day' if m.group('d') else 'month'}"))
    return out


def _safe_day(m: re.Match) -> dt.date | None:
    try:
        return day_of(m)[0]
    except ValueError:
        return None


# ------------------------------------------------------------------------------- 6 near-dup-url
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'\u3000-\u9fff\uff00-\uffef]+")
_KEYS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbour(c: str, rng: random.Random) -> str:
    if c.isdigit():
        return rng.choice([d for d in "0123456789" if d != c])
    for row in _KEYS:
        i = row.find(c.lower())
        if i >= 0:
            out = rng.choice([row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)])
            return out.upper() if c.isupper() else out
    return c


def near_dup_url(docs: list[Doc], rng: random.Random, n: int) -> list[Site]:
    """A URL cited a second time nearby (the same statement in a footnote and in the text, or in
    two list items) with one character changed in the copy: a digit of a file number, a letter
    next on the keyboard. The re-citation carries the date of the original paragraph when that
    has one; the twin cites the URL exactly (URL001's business, not URL002's)."""
    out = []
    for doc in docs:
        seen = set()
        for m in _URL.finditer(doc.text):
            url = m.group().rstrip(".,;:)]>（）")
            if len(url) < 12 or url in seen:
                continue
            seen.add(url)
            scheme = url.find("//") + 2 if "//" in url else 0
            slash = url.find("/", scheme)
            places = [i for i in range(slash + 1 if slash > 0 else scheme, len(url)) if url[i].isalnum()]
            if slash < 0 or len(places) < 3:
                places = [i for i in range(scheme, slash if slash > 0 else len(url)) if url[i].isalnum()]
            if not places or doc.flagged(CODES["near-dup-url"], m.start(), m.start() + len(url)):
                continue
            i = rng.choice(places)
            wrong = url[:i] + _neighbour(url[i], rng) + url[i + 1:]
            line = doc.line(m.start())
            s, e = doc.line_ends[line - 2] + 1 if line > 1 else 0, doc.line_ends[line - 1]
            date = _day_exact(doc.text[s:e], doc.lang)
            out.append(_url_site(doc, m.start(), len(url), e, url, wrong, date))
    return out


def _day_exact(line: str, lang: str) -> str | None:
    for m in (EN_DATE if lang == "en" else ZH_DATE).finditer(line):
        if m.group("d"):
            return m.group()
    return None


def _url_site(doc, start, length, eol, url, wrong, date):
    if doc.lang == "zh":
        say = (lambda u: f"{date}的发言亦可见：{u}。") if date else (lambda u: f"另见：{u}。")
    else:
        say = (lambda u: f"The statement of {date} is also available at {u}.") if date else (lambda u: f"See also {u}.")
    bad, good = say(wrong), say(url)
    before = excerpt(doc.text, start, start + length, pad=0)
    return Site("near-dup-url", doc, start, before, bad, [(eol, eol, f"\n\n{bad}\n")], [0, (start, start + length)],
                group="with its date" if date else "no date", twin=[(eol, eol, f"\n\n{good}\n")])


# ------------------------------------------------------------------------------- 7 event-date-conflict
_HEADS = ("Convention", "Treaty", "Protocol", "Covenant", "Agreement", "Charter", "Statute")
_HEAD = re.compile(rf"\b(?:{'|'.join(_HEADS)})\b")
_LEFT_WORDS = {"the", "and", "of", "on", "for"}  # "to" only after Protocol / Amendment: "Optional Protocol to the …"
_RIGHT_WORDS = {"of", "on", "the", "and", "for", "against", "to", "with", "in", "concerning", "relating", "between",
                "all", "its", "their", "Their", "All", "Its", "or"}
_EN_EVENTS = (("signature", re.compile(r"\bsign(?:ed|ing)\b|\bsignature\b")),
              ("ratification", re.compile(r"\bratif(?:ied|ication)\b")),
              ("accession", re.compile(r"\bacce(?:ded|ssion)\b")),
              ("entry into force", re.compile(r"\b(?:entered|came|entry)\s+into\s+force\b")))
_ORDINAL = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty)-)?(?:first|second|third|fourth|fifth|sixth|seventh|"
            r"eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
            r"nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth)|\d+(?:st|nd|rd|th)")
_EN_MEETING = re.compile(rf"\b(?i:the)\s+(?i:{_ORDINAL})\s+(?:[\w-]+\s+){{0,3}}?"
                         r"(?:session|meeting|Meeting|Session|Conference|Summit|Forum|Congress)\b")
_EN_HELD = re.compile(r"\bheld\b|\btook place\b|\bconvened\b")
_EN_RANGE_HEAD = re.compile(rf"(?:\b(?:from|between)\s+)?\d{{1,2}}(?:\s+(?:{_MONTH}))?\s*(?:to|and|–|-)\s*$")
_EN_PREPOSITION = re.compile(r"\b(on|in|from|between)\s+$")
_TRUNCATED = re.compile(r",\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*(?:\s+(?:and|of)\b|,)")  # "Covenant on Economic, Social and …"
_ZH_EVENT_DATE = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)\s?年(?:\s?(?P<mon>\d{1,2})\s?月(?:\s?(?P<d>\d{1,2})\s?日?"
                            r"(?:(?:和|至|到|-|–)(?:\d{1,2}月)?\d{1,2}日)?)?)?(?!\d)")
_ZH_EVENTS = (("signature", re.compile(r"签署|签订")), ("ratification", re.compile(r"批准")),
              ("accession", re.compile(r"加入")), ("entry into force", re.compile(r"生效")))
_ZH_MEETING = re.compile(r"第[一二三四五六七八九十百零\d]+(?:届|次)[^，。；、“”《》\n]{2,25}?(?:会议|大会|峰会|论坛|会晤)(?!之前|之后|前|后|期间)")
_ZH_HELD = re.compile(r"举行|召开|举办")
_PARAPHRASE = {
    "en": {"signature": "The {t}, which was signed {w}, remains central to these efforts.",
           "ratification": "The {t}, which {s} ratified {w}, is implemented through national legislation.",
           "accession": "Since the accession to the {t} {w}, national reports have been submitted regularly.",
           "entry into force": "Since the entry into force of the {t} {w}, national legislation has been aligned with it.",
           "meeting": "{T}, held {w}, adopted its report by consensus."},
    "zh": {"signature": "《{t}》于{w}签署后，各方积极推进落实。",
           "ratification": "自{w}批准《{t}》以来，相关立法工作稳步推进。",
           "accession": "自{w}加入《{t}》以来，定期提交了国家报告。",
           "entry into force": "自《{t}》于{w}生效以来，相关工作稳步推进。",
           "meeting": "{t}于{w}举行，会议通过了成果文件。"},
}


def event_date_conflict(docs: list[Doc], rng: random.Random, n: int) -> list[Site]:
    """The same event told twice with two dates: a report written by several hands mentions a
    signature, ratification, entry into force or meeting in its background section and again,
    paraphrased, further on, one of the two with a slipped year. The second mention is inserted
    3 to 60 lines later ("The Treaty, which Slovenia ratified in 2009, …", "自该公约…生效以来");
    its twin, with the consistent date, must stay silent. Events told as planned are left out."""
    out = []
    for doc in docs:
        find = _events_zh if doc.lang == "zh" else _events_en
        for s0, s1 in sentences(doc.text, doc.lang):
            sentence = doc.text[s0:s1]
            if _FUTURE[doc.lang].search(sentence):
                continue
            for event, subject, state, date, when in find(sentence):
                if doc.flagged(CODES["event-date-conflict"], s0 + date.start(), s0 + date.end()):
                    continue
                out.append(_event_site(doc, s0, event, subject, state, date, when, rng))
                break
    return out


def _words(sentence: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in re.finditer(r"[\w'’\u2011-]+", sentence)]


def _joined(sentence: str, words, i: int) -> bool:
    """Are words i-1 and i in one phrase (only spaces between them)?"""
    return not sentence[words[i - 1][1]:words[i][0]].strip()


def _extend_right(sentence: str, words, k: int) -> int:
    """The index of the last capitalised word of the title going on after word k."""
    right, i = k, k + 1
    while i < len(words) and _joined(sentence, words, i):
        word = words[i][2]
        if word[0].isupper() and not word.isupper() and word not in MONTHS:
            right = i
        elif word not in _RIGHT_WORDS or (i == k + 1 and word == "in"):
            break
        i += 1
    return right


def _title_en(sentence: str, head: re.Match) -> str | None:
    """The capitalised title around an instrument word: "Convention on the Rights of Persons with Disabilities"."""
    words = _words(sentence)
    k = next(i for i, w in enumerate(words) if w[0] == head.start())
    left = k
    while left > 0 and _joined(sentence, words, left):
        word = words[left - 1][2]
        if word == "to" and left > 1 and words[left - 2][2] in ("Protocol", "Protocols", "Amendment", "Amendments"):
            left -= 1
        elif (word[0].isupper() and not word.isupper() and word not in MONTHS) or word in _LEFT_WORDS:
            left -= 1
        else:
            break
    while left < k and not words[left][2][0].isupper():
        left += 1
    right = _extend_right(sentence, words, k)
    if _TRUNCATED.match(sentence[words[right][1]:]):
        return None
    title = " ".join(sentence[words[left][0]:words[right][1]].split())
    title = title[4:] if title.startswith("The ") else title
    return None if title in _HEADS else title


def _meeting_en(sentence: str, meeting: re.Match) -> tuple[str, int] | None:
    """The meeting with what it is of ("the first Meeting of States Parties to the Treaty") and
    where its name ends; None for a bare "the 13th meeting"."""
    words = _words(sentence)
    k = next((i for i, w in enumerate(words) if w[1] == meeting.end()), None)
    if k is None:
        return None
    right = _extend_right(sentence, words, k)
    if right == k or _TRUNCATED.match(sentence[words[right][1]:]):
        return None
    return " ".join(sentence[meeting.start():words[right][1]].split()), words[right][1]


def _when_en(sentence: str, date: re.Match) -> str:
    """How the date phrase reads, ranges included: "from 21 to 23 June 2022", "on 4 November 2016"."""
    start = date.start()
    if date.re is EN_YEAR:
        return date.group()
    head = _EN_RANGE_HEAD.search(sentence[:start])
    if head:
        start = head.start()
    phrase = " ".join(sentence[start:date.end()].split())
    if not phrase.startswith(("from", "between")):
        preposition = _EN_PREPOSITION.search(sentence[:start])
        word = preposition.group(1) if preposition and preposition.group(1) in ("on", "in") else ("on" if date.group("d") else "in")
        phrase = f"{word} {phrase}"
    return phrase


def _events_en(sentence: str):
    dates = [*EN_DATE.finditer(sentence), *EN_YEAR.finditer(sentence)]
    for head in _HEAD.finditer(sentence):
        for event, verb_re in _EN_EVENTS:
            for verb in verb_re.finditer(sentence):
                if abs(verb.start() - head.start()) > 80:
                    continue
                date = _nearest_date(dates, verb)
                title = _title_en(sentence, head)
                if date and title:
                    state = re.search(r"([A-Z][a-z]+)\s+(?:has\s+|had\s+)?$", sentence[:verb.start()])
                    state = state.group(1) if state and state.group(1) not in {"The", "It", "In", "On", "Since"} else None
                    yield event, title, state, date, _when_en(sentence, date)
    for meeting in _EN_MEETING.finditer(sentence):
        found = _meeting_en(sentence, meeting)
        if not found:
            continue
        name, end = found
        for verb in _EN_HELD.finditer(sentence):  # "the … Conference, held in Geneva from 25 to 27 November 2020"
            if 0 <= verb.start() - end <= 60 and (date := _nearest_date(dates, verb)):
                yield "meeting", name, None, date, _when_en(sentence, date)


def _events_zh(sentence: str):
    """Chinese puts the date before the verb (于2016年11月4日生效, 2022年6月16日和17日在罗马举行的…): nearest before wins."""
    dates = list(_ZH_EVENT_DATE.finditer(sentence))
    titles = list(re.finditer(r"《([^》\n]{2,60})》", sentence))
    for event, verb_re in _ZH_EVENTS:
        for verb in verb_re.finditer(sentence):
            near = [t for t in titles if abs(verb.start() - t.end()) <= 30 or abs(t.start() - verb.end()) <= 30]
            title = min(near, key=lambda t: min(abs(verb.start() - t.end()), abs(t.start() - verb.end())), default=None)
            if title and (date := _nearest_date(dates, verb, reach=40, first="before")):
                yield event, title.group(1), None, date, date.group().replace(" ", "")
    for meeting in _ZH_MEETING.finditer(sentence):
        for verb in _ZH_HELD.finditer(sentence):
            if abs(verb.start() - meeting.end()) <= 30 and (date := _nearest_date(dates, verb, reach=40, first="before")):
                yield "meeting", meeting.group(), None, date, date.group().replace(" ", "")


def _nearest_date(dates, verb, reach: int = 60, first: str = "after"):
    """The date closest after the verb ("held on 4 November 2014"), else before it ("In April 2008, Slovenia ratified")."""
    after = min((d for d in dates if 0 <= d.start() - verb.end() <= reach), key=lambda d: d.start(), default=None)
    before = max((d for d in dates if 0 <= verb.start() - d.end() <= reach), key=lambda d: d.end(), default=None)
    return (after or before) if first == "after" else (before or after)


def _event_site(doc, s0, event, subject, state, date, when, rng):
    year = date.group("y")
    wrong = str(rng.choice(year_slips(int(year))))
    template = _PARAPHRASE[doc.lang][event]

    def say(y: str) -> str:
        # the year is the last one in the phrase (a range "from 27 April to 22 May 2015" writes it once)
        phrase = when[::-1].replace(year[::-1], y[::-1], 1)[::-1]
        line = template.format(t=subject, T=subject[0].upper() + subject[1:], s=state or "the State", w=phrase)
        return line.replace("which the State ratified", "which was ratified")

    good, bad = say(year), say(wrong)
    at = insertion_point(doc, s0 + date.start(), rng)
    before = excerpt(doc.text, s0 + date.start(), s0 + date.end(), pad=50)
    return Site("event-date-conflict", doc, s0 + date.start(), before, bad, [(at, at, f"\n\n{bad}\n")],
                [0, (s0 + date.start(), s0 + date.end())], group=event, twin=[(at, at, f"\n\n{good}\n")])


# ------------------------------------------------------------------------------- 8 symbol-conflict
_SYMBOL = re.compile(r"(?<![\w/])(?:A|E|S|NPT|CD|CEDAW|CRC|CCPR|CERD|CAT|CRPD|CMW|CED|HRI|UNEP|FCCC|DP|TD|ICCD|"
                     r"UNW|ECE|INFCIRC|GOV|GC\(\d+\))(?:/[A-Za-z0-9.()\-]+){2,}")
MASTHEAD_LINES = 12  # a document's symbol, its basis ("[on the report of the First Committee (A/80/534)]")
_ROMAN = ("I", "II", "III", "IV", "V", "VI")


def _changed_symbol(symbol: str, rng: random.Random) -> str | None:
    """One component of a symbol off by one: PC.II → PC.I, WP.31 → WP.32, /1 → /2."""
    parts = symbol.split("/")
    options = []
    for k in range(1, len(parts)):
        for m in re.finditer(r"(?<![A-Za-z])(I{1,3}|IV|VI?)(?![A-Za-z])", parts[k]):
            i = _ROMAN.index(m.group())
            for j in (i - 1, i + 1):
                if 0 <= j < len(_ROMAN):
                    options.append((k, m.start(), m.end(), _ROMAN[j]))
        for m in re.finditer(r"\d+", parts[k]):
            v = int(m.group())
            if len(m.group()) == 4 and 1946 <= v <= 2030:
                continue  # a year: its own kind of slip
            options += [(k, m.start(), m.end(), str(w)) for w in (v - 1, v + 1) if w > 0]
    if not options:
        return None
    k, a, b, new = rng.choice(options)
    parts[k] = parts[k][:a] + new + parts[k][b:]
    return "/".join(parts)


def _header(text: str, symbol: str) -> bool:
    """Is the symbol a line of its own somewhere (a masthead, a running header "A/HRC/WG.6/7/SVN/2 Page 6")?"""
    return re.search(rf"^[ \t]*{re.escape(symbol)}[ \t]*(?:Page \d+)?[ \t]*$", text, re.M) is not None


def symbol_conflict(docs: list[Doc], rng: random.Random, n: int) -> list[Site]:
    """One working paper or report cited twice with two symbols: the sentence citing it copied
    further on (3 to 60 lines) with one component of the symbol off by one, the way a symbol is
    retyped from the previous session's list (NPT/CONF.2026/PC.II/WP.31 later as PC.I/WP.31).
    No rule claims this defect: any warning or error on the changed symbol counts. The twin is
    the verbatim copy."""
    out = []
    for doc in docs:
        own = doc.own_symbol
        seen = set()
        for s0, s1 in sentences(doc.text, doc.lang):
            sentence = doc.text[s0:s1]
            if len(sentence.strip()) < 40 or len(sentence) > 500 or doc.line(s0) <= MASTHEAD_LINES:
                continue
            for m in _SYMBOL.finditer(sentence):
                symbol = m.group().rstrip(".,;:)")
                if symbol.count("(") != symbol.count(")"):
                    symbol = symbol.rstrip("(")
                if "/RES/" in symbol or symbol == own or symbol in seen or _header(doc.text, symbol):
                    continue
                wrong = _changed_symbol(symbol, rng)
                if wrong is None:
                    continue
                seen.add(symbol)
                copy = " ".join(sentence.split())
                at_in_copy = copy.find(symbol)
                if at_in_copy < 0:
                    continue
                bad = copy[:at_in_copy] + wrong + copy[at_in_copy + len(symbol):]
                at = insertion_point(doc, s0, rng)
                before = excerpt(doc.text, s0 + m.start(), s0 + m.start() + len(symbol), pad=0)
                out.append(Site("symbol-conflict", doc, s0 + m.start(), before, excerpt(bad, at_in_copy, at_in_copy + len(wrong), pad=30),
                                [(at, at, f"\n\n{bad}\n")], [0], twin=[(at, at, f"\n\n{copy}\n")], group="copied sentence"))
                break
    return out


# ------------------------------------------------------------------------------- the kinds
CODES = {"amount-scale": ("AMT001",), "symbol-year": ("SYM002", "SYM003"), "parts-sum": ("CNT001",),
         "doubled-char": ("TXT001",), "after-issue": ("DAT005",), "near-dup-url": ("URL002",),
         "event-date-conflict": ("DAT003",), "symbol-conflict": None}
KINDS = {"amount-scale": amount_scale, "symbol-year": symbol_year, "parts-sum": parts_sum, "doubled-char": doubled_char,
         "after-issue": after_issue, "near-dup-url": near_dup_url, "event-date-conflict": event_date_conflict,
         "symbol-conflict": symbol_conflict}
STRATIFIED = {"amount-scale", "symbol-year", "event-date-conflict", "doubled-char"}  # sampled evenly over their groups


def pick(candidates: list[Site], n: int, rng: random.Random, stratified: bool) -> list[Site]:
    """`n` of the candidates at random; over the groups in turn when stratified."""
    rng.shuffle(candidates)
    if not stratified:
        return candidates[:n]
    groups = defaultdict(list)
    for site in candidates:
        groups[site.group].append(site)
    chosen, order = [], sorted(groups)
    while len(chosen) < n and any(groups.values()):
        for g in order:
            if groups[g] and len(chosen) < n:
                chosen.append(groups[g].pop())
    return chosen


def measure(kind: str, lang: str, docs: list[Doc], args) -> list[Site]:
    rng = random.Random(f"{args.seed}/{kind}/{lang}")
    candidates = KINDS[kind](docs, rng, args.sites)
    sites = pick(candidates, args.sites, rng, kind in STRATIFIED)
    real = len(sites)
    if kind == "parts-sum" and real < args.sites:
        sites += synthetic_parts(docs, rng, args.sites - real)
    codes = CODES[kind]
    print(f"\n-- {kind} / {lang}: {len(sites)} sites ({real} real, of {len(candidates)} candidates)"
          + (f"; FEWER THAN {ENOUGH} REAL SITES in the corpus" if real < ENOUGH else ""))
    for site in sites:
        run(site, codes)
        if args.misses and site.found:
            continue
        state = "found " if site.found else "MISSED"
        said = ",".join(site.found) if site.found else ("nearby: " + ",".join(site.nearby) if site.nearby else "")
        twin = f"  TWIN ALARM {','.join(site.twin_alarms)}" if site.twin_alarms else ""
        print(f"  {state} {site.doc.name}:{site.doc.line(site.offset)} [{site.label or site.group}] {site.before} → {site.after}  {said}{twin}")
    groups = defaultdict(lambda: [0, 0])
    for site in sites:
        groups[site.group][0] += bool(site.found)
        groups[site.group][1] += 1
    if len(groups) > 1:
        print("   by group: " + "; ".join(f"{g} {f}/{t}" for g, (f, t) in sorted(groups.items())))
    return sites


def warning_load(corpus: dict[str, list[Doc]], langs) -> None:
    """Warnings and errors on the clean documents: what a reader wades through for nothing."""
    print("\n== warning load on the clean documents (warnings + errors)")
    for lang in langs:
        docs = corpus[lang]
        size = sum(len(d.text.encode("utf-8")) for d in docs)
        loud = [f for d in docs for f in d.findings if f.severity >= Severity.WARNING]
        infos = sum(1 for d in docs for f in d.findings if f.severity < Severity.WARNING)
        top = ", ".join(f"{c} {k}" for c, k in Counter(f.code for f in loud).most_common(8)) or "none"
        print(f"  {lang}: {len(docs)} documents, {size / 1024:.0f} KB: {len(loud)} warnings+errors = "
              f"{len(loud) / (size / 1024) * 100:.2f} per 100 KB (and {infos} info); top codes: {top}")


def table(results: dict[tuple[str, str], list[Site]]) -> None:
    print("\n== recall = found / injected")
    print(f"  {'kind':22} {'lang':4} {'codes':16} {'real':>11} {'synthetic':>11} {'all':>11} {'recall':>7}  twin alarms")
    for (kind, lang), sites in results.items():
        def ratio(subset):
            return f"{sum(bool(s.found) for s in subset)}/{len(subset)}" if subset else "-"
        real = [s for s in sites if s.origin == "real"]
        synthetic = [s for s in sites if s.origin == "synthetic"]
        twins = [s for s in sites if s.twin is not None]
        recall = f"{sum(bool(s.found) for s in sites) / len(sites):.0%}" if sites else "-"
        alarms = f"{sum(bool(s.twin_alarms) for s in twins)}/{len(twins)}" if twins else "-"
        codes = ",".join(CODES[kind]) if CODES[kind] else "(none: any)"
        print(f"  {kind:22} {lang:4} {codes:16} {ratio(real):>11} {ratio(synthetic):>11} {ratio(sites):>11} {recall:>7}  {alarms}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", choices=sorted(KINDS), action="append", help="only this kind (repeatable)")
    parser.add_argument("--lang", choices=LANGUAGES, action="append", help="only this language")
    parser.add_argument("--misses", action="store_true", help="print only the missed sites")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--sites", type=int, default=SITES, help=f"sites per kind and language (default {SITES})")
    args = parser.parse_args()
    if not (CORPUS / "zh").is_dir() or not (CORPUS / "en").is_dir():
        print(f"{CORPUS} not found: the recall benchmark needs the shared corpus; nothing measured")
        return
    began = time.perf_counter()
    corpus = load_corpus()
    langs = args.lang or list(LANGUAGES)
    results = {}
    for kind in args.kind or list(KINDS):
        doc = (KINDS[kind].__doc__ or "").split("\n")[0]
        print(f"\n== {kind} ({', '.join(CODES[kind]) if CODES[kind] else 'no rule claims it: any warning or error'}): {doc}")
        for lang in langs:
            results[kind, lang] = measure(kind, lang, corpus[lang], args)
    table(results)
    warning_load(corpus, langs)
    print(f"\n{sum(len(s) for s in results.values())} injected sites in {time.perf_counter() - began:.0f} s (seed {args.seed})")


if __name__ == "__main__":
    main()
