"""The document as a whole: its masthead and the names it gives things."""
from __future__ import annotations

import bisect
import difflib
import functools
import re

from linter.api import Context, Date, Related, Rule, Severity, Symbol
from rules.common import flat, line_of


@functools.cache
def _instrument(patterns: tuple[str, ...]) -> re.Pattern:
    """What kind of instrument a title names (《…法》, 《…公约》, "Act on …", "… Convention"): the
    packs' INSTRUMENT_KIND, whose matching group is the kind."""
    return re.compile("|".join(patterns) or "(?!)")


class MissingOwnSymbol(Rule):
    """The masthead names a conference but the document carries no symbol of its own.

    What it checks: a masthead with a conference title (审议大会, Review Conference, Meeting of
    States Parties) and no line that is a document symbol.
    Why it matters: a conference document is cited by its symbol; without one, a report cannot be
    found or referred to.
    """

    code = "DOC001"
    name = "missing-own-symbol"
    severity = Severity.INFO
    summary = "A conference document without a symbol of its own in its masthead"
    bad = ("不扩散核武器条约缔约国 2020 年审议大会\n\nDistr.: General\n7 October 2020\n", "2020 Review Conference of the Parties\n\nDistr.: General\n7 October 2020\n")
    good = ("不扩散核武器条约缔约国 2020 年审议大会\nNPT/CONF.2020/41\nDistr.: General\n7 October 2020\n", "2020 Review Conference of the Parties\nNPT/CONF.2020/41\nDistr.: General\n7 October 2020\n")

    def check(self, ctx: Context):
        title = ctx.structure.header.conference_title
        if title is None or ctx.own_symbol is not None:
            return
        conference = ctx.text[title[0] : title[1]].strip()
        years = [f.when.year for f in ctx.facts.within(title[0], title[1] + 1, Date)]
        npt = any(name in conference for name in ctx.words("NPT_NAMES", family="events"))
        suggestion = self.say(ctx, "fix-npt", year=years[0]) if years and npt else self.say(ctx, "fix")
        yield self.finding(title[0], title[1], self.say(ctx, "missing", conference=conference), suggestion)


class InconsistentTitle(Rule):
    """One instrument's title written in near-identical variants.

    What it checks: titles in 《…》 (Chinese) or in quotes or italics (English) that are almost
    the same (similarity ≥ 0.7) and name the same kind of instrument (…法, …公约, Act on …, … Convention) but differ by
    substitutions. A title that only adds a phrase to another (《核材料实物保护公约》 and
    《核材料实物保护公约修正案》) names a different instrument and is left alone.
    Why it matters: readers cannot tell whether two spellings mean one law or two.
    """

    code = "NAM001"
    name = "inconsistent-title"
    severity = Severity.INFO
    summary = "One instrument's title written in near-identical variants"
    bad = ("示例国修订了《核材料、核燃料和反应堆管理法》。示例国依照《核原材料、核燃料和核反应堆管制法》实施监管。",
           "Exampleland amended the “Act on the Regulation of Nuclear Source Material, Nuclear Fuel Material and Reactors” and applies the “Act on the Regulation of Nuclear Raw Material, Nuclear Fuel and Reactors”.")
    good = ("示例国修订了《核原材料、核燃料和核反应堆管制法》。示例国依照《核原材料、核燃料和核反应堆管制法》实施监管。",
            "Japan is party to the “Convention on Nuclear Safety” and the “Convention on Early Notification of a Nuclear Accident”.")
    options = {"similarity": 0.7}
    COMPARED = 50  # each title is compared with the last 50 distinct titles of its kind (the corpus: 32 at most)

    def check(self, ctx: Context):
        threshold = float(self.option(ctx, "similarity"))
        instrument = _instrument(ctx.words("INSTRUMENT_KIND", family="events"))
        first: dict[str, int] = {}
        for title in ctx.structure.titles:
            name = ctx.text[title.inner[0] : title.inner[1]].strip()
            if len(name) >= 5 and instrument.search(name):
                first.setdefault(name, title.inner[0])
        earlier_of_kind: dict[str, list[str]] = {}  # instrument ending → the titles so far, in order
        for name in first:
            earlier_names = earlier_of_kind.setdefault(_ending(instrument, name), [])
            matcher = difflib.SequenceMatcher(None, "", name, autojunk=False)  # indexes `name` once
            for earlier in earlier_names[-self.COMPARED :]:
                if not _variants(matcher, earlier, threshold):
                    continue
                start = first[name]
                message = self.say(ctx, "variant", name=name, earlier=earlier, line=line_of(ctx, first[earlier]))
                related = (Related(first[earlier], first[earlier] + len(earlier), self.say(ctx, "related")),)
                yield self.finding(start, start + len(name), message, self.say(ctx, "fix", earlier=earlier), related)
                break
            earlier_names.append(name)


def _ending(instrument: re.Pattern, name: str) -> str:
    m = instrument.search(name)
    return next((g for g in m.groups() if g), "") if m else ""


def _variants(matcher: difflib.SequenceMatcher, earlier: str, threshold: float) -> bool:
    """Is the matcher's title a variant of `earlier`?"""
    matcher.set_seq1(earlier)
    if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold or matcher.ratio() < threshold:
        return False
    changes = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    # one inserted or deleted phrase is another instrument (an amendment, a longer title), not a variant
    return not (len(changes) == 1 and changes[0][0] in ("insert", "delete"))


class OneDocumentTwoSymbols(Rule):
    """One document cited under two symbols.

    What it checks: symbols cited in the same words — the same sentence apart from the symbol (a
    sentence copied and its symbol retyped), or right after the same quoted title (“我们的共同议程”
    的报告(A/75/982), “Our Common Agenda” (A/75/982)) — that are not the same symbol.
    Why it matters: a reader looking up the second symbol finds another document; one of the two
    was mistyped or copied from another citation.
    Known limitations: a document described in other words each time is not recognised.
    """

    code = "DOC002"
    name = "one-document-two-symbols"
    severity = Severity.WARNING
    summary = "The same document cited under two different symbols"
    bad = (
        "秘书长题为“我们的共同议程”的报告(A/75/982)提出了建议。……秘书长题为“我们的共同议程”的报告(A/75/983)所设想的模式。",
        "The report of the Secretary-General entitled “Our Common Agenda” (A/75/982) set out proposals. … the report “Our Common Agenda” (A/75/983) envisaged.",
    )
    good = (
        "秘书长题为“我们的共同议程”的报告(A/75/982)提出了建议。……秘书长题为“我们的共同议程”的报告(A/75/982)所设想的模式。",
        "The report of the Secretary-General entitled “Our Common Agenda” (A/75/982) set out proposals. … the report “Our Common Agenda” (A/75/982) envisaged.",
    )

    # Characters of a sentence, besides its symbol, that make it a citation's own words; not the
    # words before it alone: the reports of one mandate are cited in the same words year after year.
    MIN_SENTENCE = 30
    TITLE_GAP = 8  # characters between a quoted title and the symbol it is cited with (“…”的报告()

    def check(self, ctx: Context):
        seen: dict[tuple, Symbol] = {}
        said: set[int] = set()
        title_ends = [t.end for t in ctx.structure.titles]
        for symbol in ctx.facts.of(Symbol):
            for key in self._descriptions(ctx, symbol, title_ends):
                first = seen.setdefault(key, symbol)
                if first.canonical == symbol.canonical or first.series != symbol.series or symbol.start in said:
                    continue
                said.add(symbol.start)
                message = self.say(ctx, key[0], symbol=symbol.text, other=first.text, line=line_of(ctx, first.start))
                related = (Related(first.start, first.end, self.say(ctx, "related", symbol=first.text)),)
                yield self.finding(symbol.start, symbol.end, message, self.say(ctx, "fix", symbol=symbol.text, other=first.text), related)

    def _descriptions(self, ctx: Context, symbol: Symbol, title_ends: list[int]):
        """The words a symbol is cited in: its sentence with the symbol left out, and the quoted
        title right before it."""
        sentence = ctx.structure.sentence_at(symbol.start)
        if sentence is not None:
            words = flat(ctx.text[sentence[0] : symbol.start] + "\0" + ctx.text[symbol.end : sentence[1]])
            if len(words) > self.MIN_SENTENCE:
                yield ("sentence", words)
        i = bisect.bisect_right(title_ends, symbol.start) - 1
        if i >= 0 and symbol.start - title_ends[i] <= self.TITLE_GAP:
            title = ctx.structure.titles[i]
            yield ("title", flat(ctx.text[title.inner[0] : title.inner[1]]))


RULES = (MissingOwnSymbol, InconsistentTitle, OneDocumentTwoSymbols)
