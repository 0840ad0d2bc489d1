"""Counts of things, in the grammar of each chosen language pack.

A pack's `counts` family gives one ATOM (groups: n the number, approx a "more than" mark, cls a
classifier, noun the counted noun when the atom holds it) and its PREFILTER; where the noun
follows the atom instead, NOUN_AFTER reads it up to the first of NOUN_STOPS. NUMBER_WORDS are read
as numbers, ARTICLES are numbers that only mark the indefinite, a noun whose head is NOT_COUNTED
is a duration or proportion, and a number right after one of REFERENCE_WORDS is a reference.
"""
from __future__ import annotations

import re
from functools import cache

from linter.extract.context import qualifier_before, word_before
from linter.extract.grammar import Scanner, to_number, words
from linter.facts import Count
from linter.lang import LanguagePack, everything


@cache
def _grammar(pack: LanguagePack):
    """The pack's scanner and its noun reader (None when the atom holds the noun)."""
    scanner = Scanner(re.compile(pack.get("counts", "PREFILTER")), atoms=(pack.get("counts", "ATOM"),))
    noun_after = pack.get("counts", "NOUN_AFTER")
    stops = pack.get("counts", "NOUN_STOPS", ())
    reader = (re.compile(noun_after), re.compile(words(stops)) if stops else None) if noun_after else None
    return scanner, reader


def extract(text: str, packs: tuple = ()) -> list[Count]:
    facts: list[Count] = []
    for pack in tuple(packs) or everything():
        if pack.get("counts", "ATOM") is not None:
            facts += _extract(text, pack)
    return facts


def _extract(text: str, pack: LanguagePack) -> list[Count]:
    scanner, reader = _grammar(pack)
    get = lambda name, default: pack.get("counts", name, default)  # noqa: E731
    number_words, articles, not_counted, references = get("NUMBER_WORDS", {}), get("ARTICLES", ()), get("NOT_COUNTED", ()), get("REFERENCE_WORDS", ())
    facts: list[Count] = []
    for start, end, t in scanner.scan(text):
        a = t["a"]
        raw = a["n"]
        if raw in articles or "." in raw:
            continue  # an article; 2.1 is not a count
        n = number_words.get(raw.lower())
        if n is None:
            value = to_number(raw)
            if value is None:  # a run of numerals that is no number
                continue
            n = int(value)
        noun = a["noun"] if "noun" in a else _noun_after(text, end, reader)
        if not_counted and noun.split()[-1].lower() in not_counted:
            continue
        if references and word_before(text, start, references):
            continue
        qualifier = "more_than" if a.get("approx") else qualifier_before(text, start)
        facts.append(Count(start=start, end=end, text=text[start:end], lang=pack.code, n=n, noun=noun, classifier=a.get("cls"), qualifier=qualifier))
    return facts


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
