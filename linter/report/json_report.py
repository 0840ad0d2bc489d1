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
import re
import secrets
from collections.abc import Iterable, Iterator

from linter.document import Document
from linter.results import FileResult
from linter.report.paths import LONE_SURROGATE, printable, repository_path

SCHEMA_VERSION = 1


class Rows:
    """A list the JSON writers encode as it is iterated, one compact item a line: a report's
    findings, which may number a hundred thousand (indenting them all would take the pure-Python
    encoder and several times the output size in memory)."""

    def __init__(self, items: Iterable):
        self.items = items

    def chunks(self, pad: str) -> Iterator[str]:
        opening = "[\n"
        for item in self.items:
            yield opening + pad + "  " + json.dumps(item, ensure_ascii=False)
            opening = ",\n"
        yield "[]" if opening == "[\n" else "\n" + pad + "]"


def chunks(data) -> Iterator[str]:
    """`data` as JSON text, in pieces: indented, each `Rows` one item a line; valid UTF-8 whatever
    its strings hold (a lone surrogate — an undecodable file-name byte — becomes the visible
    text `\\xNN`, never a raw or `\\udcNN` surrogate that a strict decoder rejects)."""
    rows: list[Rows] = []
    mark = f"rows-{secrets.token_hex(8)}-"  # what no string in the data is

    def hold(value):
        if not isinstance(value, Rows):
            raise TypeError(f"{type(value).__name__} is not JSON")
        rows.append(value)
        return f"{mark}{len(rows) - 1}"

    skeleton = re.split(f'"{mark}(\\d+)"', json.dumps(data, ensure_ascii=False, indent=2, default=hold) + "\n")
    for i, piece in enumerate(skeleton):
        if i % 2 == 0:
            yield _utf8(piece)
            continue
        line = skeleton[i - 1][skeleton[i - 1].rfind("\n") + 1 :]
        pad = line[: len(line) - len(line.lstrip(" "))]
        yield from map(_utf8, rows[int(piece)].chunks(pad))


def _utf8(text: str) -> str:
    return LONE_SURROGATE.sub(lambda m: json.dumps(printable(m.group()))[1:-1], text) if not text.isascii() else text


def dumps(data) -> str:
    return "".join(chunks(data))


def _range(doc: Document, start: int, end: int) -> dict:
    (line, column), (end_line, end_column) = doc.line_column(start), doc.line_column(end)
    return {"line": line, "column": column, "end_line": end_line, "end_column": end_column}


def render(results: list[FileResult]) -> str:
    return "".join(stream(results))


def stream(results: list[FileResult]) -> Iterator[str]:
    """The report in pieces, to write one after another: memory stays that of one finding."""
    return chunks(_report(results))


def _report(results: list[FileResult]) -> dict:
    return {"version": SCHEMA_VERSION, "tool": "treatylint", "files": [_file(r) for r in results],
            "findings": Rows(_findings(results))}


def _file(result: FileResult) -> dict:
    path, doc = repository_path(result.path), result.document
    if result.skipped:
        return {"path": path, "skipped": result.skipped}
    return {
        "path": path,
        "language": doc.language if doc else None,
        "encoding": doc.encoding if doc else None,
        "error": {"code": result.error.code, "message": result.error.message} if result.error else None,
    }


def _findings(results: list[FileResult]) -> Iterator[dict]:
    for result in results:
        doc, path = result.document, repository_path(result.path)
        for f in result.findings:  # only a result with a document has findings
            yield {
                "path": path, "code": f.code, "name": f.name, "severity": str(f.severity),
                **_range(doc, f.start, f.end), "location": doc.where(f.start), "message": f.message, "suggestion": f.suggestion,
                "related": [{**_range(doc, r.start, r.end), "note": r.note} for r in f.related],
                "fix": {**_range(doc, f.fix.start, f.fix.end), "replacement": f.fix.replacement, "safe": f.fix.safe} if f.fix else None,
            }
