"""UN document symbols (and the treaty series that copy their style).

Grammar (each form one regex atom):
    symbol     := SERIES ("/" COMPONENT)+ VOLUME? "*"? (_ "(" CORRECTED ")")?
    sc_res     := a pack's Security Council citation form        resolution 1540 (2004)
    cited      := a pack's citation by session and number        resolution 78/123 · decision 52/492
    listed     := CITED_NUMBER after a plural citation word      resolutions 50/70 P, … and 79/50
    iaea_std   := (SSR|GSR|SSG|GSG) "-" NUMBER                   SSR-6
COMPONENT is deliberately loose (CONF2010, PC.1, ADD.1 parse) so that SYM001 can say what is
wrong with a symbol instead of silently not seeing it; `problems` lists the violations.
The series and the citation forms are pack data (`linter.lang.<code>.symbols`), and so are the
bodies whose names before a citation say whose resolution it is (A/RES, A/HRC/RES, E/RES).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import cache
from typing import NamedTuple

from linter.extract.grammar import Scanner, words
from linter.search import Candidates
from linter.facts import Symbol

from linter.lang import everything, merged
from linter.lang.und import resolution_years as ry
from linter.lang.und.symbols import (
    ANY_CITED, CITED_FORMS, CLAUSE_END, NUMBERING, QUOTED, SESSION, SYMBOL, VOLUME,
)

# Series in which a four-digit component is a year (elsewhere it is a running number: CD/2067).
_YEAR_SERIES = {"S", "E", "GOV", "NPT", "FCCC", "BWC", "CCW", "APLC", "ATT", "CTBT-Art.XIV", "HRI"}
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}
_SUFFIX = re.compile(r"(?i)^(add|corr|rev|amend)\.?(\d+)$")
_SUFFIX_FORM = {"add": "Add", "corr": "Corr", "rev": "Rev", "amend": "Amend"}


class _Tables(NamedTuple):
    scanner: Scanner
    bodies: re.Pattern  # the bodies that adopt resolutions; group b<i> is BODIES[i]
    series: tuple  # BODIES[i]'s series root (A, A/HRC, E) or None
    cites: dict  # a citation word → RES or DEC
    lists: Candidates | None  # a plural citation word, before a list of numbers
    list_item: re.Pattern | None  # separator (and date) before the next number of a list
    subjects: re.Pattern | None  # a resolution's subject written before it: a body named there did not adopt it


@cache
def _tables(packs: tuple) -> _Tables:
    """The citation forms of the chosen packs as one scanner (cached per pack chain)."""
    corrected = "|".join(merged(packs, "symbols", "CORRECTED"))
    # symbol := SERIES ("/" COMPONENT)+ VOLUME? "*"? (_ "(" CORRECTED ")")?
    symbol = rf"{SYMBOL}(?P<volume>{VOLUME})?(?P<reissue>\*+)?"
    if corrected:
        symbol += rf"(?P<corrected>[ \u00a0]?\((?:{corrected})\))?"
    atoms = tuple(symbol if atom == SYMBOL else atom for atom in merged(packs, "symbols", "ATOMS"))
    prefilter = "|".join(merged(packs, "symbols", "PREFILTER"))
    scanner = Scanner(prefilter, atoms=atoms)
    bodies = merged(packs, "symbols", "BODIES")
    body_pattern = re.compile("|".join(f"(?P<b{i}>{_body_name(pattern)})" for i, (pattern, _) in enumerate(bodies)) or r"(?!)")
    lists = merged(packs, "symbols", "LISTS") or {}
    list_words = Candidates(rf"(?<![^\W\d_])(?P<word>(?i:{words(lists)}))[ \u00a0\n]+(?={ANY_CITED})") if lists else None
    gap = "|".join(merged(packs, "symbols", "LIST_SEPARATOR"))
    date = "|".join(merged(packs, "symbols", "LIST_DATE"))
    list_item = re.compile(rf"(?:{date})?(?:{gap})(?={ANY_CITED})") if lists and gap else None
    cites = {**(merged(packs, "symbols", "CITES") or {}), **lists}
    subjects = "|".join(merged(packs, "symbols", "SUBJECTS"))
    return _Tables(scanner, body_pattern, tuple(series for _, series in bodies), cites, list_words, list_item,
                   re.compile(subjects) if subjects else None)


def _body_name(pattern: str) -> str:
    """A body's name as reports write it: wrapped over a line where PDF text breaks ("Human Rights
    \nCouncil"), and in capitals in a heading ("HUMAN RIGHTS COUNCIL")."""
    forms = dict.fromkeys((pattern, pattern.upper()))
    return "|".join(form.replace(" ", r"[ \u00a0]*\n?[ \u00a0]*") for form in forms)


def extract(text: str, packs: tuple = ()) -> list[Symbol]:
    tables = _tables(packs or everything())
    facts = []
    for start, end, tokens in tables.scanner.scan(text):
        t = {**tokens, **tokens.get("a", {})}
        surface = text[start:end]
        if "iaea" in t:
            facts.append(Symbol(start=start, end=end, text=surface, lang="und", canonical=f"IAEA {t['iaea']}", series="IAEA", components=(t["iaea"],)))
            continue
        if "series" not in t:  # a resolution cited by number
            fact = _cited(text, start, end, t, tables, t.get("word"))
            if fact is not None:
                facts.append(fact)
            continue
        parts = t["parts"].split("/")[1:]
        # A final "." is the sentence's full stop, not the symbol's ("… CD/1299.").
        while parts and parts[-1].endswith(".") and not _SUFFIX.match(parts[-1] + "0"):
            parts[-1] = parts[-1][:-1]
        if not {"volume", "reissue", "corrected"} & t.keys():
            end = start + len(t["series"]) + sum(1 + len(p) for p in parts)
        components = (t["series"], *parts)
        canonical = "/".join(components) + " ".join(t.get("volume", "").split()).replace("(", " (", 1) + t.get("reissue", "")
        if "corrected" in t:
            canonical += " (Corrected)"
        facts.append(
            Symbol(
                start=start, end=end, text=text[start:end], lang="und", canonical=canonical,
                series=series_name(t["series"]), components=components, problems=problems(components),
            )
        )
    return sorted(facts + _listed(text, tables), key=lambda f: f.start)


_ITEMS = tuple(re.compile(form) for form in CITED_FORMS)
_QUOTED = re.compile(QUOTED)
_CLAUSE_END = re.compile(CLAUSE_END)


def _item(text: str, at: int) -> re.Match | None:
    """The citation by number at `at`, in the first form that matches there."""
    return next((m for pattern in _ITEMS if (m := pattern.match(text, at))), None)


def _listed(text: str, tables: _Tables) -> list[Symbol]:
    """Each number of a list after a plural citation word: "resolutions 50/70 P of 12 December
    1995, 51/45 O … and 79/50" are A/RES/50/70 P, A/RES/51/45 O … A/RES/79/50; "resolutions
    242 (1967), 338 (1973)" the Security Council's."""
    if tables.lists is None:
        return []
    facts = []
    for m in tables.lists.finditer(text):
        at, word = m.end(), m.group("word")
        while (item := _item(text, at)) is not None:
            fact = _cited(text, item.start(), item.end(), item.groupdict(), tables, word, body_at=m.start())
            if fact is None:
                break
            facts.append(fact)
            gap = tables.list_item.match(text, item.end()) if tables.list_item else None
            if gap is None:
                break
            at = gap.end()
    return facts


def _cited(text: str, start: int, end: int, t: dict, tables: _Tables, word: str | None, body_at: int | None = None) -> Symbol | None:
    """A resolution or decision cited by number, as the symbol of the body that adopted it."""
    kind = tables.cites.get(word, tables.cites.get((word or "").lower(), "RES"))
    letter = f" {t['letter']}" if t.get("letter") else ""
    if t.get("roman"):  # 2200 A (XXI): the General Assembly's or the Council's, before 1976
        root = _body(text, start if body_at is None else body_at, tables, "roman")
        if root is None:
            return None
        parts = (*root.split("/"), kind, f"{t['res_number']} ({t['roman']})")
        return Symbol(start=start, end=end, text=text[start:end], lang="und", canonical=f"{root}/{kind}/{t['res_number']}{letter} ({t['roman']})",
                      series=parts[0], components=parts)
    if t.get("session") is None:  # resolution 1540 (2004): the Security Council's
        parts = ("S", "RES", t["res_number"])
        return Symbol(start=start, end=end, text=text[start:end], lang="und", canonical=f"S/RES/{t['res_number']} ({t['res_year']})",
                      series="S", components=parts)
    numbering = "year" if t["session"].isdigit() and len(t["session"]) == 4 else "session"
    root = _body(text, start if body_at is None else body_at, tables, numbering)
    if root is None:
        return None
    parts = (*root.split("/"), kind, t["session"], t["res_number"])
    return Symbol(start=start, end=end, text=text[start:end], lang="und", canonical="/".join(parts) + letter, series=parts[0], components=parts)


_PARAGRAPH_REACH = 300  # characters looked back for the body a citation belongs to


def _body(text: str, start: int, tables: _Tables, numbering: str) -> str | None:
    """The series root of the last body named before `start` in its paragraph, outside quoted
    titles, that numbers its resolutions this way ("year", "session" or "roman"); a generic name
    ("the Council", 理事会) is the body named before it whose name ends so. In "General
    Assembly resolution 77/126 …,\nRecalling also its resolution 2022/22" the second is the
    Council's own, the Assembly numbering by session. None when that body's resolutions are not
    cited so, or when a body of the citation's own clause numbers otherwise ("The General
    Assembly, in resolution 2019/12"); when no body is named, the one that numbers so:
    "resolution 78/123" is the General Assembly's, "resolution 2019/12" the Economic and Social
    Council's. Nor does a body named in the subject written before a citation (the packs'
    SUBJECTS: 关于发展政策委员会…报告的第2023/10号决议) decide, nor, for a resolution numbered by
    year, a generic name in an earlier clause ("… it gave to the Commission,\nRecalling further
    its resolution 2022/15")."""
    lo = max(0, start - _PARAGRAPH_REACH)
    lo = max(lo, text.rfind("\n\n", lo, start) + 1)
    quoted = [m.span() for m in _QUOTED.finditer(text, lo, start)]
    if tables.subjects is not None:
        quoted += [m.span() for m in tables.subjects.finditer(text, lo, start)]
    found = next(root for root, ways in NUMBERING.items() if numbering in ways)
    named = {}  # each body's name as written → its series root
    for m in tables.bodies.finditer(text, lo, start):
        root = tables.series[int(m.lastgroup[1:])]
        if any(a <= m.start() < b for a, b in quoted):
            continue
        if root is None:  # "the Council" after "the Economic and Social Council" is that Council
            root = next((r for name, r in reversed(named.items()) if name.endswith(" ".join(m.group().split()))), None)
        named[" ".join(m.group().split())] = root
        if root is None and numbering == "year" and _CLAUSE_END.search(text, m.end(), start):
            continue  # "… the mandate it gave to the Commission,\nRecalling further its resolution 2022/15": the Council's
        if root is None or _numbers(root, numbering):
            found = root
        elif not _CLAUSE_END.search(text, m.end(), start):
            found = None
    return found


def _numbers(root: str, numbering: str) -> bool:
    """Whether the body of series `root` numbers its resolutions so."""
    return numbering in NUMBERING.get(root, ())


def series_name(first: str) -> str:
    """GC(63) → GC, EC-86 → EC, C-19 → C, EB150 → EB."""
    return re.sub(r"\(.*\)$|-\d+$|(?<=[A-Z])\d+$", "", first) or first


def problems(components: tuple[str, ...]) -> tuple[tuple[str, str, str], ...]:
    """Grammar violations of a known series (SYM001), as (kind, as written, as it should be):
    kinds "roman" (PC.1), "dot" (CONF2010), "suffix" (ADD.1). A pure function of the symbol:
    whether a year lies in the future depends on the day of the check (`encoded_years`)."""
    found = []
    for part, fixed in zip(components, _corrected_parts(components)):
        if part != fixed:
            kind = "roman" if fixed.startswith("PC.") else "dot" if fixed.startswith("CONF.") else "suffix"
            found.append((kind, part, fixed))
    return tuple(found)


def encoded_years(components: tuple[str, ...]) -> tuple[tuple[str, str, int], ...]:
    """The years a symbol's parts stand for, as (kind, as written, year): "future-year" for a
    year component of a dated series (S/2099/1), "session" for a General Assembly session
    (A/99/1 → the year it opens). SYM001 compares them with the day of the check."""
    found = [("future-year", part, int(part)) for part in components
             if components[0] in _YEAR_SERIES and re.fullmatch(r"(?:19|20)\d\d", part)]
    if components[0] == "A" and len(components) > 1 and components[1].isdigit():
        found.append(("session", components[1], 1945 + int(components[1])))
    return tuple(found)


def corrected(components: tuple[str, ...]) -> str:
    """The symbol with its grammar violations repaired: NPT/CONF2010/PC.1 → NPT/CONF.2010/PC.I."""
    return "/".join(_corrected_parts(components))


def _corrected_parts(components: tuple[str, ...]) -> list[str]:
    series = components[0]
    out = [series]
    for part in components[1:]:
        m = _SUFFIX.match(part)
        if m and series != "ATT":  # the ATT writes Rev1 and Corr on purpose
            part = f"{_SUFFIX_FORM[m.group(1).lower()]}.{m.group(2)}"
        if series == "NPT":
            part = re.sub(r"^CONF(\d{4})$", r"CONF.\1", part)
            part = re.sub(r"^PC\.?([1-3])$", lambda m: "PC." + {"1": "I", "2": "II", "3": "III"}[m.group(1)], part)
        out.append(part)
    return out


class Period(NamedTuple):
    """The dates a citation of a symbol can carry, and why (a reason kind and its values)."""

    first: dt.date
    last: dt.date  # dt.date.max: open (an emergency special session still resumed)
    reason: str  # "prepcom", "ga-session", "gc", "opcw", "year" (what linter.describe shows)
    values: dict
    says: str = ""  # the finer kind a rule's message names, when it is not the reason: "hrc", "ecosoc" …


def implied_period(symbol: Symbol) -> Period | None:
    """None when the series encodes no time."""
    c = symbol.components
    series = c[0]
    if series == "NPT" and len(c) > 2 and (m := re.fullmatch(r"CONF\.(\d{4})", c[1])):
        pc = re.fullmatch(r"PC\.(I{1,3})", c[2])
        if pc:
            cycle = int(m.group(1))
            year = cycle - 4 + _ROMAN[pc.group(1)]
            return _years(year, "prepcom", session=pc.group(1), cycle=cycle)
        return None
    if series in ("A", "E", "S") and len(c) > 2 and c[1] in _ADOPTED:
        return _adopted(series, c[2:])
    if series == "A" and len(c) > 3 and c[1] == "HRC" and c[2] in _ADOPTED:
        return _human_rights_council(c[3])
    if (m := re.fullmatch(r"GC\((\d{1,2})\)", series)):
        return _years(1956 + int(m.group(1)), "gc", session=int(m.group(1)))
    if (m := re.fullmatch(r"C-(\d{1,2})", series)):
        return _years(1995 + int(m.group(1)), "opcw", session=int(m.group(1)))
    if series in ("S", "E", "GOV") and len(c) > 2 and re.fullmatch(r"(?:19|20)\d\d", c[1]):
        return _years(int(c[1]), "year", series=series)
    return None


_ADOPTED = ("RES", "DEC")  # resolutions and decisions: the components after these say when


def _adopted(series: str, rest: tuple[str, ...]) -> Period | None:
    """A resolution or decision of the General Assembly (78/123, S-10/2, ES-10/2, 181 (II)), the
    Economic and Social Council (2019/12) or the Security Council (1540 (2004)), by the rules and
    tables of linter.lang.und.resolution_years."""
    first = rest[0]
    if series == "S" and first.isdigit():
        return _security_council(int(first))
    if series == "E" and len(rest) > 1 and re.fullmatch(r"(?:19|20)\d\d", first):
        return _economic_and_social_council(int(first))
    if series != "A":
        return None
    if len(rest) > 1 and re.fullmatch(SESSION, first):
        return _ga_session(int(first))
    if len(rest) > 1 and (m := re.fullmatch(r"(E?S)-(\d{1,2})", first)):
        return _ga_special(m.group(1), int(m.group(2)))
    if (m := re.fullmatch(r"\d{1,4} \((E?S-)?([IVXL]{1,7})\)", first)):  # 181 (II), 3201 (S-VI)
        n = roman_value(m.group(2))
        if n is None:
            return None
        if m.group(1):
            return _ga_special(m.group(1)[:-1], n)
        if n > ry.GA_LAST_ROMAN_SESSION or int(first.split()[0]) < ry.GA_ROMAN_LEAST_A_SESSION * (n - 1):
            return None  # no Assembly resolution (663 C (XXIV) is the Economic and Social Council's)
        return _ga_session(n, roman=m.group(2))
    return None


def _ga_session(n: int, roman: str | None = None) -> Period:
    session = roman or n
    if n == 1:
        year = ry.GA_FIRST_SESSION_YEAR
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "ga-session", {"session": session, "opens": year, "closes": year, "year": year}, "ga-year")
    opens, closes = 1945 + n, 1946 + n
    return Period(dt.date(opens, *ry.GA_OPENS), dt.date(closes, *ry.GA_CLOSES), "ga-session", {"session": session, "opens": opens, "closes": closes})


def _ga_special(kind: str, n: int) -> Period | None:
    if kind == "S":
        year = ry.GA_SPECIAL_SESSIONS.get(n)
        if year is None:
            return None
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "ga-session", {"session": f"S-{n}", "opens": year, "closes": year, "year": year}, "ga-special")
    if n not in ry.GA_EMERGENCY_SESSIONS:
        return None
    opens, closes = ry.GA_EMERGENCY_SESSIONS[n]
    values = {"session": f"ES-{n}", "opens": opens, "closes": closes if closes is not None else "…", "year": opens}
    if closes is None:
        return Period(dt.date(opens, 1, 1), dt.date.max, "ga-session", values, "ga-emergency-open")
    return Period(dt.date(opens, 1, 1), dt.date(closes, 12, 31), "ga-session", values, "ga-emergency" if opens != closes else "ga-special")


def _economic_and_social_council(year: int) -> Period:
    if year < ry.ECOSOC_CYCLE_FROM:
        return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", {"series": "E", "year": year}, "ecosoc")
    opened = ry.ECOSOC_SESSION_OPENED
    first = dt.date(*opened[year]) if year in opened else dt.date(year - 1, *ry.ECOSOC_OPENS)
    last = dt.date(*opened[year + 1]) - dt.timedelta(days=1) if year + 1 in opened else dt.date(year, *ry.ECOSOC_CLOSES)
    return Period(first, last, "year", {"series": "E", "year": year, "opens": year - 1}, "ecosoc-cycle")


def _human_rights_council(session: str) -> Period | None:
    if not re.fullmatch(r"\d{1,3}", session) or int(session) < 1:
        return None  # a special session (S-30/1) has its own date, not in the tables
    year = ry.HRC_FIRST_YEAR + (int(session) - 1) // ry.HRC_SESSIONS_A_YEAR
    return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", {"series": "A/HRC", "session": int(session), "year": year}, "hrc")


_SC_YEARS = sorted(ry.SC_FIRST_OF_YEAR)
_SC_FIRSTS = [ry.SC_FIRST_OF_YEAR[y] for y in _SC_YEARS]


def _security_council(number: int) -> Period | None:
    """The year resolution `number` was adopted in: the last year whose first resolution is not
    after it; past the table's last year, that year or later."""
    i = bisect.bisect_right(_SC_FIRSTS, number) - 1
    if i < 0:
        return None
    year = _SC_YEARS[i]
    last = dt.date.max if i == len(_SC_YEARS) - 1 else dt.date(year, 12, 31)
    return Period(dt.date(year, 1, 1), last, "year", {"series": "S", "number": number, "year": year}, "sc" if last.year == year else "sc-since")


_ROMAN_DIGITS = {"I": 1, "V": 5, "X": 10, "L": 50}


def roman_value(numeral: str) -> int | None:
    """XXI → 21; None for a string that is no canonical Roman numeral."""
    total = 0
    for i, ch in enumerate(numeral):
        value = _ROMAN_DIGITS.get(ch)
        if value is None:
            return None
        following = _ROMAN_DIGITS.get(numeral[i + 1], 0) if i + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total or None


def _years(year: int, reason: str, **values) -> Period:
    return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), reason, {"year": year, **values})
