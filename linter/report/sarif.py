"""SARIF 2.1.0: one run, code-point columns, the rules' metadata, results with fingerprints."""
from __future__ import annotations

from collections.abc import Iterator

from linter.results import FileResult
from linter.fixes import FIXABLE_KINDS
from linter.fingerprint import fingerprints
from linter.registry import all_rules
from linter.report.json_report import Rows, chunks
from linter.report.paths import artifact_uri, repository_path
from linter.rule import Severity
from linter.rule_docs import markdown_page, markdown_prose, plain, rule_url, text_page

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT = "treatylint/v2"  # v2: the repository path is part of it (linter.fingerprint)


def _region(doc, start: int, end: int) -> dict:
    """A region of at least one character (SARIF has no empty regions), end column exclusive."""
    (line, column), (end_line, end_column) = doc.line_column(start), doc.line_column(max(end, start))
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column if end > start else column + 1}


def _results(results: list[FileResult], index: dict[str, int]) -> Iterator[dict]:
    """One SARIF result per finding, and one per file that could not be read."""
    for result in results:
        path = repository_path(result.path)
        artifact = {"uri": artifact_uri(path)}
        if result.error is not None:
            yield {"ruleId": result.error.code, "level": "error", "message": {"text": result.error.message},
                   "locations": [{"physicalLocation": {"artifactLocation": artifact}}]}
            continue
        doc = result.document
        if doc is None:  # skipped: not a report format
            continue
        for finding, print_ in zip(result.findings, fingerprints(doc.text, result.findings, path)):
            entry = {
                "ruleId": finding.code,
                "level": LEVELS[finding.severity],
                "message": {"text": finding.message + (f" ({finding.suggestion})" if finding.suggestion else "")},
                "locations": [{"physicalLocation": {"artifactLocation": artifact, "region": _region(doc, finding.start, finding.end)}}],
                "partialFingerprints": {FINGERPRINT: print_},
            }
            if finding.code in index:
                entry["ruleIndex"] = index[finding.code]
            if finding.fix is not None and doc.kind in FIXABLE_KINDS:  # regions in the file itself
                fix = finding.fix
                (line, column), (end_line, end_column) = doc.line_column(fix.start), doc.line_column(fix.end)
                entry["fixes"] = [{
                    "description": {"text": finding.suggestion or f"replace with {fix.replacement!r}"},
                    "artifactChanges": [{"artifactLocation": artifact, "replacements": [{
                        "deletedRegion": {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column},
                        "insertedContent": {"text": fix.replacement}}]}],
                }]
            if finding.related:
                entry["relatedLocations"] = [
                    {"id": i, "message": {"text": r.note},
                     "physicalLocation": {"artifactLocation": artifact, "region": _region(doc, r.start, r.end)}}
                    for i, r in enumerate(finding.related)]
            yield entry


def render(results: list[FileResult], version: str, *, docs_url: str | None = None) -> str:
    return "".join(stream(results, version, docs_url=docs_url))


def stream(results: list[FileResult], version: str, *, docs_url: str | None = None) -> Iterator[str]:
    """The log in pieces, to write one after another: memory stays that of one result. With
    `docs_url` (the configured `docs-url`) each rule links to its published page, and the tool to
    the site. Help is plain text and the page's Markdown (GitHub shows the latter)."""
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
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "treatylint", "version": version, **({"informationUri": docs_url} if docs_url else {}), "rules": driver_rules}},
            "columnKind": "unicodeCodePoints",
            "results": Rows(_results(results, index)),
        }],
    }
    return chunks(log)
