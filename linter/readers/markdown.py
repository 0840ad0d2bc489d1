"""Markdown: the file's own text, parsed with markdown-it-py so that code blocks are not linted."""
from __future__ import annotations

from linter.document import Document


def read(data: bytes, path: str, *, language: str | None = None) -> Document:
    from markdown_it import MarkdownIt

    plain = Document.from_bytes(data, path, language=language)
    tokens = MarkdownIt("commonmark").enable("table").parse(plain.text)
    ignored = []
    for token in tokens:
        if token.type in ("fence", "code_block") and token.map:
            first, last = token.map  # 0-based lines, end exclusive
            start = plain.line_starts[first]
            end = plain.line_starts[last] if last < len(plain.line_starts) else len(plain.text)
            ignored.append((start, end))
    return Document(plain.text, path, encoding=plain.encoding, language=language, ignored=tuple(ignored), kind="markdown")
