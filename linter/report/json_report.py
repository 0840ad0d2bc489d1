"""JSON output: one object with a schema version, the files checked and the findings.

Schema (version 1): {"version": 1, "tool": "treatylint", "files": [{"path", "language", "encoding", "error"}],
"findings": [{"path", "code", "name", "severity", "line", "column", "end_line", "end_column", "message",
"suggestion", "related": [{"line", "column", "end_line", "end_column", "note"}], "fix": null | {"line",
"column", "end_line", "end_column", "replacement", "safe"}}]} — lines and columns are 1-based, columns in
code points, end positions exclusive. A fix replaces its range with `replacement`; only safe ones
are applied by `--fix`. Paths are relative to the repository root (linter.report.paths), a byte
of a file name that is not UTF-8 written as the text `\\xNN`.
"""
from __future__ import annotations

import json

from linter.document import Document
from linter.engine import FileResult
from linter.report.paths import LONE_SURROGATE, printable, repository_path
from linter.report.positions import line_column, where

SCHEMA_VERSION = 1


def dumps(data) -> str:
    """`data` as indented JSON that is valid UTF-8 whatever its strings hold: a lone surrogate
    (an undecodable file-name byte) becomes the visible text `\\xNN`, never a raw or `\\udcNN`
    surrogate that a strict decoder or another JSON parser rejects."""
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return LONE_SURROGATE.sub(lambda m: json.dumps(printable(m.group()))[1:-1], text) if not text.isascii() else text


def _range(doc: Document, start: int, end: int) -> dict:
    (line, column), (end_line, end_column) = line_column(doc, start), line_column(doc, end)
    return {"line": line, "column": column, "end_line": end_line, "end_column": end_column}


def render(results: list[FileResult]) -> str:
    files, findings = [], []
    for result in results:
        doc, path = result.document, repository_path(result.path)
        if result.skipped:
            files.append({"path": path, "skipped": result.skipped})
            continue
        files.append({
            "path": path,
            "language": doc.language if doc else None,
            "encoding": doc.encoding if doc else None,
            "error": {"code": result.error.code, "message": result.error.message} if result.error else None,
        })
        if doc is None:
            continue
        for f in result.findings:
            findings.append({
                "path": path, "code": f.code, "name": f.name, "severity": str(f.severity),
                **_range(doc, f.start, f.end), "location": where(doc, f.start), "message": f.message, "suggestion": f.suggestion,
                "related": [{**_range(doc, r.start, r.end), "note": r.note} for r in f.related],
                "fix": {**_range(doc, f.fix.start, f.fix.end), "replacement": f.fix.replacement, "safe": f.fix.safe} if f.fix else None,
            })
    return dumps({"version": SCHEMA_VERSION, "tool": "treatylint", "files": files, "findings": findings})
