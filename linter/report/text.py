"""Human output like a modern compiler: location, code, severity, message, a window of the source
line with an underline under the exact span (display-width aware for CJK), and the suggestion;
also the concise one-line form and ruff's fix summaries.

Files are named as the user typed them (linter.report.paths.typed_path): that is what terminals
and editors resolve. Nothing per finding scans its whole line: positions come from the line
starts, and the excerpt is a window of at most CONTEXT_CELLS cells each side of the span, so a
100 KB single line with thousands of findings prints thousands of short excerpts.
"""
from __future__ import annotations

import os
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import accumulate

from linter import registry
from linter.document import Document, char_width, display_width
from linter.results import FileResult
from linter.fixes import FIXABLE_KINDS
from linter.report.paths import typed_path
from linter.rule import Finding, Severity
from linter.rule_docs import rule_url

_COLOURS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}
CONTEXT_CELLS = 80  # source shown on each side of a span: a line that fits two 80-column screens is shown whole
SPAN_CELLS = 80  # of a longer span, the start is shown
CUT = "…"
# Tabs as spaces; other control characters as their pictures (U+2400…), one cell each as counted,
# so the underline stays under the span and a form feed or an ESC does not act on the terminal.
_SHOWN = str.maketrans({"\t": " ", "\x7f": "\u2421", **{chr(c): chr(0x2400 + c) for c in range(0x20) if c != 9}})
_CONTROL = re.compile("[\x00-\x1f\x7f]")


def _paint(text: str, code: str, colour: bool) -> str:
    return f"\033[{code}m{text}\033[0m" if colour else text


def fixable(doc: Document, finding: Finding) -> bool:
    """Whether `--fix` would fix this finding: a safe fix, in a file whose text is the document's."""
    return finding.fix is not None and finding.fix.safe and doc.kind in FIXABLE_KINDS


def format_finding(doc: Document, finding: Finding, colour: bool = False, show_source: bool = True, *,
                   path: str | None = None, docs_url: str | None = None, show_fixes: bool = False) -> str:
    """One finding: the head line, the source excerpt, notes, help and (with `docs_url`) the rule's page."""
    mark = " [*]" if show_fixes and fixable(doc, finding) else ""
    severity = _paint(str(finding.severity), _COLOURS[finding.severity], colour)
    lines = [f"{typed_path(path or doc.path or '<stdin>')}:{doc.where(finding.start)}: {finding.code}{mark} {severity} {finding.message}"]
    if show_source:
        lines.extend(_excerpt(doc, finding.start, finding.end, colour, finding.severity))
    for related in finding.related:
        lines.append(f"    = note: {doc.where(related.start)}: {related.note}")
    if finding.suggestion:
        lines.append(f"    = help: {finding.suggestion}")
    url = rule_url(finding.code, docs_url) if finding.code in _rule_codes() else None
    if url:
        lines.append(f"    = see: {url}")
    return "\n".join(lines)


@cache
def _rule_codes() -> frozenset[str]:
    return frozenset(rule.code for rule in registry.all_rules())


def _line_end(doc: Document, index: int) -> int:
    """Where 0-based line `index` ends, before its line ending."""
    starts, text = doc.line_starts, doc.text
    end = starts[index + 1] - 1 if index + 1 < len(starts) else len(text)
    return end - 1 if end > starts[index] and text[end - 1] == "\r" else end


_cells = lru_cache(maxsize=8192)(char_width)  # a report uses a few thousand characters; each is measured once


def _fit(text: str, cells: int, from_end: bool = False) -> tuple[str, int]:
    """The longest start (or end) of `text` that takes at most `cells` display cells, and its width."""
    if text.isascii():
        count = min(len(text), cells)
        return (text[len(text) - count :] if from_end else text[:count]), count
    reach = list(accumulate(map(_cells, reversed(text) if from_end else text)))  # cells up to each character
    count = bisect_right(reach, cells)
    used = reach[count - 1] if count else 0
    return (text[len(text) - count :] if from_end else text[:count]), used


def _shown(text: str) -> str:
    return text.translate(_SHOWN) if _CONTROL.search(text) else text


def _excerpt(doc: Document, start: int, end: int, colour: bool, severity: Severity) -> list[str]:
    """The span's line, cut to a window around the span (… where cut), and its underline."""
    index = doc.line_of(start)
    line_start, line_end = doc.line_starts[index], _line_end(doc, index)
    start = min(start, line_end)
    end = min(max(end, start), line_end)
    text = doc.text
    span, span_cells = _fit(_shown(text[start : min(end, start + SPAN_CELLS)]), SPAN_CELLS)
    span_cut = start + len(span) < end
    left, left_cells = _fit(_shown(text[max(line_start, start - CONTEXT_CELLS) : start]), CONTEXT_CELLS, from_end=True)
    right = "" if span_cut else _fit(_shown(text[end : min(line_end, end + CONTEXT_CELLS)]), CONTEXT_CELLS)[0]
    left_mark = CUT if start - len(left) > line_start else ""
    right_mark = CUT if span_cut or end + len(right) < line_end else ""
    gutter = f"{index + 1:>5} | "
    underline = " " * (display_width(left_mark) + left_cells) + "^" * max(1, span_cells)
    return [gutter + left_mark + left + span + right + right_mark, " " * (len(gutter) - 2) + "| " + _paint(underline, _COLOURS[severity], colour)]


def render(results: list[FileResult], *, colour: bool = False, show_source: bool = True, quiet: bool = False,
           show_fixes: bool = False) -> str:
    """The text report; `show_fixes` marks what `--fix` would fix with [*] and counts it at the end."""
    return "".join(stream(results, colour=colour, show_source=show_source, quiet=quiet, show_fixes=show_fixes))


def stream(results: list[FileResult], *, colour: bool = False, show_source: bool = True, quiet: bool = False,
           show_fixes: bool = False) -> Iterator[str]:
    """The text report in pieces, one entry at a time: a report with 100 000 findings is never
    held whole in memory."""
    separator = "\n\n" if show_source else "\n"
    counts: Counter = Counter()

    def entries() -> Iterator[str]:
        for result in results:
            if result.skipped:
                if not quiet:
                    yield f"{typed_path(result.path)}: note: skipped: {result.skipped}"
                continue
            if result.error is not None:
                counts[Severity.ERROR] += 1
                yield f"{typed_path(result.path)}: {result.error.code} error {result.error.message}"
                continue
            for finding in result.findings:
                counts[finding.severity] += 1
                yield format_finding(result.document, finding, colour, show_source, path=result.path,
                                     docs_url=result.config.docs_url, show_fixes=show_fixes)
        if not quiet:
            files = sum(1 for r in results if not r.skipped)
            total = sum(counts.values())
            summary = ", ".join(f"{counts[s]} {s}" + ("s" if counts[s] != 1 else "") for s in (Severity.ERROR, Severity.WARNING, Severity.INFO) if counts[s])
            yield f"Checked {files} file{'s' if files != 1 else ''}: " + (f"{total} finding{'s' if total != 1 else ''} ({summary})." if total else "no findings.")
            hint = fixable_summary(results) if show_fixes else ""
            if hint:
                yield hint.rstrip("\n")

    first = True
    for entry in entries():
        yield entry if first else separator + entry
        first = False
    if not first:
        yield "\n"


def concise(results: list[FileResult], *, quiet: bool = False, show_fixes: bool = False) -> str:
    """One line a finding, as ruff's `--output-format concise`: `path:line:col: CODE [*] message`
    ([*]: `--fix` fixes it), then a count line (and, with `show_fixes`, how many are fixable)."""
    out = []
    for result in results:
        if result.error is not None:
            out.append(f"{typed_path(result.path)}: {result.error.code} {result.error.message}")
        for f in result.findings if result.document is not None else ():
            mark = " [*]" if fixable(result.document, f) else ""
            out.append(f"{typed_path(result.path)}:{result.document.where(f.start)}: {f.code}{mark} {f.message}")
    if not quiet:
        total = len(out)
        out.append(f"Found {total} finding{'s' if total != 1 else ''}.")
        hint = fixable_summary(results) if show_fixes else ""
        if hint:
            out.append(hint.rstrip("\n"))
    return "\n".join(out) + "\n" if out else ""


def fixable_summary(results: list[FileResult]) -> str:
    """`[*] N fixable with the `--fix` option.`, or nothing when `--fix` would fix nothing."""
    count = sum(fixable(r.document, f) for r in results if r.document is not None for f in r.findings)
    return f"[*] {count} fixable with the `--fix` option.\n" if count else ""


def fixed_summary(fixed: dict[str, list[Finding]]) -> str:
    """What `--fix` fixed, per file and rule, as ruff's `--show-fixes` lists it:
    `Fixed 2 findings:` / `- path:` / `    2 × TXT001 (doubled-character)`; nothing when nothing was."""
    total = sum(len(findings) for findings in fixed.values())
    if not total:
        return ""
    lines = [f"Fixed {total} finding{'s' if total != 1 else ''}:"]
    for path, findings in fixed.items():
        if not findings:
            continue
        lines.append(f"- {typed_path(path)}:")
        by_rule = Counter((f.code, f.name) for f in findings)
        lines.extend(f"    {count} × {code} ({name})" for (code, name), count in sorted(by_rule.items()))
    return "\n".join(lines) + "\n"


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
