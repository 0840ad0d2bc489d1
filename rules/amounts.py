"""Amounts of money."""
from __future__ import annotations

import bisect
import math
import re
from decimal import Decimal

from linter.api import Context, Cue, Date, DateRange, Fix, Money, Related, Rule, Severity, USD_PER_UNIT, grouped, scale_factor, scientific, usd_equivalent
from rules.common import ratio

# What separates the amounts of one list besides the packs' LIST_SEPARATORS: commas and spaces.
_NEUTRAL_SEPARATORS = frozenset(", \u00a0\u202f")
_TOKEN = re.compile(r"\w+|\S")
# Contexts an amount can be in, recognised by the packs' words in its sentence (the vocabulary
# table named here); each has a bound (context-max-usd).
CONTEXTS = {"contribution": "CONTRIBUTION_WORDS"}


class ImplausibleAmount(Rule):
    """An amount of money that cannot be right for what it is.

    What it checks: each amount is converted to a USD equivalent (static order-of-magnitude rates)
    and compared with plausible bounds: nothing exceeds world GDP, and a contribution by one State
    stays below a (configurable) ceiling. An amount listed with others of the same currency
    ("747 026 美元、455 000 美元和 240 万亿美元") that is 1000 times or more their median is an outlier.

    Why it matters: a wrong scale word (万亿 for 万, billion for million) multiplies a figure by
    10^3 to 10^8 and survives proof-reading because the digits are right.

    Suggestion: the same figure with the scale word that brings it in line with its siblings.
    """

    code = "AMT001"
    name = "implausible-amount"
    severity = Severity.ERROR
    summary = "An amount is above a plausible bound, or 1000× its sibling amounts"
    bad = (
        "示例国于 2021 年、2022 年和 2023 年分别捐助了 598 000 美元、605 500 美元和 240 万亿美元。",
        "Exampleland gave $598,000, $605,500 and $240 trillion in 2021, 2022 and 2023.",
    )
    good = (
        "示例国于 2021 年、2022 年和 2023 年分别捐助了 598 000 美元、605 500 美元和 240 万美元。",
        "Exampleland gave $598,000, $605,500 and $2.4 million in 2021, 2022 and 2023.",
    )
    options = {"max-usd": 1.1e14, "context-max-usd": {"contribution": 1e10}, "currency-max": {}, "sibling-ratio": 1000,
               "change-ratio": 1000, "near-ratio": [30, 100]}
    option_keys = {"context-max-usd": tuple(CONTEXTS), "currency-max": tuple(USD_PER_UNIT)}

    def check(self, ctx: Context):
        max_usd = Decimal(str(self.option(ctx, "max-usd")))
        context_max = {name: Decimal(str(v)) for name, v in self.option(ctx, "context-max-usd").items()}
        currency_max = {code: Decimal(str(v)) for code, v in self.option(ctx, "currency-max").items()}
        sibling_ratio = Decimal(str(self.option(ctx, "sibling-ratio")))
        amounts = ctx.facts.of(Money)
        lists = _amount_lists(ctx.text, amounts, _NEUTRAL_SEPARATORS | set(ctx.words("LIST_SEPARATORS")))
        contexts = _Contexts(ctx)
        per_unit = {m for m in amounts if _per_unit(ctx, m)}
        sums = _NearbySums([m for m in amounts if m not in per_unit and m.scale])
        wrong_ends = _wrong_ends(ctx, amounts, sums, Decimal(str(self.option(ctx, "change-ratio"))))
        near_largest_ratio, near_median_ratio = (Decimal(str(v)) for v in self.option(ctx, "near-ratio"))
        for money in amounts:
            usd = usd_equivalent(money.amount, money.currency)
            reasons, suggestion, related, fix = [], None, (), None
            if usd is not None and usd > max_usd:
                reasons.append(self.say(ctx, "gdp", bound=scientific(max_usd)))
            elif money.currency in currency_max and money.amount > currency_max[money.currency]:
                reasons.append(self.say(ctx, "currency", currency=money.currency, bound=scientific(currency_max[money.currency])))
            else:
                for context in contexts.of(money):
                    bound = context_max.get(context)
                    if usd is not None and bound is not None and usd > bound:
                        reasons.append(self.say(ctx, context, bound=scientific(bound)))
            listing = lists.get(money)
            if listing is not None and len(listing.members) >= 3:
                median = listing.median_without(money)
                if median > 0 and money.amount >= sibling_ratio * median:
                    siblings = listing.nearest(money)
                    listed = ctx.listing([m.text for m in siblings] + (["…"] if len(listing.members) - 1 > len(siblings) else []))
                    reasons.append(self.say(ctx, "siblings", ratio=ratio(money.amount / median), listed=listed))
                    rescaled = self._rescaled(ctx, money, median)
                    if rescaled:
                        surface, candidate = rescaled
                        suggestion = self.say(ctx, "rescale", surface=surface, currency=money.currency, amount=grouped(candidate))
                        fix = Fix(money.start, money.end, surface, safe=False)
                    related = tuple(Related(m.start, m.end, self.say(ctx, "listed", surface=m.text)) for m in siblings)
            if not reasons and money in wrong_ends:
                other = wrong_ends[money]
                reasons.append(self.say(ctx, "change", ratio=ratio(_spread(money.amount, other.amount)), other=other.text))
                suggestion, fix = self._suggest(ctx, money, other.amount)
                related = (Related(other.start, other.end, self.say(ctx, "other_end", surface=other.text)),)
            if not reasons and money not in per_unit and (outlying := sums.outlier(money, near_median_ratio, near_largest_ratio)) is not None:
                largest, count = outlying
                reasons.append(self.say(ctx, "near", ratio=ratio(money.amount / largest), largest=grouped(largest), currency=money.currency, count=count))
                suggestion, fix = self._suggest(ctx, money, sums.median_without(money))
            if not reasons:
                continue
            message = self.say(ctx, "value", surface=money.text, currency=money.currency, amount=grouped(money.amount),
                               magnitude=scientific(money.amount), reasons=ctx.join(reasons))
            if suggestion is None and money.scale:
                suggestion = self.say(ctx, "scale", scale=money.scale, factor=scientific(scale_factor(money.scale)))
            yield self.finding(money.start, money.end, message, suggestion, related, fix=fix)

    def _suggest(self, ctx: Context, money: Money, reference: Decimal) -> tuple[str | None, Fix | None]:
        """The figure rescaled towards `reference`, as a suggestion and an unsafe fix."""
        rescaled = self._rescaled(ctx, money, reference)
        if rescaled is None:
            return None, None
        surface, candidate = rescaled
        return self.say(ctx, "rescale_to", surface=surface, currency=money.currency, amount=grouped(candidate)), Fix(money.start, money.end, surface, safe=False)

    def _rescaled(self, ctx: Context, money: Money, median: Decimal) -> tuple[str, Decimal] | None:
        """The figure with the idiomatic scale word (of the amount's language) closest, in orders
        of magnitude, to its siblings."""
        if not money.scale:
            return None
        best = None
        for word in (None, *ctx.words("IDIOMATIC_SCALES", money.lang)):
            candidate = money.number * scale_factor(word)
            distance = abs(math.log10(candidate / median)) if candidate > 0 else math.inf
            if word != money.scale and (best is None or distance < best[0]):
                best = (distance, word, candidate)
        if best is None or best[0] > 1.5:
            return None
        _, word, candidate = best
        head, _, tail = money.text.partition(money.scale)
        # without a scale word, the space before it goes too ("$2.4 million" → "$2.4"), unless
        # the unit follows ("240 万美元" → "240 美元")
        surface = head + (word or "") + tail if word or (tail and not tail[0].isspace()) else head.rstrip() + tail
        return surface, candidate


_PER_UNIT_REACH = 20  # characters before an amount where a per-unit word makes it a price or a rate
_CLAUSE_END = frozenset("，,；;。.")


def _per_unit(ctx: Context, money: Money) -> bool:
    """A price, subsidy or rate (人均…450 元, 每人每年, $10 a day, 3 万美元/年): no measure of the
    sums around it. Its per-unit word (a Cue) is in its clause right before it, or right after it."""
    for cue in ctx.facts.within(max(0, money.start - _PER_UNIT_REACH), money.end + 12, Cue):
        if cue.cue != "per-unit":
            continue
        between = ctx.text[cue.end : money.start] if cue.end <= money.start else ctx.text[money.end : cue.start]
        if not _CLAUSE_END & set(between):
            return True
    return ctx.text.startswith("/", money.end)


def _spread(a: Decimal, b: Decimal) -> Decimal:
    return max(a, b) / min(a, b)


def _wrong_ends(ctx: Context, amounts: list[Money], sums: "_NearbySums", change_ratio: Decimal) -> dict[Money, Money]:
    """The end of a change or range ("从 3 万元提高到 15 亿元", "from $4.1 million to $9 billion")
    that is `change_ratio` times or more away from the other: the one further, in orders of
    magnitude, from the other sums of its currency near them → the other end."""
    joiners = set(ctx.words("CHANGE_JOINERS"))
    wrong: dict[Money, Money] = {}
    for a, b in zip(amounts, amounts[1:]):
        if a.currency != b.currency or not (a.amount > 0 and b.amount > 0) or _spread(a.amount, b.amount) < change_ratio:
            continue
        if _joining_words(ctx, a, b) not in joiners:
            continue
        median = sums.median_without(a, b)
        # the end further from the sums around them; with none to tell, the larger
        far = max((b, a), key=lambda m: abs(math.log10(m.amount / median))) if median > 0 else max((b, a), key=lambda m: m.amount)
        wrong[far] = b if far is a else a
    return wrong


def _joining_words(ctx: Context, a: Money, b: Money) -> str:
    """The words between two amounts, without the dates of each end and the words that only
    attach them ("from $4.5 trillion in October 2017 to $3.8 trillion" → "to"; 从 2019 年的 X 增至
    2022 年的 Y → 增至)."""
    if b.start - a.end > 60:
        return ""
    pieces, at = [], a.end
    for date in ctx.facts.within(a.end, b.start, Date, DateRange):
        pieces.append(ctx.text[at : date.start])
        at = date.end
    pieces.append(ctx.text[at : b.start])
    fillers = set(ctx.words("CHANGE_FILLERS"))
    return " ".join(w for piece in pieces for w in _TOKEN.findall(piece) if w not in fillers)


class _NearbySums:
    """The sums of each currency in text order — amounts written with a scale word (4 300 万美元,
    $2.4 million), not prices, rates or thresholds: an amount far above all the others of its
    currency written near it (within REACH characters: its paragraph and the ones beside it) is an
    outlier wherever it stands, in a list or not. Near, not the whole document: a report on
    humanitarian funds in millions may cite a region's investment needs in trillions."""

    REACH = 800
    MIN_OTHERS = 3  # fewer amounts say little of the order of magnitude around it

    def __init__(self, amounts: list[Money]):
        self.by_currency: dict[str, list[Money]] = {}
        for money in amounts:
            if money.amount > 0:
                self.by_currency.setdefault(money.currency, []).append(money)
        self.starts = {currency: [m.start for m in members] for currency, members in self.by_currency.items()}

    def near(self, money: Money, *left_out: Money) -> list[Decimal]:
        """The amounts of the currency within REACH of `money`, sorted, without `left_out` (and it)."""
        members, starts = self.by_currency.get(money.currency, []), self.starts.get(money.currency, [])
        lo, hi = bisect.bisect_left(starts, money.start - self.REACH), bisect.bisect_right(starts, money.end + self.REACH)
        return sorted(m.amount for m in members[lo:hi] if m is not money and m not in left_out)

    def median_without(self, money: Money, *left_out: Money) -> Decimal:
        return _median(self.near(money, *left_out))

    def outlier(self, money: Money, median_ratio: Decimal, largest_ratio: Decimal) -> tuple[Decimal, int] | None:
        """(the largest amount near it, how many there are) when `money` is `largest_ratio` times
        the largest and `median_ratio` times their median."""
        values = self.near(money)
        if len(values) < self.MIN_OTHERS:
            return None
        if money.amount >= largest_ratio * values[-1] and money.amount >= median_ratio * _median(values):
            return values[-1], len(values)
        return None


def _median(values: list[Decimal]) -> Decimal:
    """The median of sorted `values` (0 for none)."""
    n = len(values)
    if not n:
        return Decimal(0)
    return values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2


class _List:
    """Amounts written as one list. What each member is compared with is computed once per list,
    not once per member: a PDF table flattened into one line can list thousands of amounts."""

    SHOWN = 3  # siblings named in a message and as related locations; the median uses them all

    def __init__(self, members: list[Money]):
        self.members = members
        self.index = {m: k for k, m in enumerate(members)}
        self.sorted = sorted(m.amount for m in members)

    def median_without(self, money: Money) -> Decimal:
        """The median of the other members' amounts."""
        values = self.sorted
        i = bisect.bisect_left(values, money.amount)
        n = len(values) - 1  # without money: the values at indices < i, then > i

        def at(k: int) -> Decimal:
            return values[k] if k < i else values[k + 1]

        return at(n // 2) if n % 2 else (at(n // 2 - 1) + at(n // 2)) / 2

    def nearest(self, money: Money) -> list[Money]:
        """The members written nearest to `money` (at most SHOWN), in text order."""
        i = self.index[money]
        window = [m for m in self.members[max(0, i - self.SHOWN) : i + self.SHOWN + 1] if m is not money]
        return sorted(sorted(window, key=lambda m: abs(m.start - money.start))[: self.SHOWN], key=lambda m: m.start)


def _amount_lists(text: str, amounts: list[Money], separators: set[str]) -> dict[Money, _List]:
    """Group amounts written as one list: same currency, only separators between them."""
    runs: list[list[Money]] = []
    for money in amounts:
        if runs and runs[-1][-1].currency == money.currency and _only_separators(text[runs[-1][-1].end : money.start], separators):
            runs[-1].append(money)
        else:
            runs.append([money])
    return {member: listing for run in runs for listing in (_List(run),) for member in run}


def _only_separators(between: str, separators: set[str]) -> bool:
    if len(between) > 20:
        return False
    return all(w in separators or set(w) <= separators for w in _TOKEN.findall(between))


class _Contexts:
    """The contexts (contribution, …) of each sentence, found once per sentence."""

    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.known: dict[tuple[int, int] | None, list[str]] = {}

    def of(self, money: Money) -> list[str]:
        sentence = self.ctx.structure.sentence_at(money.start)
        if sentence not in self.known:
            text = self.ctx.text[sentence[0] : sentence[1]] if sentence else ""
            self.known[sentence] = [name for name, table in CONTEXTS.items() if any(word in text for word in self.ctx.words(table))]
        return self.known[sentence]


RULES = (ImplausibleAmount,)
