"""Where a fact sits, in terms a translation shares with its original: the numbered item
("item 12"), else the block ("block 7": paragraph, heading, list item or table row, counted in
document order), else the line."""
from __future__ import annotations

from linter.analysis import Analysis


def anchor(analysis: Analysis, offset: int) -> str:
    structure = analysis.structure
    item = structure.item_at(offset)
    if item is not None:
        return f"item {item.number}"
    index = structure.block_index(offset)
    if index is not None:
        return f"block {index + 1}"
    return f"line {analysis.document.line_of(offset) + 1}"
