"""SARIF 2.1.0: one run, code-point columns, the rules' metadata, results with fingerprints."""
from __future__ import annotations

import json
import os
from pathlib import Path

from linter.engine import FileResult
from linter.fixes import FIXABLE_KINDS
from linter.fingerprint import fingerprints
from linter.registry import all_rules
from linter.rule import Severity
from linter.rule_docs import markdown_page, markdown_prose, plain, rule_url, text_page

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: str) -> str:
    """The artifact's path relative to its repository root (the folder holding .git), else to
    the working directory: what code-scanning services resolve against the checkout."""
    if path == "<stdin>":
        return "stdin"
    absolute = Path(os.path.abspath(path))
    root = next((folder for folder in absolute.parents if (folder / ".git").exists()), Path(os.getcwd()))
    return Path(os.path.relpath(absolute, root)).as_posix()


def _region(doc, start: int, end: int) -> dict:
    a, b = doc.position(start), doc.position(max(end, start))
    return {"startLine": a.line, "startColumn": a.column, "endLine": b.line, "endColumn": b.column if end > start else a.column + 1}


def render(results: list[FileResult], version: str, *, docs_url: str | None = None) -> str:
    """The SARIF log; with `docs_url` (the configured `docs-url`) each rule links to its published
    page, and the tool to the site. Help is plain text and the page's Markdown (GitHub shows the latter)."""
    rules = all_rules()
    index = {rule.code: i for i, rule in enumerate(rules)}
    driver_rules = [{
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": plain(rule.documentation()), "markdown": markdown_prose(rule.documentation())},
        "help": {"text": text_page(rule), "markdown": markdown_page(rule)},
        **({"helpUri": rule_url(rule.code, docs_url)} if docs_url else {}),
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
    } for rule in rules]
    out = []
    for result in results:
        if result.error is not None:
            out.append({"ruleId": result.error.code, "level": "error", "message": {"text": result.error.message},
                        "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(result.path)}}}]})
            continue
        doc = result.document
        for finding, print_ in zip(result.findings, fingerprints(doc.text, result.findings)):
            entry = {
                "ruleId": finding.code,
                "level": LEVELS[finding.severity],
                "message": {"text": finding.message + (f" ({finding.suggestion})" if finding.suggestion else "")},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(result.path)}, "region": _region(doc, finding.start, finding.end)}}],
                "partialFingerprints": {"treatylint/v1": print_},
            }
            if finding.code in index:
                entry["ruleIndex"] = index[finding.code]
            if finding.fix is not None and doc.kind in FIXABLE_KINDS:  # regions in the file itself
                fix = finding.fix
                a, b = doc.position(fix.start), doc.position(fix.end)
                entry["fixes"] = [{
                    "description": {"text": finding.suggestion or f"replace with {fix.replacement!r}"},
                    "artifactChanges": [{"artifactLocation": {"uri": _uri(result.path)}, "replacements": [{
                        "deletedRegion": {"startLine": a.line, "startColumn": a.column, "endLine": b.line, "endColumn": b.column},
                        "insertedContent": {"text": fix.replacement}}]}],
                }]
            if finding.related:
                entry["relatedLocations"] = [
                    {"id": i, "message": {"text": r.note},
                     "physicalLocation": {"artifactLocation": {"uri": _uri(result.path)}, "region": _region(doc, r.start, r.end)}}
                    for i, r in enumerate(finding.related)]
            out.append(entry)
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "treatylint", "version": version, **({"informationUri": docs_url} if docs_url else {}), "rules": driver_rules}},
            "columnKind": "unicodeCodePoints",
            "results": out,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
