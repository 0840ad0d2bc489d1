"""JSON output: one object with a schema version, the files checked and the findings.

Schema (version 1): {"version": 1, "tool": "treatylint", "files": [{"path", "language", "encoding", "error"}],
"findings": [{"path", "code", "name", "severity", "line", "column", "end_line", "end_column", "message",
"suggestion", "related": [{"line", "column", "end_line", "end_column", "note"}], "fix": null | {"line",
"column", "end_line", "end_column", "replacement", "safe"}}]} — lines and columns are 1-based, columns in
code points, end positions exclusive. A fix replaces its range with `replacement`; only safe ones
are applied by `--fix`.
"""
from __future__ import annotations

import json

from linter.document import Document
from linter.engine import FileResult

SCHEMA_VERSION = 1


def _range(doc: Document, start: int, end: int) -> dict:
    a, b = doc.position(start), doc.position(end)
    return {"line": a.line, "column": a.column, "end_line": b.line, "end_column": b.column}


def render(results: list[FileResult]) -> str:
    files, findings = [], []
    for result in results:
        doc = result.document
        if result.skipped:
            files.append({"path": result.path, "skipped": result.skipped})
            continue
        files.append({
            "path": result.path,
            "language": doc.language if doc else None,
            "encoding": doc.encoding if doc else None,
            "error": {"code": result.error.code, "message": result.error.message} if result.error else None,
        })
        for f in result.findings:
            findings.append({
                "path": result.path, "code": f.code, "name": f.name, "severity": str(f.severity),
                **_range(doc, f.start, f.end), "location": doc.where(f.start), "message": f.message, "suggestion": f.suggestion,
                "related": [{**_range(doc, r.start, r.end), "note": r.note} for r in f.related],
                "fix": {**_range(doc, f.fix.start, f.fix.end), "replacement": f.fix.replacement, "safe": f.fix.safe} if f.fix else None,
            })
    return json.dumps({"version": SCHEMA_VERSION, "tool": "treatylint", "files": files, "findings": findings}, ensure_ascii=False, indent=2) + "\n"
