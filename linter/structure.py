"""The structure reports have: masthead, headings, numbered items (actions), list items,
paragraphs, table rows, Markdown links and sentences — all as spans into the document text.

Rules ask "which item / section / sentence is this fact in?" through `Structure`; nothing here
interprets values (dates, symbols): that is the extractors' job.
"""
from __future__ import annotations

import bisect
import re
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from linter import lang, lexicon

if TYPE_CHECKING:
    from linter.document import Document

Span = tuple[int, int]

# A table's separator row (|---|:--|) holds only these characters, and a | after its first.
_SEPARATOR_CHARACTERS = re.compile(r"[ \t:|-]*")
# The pieces of a Markdown link [label](target): where a label ends, and a target.
_LABEL_END = re.compile(r"[\]\n]")
_TARGET = re.compile(r"[^)\s]*")
_WORD = re.compile(r"\w+")
_LONGEST_WORD = 8  # characters of a line's first word handed to the lexicon


def _either(patterns) -> str:
    """One group matching any of `patterns`; one that never matches when there are none."""
    return f"(?:{'|'.join(patterns)})" if patterns else "(?!)"


def _marks(marks) -> str:
    return _either([re.escape(m) for m in marks])


class Grammar:
    """The structure marks of a set of language packs (the `structure` family), compiled once."""

    def __init__(self, packs: tuple):
        def table(name: str) -> tuple:
            return tuple(lang.merged(packs, "structure", name))

        bullet = _marks(table("MARKDOWN_BULLETS"))
        numbered = rf"{_either(table('HEADING_NUMBERS'))}{_marks(table('HEADING_SEPARATORS'))}[ \t]*\S.{{0,60}}"
        self.heading = re.compile(rf"^[ \t]*(?:{bullet}[ \t]+)?(?:{'|'.join((*table('HEADING_LINES'), numbered))})$")
        self.item = re.compile(
            rf"^[ \t]*(?:{bullet}[ \t]*)?(?:{_marks(table('ITEM_WORDS'))}[ \t]*)?(\d{{1,3}})(?:[.):]|(?=[ \t]))[ \t]*(?=\S)"
        )
        self.unit = re.compile(_either(table("ITEM_UNITS")))
        self.list_item = re.compile(rf"^[ \t]*(?:{_marks(table('LIST_BULLETS'))}|{_either(table('LIST_NUMBERS'))})[ \t]+")
        self.title = re.compile("|".join(table("TITLES")) or "(?!)")
        self.distribution = re.compile(rf"^[ \t]*{_either(table('DISTRIBUTION'))}", re.I)
        self.original = re.compile(rf"^[ \t]*{_either(table('ORIGINAL'))}[ \t]*(\S+)", re.I)
        self.conference = re.compile(_either(table("CONFERENCE")), re.I)
        stops, ends = table("FULL_STOPS"), table("SENTENCE_ENDS")
        self.full_stops, self.sentence_ends = frozenset(stops), frozenset(ends + stops)
        self.terminator = re.compile(rf"{_marks(ends)}|{_marks(stops)}(?=\s|$)")
        self.abbreviations = frozenset(table("ABBREVIATIONS"))

    def item_number(self, line: str) -> int | None:
        """The number of the item `line` starts, if it starts one."""
        m = self.item.match(line)
        if m is None or self._quantity(line, m.end()):
            return None
        return int(m.group(1))

    def _quantity(self, line: str, at: int) -> bool:
        """Does a count or date marker follow the number ("12 月", "5 名专家", "7 October")?
        Not when the marker only begins a longer word ("1 日内瓦", "2 日本", "3 月球"): the
        marker must be the first word of what follows, alone or by the word lexicon's
        segmentation. A rule, not a list of exceptions; the lexicon takes compounds that keep
        the marker's sense ("5 年内", "10 月份") for words too, so those lines count as items."""
        unit = self.unit.match(line, at)
        if unit is None:
            return False
        word = _WORD.match(line, at)
        if word is None or word.group() == unit.group():
            return True
        return lexicon.segment(word.group()[:_LONGEST_WORD])[0] == unit.group()


@cache
def grammar(packs: tuple) -> Grammar:
    return Grammar(packs)


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


def build_structure(doc: "Document", packs: tuple | None = None) -> Structure:
    """The structure of `doc`, read with the marks of `packs` (every installed pack by default;
    a document's analysis passes the chain of its language)."""
    marks = grammar(packs if packs is not None else lang.everything())
    text = doc.text
    lines = [(doc.line_starts[i], doc.line_starts[i] + len(doc.line_text(i + 1))) for i in range(len(doc.line_starts))]
    header = _header(text, lines, marks)
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
        number = marks.item_number(line)
        if number is None and marks.heading.match(line):
            flush_paragraph()
            blocks.append(Block("heading", start, end))
            sections.append(Section(line.strip(" \t-*#").rstrip("*"), start, len(text)))
            continue
        if number is not None and last_item < number <= last_item + 20:
            last_item = number
            items.append(Item(number, start, len(text)))
        else:
            number = None
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
        elif marks.list_item.match(line):
            flush_paragraph()
            blocks.append(Block("list-item", start, end))
        else:
            paragraph.append((start, end))
    flush_paragraph()
    items = _close(items, sections)
    sections = [Section(s.title, s.start, nxt.start if nxt else len(text)) for s, nxt in zip(sections, sections[1:] + [None])]
    links = _links(text)
    sentences = [s for b in blocks for s in _sentences(text, b.start, b.end, marks)]
    titles = [Title(m.start(), m.end(), m.span(m.lastindex)) for m in marks.title.finditer(text)]
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


def _header(text: str, lines: list[Span], marks: Grammar) -> Header:
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
        if marks.heading.match(line) or marks.item_number(line) is not None or marks.list_item.match(line) or len(stripped) > 120:
            break
        if len(stripped) > 20 and stripped[-1] in marks.sentence_ends:  # a sentence: the body has begun
            break
        header_lines.append((start, stop))
        end = stop + 1
        if marks.distribution.match(line):
            fields["distribution"] = (start, stop)
            after_distribution = index
        elif after_distribution >= 0 and "issue_date_line" not in fields and index - after_distribution <= 2 and any(c.isdigit() for c in line):
            fields["issue_date_line"] = (start, stop)
        if (m := marks.original.match(line)):
            fields["original_language"] = m.group(1)
        if "conference_title" not in fields and marks.conference.search(line):
            fields["conference_title"] = (start, stop)
    if not header_lines or ("distribution" not in fields and "conference_title" not in fields):
        return Header()
    return Header(start=header_lines[0][0], end=min(end, len(text)), lines=tuple(header_lines), **fields)


def _sentences(text: str, start: int, end: int, marks: Grammar) -> list[Span]:
    """Split a block into sentences at sentence ends and at full stops that end a sentence."""
    out, begin = [], start
    for m in marks.terminator.finditer(text, start, end):
        i = m.start()
        if text[i] not in marks.full_stops or _ends_at_full_stop(text, i, end, marks):
            out.append((begin, i + 1))
            begin = i + 1
    if begin < end and text[begin:end].strip():
        out.append((begin, end))
    return out


def _ends_at_full_stop(text: str, i: int, end: int, marks: Grammar) -> bool:
    """A full stop ends a sentence unless it ends an abbreviation or an initial, or a lower-case
    word follows."""
    if i + 1 < end and not text[i + 1].isspace():
        return False
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:i]
    if word in marks.abbreviations or (len(word) == 1 and word.isupper()):
        return False
    k = i + 1
    while k < end and text[k] == " ":
        k += 1
    return k >= end or not text[k].islower()
