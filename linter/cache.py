"""The result cache (like ruff's): a file's text and findings, keyed by what they depend on.

Key = hash of the file's bytes, its path (per-file-ignores depend on it), the effective
configuration and treatylint's own code (a changed rule invalidates every entry). Entries are
files written atomically under `.treatylint_cache/`, so concurrent runs never see half an
entry, each carrying a SHA-256 of its content: an entry whose checksum fails is deleted and
recomputed, never trusted. The document (its text and positions) is cached with the findings
because extracting the text (PDF above all) is the expensive part.
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
from dataclasses import asdict
from functools import cache
from pathlib import Path

from linter.config import Config
from linter.document import Document
from linter.rule import Finding

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


_FINGERPRINTS: dict[int, tuple[Config, str]] = {}  # one configuration serves thousands of files


def config_fingerprint(config: Config) -> str:
    known = _FINGERPRINTS.get(id(config))
    if known is None or known[0] is not config:
        fields = {k: v for k, v in asdict(config).items() if k not in ("sources", "path", "waivers")}
        known = _FINGERPRINTS[id(config)] = (config, hashlib.sha256(json.dumps(fields, sort_keys=True, default=str).encode()).hexdigest()[:16])
    return known[1]


MAGIC = b"treatylint-cache-1\n"


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
        return os.path.join(self.directory, key[:2], key[2:])

    def get(self, key: str, path: str) -> tuple[Document, list[Finding]] | None:
        """The entry, if it is there and its checksum holds; a damaged entry is deleted."""
        try:
            with open(self._file(key), "rb") as handle:
                blob = handle.read()
        except OSError:
            return None
        payload = blob[len(MAGIC) + 32 :]
        if blob[: len(MAGIC)] != MAGIC or hashlib.sha256(payload).digest() != blob[len(MAGIC) : len(MAGIC) + 32]:
            self._discard(key)
            return None
        try:
            document, findings = pickle.loads(payload)  # our own bytes: the checksum above proves it
        except Exception:
            self._discard(key)
            return None
        document.path = path
        return document, findings

    def put(self, key: str, document: Document, findings: list[Finding]) -> None:
        target = self._file(key)
        payload = pickle.dumps((document, findings), protocol=pickle.HIGHEST_PROTOCOL)
        try:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with tempfile.NamedTemporaryFile("wb", dir=os.path.dirname(target), delete=False) as handle:
                handle.write(MAGIC + hashlib.sha256(payload).digest() + payload)
            os.replace(handle.name, target)  # atomic: concurrent runs never see half an entry
        except OSError:
            pass  # a read-only or full disk costs speed, never correctness

    def _discard(self, key: str) -> None:
        try:
            os.remove(self._file(key))
        except OSError:
            pass
