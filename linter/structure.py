"""The structure reports have: masthead, headings, numbered items (actions), list items,
paragraphs, table rows, Markdown links and sentences — all as spans into the document text.

Rules ask "which item / section / sentence is this fact in?" through `Structure`; nothing here
interprets values (dates, symbols): that is the extractors' job.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from linter.document import Document

Span = tuple[int, int]

_CN_NUMERAL = "一二三四五六七八九十"
HEADING = re.compile(
    rf"^[ \t]*(?:[-*][ \t]+)?(?:#{{1,6}}[ \t]+.*|(?:[{_CN_NUMERAL}]+|[IVXL]+|[A-H])[.、．][ \t]*\S.{{0,60}})$"
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
ITEM = re.compile(
    r"^[ \t]*(?:[-*][ \t]*)?(?:(?:Action|行动)[ \t]*)?(\d{1,3})(?:[.):]|(?=[ \t]))[ \t]*"
    rf"(?![年月个名次批份项%％]|日(?!本)|(?:{_MONTHS})\b)(?=\S)"
)
LIST_ITEM = re.compile(r"^[ \t]*(?:[-*•·→][ \t]+|\([a-z0-9]{1,3}\)[ \t]+)")
# A table's separator row (|---|:--|) holds only these characters, and a | after its first.
_SEPARATOR_CHARACTERS = re.compile(r"[ \t:|-]*")
# The pieces of a Markdown link [label](target): where a label ends, and a target.
_LABEL_END = re.compile(r"[\]\n]")
_TARGET = re.compile(r"[^)\s]*")
# Titles of instruments: 《…》 in Chinese; “…”, *…* or _…_ in English.
TITLE = re.compile(r"《([^《》\n]{2,80})》|“([^“”\n]{3,120})”|\*(?<![*\w]\*)([^*\n]{3,120})\*(?![*\w])|_(?<![_\w]_)([^_\n]{3,120})_(?![_\w])")
DISTRIBUTION = re.compile(r"^[ \t]*(?:Distr\.?[:：]?[ \t]*(?:General|Limited|Restricted)|分发[:：]?[ \t]*\S+)", re.I)
ORIGINAL = re.compile(r"^[ \t]*(?:Original|原文)[:：][ \t]*(\S+)", re.I)
CONFERENCE = re.compile(r"审议大会|缔约国会议|缔约国大会|Review Conference|Conference of the (?:States )?Parties|Meeting of (?:the )?States Parties", re.I)
_ABBREVIATIONS = ("No", "Nos", "Mr", "Mrs", "Ms", "Dr", "Art", "para", "paras", "e.g", "i.e", "Vol", "Rev", "Add", "Corr", "St", "U.S", "U.N", "vs", "etc", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "cf", "Distr", "Co", "Inc", "Ltd")


class Block(NamedTuple):
    kind: str  # "header" | "heading" | "item" | "list-item" | "paragraph" | "table-row"
    start: int
    end: int
    number: int | None = None  # action / paragraph number for "item" and numbered table rows
    cells: tuple[Span, ...] = ()  # table cells


class Item(NamedTuple):
    """A numbered item (an action of the action plan, a numbered paragraph) and everything under it."""

    number: int
    start: int
    end: int


class Section(NamedTuple):
    title: str
    start: int  # the heading's start
    end: int


class Link(NamedTuple):
    """A Markdown link `[label](target)`."""

    start: int
    end: int
    label: Span
    target: Span


class Title(NamedTuple):
    """A quoted or italicised title; `inner` is the title text without its marks."""

    start: int
    end: int
    inner: Span


class Header(NamedTuple):
    """The masthead: distribution line, issue date line, own symbol line, original language, conference."""

    start: int = 0
    end: int = 0
    distribution: Span | None = None
    issue_date_line: Span | None = None
    original_language: str | None = None
    conference_title: Span | None = None
    lines: tuple[Span, ...] = ()  # every non-empty header line


class Structure:
    """Everything structural about one document, with the lookups rules need (bisect, not scans)."""

    def __init__(self, blocks: list[Block], items: list[Item], sections: list[Section], links: list[Link],
                 sentences: list[Span], header: Header, titles: list[Title]):
        self.blocks, self.items, self.sections, self.links = blocks, items, sections, links
        self.sentences, self.header, self.titles = sentences, header, titles
        self._block_starts = [b.start for b in blocks]
        self._item_starts = [i.start for i in items]
        self._section_starts = [s.start for s in sections]
        self._sentence_starts = [s[0] for s in sentences]

    @staticmethod
    def _containing(starts: list[int], spans: list, offset: int, end_of=lambda x: x.end):
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and offset < end_of(spans[i]):
            return spans[i]
        return None

    def block_at(self, offset: int) -> Block | None:
        return self._containing(self._block_starts, self.blocks, offset)

    def item_at(self, offset: int) -> Item | None:
        return self._containing(self._item_starts, self.items, offset)

    def section_at(self, offset: int) -> Section | None:
        return self._containing(self._section_starts, self.sections, offset)

    def sentence_at(self, offset: int) -> Span | None:
        return self._containing(self._sentence_starts, self.sentences, offset, end_of=lambda s: s[1])

    def sentence_index(self, offset: int) -> int | None:
        """The index in `sentences` of the sentence containing `offset`."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        return i if i >= 0 and offset < self.sentences[i][1] else None

    def block_index(self, offset: int) -> int | None:
        """The index in `blocks` of the block containing `offset`."""
        i = bisect.bisect_right(self._block_starts, offset) - 1
        return i if i >= 0 and offset < self.blocks[i].end else None

    def is_markdown(self, text: str) -> bool:
        """Written in Markdown: a link with a worded label ([18]() in plain text is a footnote mark)."""
        return any(any(c.isalpha() for c in text[slice(*link.label)]) for link in self.links)

    def in_header(self, offset: int) -> bool:
        return self.header.start <= offset < self.header.end


def build_structure(doc: "Document") -> Structure:
    text = doc.text
    lines = [(doc.line_starts[i], doc.line_starts[i] + len(doc.line_text(i + 1))) for i in range(len(doc.line_starts))]
    header = _header(text, lines)
    blocks: list[Block] = []
    items: list[Item] = []
    sections: list[Section] = []
    last_item = 0
    paragraph: list[Span] = []

    def flush_paragraph() -> None:
        if paragraph:
            blocks.append(Block("paragraph", paragraph[0][0], paragraph[-1][1]))
            paragraph.clear()

    for start, end in lines:
        line = text[start:end]
        if not line.strip():
            flush_paragraph()
            continue
        if start < header.end:
            blocks.append(Block("header", start, end))
            continue
        if HEADING.match(line) and not ITEM.match(line):
            flush_paragraph()
            blocks.append(Block("heading", start, end))
            sections.append(Section(line.strip(" \t-*#").rstrip("*"), start, len(text)))
            continue
        number = None
        m = ITEM.match(line)
        if m and last_item < int(m.group(1)) <= last_item + 20:
            number = int(m.group(1))
            last_item = number
            items.append(Item(number, start, len(text)))
        if "\t" in line.strip() or (line.lstrip().startswith("|") and line.rstrip().endswith("|")):
            flush_paragraph()
            if _is_table_separator(line):
                continue
            cells = _cells(text, start, end)
            first = text[cells[0][0] : cells[0][1]] if cells else ""
            if number is None and first.isdigit() and last_item < int(first) <= last_item + 20:
                number = last_item = int(first)  # | 50 | …: an action numbered in the first cell
                items.append(Item(number, start, len(text)))
            blocks.append(Block("table-row", start, end, number, cells))
            continue
        if number is not None:
            flush_paragraph()
            blocks.append(Block("item", start, end, number))
        elif LIST_ITEM.match(line):
            flush_paragraph()
            blocks.append(Block("list-item", start, end))
        else:
            paragraph.append((start, end))
    flush_paragraph()
    items = _close(items, sections)
    sections = [Section(s.title, s.start, nxt.start if nxt else len(text)) for s, nxt in zip(sections, sections[1:] + [None])]
    links = _links(text)
    sentences = [s for b in blocks for s in _sentences(text, b.start, b.end)]
    titles = [Title(m.start(), m.end(), m.span(m.lastindex)) for m in TITLE.finditer(text)]
    return Structure(blocks, items, sections, links, sentences, header, titles)


def _close(items: list[Item], sections: list[Section]) -> list[Item]:
    """An item runs until the next item or the next heading, whichever comes first."""
    boundaries = sorted([i.start for i in items] + [s.start for s in sections])
    closed = []
    for item in items:
        j = bisect.bisect_right(boundaries, item.start)
        closed.append(Item(item.number, item.start, boundaries[j] if j < len(boundaries) else item.end))
    return closed


def _is_table_separator(line: str) -> bool:
    """|---|:--| rows; one character class and one search, so a long row of dashes costs one pass."""
    return line.find("|", 1) != -1 and _SEPARATOR_CHARACTERS.fullmatch(line) is not None


def _links(text: str) -> list[Link]:
    """The links `[label](target)` (a label without ] or newline, a target without ) or space), in
    one pass: every [ before the same ] shares its fate, and a target that ran into a space fails
    for every ( before that space, so no stretch of text is scanned twice ('[' * n, '[a](' * n)."""
    links: list[Link] = []
    pos, dead = 0, -1  # targets starting at or before `dead` run into a space
    while (start := text.find("[", pos)) != -1:
        close = _LABEL_END.search(text, start + 1)
        if close is None:
            break
        label_end = close.start()
        if text.startswith("](", label_end) and label_end + 2 > dead:
            target = _TARGET.match(text, label_end + 2)
            if text.startswith(")", target.end()):
                links.append(Link(start, target.end() + 1, (start + 1, label_end), target.span()))
                pos = target.end() + 1
                continue
            dead = target.end()
        pos = label_end + 1
    return links


def _cells(text: str, start: int, end: int) -> tuple[Span, ...]:
    line = text[start:end]
    sep = "\t" if "\t" in line else "|"
    cells, pos = [], start
    for part in line.split(sep):
        if part.strip():
            lead = len(part) - len(part.lstrip())
            cells.append((pos + lead, pos + len(part.rstrip())))
        pos += len(part) + 1
    return tuple(cells)


def _header(text: str, lines: list[Span]) -> Header:
    """The masthead: the short lines before the body starts (first heading, item, list or long paragraph)."""
    fields: dict = {}
    header_lines: list[Span] = []
    end = 0
    after_distribution = -1
    for index, (start, stop) in enumerate(lines[:40]):
        line = text[start:stop]
        stripped = line.strip()
        if not stripped:
            continue
        if HEADING.match(line) or ITEM.match(line) or LIST_ITEM.match(line) or len(stripped) > 120:
            break
        if len(stripped) > 20 and stripped[-1] in "。.！？!?":  # a sentence: the body has begun
            break
        header_lines.append((start, stop))
        end = stop + 1
        if DISTRIBUTION.match(line):
            fields["distribution"] = (start, stop)
            after_distribution = index
        elif after_distribution >= 0 and "issue_date_line" not in fields and index - after_distribution <= 2 and any(c.isdigit() for c in line):
            fields["issue_date_line"] = (start, stop)
        if (m := ORIGINAL.match(line)):
            fields["original_language"] = m.group(1)
        if "conference_title" not in fields and CONFERENCE.search(line):
            fields["conference_title"] = (start, stop)
    if not header_lines or ("distribution" not in fields and "conference_title" not in fields):
        return Header()
    return Header(start=header_lines[0][0], end=min(end, len(text)), lines=tuple(header_lines), **fields)


_TERMINATOR = re.compile(r"[。！？!?]|\.(?=\s|$)")


def _sentences(text: str, start: int, end: int) -> list[Span]:
    """Split a block into sentences at 。！？ and at English full stops that end a sentence."""
    out, begin = [], start
    for m in _TERMINATOR.finditer(text, start, end):
        i = m.start()
        if text[i] != "." or _ends_english_sentence(text, i, end):
            out.append((begin, i + 1))
            begin = i + 1
    if begin < end and text[begin:end].strip():
        out.append((begin, end))
    return out


def _ends_english_sentence(text: str, i: int, end: int) -> bool:
    if i + 1 < end and not text[i + 1].isspace():
        return False
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:i]
    if word in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
        return False
    k = i + 1
    while k < end and text[k] == " ":
        k += 1
    return k >= end or not text[k].islower()
