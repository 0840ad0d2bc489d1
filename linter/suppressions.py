"""Inline suppressions written in the report itself.

    <!-- treatylint: disable-next-line AMT001 -->      Markdown / HTML
    <!-- treatylint: disable URL001 --> … <!-- treatylint: enable URL001 -->
    # treatylint: disable-next-line AMT001             plain text, on a line of its own

Codes may be codes, prefixes or names, separated by spaces or commas; none means every rule.
A suppression that suppresses nothing is reported (SUP001), as ruff reports an unused noqa.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from linter.document import Document
from linter.rule import Finding

# The codes run to the comment's end and are split on white space later, so no quantifier has to
# hand spaces back to another; an HTML comment's codes are bounded, as an unclosed `<!--` must
# not make every later comment scan the rest of the file.
_COMMENT = re.compile(
    r"<!--[ \t]*treatylint:[ \t]*(?P<html>disable-next-line|disable|enable)\b(?P<hcodes>[^>]{0,500}?)-->"
    r"|^[ \t]*#[ \t]*treatylint:[ \t]*(?P<hash>disable-next-line|disable|enable)\b(?P<tcodes>[^\n]*)$",
    re.M,
)


@dataclass
class Suppression:
    start: int  # the comment's span, where SUP001 points
    end: int
    selectors: tuple[str, ...]  # empty: every rule
    first_line: int  # 1-based, inclusive
    last_line: int
    used: set[str] = field(default_factory=set)

    def names(self, code: str, name: str) -> bool:
        """Does it name this rule (no selectors: every rule)?"""
        return not self.selectors or any(code.startswith(s.upper()) or s.lower() == name for s in self.selectors)


def parse(doc: Document) -> list[Suppression]:
    if "treatylint:" not in doc.text:
        return []
    found: list[Suppression] = []
    open_ranges: dict[tuple[str, ...], Suppression] = {}
    last_line = len(doc.line_starts)
    for m in _COMMENT.finditer(doc.text):
        verb = m.group("html") or m.group("hash")
        selectors = tuple(s for s in re.split(r"[\s,]+", (m.group("hcodes") or m.group("tcodes") or "").strip()) if s)
        line = doc.line_of(m.start()) + 1
        if verb == "disable-next-line":
            target = _next_content_line(doc, line)
            found.append(Suppression(m.start(), m.end(), selectors, target, target))
        elif verb == "disable":
            suppression = Suppression(m.start(), m.end(), selectors, line, last_line)
            open_ranges[selectors] = suppression
            found.append(suppression)
        elif selectors in open_ranges:  # enable closes the matching disable
            open_ranges.pop(selectors).last_line = line
    return found


def _next_content_line(doc: Document, line: int) -> int:
    total = len(doc.line_starts)
    target = line + 1
    while target < total and not doc.line_text(target).strip():
        target += 1
    return target


def apply(doc: Document, findings: list[Finding], suppressions: list[Suppression]) -> list[Finding]:
    """The findings no suppression covers; each suppression records what it silenced.

    Per rule, not per finding × suppression: the lines of the rule's findings, sorted, tell each
    suppression naming the rule whether it silenced one; the merged line ranges of those
    suppressions tell each finding whether it is silenced."""
    if not suppressions:
        return findings
    lines = [doc.line_of(f.start) + 1 for f in findings]
    by_rule: dict[tuple[str, str], list[int]] = {}
    for f, line in zip(findings, lines):
        by_rule.setdefault((f.code, f.name), []).append(line)
    silenced: dict[tuple[str, str], _Ranges] = {}
    for (code, name), rule_lines in by_rule.items():
        naming = [s for s in suppressions if s.names(code, name)]
        rule_lines.sort()
        for s in naming:
            if bisect.bisect_right(rule_lines, s.last_line) > bisect.bisect_left(rule_lines, s.first_line):
                s.used.add(code)
        silenced[(code, name)] = _Ranges((s.first_line, s.last_line) for s in naming)
    return [f for f, line in zip(findings, lines) if line not in silenced[(f.code, f.name)]]


class _Ranges:
    """A union of inclusive line ranges, merged once, asked by bisection."""

    def __init__(self, ranges):
        self.firsts: list[int] = []
        self.lasts: list[int] = []
        for first, last in sorted(ranges):
            if self.lasts and first <= self.lasts[-1] + 1:
                self.lasts[-1] = max(self.lasts[-1], last)
            else:
                self.firsts.append(first)
                self.lasts.append(last)

    def __contains__(self, line: int) -> bool:
        i = bisect.bisect_right(self.firsts, line) - 1
        return i >= 0 and line <= self.lasts[i]
