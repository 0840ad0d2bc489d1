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

if TYPE_CHECKING:
    import pyparsing as pp

SPACE = " \u00a0\u202f\u2009\u3000"
_SPACE_CLASS = "[ \u00a0\u202f\u2009\u3000]"
# Figures as reports write them: 803 571 · 803,571 · 4 300 · 1.2 · 803571 (full-width digits included).
ARABIC_NUMBER = r"\d{1,3}(?:(?:,|[ \u00a0\u202f\u2009](?=\d{3}(?!\d)))\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?"
CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_NUMBER = "[〇零一二两三四五六七八九十百千]+"


def token(pattern: str, name: str | None = None, flags: int = 0) -> "pp.ParserElement":
    """A regex atom that does not skip leading whitespace."""
    import pyparsing as pp

    return pp.Regex(pattern, flags=flags).leave_whitespace().set_name(name or pattern)


def words(table) -> str:
    """Longest-first regex alternation of literal words (a table's keys)."""
    return "|".join(re.escape(w) for w in sorted(table, key=len, reverse=True))


def one_of(table, name: str, flags: int = 0) -> "pp.ParserElement":
    return token(f"(?:{words(table)})", name, flags)


def SP() -> "pp.ParserElement":
    """Optional inline spacing (never a line break)."""
    import pyparsing as pp

    return pp.Opt(token(f"{_SPACE_CLASS}+", "space")).suppress()


def number(name: str) -> "pp.ParserElement":
    return token(ARABIC_NUMBER, "number")(name)


def finish(expr: "pp.ParserElement") -> "pp.ParserElement":
    """Top-level grammar: tabs kept (offsets are sacred), no implicit whitespace anywhere."""
    import pyparsing as pp

    expr = pp.Located(expr.leave_whitespace())
    expr.parse_with_tabs()
    return expr


class Scanner:
    """Run a pyparsing grammar only where a cheap prefilter regex says a fact may start.

    Most facts are a single atom ("2019 年", "7 October 2020"): when an atom matches at a
    candidate, is complete on its own and no continuation follows (a range connector, "and"),
    its regex match is the result and pyparsing is skipped — the grammar (built on first need)
    runs only for composite facts (ranges, compound amounts, symbols), where it earns its cost.
    """

    def __init__(self, prefilter: re.Pattern, *, grammar: Callable[[], "pp.ParserElement"] | None = None,
                 atoms: tuple[str, ...] = (), continuation: re.Pattern | None = None,
                 complete: Callable[[dict], bool] = lambda groups: True, window: int = 120):
        self.prefilter = prefilter
        self._atom_patterns = atoms
        self._atoms: tuple[re.Pattern, ...] | None = None  # compiled at the first candidate
        self.continuation = continuation
        self.complete = complete
        self.window = window
        self._build = grammar
        self._grammar = None

    def scan(self, text: str) -> Iterator[tuple[int, int, dict]]:
        """Yield (start, end, tokens) with offsets into `text`; matches never overlap."""
        last_end = 0
        for m in self.prefilter.finditer(text):
            pos = m.start()
            if pos < last_end:
                continue
            found = self._atom_at(text, pos)
            if found is None and self._build is not None:
                found = self._parse_at(text, pos)
            if found is not None:
                last_end = found[1]
                yield found

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
            return (pos, a.end(), {"a": groups}) if self.complete(groups) and a.end() > pos else None
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
    """一 → 1, 十七 → 17, 二十三 → 23, 一百零五 → 105, 三五 → None (not a number word)."""
    total, current = 0, None
    for ch in numeral:
        if ch in CN_DIGITS:
            if current is not None and current != 0:
                return None
            current = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            total += (1 if current is None else current) * CN_UNITS[ch]
            current = None
        else:
            return None
    return total + (current or 0)


def to_number(raw: str):
    """'803 571' / '803,571' / '１２' / '1.2' → Decimal; Chinese numerals → Decimal too."""
    from decimal import Decimal

    if raw[:1] in CN_DIGITS or raw[:1] in CN_UNITS:
        value = cn_int(raw)
        return None if value is None else Decimal(value)
    cleaned = "".join(str(int(c)) if c.isdigit() else c for c in raw if c not in f",{SPACE}")
    return Decimal(cleaned)
