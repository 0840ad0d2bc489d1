"""pyparsing building blocks shared by the fact grammars, and the prefilter-then-parse scanner.

Every grammar is built once (functools.cache) from the language tables, never at import time.
Atoms are `Regex` tokens that never skip whitespace on their own: spacing is explicit in the
grammars (`SP`), because "2020 年 2 月" and "2020年2月" are both right and a span must end exactly
where the fact ends.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

import pyparsing as pp

SPACE = " \u00a0\u202f\u2009\u3000"
_SPACE_CLASS = "[ \u00a0\u202f\u2009\u3000]"
# Figures as reports write them: 803 571 · 803,571 · 4 300 · 1.2 · 803571 (full-width digits included).
ARABIC_NUMBER = r"\d{1,3}(?:(?:,|[ \u00a0\u202f\u2009](?=\d{3}(?!\d)))\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?"
CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_NUMBER = "[〇零一二两三四五六七八九十百千]+"


def token(pattern: str, name: str | None = None, flags: int = 0) -> pp.ParserElement:
    """A regex atom that does not skip leading whitespace."""
    return pp.Regex(pattern, flags=flags).leave_whitespace().set_name(name or pattern)


def one_of(words, name: str, flags: int = 0) -> pp.ParserElement:
    """Longest-first alternation of literal words (a table's keys)."""
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return token(f"(?:{alternation})", name, flags)


def SP() -> pp.ParserElement:
    """Optional inline spacing (never a line break)."""
    return pp.Opt(token(f"{_SPACE_CLASS}+", "space")).suppress()


def number(name: str) -> pp.ParserElement:
    return token(ARABIC_NUMBER, "number")(name)


def finish(expr: pp.ParserElement) -> pp.ParserElement:
    """Top-level grammar: tabs kept (offsets are sacred), no implicit whitespace anywhere."""
    expr = pp.Located(expr.leave_whitespace())
    expr.parse_with_tabs()
    return expr


class Scanner:
    """Run a pyparsing grammar only where a cheap prefilter regex says a fact may start.

    Most facts are a single atom ("2019 年", "7 October 2020"): when the atom at a candidate is
    complete on its own and no continuation follows (a range connector, "and"), the atom's own
    regex match is the result and pyparsing is skipped — it runs only for composite facts
    (ranges, compound amounts), where a grammar earns its cost.
    """

    def __init__(self, grammar, prefilter: re.Pattern, *, window: int = 120, atoms: tuple[pp.Regex, ...] = (),
                 continuation: re.Pattern | None = None, complete=lambda groups: True):
        self.grammar = grammar
        self.prefilter = prefilter
        self.window = window
        self.atoms = tuple(a.re for a in atoms)
        self.continuation = continuation
        self.complete = complete

    def scan(self, text: str) -> Iterator[tuple[int, int, dict]]:
        """Yield (start, end, tokens) with offsets into `text`; matches never overlap."""
        last_end = 0
        for m in self.prefilter.finditer(text):
            pos = m.start()
            if pos < last_end:
                continue
            simple = self._atom_at(text, pos)
            if simple is not None:
                last_end = simple[1]
                yield simple
                continue
            try:
                result = self.grammar.parse_string(text[pos : pos + self.window])
            except pp.ParseBaseException:
                continue
            start, tokens, end = result[0], result[1], result[2]
            if end > start:
                last_end = pos + end
                yield pos + start, pos + end, tokens.as_dict()

    def _atom_at(self, text: str, pos: int):
        for atom in self.atoms:
            a = atom.match(text, pos)
            if a is None:
                continue
            if self.continuation is not None and self.continuation.match(text, a.end()):
                return None
            groups = {k: v for k, v in a.groupdict().items() if v is not None}
            return (pos, a.end(), {"a": groups}) if self.complete(groups) else None
        return None


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


def table_lookup(table: Mapping[str, str], word: str, default=None):
    return table.get(word, table.get(word.lower(), default))
