"""Amounts of money."""
from __future__ import annotations

import bisect
import math
import re
from decimal import Decimal

from linter.api import Context, Fix, Money, Related, Rule, Severity, USD_PER_UNIT, grouped, scale_factor, scientific, usd_equivalent
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
    options = {"max-usd": 1.1e14, "context-max-usd": {"contribution": 1e10}, "currency-max": {}, "sibling-ratio": 1000}
    option_keys = {"context-max-usd": tuple(CONTEXTS), "currency-max": tuple(USD_PER_UNIT)}

    def check(self, ctx: Context):
        max_usd = Decimal(str(self.option(ctx, "max-usd")))
        context_max = {name: Decimal(str(v)) for name, v in self.option(ctx, "context-max-usd").items()}
        currency_max = {code: Decimal(str(v)) for code, v in self.option(ctx, "currency-max").items()}
        sibling_ratio = Decimal(str(self.option(ctx, "sibling-ratio")))
        amounts = ctx.facts.of(Money)
        lists = _amount_lists(ctx.text, amounts, _NEUTRAL_SEPARATORS | set(ctx.words("LIST_SEPARATORS")))
        contexts = _Contexts(ctx)
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
            if not reasons:
                continue
            message = self.say(ctx, "value", surface=money.text, currency=money.currency, amount=grouped(money.amount),
                               magnitude=scientific(money.amount), reasons=ctx.join(reasons))
            if suggestion is None and money.scale:
                suggestion = self.say(ctx, "scale", scale=money.scale, factor=scientific(scale_factor(money.scale)))
            yield self.finding(money.start, money.end, message, suggestion, related, fix=fix)

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
