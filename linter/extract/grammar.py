"""pyparsing building blocks shared by the fact grammars, and the prefilter-then-parse scanner.

Every grammar is built once, on first need, from the language tables — never at import time,
and pyparsing itself is imported only when a composite fact (a range, a compound amount, a
symbol) has to be parsed: a pre-commit run on a small file should not pay for it.
Atoms are regexes with named groups that never skip whitespace on their own: spacing is explicit
in the grammars (`SP`), because "2020 年 2 月" and "2020年2月" are both right and a span must end
exactly where the fact ends.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from functools import cache

from linter.lang import everything, merged
from linter.search import Candidates, words  # noqa: F401 — words: the packs build their patterns with it
from linter.units import MAX_FIGURE_DECIMALS, MAX_FIGURE_DIGITS

if TYPE_CHECKING:
    import pyparsing as pp

SPACE = " \u00a0\u202f\u2009\u3000"
_SPACE_CLASS = "[ \u00a0\u202f\u2009\u3000]"
GROUP_SPACE = "[ \u00a0\u202f\u2009]"
WORD_END = r"(?![A-Za-z])"  # a word written in letters ends where the letters end ("tons", not "tonsil")
# Figures as reports write them: 803 571 · 803,571 · 4 300 · 1.2 · 803571 (full-width digits included).
# A grouped figure has groups of three after a first group of one to three (domain.md §2.2), so
# "7 4 7 7 2" is five digits, not one number. A figure starts neither inside another one nor right
# after a digit and a space, and ends before any further digit: a run longer than MAX_FIGURE_DIGITS
# digits (or MAX_FIGURE_DECIMALS decimals) is no figure, nor is any part of it. Space grouping is
# written everywhere; a comma or a point means a group in one language and a decimal in another,
# so they come from the packs (`numbers`: GROUP_SEPARATORS, DECIMAL_SEPARATORS), and a figure
# touching a separator no pack reads ("3,5" for a chain without one) is no figure at all.
# Between a figure and its words, or between words of one fact: a space, or a line break where
# PDF text wraps ("223\ncases", "5 million\ndollars").
GAP = r"(?:[ \u00a0]|\r?\n)"
NOT_AFTER_DIGIT = rf"(?<!\d{GROUP_SPACE}\d)"  # for prefilters, right after a figure's first digit
_START = rf"(?<![\d.,])(?<!\d{GROUP_SPACE})"
_UNGROUPED = rf"\d{{1,{MAX_FIGURE_DIGITS}}}"
_END = r"(?![.,]?\d)"


@cache
def arabic_number(packs: tuple = (), decimals: bool = True) -> str:
    """The regex of a figure as `packs` write it (all packs by default); an integer without `decimals`."""
    packs = packs or everything()
    group = "|".join([*map(re.escape, merged(packs, "numbers", "GROUP_SEPARATORS")), rf"{GROUP_SPACE}(?=\d{{3}}(?!\d))"])
    grouped = rf"\d{{1,3}}(?:(?:{group})\d{{3}}){{1,{(MAX_FIGURE_DIGITS - 1) // 3}}}"
    points = merged(packs, "numbers", "DECIMAL_SEPARATORS") if decimals else ()
    fraction = rf"(?:(?:{'|'.join(map(re.escape, points))})\d{{1,{MAX_FIGURE_DECIMALS}}})?" if points else ""
    return rf"{_START}(?:{grouped}|{_UNGROUPED}){fraction}{_END}"


INTEGER = arabic_number(decimals=False)
ARABIC_NUMBER = arabic_number()
# How far a prefilter looks ahead of a figure's first digit for the word that makes it a fact (a
# currency, a unit, a classifier): two of the longest figures with scale words and spaces between
# (51亿 5600万美元). Bounded, so that a line of numbers costs every position a constant.
FIGURE_CHARS = MAX_FIGURE_DIGITS + (MAX_FIGURE_DIGITS - 1) // 3 + 1 + MAX_FIGURE_DECIMALS
LOOKAHEAD = 2 * (FIGURE_CHARS + 4)

# Numerals written in words of characters (一百二十萬): digits, units and scale words (万, 亿), with
# their variant forms, from every pack (`numbers`: NUMERAL_*) — reading one is never ambiguous.
_NUMERAL_DIGITS: dict[str, int] = merged(everything(), "numbers", "NUMERAL_DIGITS") or {}
_NUMERAL_UNITS: dict[str, int] = merged(everything(), "numbers", "NUMERAL_UNITS") or {}
_NUMERAL_SCALES: dict[str, int] = merged(everything(), "numbers", "NUMERAL_SCALES") or {}
_NUMERAL_VARIANTS: dict[str, str] = merged(everything(), "numbers", "NUMERAL_VARIANTS") or {}
CN_NUMERAL_CHARS = "".join(dict.fromkeys([*_NUMERAL_DIGITS, *_NUMERAL_UNITS, *_NUMERAL_SCALES, *_NUMERAL_VARIANTS]))
_CN_SIMPLIFIED = str.maketrans(_NUMERAL_VARIANTS)
# A digit and a unit for every place of the longest figure, and a scale word every four places.
_CN_MAX_CHARS = 2 * MAX_FIGURE_DIGITS + MAX_FIGURE_DIGITS // 4
CN_NUMBER = rf"[{CN_NUMERAL_CHARS}]{{1,{_CN_MAX_CHARS}}}(?![{CN_NUMERAL_CHARS}])"


def token(pattern: str, name: str | None = None, flags: int = 0) -> "pp.ParserElement":
    """A regex atom that does not skip leading whitespace."""
    import pyparsing as pp

    return pp.Regex(pattern, flags=flags).leave_whitespace().set_name(name or pattern)


@cache
def compiled(pattern: str) -> re.Pattern:
    """A pack's pattern, compiled once (packs hold strings; the engines compile what they use)."""
    return re.compile(pattern)


def one_of(table, name: str, flags: int = 0) -> "pp.ParserElement":
    return token(f"(?:{words(table)})", name, flags)


def SP() -> "pp.ParserElement":
    """Optional spacing between the parts of a date or an amount, with at most one line break
    where PDF text wraps ("2024–\n2028", "200 万至\n300 万美元"); never a paragraph break."""
    import pyparsing as pp

    return pp.Opt(token(f"{_SPACE_CLASS}*\\r?\\n{_SPACE_CLASS}*|{_SPACE_CLASS}+", "space")).suppress()


def number(name: str, packs: tuple = ()) -> "pp.ParserElement":
    return token(arabic_number(packs), "number")(name)


def finish(expr: "pp.ParserElement") -> "pp.ParserElement":
    """Top-level grammar: tabs kept (offsets are sacred), no implicit whitespace anywhere."""
    import pyparsing as pp

    expr = pp.Located(expr.leave_whitespace())
    expr.parse_with_tabs()
    return expr


RUN_CONTEXT = 2 * LOOKAHEAD  # how far past a run's end its prefilter may look


class Scanner:
    """Run a pyparsing grammar only where a cheap prefilter regex says a fact may start.

    Most facts are a single atom ("2019 年", "7 October 2020"): when an atom matches at a
    candidate and no continuation follows (a range connector, "and"), its regex match is the
    result and pyparsing is skipped — the grammar (built on first need) runs only for composite
    facts (ranges, compound amounts, symbols), where it earns its cost, and only where `viable`
    (a cheap necessary condition, when given) matches: a line of candidates that no grammar
    could take costs a regex match each, not a parse.
    """

    def __init__(self, prefilter: str, *, grammar: Callable[[], "pp.ParserElement"] | None = None,
                 atoms: tuple[str, ...] = (), continuation: re.Pattern | None = None, window: int = 120,
                 viable: re.Pattern | None = None):
        self.prefilter = Candidates(prefilter)
        self._atom_patterns = atoms
        self._atoms: tuple[re.Pattern, ...] | None = None  # compiled at the first candidate
        self.continuation = continuation
        self.window = window
        self.viable = viable
        self._build = grammar
        self._grammar = None

    def scan(self, text: str, runs: tuple[tuple[int, int], ...] | None = None) -> Iterator[tuple[int, int, dict]]:
        """Yield (start, end, tokens) with offsets into `text`; matches never overlap. With `runs`,
        only facts that start inside one of those spans (a fallback pack's script, `runs.py`)."""
        last_end = 0
        for pos in self._candidates(text, runs):
            if pos < last_end:
                continue
            found = self._atom_at(text, pos)
            if found is None and self._build is not None and (self.viable is None or self.viable.match(text, pos)):
                found = self._parse_at(text, pos)
            if found is not None:
                last_end = found[1]
                yield found

    def _candidates(self, text: str, runs) -> Iterator[int]:
        if runs is None:
            yield from self.prefilter.starts(text)
            return
        for start, end in runs:  # the prefilter still sees what follows a run (a look-ahead's reach)
            for pos in self.prefilter.starts(text, start, end + RUN_CONTEXT):
                if pos >= end:
                    break
                yield pos

    def _atom_at(self, text: str, pos: int):
        if self._atoms is None:
            self._atoms = tuple(re.compile(a) for a in self._atom_patterns)
        for atom in self._atoms:
            a = atom.match(text, pos)
            if a is None:
                continue
            if self.continuation is not None and self.continuation.match(text, a.end()):
                return None
            groups = {k: v for k, v in a.groupdict().items() if v is not None}
            return (pos, a.end(), {"a": groups}) if a.end() > pos else None
        return None

    def _parse_at(self, text: str, pos: int):
        import pyparsing as pp

        if self._grammar is None:
            self._grammar = self._build()
        try:
            result = self._grammar.parse_string(text[pos : pos + self.window])
        except pp.ParseBaseException:
            return None
        start, tokens, end = result[0], result[1], result[2]
        return (pos + start, pos + end, tokens.as_dict()) if end > start else None


def cn_int(numeral: str) -> int | None:
    """一 → 1, 十七 → 17, 一百零五 → 105, 一百二十萬 → 1200000, 三亿五千万 → 350000000, 一万亿 → 10^12;
    None for what is not a number word (三五, 十十, 万)."""
    value = _read_numeral(numeral.translate(_CN_SIMPLIFIED))
    return None if value is None else int(value)


_MIXED_TOKEN = re.compile(rf"\d(?:[\d,.{SPACE}]*\d)?|.", re.S)


def _read_numeral(tokens):
    """The value of numeral characters and figures read as digits of any size (1万6千 → 16000,
    4.3亿 → 430000000, 1亿3千万 → 130000000), or None for what is not a number."""
    total, section, digit, last_unit, last_scale = 0, 0, None, None, None
    for token in tokens:
        if not isinstance(token, str) or token in _NUMERAL_DIGITS:
            if digit:  # two digits in a row (三五); a zero may precede a digit (一百零五)
                return None
            digit = _NUMERAL_DIGITS[token] if isinstance(token, str) else token
        elif token in _NUMERAL_UNITS:
            unit = _NUMERAL_UNITS[token]
            if last_unit is not None and unit >= last_unit:  # units fall within a section (十十, 百千)
                return None
            section += (1 if digit is None else digit) * unit
            last_unit, digit = unit, None
        elif token in _NUMERAL_SCALES:
            scale = _NUMERAL_SCALES[token]
            value = section + (digit or 0)
            if last_scale is None or scale > last_scale:
                if total + value == 0:  # a scale word with nothing to scale (万)
                    return None
                total = (total + value) * scale  # 一万亿: 亿 scales everything before it
            elif value:
                total += value * scale  # 三亿五千万: a smaller scale adds a part
            else:
                return None  # 亿万
            section, digit, last_unit, last_scale = 0, None, None, scale
        else:
            return None
    return total + section + (digit or 0)


def numeral_digits(raw: str) -> int | None:
    """A number written digit by digit in numerals, as years are: 二〇一六 → 2016, 二0一一 → 2011."""
    digits = [str(_NUMERAL_DIGITS[c]) if c in _NUMERAL_DIGITS else c for c in raw.translate(_CN_SIMPLIFIED)]
    return int("".join(digits)) if all(d.isdigit() for d in digits) else None


def mixed_number(raw: str):
    """Figures and numeral characters in one number, as Chinese reports write large counts and
    amounts: '1万6千' → 16000, '13.5亿' → 1350000000, '三千' → 3000 (a Decimal; None if invalid)."""
    from decimal import Decimal

    tokens = [to_number(t) if t[0].isdigit() else t for t in _MIXED_TOKEN.findall(raw.translate(_CN_SIMPLIFIED))]
    value = _read_numeral(tokens)
    return None if value is None else Decimal(value)


def to_number(raw: str):
    """'803 571' / '803,571' / '１２' / '1.2' → Decimal; Chinese numerals, alone or with figures
    (1万6千), → Decimal too (None if invalid)."""
    from decimal import Decimal

    if any(c in CN_NUMERAL_CHARS for c in raw):
        return mixed_number(raw)
    cleaned = "".join(str(int(c)) if c.isdigit() else c for c in raw if c not in f",{SPACE}")
    return Decimal(cleaned)
