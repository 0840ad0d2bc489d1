"""How the reports name a file.

Machine formats (SARIF, GitLab, GitHub, JUnit, JSON) name it relative to its repository root,
what CI services resolve against their checkout, however the path was typed (`./docs/a.md`,
`../x`, an absolute path). The human formats keep the path as typed, which is what terminals
and editors resolve from the working directory. Either way a file name holding bytes that are
not UTF-8 (os.fsdecode turns them into lone surrogates) is shown with visible escapes, so that
every report stays valid UTF-8.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import quote

STDIN = "<stdin>"
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def printable(text: str) -> str:
    """`text` with each lone surrogate as a visible escape: `\\xNN` for an undecodable byte
    (os.fsdecode's U+DC80..U+DCFF), `\\uNNNN` for any other."""
    return LONE_SURROGATE.sub(_escape, text) if not text.isascii() else text


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def typed_path(path: str) -> str:
    """The path as the user typed it, for terminals and editors, without a leading `./`
    (`check .` names `./docs/a.md`: the same file as `docs/a.md`, and ruff prints it so)."""
    while path.startswith("./") and len(path) > 2:
        path = path[2:]
    return printable(path)


def repository_path(path: str) -> str:
    """The path relative to the root of the repository holding the file (the nearest folder
    above it with a .git), else to the working directory; a file outside both keeps its
    absolute path (a `../../x` would name nothing a CI service can open). POSIX separators;
    stdin and URLs (fsspec) stay as they are. Undecodable bytes are left as lone surrogates:
    see `artifact_uri` and `printable` for writing it."""
    if path == STDIN or "://" in path:
        return path
    absolute = Path(os.path.abspath(path))
    root = next((folder for folder in absolute.parents if (folder / ".git").exists()), None)
    relative = os.path.relpath(absolute, root or os.getcwd())
    if root is None and relative.split(os.sep, 1)[0] == os.pardir:
        return absolute.as_posix()
    return Path(relative).as_posix()


def artifact_uri(where: str) -> str:
    """A repository path (`repository_path`) as a SARIF artifact URI: percent-encoded,
    undecodable bytes as the bytes they were (`%E9`); an absolute path as a file: URI."""
    if where == STDIN:
        return "stdin"
    if "://" in where:
        return printable(where)
    try:
        encoded = quote(where, safe="/", errors="surrogateescape")
    except UnicodeEncodeError:  # a surrogate os.fsdecode never makes: escape it visibly first
        encoded = quote(printable(where), safe="/")
    return f"file://{encoded}" if where.startswith("/") else encoded
