"""HTML: the visible text with its block structure; scripts and styles are not text.

A finding's location is the line and column in the HTML source where its text starts.
"""
from __future__ import annotations

from html.parser import HTMLParser

from linter.document import Document, Locator

BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "br", "section",
          "article", "header", "footer", "blockquote", "pre", "dt", "dd", "title", "td", "th"}
INVISIBLE = {"script", "style", "noscript", "template", "head"}


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.length = 0
        self.chunks: list[tuple[int, int, int]] = []  # (text offset, source line, source column)
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in INVISIBLE:
            self.hidden += 1
        elif tag in BLOCKS:
            self._newline()

    def handle_endtag(self, tag):
        if tag in INVISIBLE:
            self.hidden = max(0, self.hidden - 1)
        elif tag in BLOCKS:
            self._newline()

    def handle_data(self, data):
        if self.hidden or not data:
            return
        line, column = self.getpos()
        self.chunks.append((self.length, line, column + 1))
        self._add(" ".join(data.split("\n")) if data.strip() else (" " if self.parts and not self.parts[-1].endswith(("\n", " ")) else ""))

    def _newline(self):
        if self.parts and not self.parts[-1].endswith("\n"):
            self._add("\n")

    def _add(self, text: str):
        self.parts.append(text)
        self.length += len(text)


def _close(parser: HTMLParser) -> None:
    """Close the parser in linear time. What `feed` leaves unparsed is markup still open at the end
    (an unclosed comment, tag, declaration) or a possible character reference; open markup is
    dropped, as HTML5 and Pythons from 3.11.13 on drop it: older ones, on closing, re-scan the rest
    for every '<' in it ('<!--' * n, '<a b="' * n were quadratic)."""
    if len(parser.rawdata) > 1 and parser.rawdata.startswith("<"):
        parser.rawdata = ""
    parser.close()


def read(data: bytes, path: str, *, language: str | None = None) -> Document:
    source = Document.from_bytes(data, path)
    parser = _Text()
    parser.feed(source.text)
    _close(parser)
    text = "".join(parser.parts)
    chunks = parser.chunks or [(0, 1, 1)]
    locator = Locator([c[0] for c in chunks], [(line, column) for _, line, column in chunks], source_columns=True)
    return Document(text, path, encoding=source.encoding, language=language, locator=locator, kind="html")
