"""A plugin whose entry point is a callable returning its rules, one of which reuses AMT001."""
from __future__ import annotations

from linter.api import Rule, Severity


class Clash(Rule):
    """Takes a built-in rule's code."""

    code = "AMT001"
    name = "clashing-amount"
    severity = Severity.INFO
    summary = "Reuses a built-in code"

    def check(self, ctx):
        return iter(())


def rules():
    return [Clash]
