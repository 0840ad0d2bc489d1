"""PDF (pdfminer.six): the text of each page in reading order, text boxes as paragraphs.

Lines of one box are joined as a reader joins them — a hyphen at a line end dropped before a
lower-case continuation, no space between CJK characters, a space otherwise — so that an amount
broken over two lines ("803" / "571 美元") is still one amount. A finding's location is the page
and the line on that page.
"""
from __future__ import annotations

import io
import logging

from linter.document import Document, Locator, ReadError


def _is_cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"


def _join(left: str, right: str) -> str:
    """`left` ready for `right` to be appended: hyphen dropped, space added or not."""
    if not left:
        return ""
    if left.endswith("-") and right[:1].islower():
        return left[:-1]
    if _is_cjk(left[-1]) or _is_cjk(right[:1]):
        return left
    return left + " "


def read(data: bytes, path: str, *, language: str | None = None) -> Document:
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings on damaged files are not for our users
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer, LTTextLine
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.psparser import PSException

    parts: list[str] = []
    places: list[tuple[int, int, int]] = []  # (text offset, page, line on page)
    length = 0
    pages = 0
    try:
        for page_number, page in enumerate(extract_pages(io.BytesIO(data)), 1):
            pages += 1
            line_on_page = 0
            for box in page:
                if not isinstance(box, LTTextContainer):
                    continue
                paragraph = ""
                for line in box:
                    if not isinstance(line, LTTextLine):
                        continue
                    content = line.get_text().strip()
                    if not content:
                        continue
                    line_on_page += 1
                    paragraph = _join(paragraph, content)
                    places.append((length + len(paragraph), page_number, line_on_page))
                    paragraph += content
                if paragraph:
                    parts.append(paragraph + "\n")
                    length += len(paragraph) + 1
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise ReadError("E007", "password-protected PDF: no text can be read without the password") from None
    except (PSException, ArithmeticError, LookupError, ValueError, TypeError, AttributeError, AssertionError, RecursionError) as exc:
        # what pdfminer raises on damaged files (a huge number, a broken object graph)
        raise ReadError("E005", f"damaged PDF: {type(exc).__name__}: {exc}") from None
    text = "".join(parts)
    if pages and not text.strip():
        raise ReadError("E006", f"no text layer: {pages} page(s) but no extractable text (a scan?)")
    if not text.strip():
        raise ReadError("E005", "not a readable PDF: no pages")
    locator = Locator([p[0] for p in places], [f"page {page}, line {line}" for _, page, line in places])
    return Document(text, path, encoding="pdf", language=language, locator=locator, kind="pdf")
