"""Inline suppressions written in the report itself.

    <!-- treatylint: disable-next-line AMT001 -->      Markdown / HTML
    <!-- treatylint: disable URL001 --> … <!-- treatylint: enable URL001 -->
    # treatylint: disable-next-line AMT001             plain text, on a line of its own

Codes may be codes, prefixes or names, separated by spaces or commas; none means every rule.
A suppression that suppresses nothing is reported (SUP001), as ruff reports an unused noqa.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from linter.document import Document
from linter.rule import Finding

_COMMENT = re.compile(
    r"<!--[ \t]*treatylint:[ \t]*(?P<html>disable-next-line|disable|enable)\b(?P<hcodes>[^>]*?)[ \t]*-->"
    r"|^[ \t]*#[ \t]*treatylint:[ \t]*(?P<hash>disable-next-line|disable|enable)\b(?P<tcodes>[^\n]*?)[ \t]*$",
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

    def covers(self, line: int, code: str, name: str) -> bool:
        if not self.first_line <= line <= self.last_line:
            return False
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
    """The findings no suppression covers; each suppression records what it silenced."""
    if not suppressions:
        return findings
    kept = []
    for f in findings:
        line = doc.line_of(f.start) + 1
        covering = [s for s in suppressions if s.covers(line, f.code, f.name)]
        for s in covering:
            s.used.add(f.code)
        if not covering:
            kept.append(f)
    return kept
