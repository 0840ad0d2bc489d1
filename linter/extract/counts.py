"""Counts of things, in the grammar of each chosen language pack.

A pack's `counts` family gives its ATOMS (groups: n the number, cls a classifier, scale a scale
word, noun the counted noun when the atom holds it) and its PREFILTER; where the noun follows the
atom instead, NOUN_AFTER reads it up to the first of NOUN_STOPS. The numbers family's MORE marks
"more than" inside the number (30 多个). NUMBER_WORDS are read as numbers (joined by
COMPOUND_JOINER: forty-five), ARTICLES are numbers that only mark the indefinite. A number without
a noun or classifier counts only when large (LARGE, 8000多万; a scale word, 9.7 million) or
qualified ("more than 6,000").

Not counts: a noun whose head is NOT_COUNTED or that begins with NOT_COUNTED_NOUNS (a duration or
a proportion); a number right after REFERENCE_WORDS or PER_UNIT_BEFORE; numerals after the numbers
family's VAGUE_BEFORE (数十个); a FOOTNOTE mark, or one at a line's end (FOOTNOTE_AT_LINE_END) that
the document defines; a name (SET_PHRASES, NAME_QUOTES, NAME_NUMERALS).
"""
from __future__ import annotations

import re
from functools import cache

from linter.extract.context import defined_footnotes, qualifiers_after, qualifier_before, word_after, word_before
from linter.extract.grammar import Scanner, compiled, to_number, words
from linter import lexicon
from linter.facts import Count
from linter.lang import LanguagePack, everything
from linter.units import scaled

_LONGEST_WORD = 8  # characters after a classifier handed to the lexicon


@cache
def _grammar(pack: LanguagePack):
    """The pack's scanner and its noun reader (None when the atom holds the noun)."""
    scanner = Scanner(pack.get("counts", "PREFILTER"), atoms=pack.get("counts", "ATOMS"))
    noun_after = pack.get("counts", "NOUN_AFTER")
    stops = pack.get("counts", "NOUN_STOPS", ())
    reader = (re.compile(noun_after), re.compile(words(stops)) if stops else None) if noun_after else None
    return scanner, reader


def extract(text: str, packs: tuple = ()) -> list[Count]:
    facts: list[Count] = []
    for pack in tuple(packs) or everything():
        if pack.get("counts", "ATOMS") is not None:
            facts += _extract(text, pack)
    return facts


def _extract(text: str, pack: LanguagePack) -> list[Count]:
    scanner, reader = _grammar(pack)
    get = lambda name, default=(): pack.get("counts", name, default)  # noqa: E731
    number_words, articles, not_counted, more = get("NUMBER_WORDS", {}), get("ARTICLES"), get("NOT_COUNTED"), pack.get("numbers", "MORE", "")
    without_more, joiner = str.maketrans("", "", more), get("COMPOUND_JOINER", None)
    not_before = (*get("REFERENCE_WORDS"), *get("PER_UNIT_BEFORE"))
    vague = "".join(pack.get("numbers", "VAGUE_BEFORE", ()))
    after_words = qualifiers_after((pack,))
    footnote = compiled(get("FOOTNOTE")) if get("FOOTNOTE", None) else None
    facts: list[Count] = []
    for start, end, t in scanner.scan(text):
        a = t["a"]
        raw, cls = a["n"], a.get("cls")
        if raw in articles or start and text[start - 1] in vague and not raw[0].isdigit():
            continue  # an article; a vague quantity (数十个)
        bare = raw.translate(without_more)
        n = _number_word(raw, number_words, joiner)
        if n is None:
            value = scaled(to_number(bare), a["scale"]) if "scale" in a else to_number(bare)
            if value is None or value != value.to_integral_value():  # numerals that are no number; 2.1
                continue
            n = int(value)
        if cls and not _classifies(text, end - len(cls), cls):  # 13亿多人口: 人 begins the noun
            end, cls = start + len(raw), None
        before = qualifier_before(text, start, (pack,))
        if "noun" not in a and not cls and not (before or "scale" in a or _large(text, end, bare, pack)):
            continue  # a number alone is a count only when large or qualified: 8000多万, 9.7 million, more than 6,000
        if footnote is not None and footnote.match(text, start) or _footnote_at_line_end(text, start, pack):
            continue
        if _is_name(text, start, end, pack) or not_before and word_before(text, start, not_before):
            continue
        if "noun" in a:
            noun, after = " ".join(a["noun"].split()), None  # a noun wrapped over a line break
        else:
            after = word_after(text, end, after_words, reach=4) if after_words else None
            noun = _noun_after(text, end + len(after or ""), reader)
        if not_counted and noun and noun.split()[-1].lower() in not_counted or noun.lstrip(more).startswith(get("NOT_COUNTED_NOUNS")):
            continue
        qualifier = "more_than" if bare != raw else before or after_words.get(after)
        facts.append(Count(start=start, end=end, text=text[start:end], lang=pack.code, n=n, noun=noun, classifier=cls, qualifier=qualifier))
    return facts


def _footnote_at_line_end(text: str, start: int, pack: LanguagePack) -> bool:
    """A number at a line's end right after a name, which the document defines as a footnote."""
    pattern = pack.get("counts", "FOOTNOTE_AT_LINE_END")
    m = compiled(pattern).match(text, start) if pattern else None
    if m is None or int(m.group("note")) not in defined_footnotes(text, everything()):
        return False
    return compiled(pack.get("counts", "NAME_BEFORE_FOOTNOTE")).search(text, max(0, start - 40), start) is not None


def _number_word(raw: str, number_words: dict, joiner: str | None) -> int | None:
    """A number word's value; words joined by the pack's joiner add up (forty-five = 45)."""
    parts = raw.lower().split(joiner) if joiner else [raw.lower()]
    values = [number_words.get(part) for part in parts]
    return None if None in values else sum(values)


def _classifies(text: str, at: int, cls: str) -> bool:
    """Is the classifier a word of its own here, by the lexicon's segmentation? Not when it only
    begins a longer word: 1 所有缔约国 (所有, "all"), 13亿多人口 (人口), 2022-2023期间 (期间)."""
    if not lexicon.available():
        return True
    window = text[at : at + _LONGEST_WORD]
    if not any(lexicon.frequency(window[:k]) for k in range(len(cls) + 1, 5)):
        return True  # no longer word begins here (名专, 个国): no segmentation needed
    return cls.startswith(lexicon.segment(window)[0])


def _large(text: str, end: int, number: str, pack: LanguagePack) -> bool:
    """A count written without a classifier: a large number (8000多万, 13亿多) that no unit,
    currency, range connector or share follows — those make it another fact or none."""
    large, not_after = pack.get("counts", "LARGE", ""), pack.get("counts", "NOT_AFTER_LARGE", ())
    return any(c in number for c in large) and not (not_after and word_after(text, end, not_after, reach=6))


def _is_name(text: str, start: int, end: int, pack: LanguagePack) -> bool:
    """A name built of a number and a classifier, not a count: a set phrase (八项规定), a number
    inside the name (五位一体, 十九届二中全会), or a short name in quotation marks (“四个全面”)."""
    if text.startswith(pack.get("counts", "SET_PHRASES", ()), start):
        return True
    numerals = pack.get("counts", "NAME_NUMERALS", "")
    if numerals and end < len(text) and text[end] in numerals:
        return True
    for opening, closing in pack.get("counts", "NAME_QUOTES", ()):
        if start and text[start - 1] == opening:
            return closing in text[end : end + pack.get("counts", "NAME_LENGTH", 0) + 1]
    return False


def _noun_after(text: str, end: int, reader) -> str:
    """The counted noun after the atom, cut at the first word that ends it (a verb, a
    preposition, a conjunction), never at its first character."""
    if reader is None:
        return ""
    noun_pattern, stops = reader
    m = noun_pattern.match(text, end)
    if not m:
        return ""
    noun = m.group()
    stop = stops.search(noun, 1) if stops is not None else None
    return noun[: stop.start()] if stop else noun
