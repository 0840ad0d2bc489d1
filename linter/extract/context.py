"""Small look-behind / look-ahead helpers: the words right next to a fact that change its meaning
("超过 4 300 万美元", "1983 年以来", "截至 2020 年 8 月 31 日", "paragraph 12 calls")."""
from __future__ import annotations

import re
from functools import cache, lru_cache

from linter.lang import everything, merged

_SPACE_CHARS = " \u00a0\u202f\u2009\u3000\t\n"  # a line break too: PDF text wraps anywhere
_SPACES = f"[{_SPACE_CHARS}]*"
_PATTERNS: dict[tuple[int, bool], re.Pattern] = {}


def _pattern(words, before: bool) -> re.Pattern:
    """One regex per word table (tables are module constants, so their id is a stable key)."""
    key = (id(words), before)
    if key not in _PATTERNS:
        alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        # An English word must start a word: "Popover" does not end with the word "over".
        _PATTERNS[key] = re.compile(rf"(?<![A-Za-z0-9])(?:{alternation}){_SPACES}\Z" if before else rf"{_SPACES}({alternation})")
    return _PATTERNS[key]


def word_before(text: str, start: int, words, reach: int = 16) -> str | None:
    """The entry of `words` that the text right before `start` ends with (spaces skipped), if any."""
    m = _pattern(words, True).search(text, max(0, start - reach), start)
    return m.group().rstrip(_SPACE_CHARS) if m else None


def word_after(text: str, end: int, words, reach: int = 8) -> str | None:
    m = _pattern(words, False).match(text, end, end + reach)
    return m.group(1) if m else None


@cache
def _qualifiers(packs: tuple) -> dict[str, str]:
    """The packs' qualifier words, one dict per packs tuple (so its regex is built once)."""
    return merged(packs or everything(), "numbers", "QUALIFIERS") or {}


def qualifier_before(text: str, start: int, packs: tuple = ()) -> str | None:
    """The kind of approximation ("more_than", "about" …) the word right before `start` makes."""
    qualifiers = _qualifiers(packs)
    word = word_before(text, start, qualifiers) if qualifiers else None
    return qualifiers[word] if word else None


@lru_cache(maxsize=4)
def defined_footnotes(text: str, packs: tuple) -> frozenset[int]:
    """The footnote numbers the document defines (structure FOOTNOTE_DEFINITIONS), read once per text."""
    patterns = merged(packs or everything(), "structure", "FOOTNOTE_DEFINITIONS")
    return frozenset(int(n) for p in patterns for groups in re.findall(p, text, re.M) for n in groups if n)


@cache
def qualifiers_after(packs: tuple) -> dict[str, str]:
    """The packs' words after a number that make it approximate (6600万人以上 → "at_least")."""
    return merged(packs or everything(), "numbers", "QUALIFIERS_AFTER") or {}

