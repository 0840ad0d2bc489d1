"""Applying safe fixes to the files they came from (`check --fix`, `--diff`).

Only plain text and Markdown are fixed — their Document text is the file's own text — and only
fixes marked safe. Only the fixed spans change: each replacement is encoded on its own and spliced
into the file's bytes, so every other byte stays as it was (byte-order mark, line endings, and
Big5 characters that would re-encode to other bytes). A file that changed on disk since it was
read, a read-only file and a symbolic link that leads nowhere are left alone. A link is written
through to its target. A file with one name is replaced atomically (a temporary file, then a
rename); a file with several hard links, or another user's, is rewritten in place, since a
rename would give the name a new inode and owner.
"""
from __future__ import annotations

import codecs
import difflib
import hashlib
import os
import stat
import tempfile
from collections.abc import Sequence

from linter.document import Document, encode
from linter.rule import Finding, Fix

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


def write(document: Document, edits: Sequence[Fix]) -> str | None:
    """Write `edits` (the fixes `fixed_text` applied, in order) into the file; None when written, else why not."""
    path = document.path
    if document.kind not in FIXABLE_KINDS or not path or path == "<stdin>":
        return f"{document.kind} files are not fixed in place"
    try:
        target = os.path.realpath(path, strict=True)
    except OSError as exc:
        if os.path.islink(path):
            return f"symbolic link to {os.readlink(path)!r} that cannot be followed ({exc.strerror})"
        return f"cannot read it again: {exc.strerror}"
    try:
        status = os.stat(target)
        if not stat.S_ISREG(status.st_mode):
            return "not a regular file"
        if not status.st_mode & stat.S_IWUSR or not os.access(target, os.W_OK):
            return "read-only file (no write permission)"
        with open(target, "rb") as handle:
            current = handle.read()
    except OSError as exc:
        return f"cannot read it again: {exc.strerror}"
    if hashlib.sha256(current).hexdigest() != document.source_digest:
        return "it changed on disk since it was read; run treatylint again"
    try:
        data = _spliced(current, document.encoding, edits)
    except UnicodeEncodeError as exc:
        return f"the replacement {exc.object!r} cannot be written in {document.encoding}"
    try:
        if status.st_nlink == 1 and os.geteuid() in (0, status.st_uid):
            _replace(target, data, status)
        else:
            _rewrite_in_place(target, data, current)
    except OSError as exc:
        return f"cannot write it: {exc.strerror}"
    return None


def _spliced(data: bytes, encoding: str, edits: Sequence[Fix]) -> bytes:
    """`data` with each edit's span replaced by its replacement, encoded on its own."""
    bom = len(encode("", encoding))
    offsets = _byte_offsets(data, encoding, [p for edit in edits for p in (edit.start, edit.end)])
    pieces, previous = [], 0
    for edit, start, end in zip(edits, offsets[::2], offsets[1::2]):
        pieces += [data[previous:start], encode(edit.replacement, encoding)[bom:]]
        previous = end
    pieces.append(data[previous:])
    return b"".join(pieces)


def _byte_offsets(data: bytes, encoding: str, positions: list[int]) -> list[int]:
    """The byte offset in `data` of each character offset in `positions` (ascending), decoding
    `data` once. k more bytes complete at most k characters, so feeding the decoder as many bytes
    as characters are still missing never passes the target, and reaching it exactly means the
    last byte fed ended a character."""
    decoder = codecs.getincrementaldecoder(encoding)()
    offset = len(encode("", encoding))
    decoder.decode(data[:offset])  # past the byte-order mark, so that utf-8-sig keeps a U+FEFF after it
    decoded, offsets = 0, []
    for position in positions:
        while decoded < position and offset < len(data):
            step = position - decoded
            decoded += len(decoder.decode(data[offset : offset + step]))
            offset += step
        offsets.append(min(offset, len(data)))
    return offsets


def _replace(path: str, data: bytes, status: os.stat_result) -> None:
    """Write a temporary file beside `path` with its mode and owner, then rename it over `path`:
    a reader sees the old file or the new one, never half of one. The temporary file is removed
    whatever fails."""
    folder, name = os.path.split(path)
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".treatylint-fix")
    try:
        with open(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            made = os.fstat(descriptor)
            if (made.st_uid, made.st_gid) != (status.st_uid, status.st_gid):
                os.fchown(descriptor, status.st_uid, status.st_gid)
            os.fchmod(descriptor, stat.S_IMODE(status.st_mode))  # after fchown, which clears set-id bits
            os.fsync(descriptor)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def _rewrite_in_place(path: str, data: bytes, original: bytes) -> None:
    """Write `data` over the file's own inode, so that every hard link sees it; if that fails
    (a full disk), put the original bytes back before passing the error on."""
    with open(path, "r+b") as handle:
        try:
            handle.write(data)
            handle.truncate()
            handle.flush()
            os.fsync(handle.fileno())
        except OSError:
            handle.seek(0)
            handle.write(original)
            handle.truncate()
            raise
