"""Money: 803 571 美元 · 4 300 万美元 · 51亿5600万美元 · USD 803,571 · US$ 1.2 million · 803,571 US dollars.

Grammar (spaces optional where shown as _), every word from the packs (`money`: PREFIXES,
CURRENCY_WORDS; `numbers`: SCALE_WORDS). A pack whose scale words add up (`SCALES_ADD_UP`)
writes them and its currency words joined to the figure; another pack's are whole words:
    joined   := part (_ NUMBER _ JOINED_SCALE)* _ JOINED_CURRENCY     part := NUMBER _ JOINED_SCALE?
              | NUMBER _ JOINED_SCALE? MORE JOINED_SCALE? _ JOINED_CURRENCY   (2800多亿元, 3万多亿元)
              | NUMERALS JOINED_CURRENCY                                     (八十五万欧元)
    prefixed := PREFIX _ NUMBER (_ WORD_SCALE)?
    suffixed := NUMBER (_ WORD_SCALE)? _ CURRENCY_WORD
A fact's `lang` is the pack of its currency word, or of its scale word after a prefix; a bare
prefixed amount belongs to the first pack whose scale words may follow a prefix (a code or sign
alone says nothing; `und` when no such pack runs).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache, partial, reduce

from linter import lexicon
from linter.extract.context import qualifier_before, word_before
from linter.extract.grammar import CN_NUMBER, CN_NUMERAL_CHARS, GAP, LOOKAHEAD, NOT_AFTER_DIGIT, SP, WORD_END, Scanner, arabic_number, finish, number, one_of, to_number, token, words
from linter.facts import Money
from linter.lang.und.symbols import SERIES
from linter.lang import everything, merged
from linter.units import EXACT, scaled

_WINDOW = 80  # characters the compound-amount grammar reads from a candidate
_SPACES = rf"[ \u00a0\u202f\u2009\u3000\n]{{0,{_WINDOW}}}"
_FIGURE_RUN = r"\d ,.\u00a0\u202f\u2009\n"  # what a prefilter skips between a first digit and the word


@dataclass(frozen=True)
class _Words:
    """The packs' money words by how they attach to a figure; each word → (ISO code, pack code)."""

    prefixes: dict = field(default_factory=dict)
    joined_scales: dict = field(default_factory=dict)  # scale word → pack code
    joined_currencies: dict = field(default_factory=dict)
    word_scales: dict = field(default_factory=dict)  # scale word → pack code
    word_currencies: dict = field(default_factory=dict)
    unit_labels: tuple = ()  # words before a figure of scale words alone that make it a unit label
    digits: frozenset = frozenset()  # the numerals that are digits (一, 二 …), not units or scales

    def prefixed_lang(self, prefix: str, scale: str | None) -> str:
        if scale:
            return self.word_scales[scale]
        return next(iter(self.word_scales.values()), self.prefixes[prefix][1])


@cache
def _words(packs: tuple) -> _Words:
    w = _Words()
    for p in packs:  # the first pack wins a word
        joined = p.get("numbers", "SCALES_ADD_UP", False)
        for word in p.get("numbers", "SCALE_WORDS", {}):
            (w.joined_scales if joined else w.word_scales).setdefault(word, p.code)
        for word, iso in p.get("money", "CURRENCY_WORDS", {}).items():
            (w.joined_currencies if joined else w.word_currencies).setdefault(word, (iso, p.code))
        for word, iso in p.get("money", "PREFIXES", {}).items():
            if word not in SERIES:  # CRC is the Committee on the Rights of the Child before its footnote mark
                w.prefixes.setdefault(word, (iso, p.code))
    labels = merged(packs, "money", "UNIT_LABEL_BEFORE") or ()
    return replace(w, unit_labels=tuple(labels), digits=frozenset(merged(packs, "numbers", "NUMERAL_DIGITS") or ()))


def _unit_label(text: str, start: int, figure: str, w: _Words) -> bool:
    """A figure of scale words alone (百万) after a unit label's word: （单位：百万美元）."""
    return bool(w.unit_labels) and not any(c.isdigit() or c in w.digits for c in figure) and word_before(text, start, w.unit_labels) is not None


def _grammar(packs: tuple):
    import pyparsing as pp

    w = _words(packs)
    word_part = number("n", packs)
    if w.word_scales:
        word_part += pp.Opt(SP() + token(rf"(?:{words(w.word_scales)}){WORD_END}", "scale word")("scale"))
    word_part = pp.Group(word_part)("a")
    forms = []
    if w.prefixes:
        forms.append(token(rf"(?:{words(w.prefixes)})", "currency prefix")("prefix") + SP() + word_part)
    if w.joined_currencies:
        if w.joined_scales:
            scale = one_of(w.joined_scales, "joined scale")
            part = pp.Group(number("n", packs) + SP() + pp.Opt(scale("scale")))("a")
            part += pp.ZeroOrMore(SP() + pp.Group(number("n", packs) + SP() + scale("scale"))("more*"))
        else:
            part = pp.Group(number("n", packs))("a")
        forms.append(part + SP() + one_of(w.joined_currencies, "joined currency")("currency"))
    if w.word_currencies:
        forms.append(word_part + SP() + token(rf"(?:{words(w.word_currencies)}){WORD_END}", "currency word")("word"))
    return finish(pp.MatchFirst(forms))


@cache
def _scanner(packs: tuple) -> Scanner | None:
    # The simple forms are atoms; the grammar runs for compound amounts (51亿5600万美元).
    w = _words(packs)
    figure = arabic_number(packs)
    n = rf"(?P<n>{figure})"
    word_scale = rf"(?:{GAP}?(?P<scale>{words(w.word_scales)}){WORD_END})?" if w.word_scales else ""
    joined_scale = rf"(?:(?P<scale>{words(w.joined_scales)}){GAP}?)?" if w.joined_scales else ""
    atoms, viable, starts, prefilter = [], [], [], []
    signs = "".join(re.escape(c) for c in dict.fromkeys(k[0] for k in w.prefixes if not k[0].isalpha()))
    more = "".join(merged(packs, "numbers", "MORE"))
    if w.joined_currencies:
        atoms.append(rf"{n}{GAP}?{joined_scale}(?P<currency>{words(w.joined_currencies)})")
        if more and w.joined_scales:  # "more than" inside the figure: 2800多亿元, 3万多亿元 (万亿 with 多 inside)
            scales = words(w.joined_scales)
            atoms.append(rf"{n}{GAP}?(?P<scale_a>{scales})?(?P<approx>[{more}])(?P<scale_b>{scales})?{GAP}?(?P<currency>{words(w.joined_currencies)})")
        if merged(packs, "numbers", "NUMERAL_DIGITS"):  # in numerals: 八十五万欧元, 三千亿元; not 数十亿美元
            vague = "".join(merged(packs, "numbers", "VAGUE_BEFORE"))
            atoms.append(rf"(?P<n>{CN_NUMBER})(?P<currency>{words(w.joined_currencies)})")
            prefilter.append(rf"[{CN_NUMERAL_CHARS}](?<![\d{CN_NUMERAL_CHARS}{vague}][{CN_NUMERAL_CHARS}])(?={_run_then(CN_NUMERAL_CHARS, CN_NUMERAL_CHARS, w.joined_currencies)})")
        scale_chars = "".join(sorted(set("".join(w.joined_scales)) | set(more)))
        starts.append(_run_then(f"{_FIGURE_RUN}{scale_chars}", scale_chars, w.joined_currencies))
    if w.prefixes:
        atoms.append(rf"(?P<prefix>{words(w.prefixes)})[ \u00a0]?{n}{word_scale}")  # a code or sign never wraps away from its figure
        viable.append(rf"(?:{words(w.prefixes)}){_SPACES}\d")
    if w.word_currencies:
        atoms.append(rf"{n}{word_scale}{GAP}?(?P<word>{words(w.word_currencies)}){WORD_END}")
        scale = rf"(?:(?:{words(w.word_scales)}){GAP})?" if w.word_scales else ""
        starts.append(rf"[{_FIGURE_RUN}]{{0,{LOOKAHEAD}}}+{scale}(?:{words(w.word_currencies)}){WORD_END}")
    after = words([*w.joined_scales, *w.joined_currencies, *w.word_scales, *w.word_currencies])
    if after:
        # The grammar can only take a prefix and a figure, or a figure and a scale or currency word.
        viable.append(rf"{figure}{_SPACES}(?:{after})")
    # every branch starts with a literal or a character class so that `re` can skip ahead
    if alpha := words(k for k in w.prefixes if k[0].isalpha()):
        prefilter.append(rf"(?<![A-Za-z])(?:{alpha})(?=[ \u00a0]?\d)")  # not the end of a word: CESCR 16
    if signs:
        prefilter.append(rf"[{signs}](?=[ \u00a0]?\d)")
    if starts:
        prefilter.append(rf"\d(?<![\d.,{signs}]\d){NOT_AFTER_DIGIT}(?={'|'.join(starts)})")
    if not atoms:
        return None
    return Scanner("|".join(prefilter), grammar=partial(_grammar, packs), atoms=tuple(atoms), window=_WINDOW,
                   viable=re.compile("|".join(viable)))


def _run_then(run: str, letters: str, table) -> str:
    """A run of figure characters, then one of the words: the run is possessive (one try per
    candidate, not one per character of the run) except before the few words that begin with
    one of the run's `letters` (百慕大元 after 500, 多米尼加比索)."""
    inside = [word for word in table if word[0] in letters]
    possessive = rf"[{run}]{{0,{LOOKAHEAD}}}+(?:{words(table)})"
    return possessive + (rf"|[{run}]{{0,{LOOKAHEAD}}}(?:{words(inside)})" if inside else "")


def _scaled(number, scale: str | None):
    """The figure times its scale word; the same object when there is none (facts are many: one
    Decimal less each)."""
    return scaled(number, scale) if scale else number


def extract(text: str, packs: tuple = ()) -> list[Money]:
    packs = packs or everything()
    scanner = _scanner(packs)
    if scanner is None:
        return []
    w = _words(packs)
    facts = []
    for start, end, tokens in scanner.scan(text):
        t = {**tokens, **tokens["a"]}
        if t["n"][0] in CN_NUMERAL_CHARS and (to_number(t["n"]) is None or not lexicon.ends_a_word(text, start, end)):
            continue  # 万亿 alone is no number; 一元 of 一元化 ("unification") is no amount
        if _unit_label(text, start, t["n"], w):
            continue
        if "approx" in t:
            t["scale"] = t.pop("scale_a", "") + t.pop("scale_b", "") or None
            if t["scale"] and t["scale"] not in w.joined_scales:  # 亿多万 is no scale word
                continue
            tokens = {"a": t}
        parts = [tokens["a"], *t.get("more", ())]
        number = to_number(parts[0]["n"])
        amount = reduce(EXACT.add, (_scaled(to_number(g["n"]), g.get("scale")) for g in parts[1:]), _scaled(number, parts[0].get("scale")))
        if amount.as_tuple().exponent != 0 and amount == amount.to_integral_value():
            amount = amount.quantize(1, context=EXACT)
        first = parts[0]
        if "currency" in t:
            currency, language = w.joined_currencies[t["currency"]]
        elif "word" in t:
            currency, language = w.word_currencies[t["word"]]
        else:
            currency, language = w.prefixes[t["prefix"]][0], w.prefixed_lang(t["prefix"], first.get("scale"))
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
                qualifier="more_than" if "approx" in t else qualifier_before(text, start, packs),
            )
        )
    return _ranges(text, facts, packs) if facts else facts


_RANGE_REACH = 48  # characters before an amount where the other end of its range may start


@cache
def _range_patterns(packs: tuple):
    """(the start of a range before an amount, the end of a range after a prefixed one): 200 万至
    [300 万美元], [USD 2]–3 million."""
    connectors = merged(packs, "numbers", "RANGE_CONNECTORS")
    if not connectors:
        return None
    w = _words(packs)
    gap = rf"{GAP}*(?:{words(connectors)}){GAP}*"
    scales = words([*w.joined_scales, *w.word_scales])
    figure = rf"(?P<n>{arabic_number(packs)})(?:{GAP}?(?P<scale>{scales}){WORD_END})?" if scales else rf"(?P<n>{arabic_number(packs)})"
    before = re.compile(rf"{figure}{gap}\Z")
    after = re.compile(rf"{gap}(?P<n>{arabic_number(packs)}){GAP}?(?P<scale>{words(w.word_scales)}){WORD_END}") if w.word_scales else None
    return before, after


def _ranges(text: str, facts: list[Money], packs: tuple) -> list[Money]:
    """Both ends of a range are amounts in the range's currency (and scale, where one end has none)."""
    patterns = _range_patterns(packs)
    if patterns is None:
        return facts
    before, after = patterns
    out: list[Money] = []
    for fact in facts:
        prefixed = not fact.text[:1].isdigit()
        # a bare figure before a prefixed amount is no end of its range: "from $4.5 trillion in
        # October 2017 to $3.8 trillion" (a prefixed range writes its prefix twice, "$2 to $3 million")
        m = None if prefixed else before.search(text, max(out[-1].end if out else 0, fact.start - _RANGE_REACH), fact.start)
        if m is not None:
            out.append(_end(text, m, fact, m.group("scale") or fact.scale))
        if after is not None and prefixed and fact.scale is None and (m := after.match(text, fact.end)) is not None:
            scale = m.group("scale")
            out.append(replace(fact, amount=_scaled(fact.number, scale), scale=scale))
            out.append(_end(text, m, fact, scale))
            continue
        out.append(fact)
    return out


def _end(text: str, m: re.Match, other: Money, scale: str | None) -> Money:
    """The other end of `other`'s range, in its currency, scaled as written or as `other` is."""
    number = to_number(m.group("n"))
    start, end = m.start("n"), m.end("scale") if m.group("scale") else m.end("n")
    return Money(start=start, end=end, text=text[start:end], lang=other.lang, amount=_scaled(number, scale), currency=other.currency,
                 number=number, scale=scale)
