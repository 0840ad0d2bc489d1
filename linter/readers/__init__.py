"""Readers turn a file into a `Document`: the same text-and-structure model whatever the
format, with a locator that points findings back into the original file.

Plain text and Markdown keep the file's own text (positions are exact line and column); DOCX,
PDF and HTML are extracted into text, and their locator names the paragraph, page or source line.
"""
from __future__ import annotations

import os

from linter.document import Document, ReadError

TEXT = (".txt", ".text")
MARKDOWN = (".md", ".markdown")
HTML = (".html", ".htm")
DOCX = (".docx",)
PDF = (".pdf",)
KNOWN = TEXT + MARKDOWN + HTML + DOCX + PDF


def read_bytes(data: bytes, path: str, *, language: str | None = None) -> Document:
    """The Document for a file's bytes, chosen by its suffix (text for anything else)."""
    suffix = os.path.splitext(path)[1].lower()
    if suffix in DOCX:
        from linter.readers.docx import read
    elif suffix in PDF:
        from linter.readers.pdf import read
    elif suffix in HTML:
        from linter.readers.html import read
    elif suffix in MARKDOWN:
        from linter.readers.markdown import read
    else:
        return Document.from_bytes(data, path, language=language)
    return read(data, path, language=language)


__all__ = ["KNOWN", "ReadError", "read_bytes"]
