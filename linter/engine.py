"""Orchestration: read → Document → facts → rules → findings, for one document or many paths.

One bad file never hides the others' findings: read errors become per-file results, and a rule
that crashes on a document becomes an `INT001` finding naming it.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from linter.document import Document, ReadError
from linter.extract import extract_facts
from linter.rule import Context, Finding, Rule, Severity

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")


@dataclass
class FileResult:
    path: str
    document: Document | None = None
    findings: list[Finding] = field(default_factory=list)
    error: ReadError | None = None


def lint_document(document: Document, rules: Sequence[Rule], options: dict | None = None) -> list[Finding]:
    ctx = Context(document, extract_facts(document.text), options or {})
    findings: list[Finding] = []
    for rule in rules:
        try:
            findings.extend(rule.check(ctx))
        except Exception as exc:  # a broken rule must not hide the other rules' findings
            findings.append(Finding("INT001", "internal-error", Severity.ERROR, 0, 0, f"rule {rule.code} ({rule.name}) crashed: {type(exc).__name__}: {exc}"))
    findings.sort(key=lambda f: (f.start, f.end, f.code))
    return findings


def lint_text(text: str, rules: Sequence[Rule], *, path: str | None = None, language: str | None = None) -> list[Finding]:
    return lint_document(Document(text, path, language=language), rules)


def read_document(path: str, *, language: str | None = None) -> Document:
    """Read a file (or '-' for stdin) into a Document; ReadError says why it cannot be."""
    try:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(path, "rb") as handle:
                data = handle.read()
    except OSError as exc:
        raise ReadError("E001", f"cannot read: {exc.strerror or exc}") from None
    if not data.strip():
        raise ReadError("E004", "empty file: nothing to check")
    return Document.from_bytes(data, "<stdin>" if path == "-" else path, language=language)


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files named explicitly are checked whatever their suffix; directories yield text reports, sorted."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.lower().endswith(TEXT_SUFFIXES):
                        yield os.path.join(root, name)
        else:
            yield path


def lint_paths(paths: Iterable[str], rules: Sequence[Rule], *, language: str | None = None) -> Iterator[FileResult]:
    for path in expand_paths(paths):
        try:
            document = read_document(path, language=language)
        except ReadError as error:
            yield FileResult("<stdin>" if path == "-" else path, error=error)
            continue
        yield FileResult(document.path or path, document, lint_document(document, rules))
