"""Money: 803 571 美元 · 4 300 万美元 · 51亿5600万美元 · USD 803,571 · US$ 1.2 million · 803,571 US dollars.

Grammar (spaces optional where shown as _):
    zh_amount   := part (_ NUMBER _ ZH_SCALE)* _ ZH_CURRENCY          part := NUMBER _ ZH_SCALE?
    en_prefixed := CURRENCY_PREFIX _ NUMBER (_ EN_SCALE)?
    en_suffixed := NUMBER (_ EN_SCALE)? _ EN_CURRENCY_WORD
"""
from __future__ import annotations

import re
from functools import cache, reduce

from linter.extract import lang
from linter.extract.context import qualifier_before
from linter.extract.grammar import ARABIC_NUMBER, LOOKAHEAD, NOT_AFTER_DIGIT, SP, Scanner, finish, number, one_of, to_number, token, words
from linter.facts import Money
from linter.units import EXACT, scaled

_WINDOW = 80  # characters the compound-amount grammar reads from a candidate
_SPACES = rf"[ \u00a0\u202f\u2009\u3000]{{0,{_WINDOW}}}"


def _grammar():
    import pyparsing as pp

    zh_scale = one_of(lang.ZH_SCALES, "zh scale")
    en_scale = token(rf"(?:{words(lang.EN_SCALES)})(?![A-Za-z])", "en scale")
    part = pp.Group(number("n") + SP() + pp.Opt(zh_scale("scale")))("a")
    more = pp.ZeroOrMore(SP() + pp.Group(number("n") + SP() + zh_scale("scale"))("more*"))
    zh_amount = part + more + SP() + one_of(lang.ZH_CURRENCIES, "zh currency")("currency")
    prefix = token(rf"(?:{words(lang.CURRENCY_PREFIXES)})", "currency prefix")("prefix")
    en_part = pp.Group(number("n") + pp.Opt(SP() + en_scale("scale")))("a")
    en_word = token(rf"(?:{words(lang.EN_CURRENCY_WORDS)})(?![A-Za-z])", "currency word")("word")
    return finish(prefix + SP() + en_part | zh_amount | en_part + SP() + en_word)


@cache
def _scanner() -> Scanner:
    # The simple forms are atoms; the grammar runs for compound amounts (51亿5600万美元).
    number = rf"(?P<n>{ARABIC_NUMBER})"
    en_scale = rf"(?:[ \u00a0]?(?P<scale>{words(lang.EN_SCALES)})(?![A-Za-z]))?"
    atoms = (
        rf"{number}[ \u00a0]?(?:(?P<scale>{words(lang.ZH_SCALES)})[ \u00a0]?)?(?P<currency>{words(lang.ZH_CURRENCIES)})",
        rf"(?P<prefix>{words(lang.CURRENCY_PREFIXES)})[ \u00a0]?{number}{en_scale}",
        rf"{number}{en_scale}[ \u00a0]?(?P<word>{words(lang.EN_CURRENCY_WORDS)})(?![A-Za-z])",
    )
    # The grammar can only take a currency prefix and a figure, or a figure and a scale or currency word.
    viable = re.compile(
        rf"(?:{words(lang.CURRENCY_PREFIXES)}){_SPACES}\d"
        rf"|{ARABIC_NUMBER}{_SPACES}(?:{words([*lang.ZH_SCALES, *lang.ZH_CURRENCIES, *lang.EN_SCALES, *lang.EN_CURRENCY_WORDS])})"
    )
    return Scanner(_prefilter(), grammar=_grammar, atoms=atoms, window=_WINDOW, viable=viable)


@cache
def _prefilter() -> re.Pattern:
    zh_currency = words(lang.ZH_CURRENCIES)
    en_words = words(lang.EN_CURRENCY_WORDS)
    scale_chars = "".join(sorted(set("".join(lang.ZH_SCALES))))
    longest_scale = max(map(len, lang.EN_SCALES))
    # every branch starts with a literal or a character class so that `re` can skip ahead
    return re.compile(
        rf"(?:{words(k for k in lang.CURRENCY_PREFIXES if k[0].isalpha())})(?=[ \u00a0]?\d)"
        rf"|[$€¥£](?=[ \u00a0]?\d)"
        rf"|\d(?<![\d.,$€¥£]\d){NOT_AFTER_DIGIT}(?=[\d ,.\u00a0\u202f\u2009{scale_chars}]{{0,{LOOKAHEAD}}}(?:{zh_currency})"
        rf"|[\d ,.\u00a0\u202f\u2009]{{0,{LOOKAHEAD}}}(?:[a-z]{{1,{longest_scale}}} )?(?:{en_words})(?![A-Za-z]))"
    )


def _scaled(number, scale: str | None):
    """The figure times its scale word; the same object when there is none (facts are many: one
    Decimal less each)."""
    return scaled(number, scale) if scale else number


def extract(text: str, packs: tuple = ()) -> list[Money]:
    facts = []
    for start, end, tokens in _scanner().scan(text):
        t = {**tokens, **tokens["a"]}
        parts = [tokens["a"], *t.get("more", ())]
        number = to_number(parts[0]["n"])
        amount = reduce(EXACT.add, (_scaled(to_number(g["n"]), g.get("scale")) for g in parts[1:]), _scaled(number, parts[0].get("scale")))
        if amount.as_tuple().exponent != 0 and amount == amount.to_integral_value():
            amount = amount.quantize(1, context=EXACT)
        if "currency" in t:
            currency, language = lang.ZH_CURRENCIES[t["currency"]], "zh"
        else:
            currency = lang.CURRENCY_PREFIXES[t["prefix"]] if "prefix" in t else lang.EN_CURRENCY_WORDS[t["word"]]
            language = "en"
        first = parts[0]
        facts.append(
            Money(
                start=start,
                end=end,
                text=text[start:end],
                lang=language,
                amount=amount,
                currency=currency,
                number=number,
                scale=first.get("scale") if len(parts) == 1 else None,
                qualifier=qualifier_before(text, start),
            )
        )
    return facts
