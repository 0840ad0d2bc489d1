"""One rule, registered in pyproject.toml under [project.entry-points."treatylint.rules"]."""
from __future__ import annotations

import re

from linter.api import Context, Rule, Severity

_TODO = re.compile(r"\bTODO\b")


class TodoMarker(Rule):
    """A TODO marker left in the report.

    What it checks: the word TODO, in capitals, anywhere in the text.
    Why it matters: a marker left by a drafter means a passage is not finished.
    """

    code = "EXA001"
    name = "example-todo-marker"
    severity = Severity.WARNING
    summary = "A TODO marker is left in the text"
    bad = ("The Agency received TODO in 2020.",)
    good = ("The Agency received 5 million dollars in 2020.",)
    messages = {"todo": "a TODO marker is left here"}

    def check(self, ctx: Context):
        for match in _TODO.finditer(ctx.text):
            yield self.finding(match.start(), match.end(), self.say(ctx, "todo"))
