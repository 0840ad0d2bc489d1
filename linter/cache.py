"""The result cache (like ruff's): a file's document and findings, keyed by what they depend on.

Key = hash of the file's bytes, its path (per-file-ignores depend on it), the effective
configuration, treatylint's own code (a changed rule invalidates every entry) and the installed
rule plugins with their versions (installing, removing or upgrading one does too). The document
(its text and positions) is cached with the findings because extracting the text (PDF above
all) is the expensive part.

An entry is plain JSON, never pickle: a cache can come from anywhere (a committed folder, a
restored CI cache, a shared --cache-dir), so an entry is read as hostile data, checked field by
field, and anything `put` would not have written discards it; the worst a planted entry can do
is report made-up findings. One JSON file per entry rather than SQLite rows: parallel workers
write entries without sharing a lock, each written atomically (temp file + os.replace), and a
damaged file costs one entry, not the database.

Layout: DIR/<code fingerprint>/<key>.json. Opening a cache removes the entries of other
treatylint versions (and the pickle entries of older treatylints), so it does not grow forever.
Like git, pip and pytest, it refuses a directory another user controls: a symbolic link, one
owned by another user, or one writable by group or others; the run goes on without a cache and
`refused` says why.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import tempfile
from contextlib import suppress
from dataclasses import asdict
from functools import cache
from pathlib import Path

from linter import registry
from linter.config import LANGUAGES, Config
from linter.document import _BOMS, _LEGACY_ENCODINGS, Document, Locator
from linter.rule import Finding, Fix, Related, Severity

DEFAULT_DIR = ".treatylint_cache"
MAX_ENTRY_BYTES = 256 * 1024 * 1024  # four times the largest file `check` reads: a bigger entry is not ours


@cache
def code_fingerprint() -> str:
    """A hash of treatylint's own sources: any change to a rule or an extractor invalidates the cache."""
    digest = hashlib.sha256()
    root = Path(__file__).resolve().parent.parent
    for package in ("linter", "rules"):
        for source in sorted((root / package).rglob("*.py")):
            digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


_FINGERPRINTS: dict[int, tuple[Config, str]] = {}  # one configuration serves thousands of files


def config_fingerprint(config: Config) -> str:
    known = _FINGERPRINTS.get(id(config))
    if known is None or known[0] is not config:
        fields = {k: v for k, v in asdict(config).items() if k not in ("sources", "path", "waivers")}
        fields["today"] = config.current_date()  # a finding can depend on the day: yesterday's entry is not today's
        known = _FINGERPRINTS[id(config)] = (config, hashlib.sha256(json.dumps(fields, sort_keys=True, default=str).encode()).hexdigest()[:16])
    return known[1]


class ResultCache:
    def __init__(self, directory: str = DEFAULT_DIR):
        self.directory = os.path.abspath(directory)
        self.entries = os.path.join(self.directory, code_fingerprint())
        self.refused = _open(self.directory)  # why this directory is not used, or None

    def key(self, data: bytes, path: str, config: Config) -> str:
        digest = hashlib.sha256()
        for part in (code_fingerprint(), *registry.plugins(), config_fingerprint(config), os.path.abspath(path)):
            digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
        digest.update(data)
        return digest.hexdigest()

    def _file(self, key: str) -> str:
        return os.path.join(self.entries, f"{key}.json")

    def get(self, key: str, path: str) -> tuple[Document, list[Finding]] | None:
        """The entry, if it is there and is exactly what `put` writes; anything else is deleted."""
        blob = None if self.refused else self._read(key)
        if blob is None:
            return None
        try:
            return _loaded(json.loads(blob.decode("utf-8", "surrogatepass")), path)
        except (_Damaged, ValueError, TypeError, RecursionError):  # ValueError: bad UTF-8, bad JSON, 5,000-digit numbers
            self._discard(key)
            return None

    def put(self, key: str, document: Document, findings: list[Finding]) -> None:
        if self.refused:
            return
        try:
            payload = json.dumps(_plain(document, findings), ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
        except (TypeError, ValueError):
            return  # a document no reader makes (a locator that is not a Locator): not cached
        if len(payload) <= MAX_ENTRY_BYTES:
            _write_atomically(self.entries, self._file(key), payload)

    def _read(self, key: str) -> bytes | None:
        """The entry's bytes, if it is a regular file of a plausible size: never through a link,
        and never a FIFO or a device, which would hang or never end."""
        try:
            fd = os.open(self._file(key), os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        except FileNotFoundError:
            return None
        except OSError:  # a planted link (ELOOP), an unreadable file
            self._discard(key)
            return None
        try:
            with open(fd, "rb") as handle:
                info = os.fstat(fd)
                if stat.S_ISREG(info.st_mode) and info.st_size <= MAX_ENTRY_BYTES:
                    blob = handle.read(MAX_ENTRY_BYTES + 1)
                    if len(blob) <= MAX_ENTRY_BYTES:  # it did not grow since
                        return blob
        except OSError:
            pass
        self._discard(key)
        return None

    def _discard(self, key: str) -> None:
        with suppress(OSError):
            os.remove(self._file(key))


def _write_atomically(folder: str, target: str, payload: bytes) -> None:
    """Concurrent runs never see half an entry; a read-only or full disk costs speed, never
    correctness, and leaves no temporary file behind."""
    try:
        fd, temporary = tempfile.mkstemp(dir=folder, prefix=os.path.basename(target) + ".", suffix=".tmp")
    except OSError:
        return
    try:
        with open(fd, "wb") as handle:
            handle.write(payload)
        os.replace(temporary, target)
    except OSError:
        with suppress(OSError):
            os.remove(temporary)


# ---------------------------------------------------------------- the directory

_CACHEDIR_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n# A cache directory tag created by treatylint: https://bford.info/cachedir/\n"
_OURS = {  # folder name → the files a treatylint cache writes in it: pruning removes nothing else
    re.compile(r"[0-9a-f]{16}"): re.compile(r"[0-9a-f]{64}\.json(\.\w+\.tmp)?"),  # one treatylint version's entries
    re.compile(r"[0-9a-f]{2}"): re.compile(r"[0-9a-f]{62}|tmp\w{8}"),  # the pickle entries of treatylint before JSON
}


@cache
def _open(directory: str) -> str | None:
    """Why `directory` cannot hold the cache, or None once it can: created if missing (private
    to its user, with a CACHEDIR.TAG and a .gitignore so it is neither backed up nor committed),
    other versions' entries pruned. Once per directory and process."""
    entries = os.path.join(directory, code_fingerprint())
    try:
        if not os.path.lexists(directory):
            _create(directory)
        refused = _untrusted(directory)
        if refused:
            return refused
        _prune(directory, keep=os.path.basename(entries))
        with suppress(FileExistsError):
            os.mkdir(entries, 0o700)
        return _untrusted(entries)
    except OSError as exc:
        return f"cannot use {directory}: {exc.strerror or exc}"


def _create(directory: str) -> None:
    with suppress(FileExistsError):  # a concurrent run made it first
        os.makedirs(directory, 0o700)
        for name, content in (("CACHEDIR.TAG", _CACHEDIR_TAG), (".gitignore", "# Created by treatylint.\n*\n")):
            with open(os.path.join(directory, name), "w", encoding="utf-8") as handle:
                handle.write(content)


def _untrusted(directory: str) -> str | None:
    """Why another user could plant entries in `directory`, or None."""
    info = os.lstat(directory)
    if stat.S_ISLNK(info.st_mode):
        return f"{directory} is a symbolic link"
    if not stat.S_ISDIR(info.st_mode):
        return f"{directory} is not a directory"
    if hasattr(os, "geteuid"):  # POSIX: ownership and mode bits mean what they say
        if info.st_uid != os.geteuid():
            return f"{directory} is owned by another user (uid {info.st_uid})"
        if info.st_mode & 0o022:
            return f"{directory} is writable by its group or by others (chmod go-w {directory})"
    return None


def _prune(directory: str, keep: str) -> None:
    """Remove other versions' entries, file by file, never following a link."""
    with os.scandir(directory) as folders:
        for folder in folders:
            names = next((files for pattern, files in _OURS.items() if pattern.fullmatch(folder.name)), None)
            if folder.name == keep or names is None or not folder.is_dir(follow_symlinks=False):
                continue
            with suppress(OSError):
                with os.scandir(folder.path) as entries:
                    for entry in entries:
                        if names.fullmatch(entry.name) and not entry.is_dir(follow_symlinks=False):
                            os.remove(entry.path)
                os.rmdir(folder.path)  # fails, and keeps the folder, if anything else is in it


# ---------------------------------------------------------------- entries as plain data

class _Damaged(Exception):
    """An entry that is not what `put` writes."""


_TEXT_ENCODINGS = frozenset(("utf-8", *_LEGACY_ENCODINGS, *(name for _, name, _ in _BOMS)))
_EXTRACTED = ("docx", "pdf")  # the readers whose `encoding` names the format, not a codec
_DOCUMENT_FIELDS = frozenset(("text", "kind", "encoding", "language", "ignored", "locator", "summary", "source_digest"))
_FAR = MAX_ENTRY_BYTES  # no line or column of a file `check` reads is beyond this


def _plain(document: Document, findings: list[Finding]) -> dict:
    """What a cached result needs to be reported in every format and fixed; the path is the
    caller's (it is part of the key) and derived values (line starts, structure, detected
    language) are recomputed. Findings are named tuples: JSON arrays in field order."""
    locator = document.locator
    if locator is not None and type(locator) is not Locator:
        raise TypeError(f"not a Locator: {type(locator).__name__}")
    return {"document": {
        "text": document.text, "kind": document.kind, "encoding": document.encoding,
        "language": document._forced_language, "ignored": document.ignored,
        "locator": None if locator is None else {"starts": locator.starts, "labels": locator.labels, "source_columns": locator.source_columns},
        "summary": document.summary, "source_digest": document.source_digest,
    }, "findings": findings}


def _loaded(entry, path: str) -> tuple[Document, list[Finding]]:
    _expect(type(entry) is dict and entry.keys() == {"document", "findings"})
    document = _document(entry["document"], path)
    size = len(document.text)
    return document, [_finding(f, size) for f in _items(entry["findings"])]


def _document(value, path: str) -> Document:
    _expect(type(value) is dict and value.keys() == _DOCUMENT_FIELDS)
    text, kind, encoding = _str(value["text"]), _str(value["kind"]), _str(value["encoding"])
    _expect(encoding == kind if kind in _EXTRACTED else encoding in _TEXT_ENCODINGS)  # --fix encodes with it
    _expect(value["language"] is None or value["language"] in LANGUAGES)
    summary = value["summary"]
    _expect(type(summary) is dict and all(v is None or type(v) is str for v in summary.values()))
    size = len(text)
    document = Document(text, path, encoding=encoding, language=value["language"], kind=kind,
                        ignored=tuple(_offsets(*_items(span, 2), size) for span in _items(value["ignored"])),
                        locator=_locator(value["locator"], size))
    document.summary = summary
    document.source_digest = _str(value["source_digest"], optional=True)
    return document


def _locator(value, size: int) -> Locator | None:
    if value is None:
        return None
    _expect(type(value) is dict and value.keys() == {"starts", "labels", "source_columns"})
    starts = [_int(start, 0, size) for start in _items(value["starts"])]
    _expect(starts == sorted(starts) and type(value["source_columns"]) is bool)
    labels = _items(value["labels"], len(starts))
    if value["source_columns"]:  # (line, column) in the HTML source
        labels = [tuple(_int(n, 0, _FAR) for n in _items(label, 2)) for label in labels]
    else:
        labels = [_str(label) for label in labels]
    return Locator(starts, labels, value["source_columns"])


def _finding(value, size: int) -> Finding:
    code, name, severity, start, end, message, suggestion, related, fix = _items(value, len(Finding._fields))
    return Finding(_str(code), _str(name), Severity(_int(severity, min(Severity), max(Severity))), *_offsets(start, end, size),
                   _str(message), _str(suggestion, optional=True), tuple(_related(r, size) for r in _items(related)),
                   None if fix is None else _fix(fix, size))


def _related(value, size: int) -> Related:
    start, end, note = _items(value, 3)
    return Related(*_offsets(start, end, size), _str(note))


def _fix(value, size: int) -> Fix:
    start, end, replacement, safe = _items(value, 4)
    _expect(type(safe) is bool)
    return Fix(*_offsets(start, end, size), _str(replacement), safe)


def _offsets(start, end, size: int) -> tuple[int, int]:
    """A span of the text: 0 <= start <= end <= its length."""
    start = _int(start, 0, size)
    return start, _int(end, start, size)


def _int(value, low: int, high: int) -> int:
    _expect(type(value) is int and low <= value <= high)  # `type`, not isinstance: true and false are not numbers
    return value


def _str(value, optional: bool = False) -> str | None:
    _expect(type(value) is str or (optional and value is None))
    return value


def _items(value, length: int | None = None) -> list:
    _expect(type(value) is list and (length is None or len(value) == length))
    return value


def _expect(condition: bool) -> None:
    if not condition:
        raise _Damaged
