"""Suppressions that suppress nothing. The engine applies suppressions after every other rule
has run, so it is the engine that produces these findings; the classes here carry the rules'
identity and documentation like any other rule."""
from __future__ import annotations

from linter.api import Context, Rule, Severity


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

    def check(self, ctx: Context):
        return iter(())  # produced by the engine, after the other rules (linter/suppressions.py)


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

    def check(self, ctx: Context):
        return iter(())  # produced by the engine once every file has been checked


RULES = (UnusedSuppression, UnusedWaiver)
