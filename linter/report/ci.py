"""The formats CI systems read: GitHub workflow commands, JUnit XML, GitLab Code Quality."""
from __future__ import annotations

import json
from xml.sax.saxutils import escape, quoteattr

from linter.engine import FileResult
from linter.fingerprint import fingerprints
from linter.rule import Severity

GITHUB_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
GITLAB_SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def github_data(text: str) -> str:
    """Escape a workflow command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def github_property(text: str) -> str:
    """Escape a workflow command's property value (file, title): also ':' and ','."""
    return github_data(text).replace(":", "%3A").replace(",", "%2C")


def github(results: list[FileResult]) -> str:
    lines = []
    for result in results:
        if result.error is not None:
            lines.append(f"::error file={github_property(result.path)},title={result.error.code}::{github_data(result.error.message)}")
            continue
        doc = result.document
        for f in result.findings:
            a, b = doc.position(f.start), doc.position(f.end)
            message = f.message + (f" ({f.suggestion})" if f.suggestion else "")
            props = f"file={github_property(result.path)},line={a.line},col={a.column},endLine={b.line},endColumn={b.column},title={github_property(f.code + ' ' + f.name)}"
            lines.append(f"::{GITHUB_LEVELS[f.severity]} {props}::{github_data(message)}")
    return "\n".join(lines) + ("\n" if lines else "")


def junit(results: list[FileResult]) -> str:
    results = [r for r in results if not r.skipped]
    failures = sum(len(r.findings) + (r.error is not None) for r in results)
    cases = []
    for result in results:
        body = []
        if result.error is not None:
            body.append(f"<failure type={quoteattr(result.error.code)} message={quoteattr(result.error.message)}/>")
        for f in result.findings:
            pos = result.document.position(f.start)
            detail = f"{result.path}:{pos.line}:{pos.column}: {f.code} {f.severity} {f.message}"
            body.append(f"<failure type={quoteattr(f.code)} message={quoteattr(f.message)}>{escape(detail)}</failure>")
        cases.append(f'  <testcase classname="treatylint" name={quoteattr(result.path)}>' + "".join(body) + "</testcase>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<testsuites name="treatylint" tests="{len(results)}" failures="{failures}">\n'
            f'<testsuite name="treatylint" tests="{len(results)}" failures="{failures}">\n'
            + "\n".join(cases) + "\n</testsuite>\n</testsuites>\n")


def gitlab(results: list[FileResult]) -> str:
    issues = []
    for result in results:
        if result.error is not None:
            issues.append({"description": f"{result.error.code}: {result.error.message}", "check_name": result.error.code,
                           "fingerprint": f"{result.error.code}:{result.path}", "severity": "blocker",
                           "location": {"path": result.path, "lines": {"begin": 1}}})
            continue
        for f, print_ in zip(result.findings, fingerprints(result.document.text, result.findings)):
            pos = result.document.position(f.start)
            issues.append({"description": f.message, "check_name": f.code, "fingerprint": print_,
                           "severity": GITLAB_SEVERITIES[f.severity], "location": {"path": result.path, "lines": {"begin": pos.line}}})
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
