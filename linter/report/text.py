"""Human output like a modern compiler: location, code, severity, message, the source line with
an underline under the exact span (display-width aware for CJK), and the suggestion."""
from __future__ import annotations

import os
from collections import Counter

from linter.document import Document, display_width
from linter.engine import FileResult
from linter.rule import Finding, Severity

_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def _paint(text: str, code: str, colour: bool) -> str:
    return f"\033[{code}m{text}\033[0m" if colour else text


def format_finding(doc: Document, finding: Finding, colour: bool = False, show_source: bool = True) -> str:
    head = f"{doc.path}:{doc.where(finding.start)}: {finding.code} {_paint(str(finding.severity), _COLOURS[finding.severity], colour)} {finding.message}"
    lines = [head]
    if show_source:
        lines.extend(_excerpt(doc, finding.start, finding.end, colour, finding.severity))
    for related in finding.related:
        lines.append(f"    = note: {doc.where(related.start)}: {related.note}")
    if finding.suggestion:
        lines.append(f"    = help: {finding.suggestion}")
    return "\n".join(lines)


def _excerpt(doc: Document, start: int, end: int, colour: bool, severity: Severity) -> list[str]:
    pos = doc.position(start)
    line_text = doc.line_text(pos.line)
    line_start = doc.line_starts[pos.line - 1]
    end = min(end, line_start + len(line_text)) if end > start else start + 1
    gutter = f"{pos.line:>5} | "
    prefix = display_width(line_text[: start - line_start].replace("\t", " "))
    width = max(1, display_width(doc.text[start:end].replace("\t", " ")))
    underline = " " * prefix + "^" * width
    return [gutter + line_text.replace("\t", " "), " " * (len(gutter) - 2) + "| " + _paint(underline, _COLOURS[severity], colour)]


def render(results: list[FileResult], *, colour: bool = False, show_source: bool = True, quiet: bool = False) -> str:
    out: list[str] = []
    counts: Counter = Counter()
    for result in results:
        if result.skipped:
            out.append(f"{result.path}: note: skipped: {result.skipped}") if not quiet else None
            continue
        if result.error is not None:
            out.append(f"{result.path}: {result.error.code} error {result.error.message}")
            counts[Severity.ERROR] += 1
            continue
        for finding in result.findings:
            out.append(format_finding(result.document, finding, colour, show_source))
            counts[finding.severity] += 1
    if not quiet:
        files = sum(1 for r in results if not r.skipped)
        total = sum(counts.values())
        summary = ", ".join(f"{counts[s]} {s}" + ("s" if counts[s] != 1 else "") for s in (Severity.ERROR, Severity.WARNING, Severity.INFO) if counts[s])
        out.append(f"Checked {files} file{'s' if files != 1 else ''}: " + (f"{total} finding{'s' if total != 1 else ''} ({summary})." if total else "no findings."))
    return ("\n\n" if show_source else "\n").join(out) + "\n" if out else ""


def use_colour(stream) -> bool:
    return hasattr(stream, "isatty") and stream.isatty() and "NO_COLOR" not in os.environ


def statistics(results: list[FileResult]) -> str:
    """Findings per rule, most frequent first: `count  code  name`."""
    counts: Counter = Counter()
    names = {}
    for result in results:
        if result.error is not None:
            counts[result.error.code] += 1
            names[result.error.code] = "unreadable-file"
        for f in result.findings:
            counts[f.code] += 1
            names[f.code] = f.name
    return "".join(f"{n:5d}  {code}  {names[code]}\n" for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
