"""Fingerprints that identify a finding across edits: the rule, the flagged text and which
occurrence of it this is — never the line number, so a finding keeps its fingerprint when
lines are inserted above it.

Baselines leave the file name out too, so that they survive the file being moved. The CI formats
(SARIF, GitLab Code Quality) put the repository path in: those services take equal fingerprints
for one finding, and the same sentence flagged in two files is two findings.
"""
from __future__ import annotations

import hashlib

from linter.rule import Finding


def fingerprints(text: str, findings: list[Finding], path: str | None = None) -> list[str]:
    """One fingerprint per finding, in order; with `path`, one that also names the file."""
    seen: dict[tuple[str, str], int] = {}
    where = "" if path is None else f"\0{path}"
    out = []
    for f in findings:
        surface = " ".join(text[f.start : f.end].split())
        occurrence = seen.get((f.code, surface), 0)
        seen[(f.code, surface)] = occurrence + 1
        out.append(hashlib.sha256(f"{f.code}\0{surface}\0{occurrence}{where}".encode("utf-8", "surrogatepass")).hexdigest()[:32])
    return out
