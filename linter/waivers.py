"""Accepting findings without touching the report: waivers and baselines.

Waivers suit documents that cannot carry comments (DOCX, PDF, published archives): entries in
`treatylint-waivers.toml` (`[[waiver]]`) or `[[tool.treatylint.waivers]]`, each with a file glob,
a code, the flagged text and a mandatory reason, matched by content — never by line number.

A baseline records every current finding by fingerprint (linter.fingerprint), so that CI
reports only what is new; entries whose finding has gone are stale.
"""
from __future__ import annotations

import fnmatch
import json
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

from linter.config import ConfigError, find_upward, parse_waivers
from linter.document import Document
from linter.fingerprint import fingerprints
from linter.rule import Finding

WAIVER_FILE = "treatylint-waivers.toml"
BASELINE_VERSION = 1


@dataclass(eq=False)
class Waiver:
    file: str
    code: str
    match: str
    reason: str
    source: str  # the file the entry is written in
    root: str  # its globs are relative to this directory
    used: bool = False
    applies: bool = False  # its glob matched a checked file

    def matches_file(self, path: str) -> bool:
        rel = Path(os.path.relpath(os.path.abspath(path), self.root)).as_posix()
        return fnmatch.fnmatch(rel, self.file) or fnmatch.fnmatch(os.path.basename(path), self.file)


def _normal(text: str) -> str:
    return " ".join(text.split())


def load(path: str) -> tuple[Waiver, ...]:
    """The [[waiver]] entries of a treatylint-waivers.toml (validated like configuration); fresh
    objects each time, since they record which findings they waived."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot use: {exc}") from None
    unknown = set(data) - {"waiver"}
    if unknown:
        raise ConfigError(f"{path}: {sorted(unknown)[0]}: unknown key; a waivers file holds [[waiver]] entries")
    entries = parse_waivers(data.get("waiver", []), lambda key, why: ConfigError(f"{path}: {key.replace('waivers', 'waiver')}: {why}"))
    return tuple(Waiver(**entry, source=path, root=str(Path(path).parent)) for entry in entries)


def find(path: str) -> str | None:
    return find_upward(path, (WAIVER_FILE,))


def apply(doc: Document, path: str, findings: list[Finding], waivers: list[Waiver]) -> list[Finding]:
    """The findings no waiver covers. Each waiver's glob is matched against the path once, and a
    finding looks its (code, text) up among the waivers for this file, however many there are."""
    if not findings:
        return []
    by_key: dict[tuple[str, str], list[Waiver]] = {}
    for w in waivers:
        if w.matches_file(path):
            w.applies = True
            by_key.setdefault((w.code, _normal(w.match)), []).append(w)
    codes = {code for code, _ in by_key}
    kept = []
    for f in findings:
        matching = by_key.get((f.code, _normal(doc.text[f.start : f.end]))) if f.code in codes else None
        for w in matching or ():
            w.used = True
        if not matching:
            kept.append(f)
    return kept


# ---------------------------------------------------------------- baselines
def write_baseline(path: str, results) -> int:
    entries = []
    for result in results:
        if result.document is None:
            continue
        for f, print_ in zip(result.findings, fingerprints(result.document.text, result.findings)):
            entries.append({"path": result.path, "code": f.code, "fingerprint": print_,
                            "line": result.document.line_column(f.start)[0], "message": f.message})
    with open(path, "w", encoding="utf-8") as handle:
        json.dump({"version": BASELINE_VERSION, "tool": "treatylint", "findings": entries}, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    return len(entries)


def read_baseline(path: str) -> list[dict]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{path}: not a treatylint baseline: {exc}") from None
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION or not isinstance(data.get("findings"), list):
        raise ConfigError(f"{path}: not a treatylint baseline (version {BASELINE_VERSION} expected)")
    return data["findings"]


def apply_baseline(results, entries: list[dict]) -> list[dict]:
    """Drop findings recorded in the baseline (each entry absorbs one finding); return stale entries."""
    remaining: dict[tuple[str, str], list[dict]] = {}
    for entry in entries:
        remaining.setdefault((entry["code"], entry["fingerprint"]), []).append(entry)
    for result in results:
        if result.document is None:
            continue
        kept = []
        for f, print_ in zip(result.findings, fingerprints(result.document.text, result.findings)):
            bucket = remaining.get((f.code, print_))
            if bucket:
                bucket.pop()
            else:
                kept.append(f)
        result.findings = kept
    return [entry for bucket in remaining.values() for entry in bucket]
