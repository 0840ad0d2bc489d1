"""Fingerprints that identify a finding across edits: the rule, the flagged text and which
occurrence of it this is — never the line number or the file name, so a baseline survives
lines inserted above a finding and the file being moved."""
from __future__ import annotations

import hashlib

from linter.rule import Finding


def fingerprints(text: str, findings: list[Finding]) -> list[str]:
    """One fingerprint per finding, in order."""
    seen: dict[tuple[str, str], int] = {}
    out = []
    for f in findings:
        surface = " ".join(text[f.start : f.end].split())
        occurrence = seen.get((f.code, surface), 0)
        seen[(f.code, surface)] = occurrence + 1
        out.append(hashlib.sha256(f"{f.code}\0{surface}\0{occurrence}".encode("utf-8")).hexdigest()[:32])
    return out
