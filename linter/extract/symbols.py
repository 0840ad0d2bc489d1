"""UN document symbols (and the treaty series that copy their style).

Grammar:
    symbol     := SERIES ("/" COMPONENT)+ "*"? (_ "(" CORRECTED ")")? (_ "(" YEAR ")")?
    sc_res     := a pack's Security Council citation form        resolution 1540 (2004)
    ga_res     := a pack's General Assembly citation form        resolution 78/123
    iaea_std   := (SSR|GSR|SSG|GSG) "-" NUMBER                   SSR-6
COMPONENT is deliberately loose (CONF2010, PC.1, ADD.1 parse) so that SYM001 can say what is
wrong with a symbol instead of silently not seeing it; `problems` lists the violations.
The series and the citation forms are pack data (`linter.lang.<code>.symbols`).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import NamedTuple

from linter.extract.grammar import Scanner, finish, token
from linter.facts import Symbol

from linter.lang import everything, merged
from linter.lang.und.symbols import MAX_COMPONENT_CHARS, MAX_COMPONENTS, SERIES, SESSION, SYMBOL

# The characters a whole symbol can take, for the grammar's window (series, components, suffixes).
_MAX_SYMBOL_CHARS = max(map(len, SERIES)) + MAX_COMPONENTS * (2 * MAX_COMPONENT_CHARS + 3) + 20
# Series in which a four-digit component is a year (elsewhere it is a running number: CD/2067).
_YEAR_SERIES = {"S", "E", "GOV", "NPT", "FCCC", "BWC", "CCW", "APLC", "ATT", "CTBT-Art.XIV", "HRI"}
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}
_SUFFIX = re.compile(r"(?i)^(add|corr|rev|amend)\.?(\d+)$")
_SUFFIX_FORM = {"add": "Add", "corr": "Corr", "rev": "Rev", "amend": "Amend"}


class _Tables(NamedTuple):
    scanner: Scanner
    general_assembly: re.Pattern  # text right before "resolution 78/123" naming the Assembly


@cache
def _tables(packs: tuple) -> _Tables:
    """The citation forms of the chosen packs as one scanner (cached per pack chain)."""
    corrected = "|".join(merged(packs, "symbols", "CORRECTED"))
    suffixes = re.compile(rf"\*|[ \u00a0]?\((?:{corrected})\)" if corrected else r"\*")

    def grammar():
        """symbol := SERIES ("/" COMPONENT)+ "*"? (_ "(" CORRECTED ")")?"""
        import pyparsing as pp

        symbol = token(SYMBOL, "symbol") + pp.Opt(token(r"\*+", "reissue")("reissue"))
        if corrected:
            symbol += pp.Opt(token(rf"[ \u00a0]?\((?:{corrected})\)", "corrected")("corrected"))
        return finish(symbol)

    prefilter = re.compile("|".join(merged(packs, "symbols", "PREFILTER")))
    scanner = Scanner(prefilter, grammar=grammar, atoms=merged(packs, "symbols", "ATOMS"), continuation=suffixes, window=_MAX_SYMBOL_CHARS)
    assembly = "|".join(merged(packs, "symbols", "GENERAL_ASSEMBLY_BEFORE")) or r"(?!)"
    return _Tables(scanner, re.compile(rf"(?:{assembly})$"))


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
            if "session" in t:
                # "resolution 5/1" is the Human Rights Council's, "51/4" a commission's: only a
                # resolution the text attributes to the General Assembly is A/RES/…
                if not tables.general_assembly.search(text, max(0, start - 40), start):
                    continue
                parts = ("A", "RES", t["session"], t["res_number"])
                canonical = "/".join(parts)
            else:
                parts = ("S", "RES", t["res_number"])
                canonical = f"S/RES/{t['res_number']} ({t['res_year']})"
            facts.append(Symbol(start=start, end=end, text=surface, lang="und", canonical=canonical, series=parts[0], components=parts))
            continue
        parts = t["parts"].split("/")[1:]
        # A final "." is the sentence's full stop, not the symbol's ("… CD/1299.").
        while parts and parts[-1].endswith(".") and not _SUFFIX.match(parts[-1] + "0"):
            parts[-1] = parts[-1][:-1]
        if "reissue" not in t and "corrected" not in t:
            end = start + len(t["series"]) + sum(1 + len(p) for p in parts)
        components = (t["series"], *parts)
        canonical = "/".join(components) + t.get("reissue", "")
        if "corrected" in t:
            canonical += " (Corrected)"
        facts.append(
            Symbol(
                start=start, end=end, text=text[start:end], lang="und", canonical=canonical,
                series=series_name(t["series"]), components=components, problems=problems(components),
            )
        )
    return facts


def series_name(first: str) -> str:
    """GC(63) → GC, EC-86 → EC, C-19 → C."""
    return re.sub(r"\(.*\)$|-\d+$", "", first) or first


def problems(components: tuple[str, ...]) -> tuple[tuple[str, str, str], ...]:
    """Grammar violations of a known series (SYM001), as (kind, as written, as it should be):
    kinds "roman" (PC.1), "dot" (CONF2010), "suffix" (ADD.1), "future-year", "session"."""
    found = []
    this_year = dt.date.today().year
    for part, fixed in zip(components, _corrected_parts(components)):
        if part != fixed:
            kind = "roman" if fixed.startswith("PC.") else "dot" if fixed.startswith("CONF.") else "suffix"
            found.append((kind, part, fixed))
        if components[0] in _YEAR_SERIES and re.fullmatch(r"(?:19|20)\d\d", part) and int(part) > this_year + 1:
            found.append(("future-year", part, ""))
    if components[0] == "A" and len(components) > 1 and components[1].isdigit() and int(components[1]) > this_year - 1945 + 1:
        found.append(("session", components[1], ""))
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
    last: dt.date
    reason: str  # "prepcom", "ga-session", "gc", "opcw", "year"
    values: dict


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
    if series == "A" and len(c) > 3 and c[1] == "RES" and re.fullmatch(SESSION, c[2]):
        n = int(c[2])
        return Period(dt.date(1945 + n, 9, 1), dt.date(1946 + n, 9, 15), "ga-session", {"session": n, "opens": 1945 + n, "closes": 1946 + n})
    if (m := re.fullmatch(r"GC\((\d{1,2})\)", series)):
        return _years(1956 + int(m.group(1)), "gc", session=int(m.group(1)))
    if (m := re.fullmatch(r"C-(\d{1,2})", series)):
        return _years(1995 + int(m.group(1)), "opcw", session=int(m.group(1)))
    if series in ("S", "E", "GOV") and len(c) > 2 and c[1] != "RES" and re.fullmatch(r"(?:19|20)\d\d", c[1]):
        return _years(int(c[1]), "year", series=series)
    return None


def _years(year: int, reason: str, **values) -> Period:
    return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), reason, {"year": year, **values})
