"""Suppressions and waivers that suppress nothing: rules about what the other rules found, so
they run at the engine's later phases (`check_findings` after a document's other rules and its
suppressions, `check_run` after every file of the run)."""
from __future__ import annotations

from linter.api import Context, Outcome, Rule, Severity


class UnusedSuppression(Rule):
    """An inline suppression comment that suppresses no finding.

    What it checks: `<!-- treatylint: disable-next-line CODE -->`, `# treatylint: disable CODE`
    and the like, once every other selected rule has run: a suppression that covered no finding
    of the rules it names is reported (suppressions naming only rules that did not run are left
    alone).
    Why it matters: a stale suppression silently hides the next real finding on its line.
    """

    code = "SUP001"
    name = "unused-suppression"
    severity = Severity.INFO
    summary = "A suppression comment that suppresses nothing"
    bad = (
        "<!-- treatylint: disable-next-line TXT001 -->\n示例国将专业知识转让给区域中心。",
        "<!-- treatylint: disable-next-line TXT001 -->\nExampleland supports the Agency's programme.",
    )
    good = (
        "<!-- treatylint: disable-next-line TXT001 -->\n示例国将专业知知识转让给区域中心。",
        "<!-- treatylint: disable-next-line TXT001 -->\nExampleland supports the the Agency's programme.",
    )

    def check_findings(self, ctx: Context, outcome: Outcome):
        """The suppressions that silenced nothing, among those naming a rule that ran."""
        ran = [r for r in outcome.rules if r.code != self.code]
        for mark in outcome.suppressions:
            if not mark.used and any(mark.names(r.code, r.name) for r in ran):
                what = ", ".join(mark.selectors) if mark.selectors else self.say(ctx, "every")
                yield self.finding(mark.start, mark.end, self.say(ctx, "unused", what=what), self.say(ctx, "remove"))


class UnusedWaiver(Rule):
    """A waiver entry that matched no finding.

    What it checks: entries of `treatylint-waivers.toml` or `[[tool.treatylint.waivers]]` whose
    file glob matched a checked file but whose code and text matched no finding there.
    Why it matters: a waiver outliving its finding would silently waive a new one with the same text.
    """

    code = "SUP002"
    name = "unused-waiver"
    severity = Severity.INFO
    summary = "A waiver entry that matches no finding"

    def check_run(self, ctx: Context, waivers: list):
        """The entries that applied to a checked file and waived nothing there, at their text in
        the waivers file (at its start when the text is not found)."""
        for waiver in waivers:
            if waiver.applies and not waiver.used:
                at = ctx.text.find(waiver.match)
                start = max(at, 0)
                message = self.say(ctx, "unused", code=waiver.code, match=waiver.match, file=waiver.file)
                yield self.finding(start, start + (len(waiver.match) if at >= 0 else 0), message, self.say(ctx, "remove"))


RULES = (UnusedSuppression, UnusedWaiver)
