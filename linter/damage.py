"""Damaged and foreign regions of a document: text the converter broke, and text that is not
part of the report.

Damaged: glyphs a PDF font did not map to Unicode (`(cid:129)`, U+FFFD, private-use
characters), binary residue (control characters, Word binary fragments), mojibake (UTF-8 read
as Windows-1252 or GBK) and single digits a converter spread out (`7 4 7 7 2 亿元`). Foreign:
printing job numbers and their barcodes, licence and publisher notices, and running headers and
footers repeated on every page. Facts are not extracted from any of them (the engine passes
`excluded_spans` to the extractors), and the INP rules say what was found where.

Every finder is one linear pass over the text. A region is claimed by the first finder (in
`_FINDERS` order) that finds it; later finders' overlapping regions are dropped.

The words and shapes come from the `damage` family of every language pack, whatever the
document's language: a Chinese report may carry an English notice and the reverse.
"""
from __future__ import annotations

import bisect
import re
import weakref
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from linter import lang
from linter.search import Candidates, words

if TYPE_CHECKING:
    from linter.document import Document


class Region(NamedTuple):
    kind: str  # "binary", "job-number", "glyph", "mojibake", "notice", "running-header", "spaced-digits"
    start: int
    end: int
    detail: str = ""  # what the finder learnt: the decoded text, the job number, the repeated line
    origin: int = -1  # a repeated running header: where it first appears (that one is read)


_CACHE: "weakref.WeakKeyDictionary[Document, tuple[Region, ...]]" = weakref.WeakKeyDictionary()


def regions(document: "Document") -> tuple[Region, ...]:
    """The damaged and foreign regions of `document`, in text order (computed once per document)."""
    found = _CACHE.get(document)
    if found is None:
        found = _CACHE[document] = _find(document)
    return found


def of_kind(document: "Document", kind: str) -> list[Region]:
    return [r for r in regions(document) if r.kind == kind]


def excluded_spans(document: "Document") -> tuple[tuple[int, int], ...]:
    """The spans facts must not be extracted from."""
    return tuple((r.start, r.end) for r in regions(document))


def _find(document: "Document") -> tuple[Region, ...]:
    """Each finder's regions that overlap none kept from earlier finders (or from itself)."""
    kept: list[Region] = []
    for finder in _FINDERS:
        starts = [r.start for r in kept]
        fresh: list[Region] = []
        for region in sorted(finder(document), key=lambda r: r.start):
            i = bisect.bisect_right(starts, region.start)
            clear = (i == 0 or kept[i - 1].end <= region.start) and (i == len(kept) or region.end <= kept[i].start)
            if clear and (not fresh or fresh[-1].end <= region.start):
                fresh.append(region)
        kept = sorted(kept + fresh, key=lambda r: r.start)
    return tuple(kept)


def _table(name: str) -> tuple[str, ...]:
    """A `damage` table of every pack (see the module docstring)."""
    return lang.merged(lang.everything(), "damage", name)


def _longest_first(name: str) -> tuple[str, ...]:
    """A table's words longest first, for a regex alternation."""
    return tuple(sorted(set(_table(name)), key=len, reverse=True))


_SPACES = " \t\r\x0b\x0c\u3000"  # not str.isspace(): that takes the controls U+001C–U+001F for spaces


def _lines(document: "Document", longest: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of every line's text without its surrounding spaces; blank lines skipped,
    and lines longer than `longest`."""
    text = document.text
    for number in range(1, len(document.line_starts) + 1):
        start, end = document.line_span(number)
        if longest is not None and end - start > longest:
            continue
        while start < end and text[start] in _SPACES:
            start += 1
        while end > start and text[end - 1] in _SPACES:
            end -= 1
        if start < end:
            yield start, end


# ---------------------------------------------------------------- binary residue
# C0 controls other than tab, line feed, vertical tab, form feed and carriage return; DEL; C1
# controls; the non-characters U+FFFE and U+FFFF.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_WORD_MARKER = re.compile("|".join(re.escape(m) for m in _table("WORD_BINARY_MARKERS")))


def _binary(document: "Document") -> Iterator[Region]:
    """Lines with two or more control characters (or one and a Word binary fragment) are
    residue, merged when consecutive; a single control character in a line of text is a region
    of its own."""
    text = document.text
    per_line: dict[int, list[int]] = {}
    for m in _CONTROL.finditer(text):
        per_line.setdefault(document.line_of(m.start()), []).append(m.start())
    run: tuple[int, int, int] | None = None  # (first line, last line, start) of residue lines
    for line in sorted(per_line):
        start, end = document.line_span(line + 1)
        offsets = per_line[line]
        if len(offsets) >= 2 or _WORD_MARKER.search(text, start, end):
            if run is not None and _blank_between(document, run[1], line):
                run = (run[0], line, run[2])
            else:
                if run is not None:
                    yield _residue(document, run)
                run = (line, line, start)
            continue
        yield Region("binary", offsets[0], offsets[0] + 1)
    if run is not None:
        yield _residue(document, run)


def control_characters(surface: str) -> list[str]:
    return _CONTROL.findall(surface)


def word_marker(surface: str) -> str | None:
    """The first Word binary fragment in `surface`, if any."""
    m = _WORD_MARKER.search(surface)
    return m.group() if m else None


def _blank_between(document: "Document", first: int, second: int) -> bool:
    return all(not document.line_text(n + 1).strip() for n in range(first + 1, second))


def _residue(document: "Document", run: tuple[int, int, int]) -> Region:
    start, end = run[2], document.line_span(run[1] + 1)[1]
    text = document.text
    while start < end and text[start] in _SPACES:
        start += 1
    while end > start and text[end - 1] in _SPACES:
        end -= 1
    return Region("binary", start, end)


# ---------------------------------------------------------------- printing job numbers
# Barcode fonts and Symbol fonts without a Unicode map come out of PDFs as U+F020–U+F0FF, the
# font's byte + 0xF000: `*1413493*` reads as U+F02A U+F031 … U+F02A.
SYMBOL_FONT = {code: code - 0xF000 for code in range(0xF020, 0xF100)}
_SYMBOL_FONT_CHAR = re.compile("[\uf020-\uf0ff]")


@cache
def _job_line() -> re.Pattern:
    job = "|".join(f"(?:{p})" for p in _table("JOB_NUMBERS"))
    return re.compile(rf"^[ \t]*(?:{job})(?:[ \t]+(?:{job}))*[ \t]*$", re.M)


_JOB_ID = re.compile(r"CS-\d{4}-\d{4,5}|\d{2}-?\d{5}")


def _job_numbers(document: "Document") -> Iterator[Region]:
    """Lines made only of job numbers and barcodes; a job number and its barcode on the next
    line are one region. `detail` is the job's digits, the same in the number and the barcode."""
    text = document.text
    view = text.translate(SYMBOL_FONT) if _SYMBOL_FONT_CHAR.search(text) else text  # same length, same offsets
    pending: Region | None = None
    for m in _job_line().finditer(view):
        found = view[m.start() : m.end()]
        start = m.start() + len(found) - len(found.lstrip())
        end = m.end() - (len(found) - len(found.rstrip()))
        job = _JOB_ID.search(found)
        detail = job.group().replace("-", "") if job else ""
        if pending is not None and pending.detail == detail and not view[pending.end : start].strip():
            pending = pending._replace(end=end)
            continue
        if pending is not None:
            yield pending
        pending = Region("job-number", start, end, detail)
    if pending is not None:
        yield pending


# ---------------------------------------------------------------- unmapped glyphs
_GLYPH = Candidates(r"(?:[\ufffd\ue000-\uf8ff\U000f0000-\U0010fffd]|\(cid:\d{1,5}\))+")
_GLYPH_ITEM = re.compile(r"[\ufffd\ue000-\uf8ff\U000f0000-\U0010fffd]|\(cid:\d{1,5}\)")
_WORD_CHAR = re.compile(r"[0-9A-Za-z]")
_REACH = 40  # how far a damaged word is followed around a glyph


def _glyphs(document: "Document") -> Iterator[Region]:
    """Runs of unmapped glyphs with the Latin word or figure around them (`1(cid:20)5`): the
    whole word is damaged, so no fact is read from part of it."""
    text = document.text
    pending: Region | None = None
    for m in _GLYPH.finditer(text):
        start, end = m.start(), m.end()
        while start > 0 and start > m.start() - _REACH and _WORD_CHAR.match(text, start - 1):
            start -= 1
        while end < len(text) and end < m.end() + _REACH and _WORD_CHAR.match(text, end):
            end += 1
        if pending is not None and start <= pending.end:
            pending = pending._replace(end=end)
            continue
        if pending is not None:
            yield pending
        pending = Region("glyph", start, end)
    if pending is not None:
        yield pending


def glyph_items(surface: str) -> list[str]:
    """The unmapped glyphs in a glyph region's text, one by one ("(cid:20)", "\ufffd")."""
    return _GLYPH_ITEM.findall(surface)


# ---------------------------------------------------------------- mojibake
def _cp1252(byte: int) -> str:
    """The character Windows-1252 shows for a byte (Latin-1 for its five undefined ones)."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


_TO_BYTE = {ord(_cp1252(b)): b for b in range(0x80, 0x100)}


@cache
def _latin_mojibake() -> re.Pattern:
    lead = "".join(_cp1252(b) for b in range(0xC2, 0xF5))
    continuation = "".join(_cp1252(b) for b in range(0x80, 0xC0))
    sequence = f"[{re.escape(lead)}][{re.escape(continuation)}]{{1,3}}"
    return re.compile(f"{sequence}(?:[0-9A-Za-z]*{sequence})*")  # "Ã©tÃ©" is one region, "â€™" without its "s"


# What UTF-8 Chinese shows as GBK: ideographs, with GBK's punctuation and full-width forms.
_GBK_RUN = re.compile("[\u2000-\u9fff\uf900-\uffef]{3,}")


def _mojibake(document: "Document") -> Iterator[Region]:
    """UTF-8 bytes shown as Windows-1252 (`â€™`, `Ã©`) or as GBK (`鎶ュ憡` for 报告): found exactly, by
    decoding the suspect characters' bytes back as UTF-8. `detail` is the text as it should read."""
    text = document.text
    for m in _latin_mojibake().finditer(text):
        fixed = _as_windows_1252(m.group())
        if fixed is not None:
            yield Region("mojibake", m.start(), m.end(), fixed)
    for m in _GBK_RUN.finditer(text):
        fixed = _as_gbk(m.group())
        if fixed is not None:
            yield Region("mojibake", m.start(), m.end(), fixed)


def misread_as(surface: str) -> str:
    """The encoding UTF-8 text was wrongly read with, for a mojibake region's text."""
    return "Windows-1252" if _as_windows_1252(surface) is not None else "GBK"


def _as_windows_1252(surface: str) -> str | None:
    """`surface` as it reads when its Windows-1252 bytes are decoded as UTF-8, if they are UTF-8."""
    if "\u00a0" in surface.replace("Â\u00a0", ""):
        return None  # French spacing before » and : ("été\u00a0»") is not mojibake; "Â\u00a0" is
    data = bytearray()
    for ch in surface:
        code = ord(ch)
        if code < 0x80:
            data.append(code)
        elif code in _TO_BYTE:
            data.append(_TO_BYTE[code])
        else:
            return None
    try:
        fixed = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return fixed if all(c.isascii() or _plausible(c) for c in fixed) else None


# What mojibake usually hides: accented Latin, Greek, Cyrillic, Arabic, punctuation, ™ and €,
# CJK, the byte-order mark. Anything else (IPA ɔ from "ÉTÉ”", Hebrew points from "Ö·") is an
# accented capital next to a symbol by chance.
_PLAUSIBLE = ((0xA0, 0x24F), (0x370, 0x4FF), (0x600, 0x6FF), (0x2000, 0x214F), (0x3000, 0x9FFF), (0xAC00, 0xD7AF),
              (0xFEFF, 0xFEFF), (0xFF00, 0xFFEF))


def _plausible(ch: str) -> bool:
    code = ord(ch)
    return any(low <= code <= high for low, high in _PLAUSIBLE)


def _as_gbk(surface: str) -> str | None:
    try:
        fixed = surface.encode("gbk").decode("utf-8")
    except UnicodeError:
        return None
    return fixed if fixed != surface and any("\u4e00" <= c <= "\u9fff" for c in fixed) else None


# ---------------------------------------------------------------- licence and publisher notices
@cache
def _notice() -> re.Pattern:
    # Case-sensitive but for the first letter: re.I over an alternation costs a quarter of a
    # second per MB, and a branch per phrase tries them all at each of their first letters.
    return re.compile(words({case + p[1:] for p in _table("NOTICE_PHRASES") for case in (p[0].upper(), p[0].lower())}))


_MAX_NOTICE_BLOCK = 1000


@cache
def _list_line() -> re.Pattern:
    """A line of the list a notice introduces with a colon ("…include:" (a)… (b)…): it belongs to it."""
    return re.compile(rf"[ \t]*(?:{'|'.join(_table('LIST_MARKERS'))})")


def _notices(document: "Document") -> Iterator[Region]:
    """The paragraph holding a notice phrase (its line when the paragraph is long), with the
    list it introduces when it ends in a colon. `detail` is the phrase found."""
    text = document.text
    covered = 0
    for m in _notice().finditer(text):
        if m.start() < covered:
            continue
        start, end = _paragraph(document, document.line_of(m.start()))
        if text[start:end].rstrip().endswith((":", "：")):
            end = _list_after(document, end)
        covered = end
        yield Region("notice", start, end, m.group())


def _paragraph(document: "Document", line: int) -> tuple[int, int]:
    """The lines around 0-based `line` up to blank lines and page breaks; the line alone when
    they run longer than a notice does."""
    first = last = line
    start, end = document.line_span(line + 1)
    while first > 0 and end - start <= _MAX_NOTICE_BLOCK and _joins(document, first - 1, first):
        first -= 1
        start = document.line_starts[first]
    while last + 1 < len(document.line_starts) and end - start <= _MAX_NOTICE_BLOCK and _joins(document, last, last + 1):
        last += 1
        end = document.line_span(last + 1)[1]
    if end - start > _MAX_NOTICE_BLOCK:
        start, end = document.line_span(line + 1)
    return start + len(document.text[start:end]) - len(document.text[start:end].lstrip()), end


def _joins(document: "Document", upper: int, lower: int) -> bool:
    """Do 0-based lines `upper` and `lower` belong to one paragraph?"""
    below = document.line_text(lower + 1)
    return bool(document.line_text(upper + 1).strip() and below.strip()) and not below.startswith("\x0c")


def _list_after(document: "Document", end: int) -> int:
    """The end of the list items on the lines right after `end` (blank lines between allowed)."""
    line = document.line_of(end) + 1
    while line < len(document.line_starts):
        start, stop = document.line_span(line + 1)
        if document.text[start:stop].strip():
            if not _list_line().match(document.text, start):
                break
            end = stop
        line += 1
    return end


# ---------------------------------------------------------------- running headers and footers
_EDGE = 3  # lines at the top and at the bottom of a page where headers and footers stand
_MIN_PAGES = 3
_LONGEST_HEADER = 200  # characters: a header line is short, and a long line is not worth a regex
_SHARE_OF_PAGES = 0.5  # a header stands on most pages; a heading or "(a)" at the top of a few is text
_PDF_PAGE = re.compile(r"page (\d+),")


@cache
def _page_label() -> re.Pattern:
    before = "|".join(re.escape(w) for w in _longest_first("PAGE_WORDS"))
    after = "|".join(re.escape(w) for w in _longest_first("PAGE_WORDS_AFTER"))
    label = rf"(?:(?:{before})[ \t]*\d{{1,4}}(?:[ \t]*(?:{after}))?|\d{{1,4}}[ \t]*(?:{after}))"
    return re.compile(rf"^{label}(?:[ \t]+|$)|[ \t]+{label}$")


_BARE_NUMBER = re.compile(r"^\d{1,4}[ \t]+|[ \t]+\d{1,4}$")


def _key(line: str) -> str:
    """A header line without its page number: "A/HRC/WG.6/7/SVN/1 Page 2" → "A/HRC/WG.6/7/SVN/1";
    a bare number goes only beside a symbol ("4 A/HRC/28/15"), "Rec. 43" keeps its 43."""
    key = _page_label().sub("", line).strip()
    return _BARE_NUMBER.sub("", key) if "/" in key else key


def page_starts(document: "Document") -> list[int]:
    """Where each page begins: PDF pages from the locator, form feeds in text; [0] if neither."""
    starts = [0] + [m.end() for m in re.finditer("\x0c", document.text)]
    locator = document.locator
    if document.kind == "pdf" and locator is not None:
        previous = None
        for offset, label in zip(locator.starts, locator.labels):
            page = _PDF_PAGE.match(str(label))
            if page and page.group(1) != previous:
                if previous is not None:
                    starts.append(offset)
                previous = page.group(1)
    return sorted(set(starts))


def _running_headers(document: "Document") -> Iterator[Region]:
    """A line repeated at the top or bottom of three or more pages and of half of them, and — in
    text that lost its page breaks — the cover page's own symbol standing alone on two more
    lines. The first occurrence is read; the others are regions, `detail` the repeated line
    without its page number."""
    text = document.text
    pages = page_starts(document)
    occurrences: dict[str, list[tuple[int, int]]] = {}
    for start, end in _edge_lines(document, pages):
        key = _key(text[start:end])
        if len(key) >= 3 and any(c.isalnum() for c in key):
            occurrences.setdefault(key, []).append((start, end))
    enough = max(_MIN_PAGES, _SHARE_OF_PAGES * (len(pages) - 1))  # the cover page has none
    repeated = {key: spans for key, spans in occurrences.items()
                if len({bisect.bisect_right(pages, start) for start, _ in spans}) >= enough}
    own = set(_own_symbol_lines(document))
    standalone: dict[str, list[tuple[int, int]]] = {}
    for start, end in _lines(document, _LONGEST_HEADER) if own else ():
        key = _key(text[start:end])
        if key in own:
            standalone.setdefault(key, []).append((start, end))
    for key, spans in standalone.items():
        if len(spans) >= _MIN_PAGES:
            repeated.setdefault(key, []).extend(spans)
    for key, spans in repeated.items():
        spans = sorted(set(spans))
        for start, end in spans[1:]:
            yield Region("running-header", start, end, key, origin=spans[0][0])


def _edge_lines(document: "Document", pages: list[int]) -> Iterator[tuple[int, int]]:
    if len(pages) < _MIN_PAGES:
        return
    on_page: list[list[tuple[int, int]]] = [[] for _ in pages]
    for span in _lines(document):
        on_page[bisect.bisect_right(pages, span[0]) - 1].append(span)
    for spans in on_page:
        yield from (s for s in spans[:_EDGE] + spans[_EDGE:][-_EDGE:] if s[1] - s[0] <= _LONGEST_HEADER)


_COVER_LINES = 40  # the masthead is within a document's first lines (structure.py reads as many)


def _own_symbol_lines(document: "Document") -> list[str]:
    """Lines of the cover page that are a document symbol and nothing else: when one stands
    alone again on later lines, it is the running header of text that lost its page breaks."""
    from linter.extract import symbols

    text = document.text
    found = []
    for number, (start, end) in enumerate(_lines(document)):
        if number >= _COVER_LINES:
            break
        line = text[start:end]
        if len(line) > _LONGEST_HEADER:
            continue
        if "/" in line and any(fact.text == line for fact in symbols.extract(line)):
            found.append(line)
    return found


# ---------------------------------------------------------------- spaced digits
# Not part of a longer figure: no digit (or decimal "3.5", or group "12 3") before, none after; and
# not starting with a zero, as no figure does ("0 0m").
_SPACED = Candidates(r"(?=[1-9][ \u00a0]\d)(?<!\d)(?<!\d[.,])(?<!\d[ \u00a0])\d(?:[ \u00a0]\d)+(?!\d|[.,]\d)")


@cache
def _figure_after() -> re.Pattern:
    from linter.units import scale_words

    after = (*lang.merged(lang.everything(), "money", "CURRENCY_WORDS"), *scale_words(), *_table("FIGURE_WORDS_AFTER"))
    # a Latin word ends there ("0 0m" is no "2 0 m" million: "m" begins "mixed")
    ends = {w: "(?![A-Za-z])" if w[-1].isascii() and w[-1].isalpha() else "" for w in set(after)}
    return re.compile("[ \u00a0]?(?:" + "|".join(re.escape(w) + ends[w] for w in sorted(ends, key=len, reverse=True)) + ")")


@cache
def _figure_before() -> re.Pattern:
    prefixes = sorted(lang.merged(lang.everything(), "money", "PREFIXES"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(p) for p in prefixes) + ")[ \u00a0]?$")


def _spaced_digits(document: "Document") -> Iterator[Region]:
    """Two or more single digits one space apart, with a currency, scale word, per cent or
    date word right after them or a currency before: a figure a converter spread out. A bare
    run ("1 2 3" in a table of small counts) is left alone. `detail` is the digits joined."""
    text = document.text
    for m in _SPACED.finditer(text):
        if _figure_after().match(text, m.end()) or _figure_before().search(text, max(0, m.start() - 8), m.start()):
            yield Region("spaced-digits", m.start(), m.end(), re.sub(r"\D", "", m.group()))


_FINDERS = (_binary, _job_numbers, _glyphs, _mojibake, _notices, _running_headers, _spaced_digits)
