"""Word documents (python-docx): paragraphs and table cells in reading order, one line each.

A finding's location is the paragraph number (and table, row and cell) plus the column.
"""
from __future__ import annotations

import io
import zipfile

from linter.document import Document, Locator, ReadError


MAX_UNPACKED = 512 * 1024 * 1024  # no report's XML is this large; a zip that unpacks to more is a bomb


def _check_size(data: bytes) -> None:
    unpacked = sum(item.file_size for item in zipfile.ZipFile(io.BytesIO(data)).infolist())
    if unpacked > MAX_UNPACKED:
        raise ReadError("E009", f"unpacks to {unpacked // 1024 // 1024} MB: too large to be a report (the limit is {MAX_UNPACKED // 1024 // 1024} MB)")


def read(data: bytes, path: str, *, language: str | None = None) -> Document:
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        from lxml.etree import XMLSyntaxError

        _check_size(data)
        word = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, XMLSyntaxError, KeyError, ValueError, EOFError, NotImplementedError) as exc:
        raise ReadError("E005", f"not a readable Word document: {type(exc).__name__}: {exc}") from None
    lines: list[str] = []
    places: list[str] = []
    body = word.element.body
    paragraph_number = table_number = 0
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph_number += 1
            lines.append(Paragraph(child, word).text)
            places.append(f"paragraph {paragraph_number}")
        elif tag == "tbl":
            table_number += 1
            for r, row in enumerate(Table(child, word).rows, 1):
                for c, cell in enumerate(row.cells, 1):
                    for k, para in enumerate(cell.paragraphs, 1):
                        lines.append(para.text)
                        where = f"table {table_number}, row {r}, cell {c}"
                        places.append(where if len(cell.paragraphs) == 1 else f"{where}, paragraph {k}")
    text = "\n".join(lines)
    starts = []
    offset = 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    if not text.strip():
        raise ReadError("E004", "empty document: no text in its paragraphs or tables")
    return Document(text, path, encoding="docx", language=language, locator=Locator(starts, places), kind="docx")
