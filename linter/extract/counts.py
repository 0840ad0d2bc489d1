"""Counts of things: 17 名专家 · 6 个地震台站 · 五次 · 30 多个国家 · 12 States · five meetings.

Grammar (each form is one atom):
    zh_count := (NUMBER | CN_NUMBER) _ (多|余)? _ CLASSIFIER        then the counted noun follows
    en_count := (NUMBER | NUMBER_WORD) _ (WORD _){0,2} PLURAL_NOUN
Not counts: ordinals (第十次, 第 64 届), 一个 / 一次 used as an article, durations (five years),
references (paragraph 12 calls).
"""
from __future__ import annotations

import re
from functools import cache

from linter.extract import lang
from linter.extract.context import qualifier_before, word_before
from linter.extract.grammar import ARABIC_NUMBER, CN_NUMBER, CN_NUMERAL_CHARS, INTEGER, LOOKAHEAD, NOT_AFTER_DIGIT, Scanner, to_number, words
from linter.facts import Count

_CN = CN_NUMERAL_CHARS
_NOUN_ZH = re.compile(r"[《“]?[\u4e00-\u9fff《》“”]{1,24}")
_NOUN_STOP_ZH = re.compile(rf"{words(lang.ZH_NOUN_STOPS)}|的专家(?=组成)")


@cache
def _zh_scanner() -> Scanner:
    classifiers = "".join(lang.ZH_CLASSIFIERS)
    atom = rf"(?P<n>{ARABIC_NUMBER}|{CN_NUMBER})[ \u00a0]?(?P<approx>[多余])?[ \u00a0]?(?P<cls>[{classifiers}])"
    # A figure (grouped with spaces or commas) or a run of numerals, then the classifier.
    then_classifier = rf"[多余]?[ \u00a0]?[{classifiers}]"
    prefilter = re.compile(
        rf"[\d{_CN}](?<![第\d{_CN}.,][\d{_CN}])(?<!第 [\d{_CN}]){NOT_AFTER_DIGIT}"
        rf"(?:(?<=\d)(?=[\d, \u00a0\u202f\u2009]{{0,{LOOKAHEAD}}}{then_classifier})|(?<=[{_CN}])(?=[{_CN}]{{0,{LOOKAHEAD}}}{then_classifier}))"
    )
    return Scanner(prefilter, atoms=(atom,))


@cache
def _en_scanner() -> Scanner:
    number_words = words(lang.EN_NUMBER_WORDS)
    stop = words(lang.EN_STOP_WORDS)
    modifier = rf"(?!(?:{stop})\b)[A-Za-z][\w-]*[ \u00a0]"
    atom = (
        rf"(?P<n>{INTEGER}|(?i:{number_words}))(?![\w.,]\w)[ \u00a0]"
        rf"(?P<noun>(?:{modifier}){{0,2}}?(?!(?:{stop})\b)[A-Za-z][a-z-]*[^sui\W]s)\b"
    )
    # A digit or a number word starting a word and followed by a Latin word. One leading
    # character class (digits and the number words' initials) lets `re` skip ahead; the atom
    # decides exactly, so the prefilter may let through a little more than it should.
    initials = "".join(sorted({w[0] for w in lang.EN_NUMBER_WORDS} | {w[0].upper() for w in lang.EN_NUMBER_WORDS}))
    rests = "|".join(sorted({w[1:] for w in lang.EN_NUMBER_WORDS}, key=len, reverse=True))
    prefilter = re.compile(
        rf"[\d{initials}](?<![\w.,$€£¥/\-][\d{initials}]){NOT_AFTER_DIGIT}"
        rf"(?:(?<=\d)(?=[\d, \u00a0\u202f\u2009]{{0,{LOOKAHEAD}}}[ \u00a0][A-Za-z])|(?<=[{initials}])(?=(?:{rests})[ \u00a0][A-Za-z]))"
    )
    return Scanner(prefilter, atoms=(atom,))


def extract(text: str, packs: tuple = ()) -> list[Count]:
    facts: list[Count] = []
    for start, end, t in _zh_scanner().scan(text):
        a = t["a"]
        if a["n"] == "一" or "." in a["n"] or a["n"][0] in _CN and to_number(a["n"]) is None:
            continue  # 一个 / 一次 is an article; 一一 is not a number; 2.1 is not a count
        noun = _zh_noun(text, end)
        facts.append(
            Count(start=start, end=end, text=text[start:end], lang="zh", n=int(to_number(a["n"])), noun=noun,
                  classifier=a["cls"], qualifier="more_than" if a.get("approx") else qualifier_before(text, start))
        )
    for start, end, t in _en_scanner().scan(text):
        a = t["a"]
        noun = a["noun"]
        head = noun.split()[-1].lower()
        if head in lang.EN_NOT_COUNTED or word_before(text, start, lang.EN_REFERENCE_WORDS | {w.capitalize() for w in lang.EN_REFERENCE_WORDS}):
            continue
        raw = a["n"]
        n = lang.EN_NUMBER_WORDS.get(raw.lower())
        if n is None:
            n = int(to_number(raw))
        facts.append(Count(start=start, end=end, text=text[start:end], lang="en", n=n, noun=noun, qualifier=qualifier_before(text, start)))
    return facts


def _zh_noun(text: str, end: int) -> str:
    m = _NOUN_ZH.match(text, end)
    if not m:
        return ""
    noun = m.group()
    stop = _NOUN_STOP_ZH.search(noun, 1)
    return noun[: stop.start()] if stop else noun
