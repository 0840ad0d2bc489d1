"""Markdown: the file's own text, parsed with markdown-it-py so that code blocks are not linted.

Only block structure is needed, so inline parsing is switched off; and a text with no fence and
no indented line cannot hold a code block (CommonMark has no other kind), so it is not parsed.
"""
from __future__ import annotations

import re

from linter.document import Document

_MAY_HOLD_CODE = re.compile(r"^(?: {0,3}(?:```|~~~)| {4}|[ ]{0,3}\t)", re.M)


def read(data: bytes, path: str, *, language: str | None = None) -> Document:
    plain = Document.from_bytes(data, path, language=language)
    return from_text(plain.text, path, encoding=plain.encoding, language=language)


def from_text(text: str, path: str | None, *, encoding: str = "utf-8", language: str | None = None) -> Document:
    """A Markdown Document for text already decoded (a file's, or an editor's buffer)."""
    plain = Document(text, path)
    ignored = tuple(code_blocks(plain)) if _MAY_HOLD_CODE.search(text) else ()
    return Document(text, path, encoding=encoding, language=language, ignored=ignored, kind="markdown")


def code_blocks(plain: Document):
    """(start, end) of each fenced or indented code block."""
    from markdown_it import MarkdownIt

    for token in MarkdownIt("commonmark").enable("table").disable("inline").parse(plain.text):
        if token.type in ("fence", "code_block") and token.map:
            first, last = token.map  # 0-based lines, end exclusive
            start = plain.line_starts[first]
            end = plain.line_starts[last] if last < len(plain.line_starts) else len(plain.text)
            yield start, end
