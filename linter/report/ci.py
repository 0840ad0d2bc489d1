"""The formats CI systems read: GitHub workflow commands, JUnit XML, GitLab Code Quality.

Each names files relative to the repository root (linter.report.paths), as the service resolves
them against its checkout; results without a document (skipped files) have nothing to report.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from xml.sax.saxutils import escape, quoteattr

from linter.results import FileResult
from linter.fingerprint import fingerprints
from linter.report.json_report import Rows, chunks
from linter.report.paths import printable, repository_path
from linter.rule import Severity

GITHUB_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
GITLAB_SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}
# What XML 1.0 cannot hold, not even as a character reference: C0 controls other than tab, LF
# and CR (a form feed from PDF text), surrogates (undecodable file-name bytes), U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def github_data(text: str) -> str:
    """Escape a workflow command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_property(text: str) -> str:
    """Escape a workflow command's property value (file, title): also ':' and ','."""
    return github_data(text).replace(":", "%3A").replace(",", "%2C")


def github(results: list[FileResult]) -> str:
    lines = []
    for result in results:
        file = github_property(printable(repository_path(result.path)))
        if result.error is not None:
            lines.append(f"::error file={file},title={result.error.code}::{github_data(result.error.message)}")
            continue
        doc = result.document
        for f in result.findings:  # a skipped file has none
            (line, column), (end_line, end_column) = doc.line_column(f.start), doc.line_column(f.end)
            message = f.message + (f" ({f.suggestion})" if f.suggestion else "")
            props = f"file={file},line={line},col={column},endLine={end_line},endColumn={end_column},title={github_property(f.code + ' ' + f.name)}"
            lines.append(f"::{GITHUB_LEVELS[f.severity]} {props}::{github_data(message)}")
    return "\n".join(lines) + ("\n" if lines else "")


def xml_safe(text: str) -> str:
    """`text` without the characters XML 1.0 forbids: each one as a visible escape (`\\x0c`,
    `\\xe9` for an undecodable file-name byte, `\\ufffe`)."""
    return _NOT_XML.sub(_xml_escape, text)


def _xml_escape(match: re.Match) -> str:
    code = ord(match.group())
    if 0xD800 <= code <= 0xDFFF:
        return printable(match.group())
    return f"\\x{code:02x}" if code < 0x20 else f"\\u{code:04x}"


def _attribute(text: str) -> str:
    return quoteattr(xml_safe(text))


def junit(results: list[FileResult]) -> str:
    results = [r for r in results if not r.skipped]
    failures = sum(len(r.findings) + (r.error is not None) for r in results)
    cases = []
    for result in results:
        path = repository_path(result.path)
        body = []
        if result.error is not None:
            body.append(f"<failure type={_attribute(result.error.code)} message={_attribute(result.error.message)}/>")
        for f in result.findings:
            line, column = result.document.line_column(f.start)
            detail = f"{path}:{line}:{column}: {f.code} {f.severity} {f.message}"
            body.append(f"<failure type={_attribute(f.code)} message={_attribute(f.message)}>{escape(xml_safe(detail))}</failure>")
        cases.append(f'  <testcase classname="treatylint" name={_attribute(path)}>' + "".join(body) + "</testcase>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<testsuites name="treatylint" tests="{len(results)}" failures="{failures}">\n'
            f'<testsuite name="treatylint" tests="{len(results)}" failures="{failures}">\n'
            + "\n".join(cases) + "\n</testsuite>\n</testsuites>\n")


def gitlab(results: list[FileResult]) -> str:
    return "".join(gitlab_stream(results))


def gitlab_stream(results: list[FileResult]) -> Iterator[str]:
    """The Code Quality report in pieces, to write one after another."""
    return chunks(Rows(_gitlab_issues(results)))


def _gitlab_issues(results: list[FileResult]) -> Iterator[dict]:
    for result in results:
        path = repository_path(result.path)
        if result.error is not None:
            yield {"description": f"{result.error.code}: {result.error.message}", "check_name": result.error.code,
                   "fingerprint": f"{result.error.code}:{path}", "severity": "blocker",
                   "location": {"path": path, "lines": {"begin": 1}}}
            continue
        doc = result.document
        if doc is None:
            continue
        for f, print_ in zip(result.findings, fingerprints(doc.text, result.findings, path)):
            yield {"description": f.message, "check_name": f.code, "fingerprint": print_,
                   "severity": GITLAB_SEVERITIES[f.severity], "location": {"path": path, "lines": {"begin": doc.line_of(f.start) + 1}}}
