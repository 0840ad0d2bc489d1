"""The result cache (like ruff's): a file's text and findings, keyed by what they depend on.

Key = hash of the file's bytes, its path (per-file-ignores depend on it), the effective
configuration and treatylint's own code (a changed rule invalidates every entry). Entries are
JSON files written atomically under `.treatylint_cache/`, so concurrent runs never see half an
entry; an entry that cannot be read back is deleted and recomputed, never trusted. The text is
cached with the findings because extracting it (PDF above all) is the expensive part.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict
from functools import cache
from pathlib import Path

from linter.config import Config
from linter.document import Document, Locator
from linter.rule import Finding, Related, Severity

DEFAULT_DIR = ".treatylint_cache"


@cache
def code_fingerprint() -> str:
    """A hash of treatylint's own sources: any change to a rule or an extractor invalidates the cache."""
    digest = hashlib.sha256()
    root = Path(__file__).resolve().parent.parent
    for package in ("linter", "rules"):
        for source in sorted((root / package).rglob("*.py")):
            digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def config_fingerprint(config: Config) -> str:
    fields = {k: v for k, v in asdict(config).items() if k not in ("sources", "path", "waivers")}
    return hashlib.sha256(json.dumps(fields, sort_keys=True, default=str).encode()).hexdigest()[:16]


class ResultCache:
    def __init__(self, directory: str = DEFAULT_DIR):
        self.directory = directory

    def key(self, data: bytes, path: str, config: Config) -> str:
        digest = hashlib.sha256()
        for part in (code_fingerprint(), config_fingerprint(config), os.path.abspath(path)):
            digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(data)
        return digest.hexdigest()

    def _file(self, key: str) -> str:
        return os.path.join(self.directory, key[:2], key[2:] + ".json")

    def get(self, key: str, path: str) -> tuple[Document, list[Finding]] | None:
        try:
            with open(self._file(key), encoding="utf-8") as handle:
                entry = json.load(handle)
            return _document(entry["document"], path), [_finding(row) for row in entry["findings"]]
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError, KeyError, IndexError):
            try:  # corrupted: discard, recompute
                os.remove(self._file(key))
            except OSError:
                pass
            return None

    def put(self, key: str, document: Document, findings: list[Finding]) -> None:
        target = self._file(key)
        try:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with tempfile.NamedTemporaryFile("w", dir=os.path.dirname(target), delete=False, encoding="utf-8") as handle:
                json.dump({"document": _document_row(document), "findings": [_row(f) for f in findings]}, handle, ensure_ascii=False)
            os.replace(handle.name, target)
        except OSError:
            pass  # a read-only or full disk costs speed, never correctness


def _document_row(doc: Document) -> dict:
    locator = doc.locator
    return {"text": doc.text, "encoding": doc.encoding, "kind": doc.kind, "language": doc._forced_language, "summary": doc.summary,
            "ignored": [list(span) for span in doc.ignored],
            "locator": None if locator is None else [locator.starts, locator.labels, locator.source_columns]}


def _document(row: dict, path: str) -> Document:
    locator = None
    if row["locator"] is not None:
        starts, labels, source_columns = row["locator"]
        locator = Locator(starts, [tuple(label) if source_columns else label for label in labels], source_columns)
    if not isinstance(row["text"], str):
        raise ValueError("malformed cache entry")
    document = Document(row["text"], path, encoding=row["encoding"], language=row["language"],
                        ignored=tuple(tuple(span) for span in row["ignored"]), locator=locator, kind=row["kind"])
    document.summary = dict(row["summary"])
    return document


def _row(f: Finding) -> list:
    return [f.code, f.name, int(f.severity), f.start, f.end, f.message, f.suggestion, [list(r) for r in f.related]]


def _finding(row: list) -> Finding:
    code, name, severity, start, end, message, suggestion, related = row
    if not (isinstance(code, str) and isinstance(start, int) and isinstance(end, int) and isinstance(message, str)):
        raise ValueError("malformed cache entry")
    return Finding(code, name, Severity(severity), start, end, message, suggestion, tuple(Related(*r) for r in related))
