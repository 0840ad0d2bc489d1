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
from typing import NamedTuple

from linter.extract.context import defined_footnotes, qualifiers_after, qualifier_before, word_after, word_before
from linter.extract.grammar import Scanner, compiled, to_number, words
from linter.extract.runs import fallback_runs, within_runs
from linter import lexicon
from linter.facts import Count
from linter.lang import LanguagePack, everything
from linter.units import scaled

_LONGEST_WORD = 8  # characters after a classifier handed to the lexicon


class _Tables(NamedTuple):
    """A pack's count tables, read once (the loop over candidates reads them for each)."""
    scanner: Scanner
    reader: tuple | None  # (noun pattern, stop words) when the noun follows the atom
    packs: tuple  # the pack alone, for the shared qualifier helpers
    number_words: dict
    articles: tuple
    not_counted: tuple
    not_counted_nouns: tuple
    more: str
    without_more: dict
    joiner: str | None
    not_before: tuple
    vague: str
    after_words: dict
    footnote: re.Pattern | None
    footnote_at_line_end: re.Pattern | None
    name_before_footnote: re.Pattern | None
    large: str
    not_after_large: tuple
    set_phrases: tuple
    name_numerals: str
    name_quotes: tuple
    name_length: int
    elided_after: re.Pattern | None
    elided_intro: re.Pattern | None


@cache
def _tables(pack: LanguagePack) -> _Tables:
    get = lambda name, default=(): pack.get("counts", name, default)  # noqa: E731
    noun_after, stops = get("NOUN_AFTER", None), get("NOUN_STOPS")
    more = pack.get("numbers", "MORE", "")
    optional = lambda name: compiled(get(name)) if get(name, None) else None  # noqa: E731
    return _Tables(
        Scanner(get("PREFILTER"), atoms=get("ATOMS")),
        (re.compile(noun_after), re.compile(words(stops)) if stops else None) if noun_after else None,
        (pack,), get("NUMBER_WORDS", {}), get("ARTICLES"), get("NOT_COUNTED"), get("NOT_COUNTED_NOUNS"),
        more, str.maketrans("", "", more), get("COMPOUND_JOINER", None),
        (*get("REFERENCE_WORDS"), *get("PER_UNIT_BEFORE")), "".join(pack.get("numbers", "VAGUE_BEFORE", ())),
        qualifiers_after((pack,)), optional("FOOTNOTE"), optional("FOOTNOTE_AT_LINE_END"), optional("NAME_BEFORE_FOOTNOTE"),
        get("LARGE", ""), get("NOT_AFTER_LARGE"), get("SET_PHRASES"), get("NAME_NUMERALS", ""), get("NAME_QUOTES"), get("NAME_LENGTH", 0),
        optional("ELIDED_AFTER"), optional("ELIDED_INTRO"),
    )


def extract(text: str, packs: tuple = ()) -> list[Count]:
    facts: list[Count] = []
    packs = tuple(packs) or everything()
    for pack in packs:
        if pack.get("counts", "ATOMS") is not None:
            facts += _extract(text, pack.code, _tables(pack), fallback_runs(text, pack, packs, "counts"))
    return facts


def _extract(text: str, code: str, w: _Tables, runs) -> list[Count]:
    facts: list[Count] = []
    for start, end, t in w.scanner.scan(text, runs):
        a = t["a"]
        raw, cls = a["n"], a.get("cls")
        if raw in w.articles or start and text[start - 1] in w.vague and not raw[0].isdigit():
            continue  # an article; a vague quantity (数十个)
        bare = raw.translate(w.without_more)
        n = _number_word(raw, w.number_words, w.joiner)
        if n is None:
            value = scaled(to_number(bare), a["scale"]) if "scale" in a else to_number(bare)
            if value is None or value != value.to_integral_value():  # numerals that are no number; 2.1
                continue
            n = int(value)
        if cls and not _classifies(text, end - len(cls), cls):  # 13亿多人口: 人 begins the noun
            end, cls = start + len(raw), None
        before = qualifier_before(text, start, w.packs)
        if "noun" not in a and not cls and not (before or "scale" in a or _large(text, end, bare, w)):
            continue  # a number alone is a count only when large or qualified: 8000多万, 9.7 million, more than 6,000
        if w.footnote is not None and w.footnote.match(text, start) or _footnote_at_line_end(text, start, w):
            continue
        if _is_name(text, start, end, w) or w.not_before and word_before(text, start, w.not_before):
            continue
        if "noun" in a:
            noun, after = " ".join(a["noun"].split()), None  # a noun wrapped over a line break
        else:
            after = word_after(text, end, w.after_words, reach=4) if w.after_words else None
            noun = _noun_after(text, end + len(after or ""), w.reader)
        if w.not_counted and noun and noun.split()[-1].lower() in w.not_counted or noun.lstrip(w.more).startswith(w.not_counted_nouns):
            continue
        qualifier = "more_than" if bare != raw else before or w.after_words.get(after)
        facts.append(Count(start=start, end=end, text=text[start:end], lang=code, n=n, noun=noun, classifier=cls, qualifier=qualifier))
    return facts + _elided(text, code, w, facts, runs)


def _elided(text: str, code: str, w: _Tables, counts: list[Count], runs) -> list[Count]:
    """The counts whose noun the list they are in gives (pack ELIDED_AFTER, matched at each
    count's end and at each elided one's, so a list is followed to its end; ELIDED_INTRO)."""
    found: list[Count] = []

    def add(m) -> Count:
        raw = m.group("n")
        count = Count(start=m.start("n"), end=m.end("n"), text=raw, lang=code, n=int(to_number(raw)), noun="", classifier=None, qualifier=None)
        found.append(count)
        return count

    if w.elided_after is not None:
        for count in counts:
            while (m := w.elided_after.match(text, count.end)) is not None:
                count = add(m)
    if w.elided_intro is not None:
        for m in w.elided_intro.finditer(text):
            if runs is None or within_runs(runs, m.start()):
                add(m)
    return found


def _footnote_at_line_end(text: str, start: int, w: _Tables) -> bool:
    """A number at a line's end right after a name, which the document defines as a footnote."""
    m = w.footnote_at_line_end.match(text, start) if w.footnote_at_line_end is not None else None
    if m is None or int(m.group("note")) not in defined_footnotes(text, everything()):
        return False
    return w.name_before_footnote.search(text, max(0, start - 40), start) is not None


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


def _large(text: str, end: int, number: str, w: _Tables) -> bool:
    """A count written without a classifier: a large number (8000多万, 13亿多) that no unit,
    currency, range connector or share follows — those make it another fact or none."""
    return any(c in number for c in w.large) and not (w.not_after_large and word_after(text, end, w.not_after_large, reach=6))


def _is_name(text: str, start: int, end: int, w: _Tables) -> bool:
    """A name built of a number and a classifier, not a count: a set phrase (八项规定), a number
    inside the name (五位一体, 十九届二中全会), or a short name in quotation marks (“四个全面”)."""
    if text.startswith(w.set_phrases, start):
        return True
    if w.name_numerals and end < len(text) and text[end] in w.name_numerals:
        return True
    for opening, closing in w.name_quotes:
        if start and text[start - 1] == opening:
            return closing in text[end : end + w.name_length + 1]
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
