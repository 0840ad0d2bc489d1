"""Reading a report: bytes → decoded text → `Document` with exact position mapping.

The decoded text is never normalised (no newline folding, no tab expansion, no NFKC):
every offset a fact or finding carries is an offset into exactly this string, so
`document.text[start:end]` is always the surface the user wrote.
"""
from __future__ import annotations

import bisect
import codecs
import re
import unicodedata
from functools import cached_property
from typing import NamedTuple

from linter import lang


class ReadError(Exception):
    """A file that cannot be turned into a Document; `code` is a stable E-code."""

    def __init__(self, code: str, message: str, detail: str | None = None):
        super().__init__(code, message, detail)  # all in args, so the error survives pickling to and from workers
        self.code = code
        self.message = message
        self.detail = detail  # a traceback, for internal errors (shown with --verbose)

    def __str__(self) -> str:
        return f"{self.code} {self.message}"


class Position(NamedTuple):
    line: int  # 1-based
    column: int  # 1-based, in code points
    display_column: int  # 1-based, in terminal cells (CJK wide = 2)
    utf16_column: int  # 1-based, in UTF-16 code units (LSP's default)


def char_width(ch: str) -> int:
    """Terminal cells one character takes: 2 for East Asian wide/fullwidth, 0 for combining marks."""
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(text: str) -> int:
    if text.isascii():
        return len(text)
    return sum(char_width(c) for c in text)


def utf16_length(text: str) -> int:
    """Code units in UTF-16: astral characters take two (a lone surrogate, from an editor, one)."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le", "surrogatepass")) // 2


# Columns are counted from the nearest multiple of this many code points in the line, so that
# each position costs a bounded amount however long the line (a PDF table flattened into one).
_COLUMN_STEP = 64


_BINARY_SAMPLE = 8192
_LEGACY_ENCODINGS = ("gb18030", "big5")


_BOMS = (  # (byte-order mark, encoding name decode gives, codec of the rest)
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)


def decode(data: bytes) -> tuple[str, str]:
    """Return (text, encoding name). Raises ReadError for binary or undecodable input."""
    for bom, name, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom):], codec), name
    nul = data.find(b"\x00", 0, _BINARY_SAMPLE)
    if nul != -1:
        raise ReadError("E002", f"binary file (NUL byte at offset {nul}); not a text report")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    return _decode_legacy(data, utf8_error)


def encode(text: str, encoding: str) -> bytes:
    """The inverse of `decode`: `text` as bytes in the encoding `decode` named, byte-order mark included."""
    for bom, name, codec in _BOMS:
        if name == encoding:
            return bom + text.encode(codec)
    return text.encode(encoding)


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ReadError("E003", f"not valid {encoding} despite its byte-order mark: {exc.reason} at byte {exc.start}") from None


def _decode_legacy(data: bytes, utf8_error: UnicodeDecodeError) -> tuple[str, str]:
    """GB18030 and Big5 reports still circulate; charset-normalizer tells them apart."""
    from charset_normalizer import from_bytes  # lazy: only legacy files pay for it

    best = from_bytes(data, cp_isolation=list(_LEGACY_ENCODINGS)).best()
    if best is None or best.encoding not in _LEGACY_ENCODINGS:
        raise ReadError(
            "E003",
            f"cannot decode: not UTF-8 ({utf8_error.reason} at byte {utf8_error.start}), UTF-16 with BOM, GB18030 or Big5",
        )
    return data.decode(best.encoding), best.encoding


_LONE_CR = re.compile(r"\r(?!\n)")


class Locator:
    """Where an offset of extracted text is in the original file: the label of the piece of
    text it falls in ("page 3, line 14", "table 1, row 2, cell 3") and the column within it.
    A plain object rather than a closure, so that documents travel to worker processes."""

    def __init__(self, starts: list[int], labels: list, source_columns: bool = False):
        self.starts = starts
        self.labels = labels
        self.source_columns = source_columns  # labels are (line, column) in a source file (HTML)

    def __call__(self, offset: int) -> str:
        i = max(bisect.bisect_right(self.starts, offset) - 1, 0)
        if not self.labels:
            return "start"
        delta = offset - self.starts[i]
        if self.source_columns:
            line, column = self.labels[i]
            return f"{line}:{column + delta}"
        return f"{self.labels[i]}, column {delta + 1}"


class Document:
    """The text of one report and its positions: line index, ignored spans, language. Its structure
    and facts are its analysis's (linter.analysis)."""

    def __init__(self, text: str, path: str | None = None, *, encoding: str = "utf-8", language: str | None = None,
                 ignored: tuple[tuple[int, int], ...] = (), locator=None, kind: str = "text"):
        self.text = text
        self.path = path
        self.encoding = encoding
        self._forced_language = language
        self.ignored = ignored  # spans not linted (Markdown code blocks)
        self.kind = kind  # "text", "markdown", "html", "docx", "pdf": what the text was read from
        # For documents whose text was extracted (DOCX, PDF, HTML): offset → where it is in the
        # original file, in words ("page 3, line 14"); None means line:column of the text itself.
        self.locator = locator
        self.summary: dict = {}  # what linting learnt about it: its own symbol and issue date
        self.source_digest: str | None = None  # SHA-256 of the bytes it was read from (--fix checks it)
        starts = [0]
        find = text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        if "\r" in text:  # a lone CR ends a line too (old Mac exports), as editors and LSP count them
            lone = [m.end() for m in _LONE_CR.finditer(text)]
            if lone:
                starts = sorted(starts + lone)
        self.line_starts = starts
        self._anchors: dict[int, list[tuple[int, int]]] = {}  # line index → widths at each column step

    def __getstate__(self) -> dict:
        """What travels back from a worker: the text and its positions, not what is derived from them."""
        state = dict(self.__dict__)
        state.pop("_ignored_index", None)
        state["_anchors"] = {}
        return state

    @classmethod
    def from_bytes(cls, data: bytes, path: str | None = None, *, language: str | None = None) -> "Document":
        text, encoding = decode(data)
        return cls(text, path, encoding=encoding, language=language)

    # ---------------------------------------------------------------- positions
    def line_of(self, offset: int) -> int:
        """0-based line index containing `offset`."""
        return bisect.bisect_right(self.line_starts, offset) - 1

    def line_text(self, line: int) -> str:
        """Text of 1-based line `line`, without its line ending."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r")

    def line_span(self, line: int) -> tuple[int, int]:
        start = self.line_starts[line - 1]
        return start, start + len(self.line_text(line))

    def position(self, offset: int) -> Position:
        index = self.line_of(offset)
        start = self.line_starts[index]
        column = offset - start
        anchor = column - column % _COLUMN_STEP
        display, utf16 = self._widths_at(index, anchor)
        rest = self.text[start + anchor : offset]
        return Position(index + 1, column + 1, display + display_width(rest) + 1, utf16 + utf16_length(rest) + 1)

    def _widths_at(self, index: int, anchor: int) -> tuple[int, int]:
        """(terminal cells, UTF-16 units) of line `index` before column `anchor`, a multiple of the
        step: measured once per line, step by step as far as positions ask."""
        if anchor == 0:
            return 0, 0
        widths = self._anchors.setdefault(index, [(0, 0)])
        start = self.line_starts[index]
        while len(widths) <= anchor // _COLUMN_STEP:
            chunk_start = start + (len(widths) - 1) * _COLUMN_STEP
            chunk = self.text[chunk_start : chunk_start + _COLUMN_STEP]
            display, utf16 = widths[-1]
            widths.append((display + display_width(chunk), utf16 + utf16_length(chunk)))
        return widths[anchor // _COLUMN_STEP]

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and code-point column of `offset`, by bisection: unlike `position`, it never
        scans the line, so it stays cheap on a single 5 MB line."""
        index = self.line_of(offset)
        return index + 1, offset - self.line_starts[index] + 1

    def where(self, offset: int) -> str:
        """Where an offset is, as a reader of the original file would look for it."""
        if self.locator is not None:
            return self.locator(offset)
        line, column = self.line_column(offset)
        return f"{line}:{column}"

    def in_ignored(self, start: int, end: int) -> bool:
        """Does [start, end) overlap an ignored span? A bisection, since it is asked for every finding."""
        if not self.ignored:
            return False
        starts, reach = self._ignored_index
        before = bisect.bisect_left(starts, end)  # the spans starting before `end`
        return before > 0 and reach[before - 1] > start

    @cached_property
    def _ignored_index(self) -> tuple[list[int], list[int]]:
        """The ignored spans' starts, in order, and the furthest end among the spans up to each."""
        spans = sorted(self.ignored)
        reach, furthest = [], 0
        for _, end in spans:
            furthest = max(furthest, end)
            reach.append(furthest)
        return [start for start, _ in spans], reach

    def offset_at(self, line: int, column: int) -> int:
        """Inverse of `position` for 1-based line and code-point column."""
        return self.line_starts[line - 1] + column - 1

    # ---------------------------------------------------------------- derived, computed once
    @cached_property
    def language(self) -> str:
        if self._forced_language:
            return self._forced_language
        return detect_language(self.text)


_SCRIPT_PATTERNS: dict = {}


def _detection(name: str) -> dict:
    return lang.pack(lang.NEUTRAL).get("detection", name, {})


def _count(script: str, sample: str) -> int:
    """How many characters of `sample` the script's class takes (summed over runs: a list of
    every character costs three times as much)."""
    if script not in _SCRIPT_PATTERNS:
        _SCRIPT_PATTERNS[script] = re.compile(f"(?:{_detection('SCRIPTS')[script]})+")
    return sum(m.end() - m.start() for m in _SCRIPT_PATTERNS[script].finditer(sample))


def detect_language(text: str) -> str:
    """The dominant script of a sample, then for Latin text the language whose function words
    occur most: zh, ar, ru, en, fr or es."""
    sample = text[:20000]
    han, latin = _count("zh", sample), _count("latin", sample)
    if han and han * 3 >= latin:
        return "zh"
    for script in ("ar", "ru"):
        if _count(script, sample) > latin:
            return script
    lowered = f" {sample.lower()} "
    scores = {code: sum(lowered.count(w) for w in words) for code, words in _detection("LATIN_MARKERS").items()}
    best = max(scores, key=scores.get)
    return best if scores[best] > scores["en"] else "en"
