"""Applying safe fixes to the files they came from (`check --fix`, `--diff`).

Only plain text and Markdown are fixed — their Document text is the file's own text — and only
fixes marked safe. The file is written atomically (a temporary file, then a rename) in its own
encoding, byte-order mark and line endings, and never when it changed on disk since it was read.
"""
from __future__ import annotations

import difflib
import hashlib
import os
import tempfile

from linter.document import Document, encode
from linter.rule import Finding

FIXABLE_KINDS = ("text", "markdown")


def fixed_text(text: str, findings: list[Finding]) -> tuple[str, list[Finding]]:
    """The text with every safe fix applied (overlapping ones after the first are left), and the
    findings those fixes resolve."""
    applied, pieces, position = [], [], 0
    for finding in sorted((f for f in findings if f.fix and f.fix.safe), key=lambda f: (f.fix.start, f.fix.end)):
        if finding.fix.start < position:
            continue
        pieces.append(text[position : finding.fix.start])
        pieces.append(finding.fix.replacement)
        position = finding.fix.end
        applied.append(finding)
    pieces.append(text[position:])
    return "".join(pieces), applied


def diff(document: Document, new_text: str) -> str:
    name = document.path or "<stdin>"
    return "".join(difflib.unified_diff(document.text.splitlines(keepends=True), new_text.splitlines(keepends=True),
                                        fromfile=name, tofile=name))


def write(document: Document, new_text: str) -> str | None:
    """Write the fixed text over the file; None when written, else why not."""
    path = document.path
    if document.kind not in FIXABLE_KINDS or not path or path == "<stdin>":
        return f"{document.kind} files are not fixed in place"
    try:
        with open(path, "rb") as handle:
            current = handle.read()
    except OSError as exc:
        return f"cannot read it again: {exc.strerror}"
    if hashlib.sha256(current).hexdigest() != document.source_digest:
        return "it changed on disk since it was read; run treatylint again"
    data = encode(new_text, document.encoding)
    folder = os.path.dirname(os.path.abspath(path))
    mode = os.stat(path).st_mode
    with tempfile.NamedTemporaryFile("wb", dir=folder, delete=False) as handle:
        handle.write(data)
    os.chmod(handle.name, mode & 0o7777)
    os.replace(handle.name, path)
    return None
