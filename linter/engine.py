"""Orchestration: read → Document → facts → rules → findings, for one document or many paths.

One bad file never hides the others' findings: read errors become per-file results, and a rule
that crashes on a document becomes an `INT001` finding naming it.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from linter.config import Config, find_config, load_config, select_rules, severity_for, with_overrides
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
    config: Config = field(default_factory=Config)


def lint_document(document: Document, rules: Sequence[Rule], config: Config | None = None) -> list[Finding]:
    """Run `rules` over one document; the configuration sets options, severities and per-file ignores."""
    config = config or Config()
    ctx = Context(document, extract_facts(document.text), config.rules)
    findings: list[Finding] = []
    for rule in rules:
        try:
            findings.extend(rule.check(ctx))
        except Exception as exc:  # a broken rule must not hide the other rules' findings
            findings.append(Finding("INT001", "internal-error", Severity.ERROR, 0, 0, f"rule {rule.code} ({rule.name}) crashed: {type(exc).__name__}: {exc}"))
    ignored = config.ignored_codes(document.path) if document.path else set()
    findings = [f._replace(severity=severity_for(config, f.code, f.severity)) for f in findings if f.code not in ignored]
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


def expand_paths(paths: Iterable[str]) -> Iterator[tuple[str, bool]]:
    """(path, named explicitly?): named files are checked whatever their suffix; directories
    yield their text reports, sorted."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.lower().endswith(TEXT_SUFFIXES):
                        yield os.path.join(root, name), False
        else:
            yield path, True


class Configs:
    """Finds and caches the configuration of each file (nearest file wins, CLI overrides it)."""

    def __init__(self, config_file: str | None = None, isolated: bool = False, **overrides):
        self.config_file = config_file
        self.isolated = isolated
        self.overrides = overrides

    def for_path(self, path: str) -> Config:
        if self.isolated:
            found = None
        else:
            found = self.config_file or find_config(os.getcwd() if path == "-" else path)
        return with_overrides(load_config(found) if found else Config(), **self.overrides)


def lint_paths(paths: Iterable[str], configs: Configs | None = None) -> Iterator[FileResult]:
    configs = configs or Configs()
    for path, named in expand_paths(paths):
        config = configs.for_path(path)
        if not named and config.excluded(path):
            continue
        display = "<stdin>" if path == "-" else path
        try:
            document = read_document(path, language=config.language)
        except ReadError as error:
            yield FileResult(display, error=error, config=config)
            continue
        yield FileResult(document.path or display, document, lint_document(document, select_rules(config), config), config=config)
