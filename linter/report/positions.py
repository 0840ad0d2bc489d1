"""Line and column of an offset for the reports, in O(log lines) per finding.

Document.position also measures the display and UTF-16 columns, which scans the line up to the
offset: on a 5 MB single line with a finding every 50 characters that is quadratic. The reports
need only code-point columns (SARIF's columnKind, the JSON schema), which the line starts give
by bisection.
"""
from __future__ import annotations

from linter.document import Document


def line_column(doc: Document, offset: int) -> tuple[int, int]:
    """1-based line and code-point column of `offset`."""
    index = doc.line_of(offset)
    return index + 1, offset - doc.line_starts[index] + 1


def where(doc: Document, offset: int) -> str:
    """Document.where without the scan: the locator's label for extracted text, else line:column."""
    if doc.locator is not None:
        return doc.locator(offset)
    line, column = line_column(doc, offset)
    return f"{line}:{column}"

