"""Offsets ↔ LSP positions, for every position encoding: a round trip, and units counted right."""
from __future__ import annotations

from hypothesis import given, strategies as st

from linter.document import Document
from linter.lsp import Lines

PIECES = st.sampled_from(["a", "示", "😀", "𠀀", "\r\n", "\n", "\r", " ", "\f", "\u2028"])
TEXTS = st.lists(PIECES, max_size=40).map("".join)
ENCODINGS = st.sampled_from(["utf-8", "utf-16", "utf-32"])


@given(TEXTS, ENCODINGS, st.data())
def test_offset_round_trips_through_a_position(text, encoding, data):
    lines = Lines(Document(text), encoding)
    offset = data.draw(st.integers(0, len(text)))
    if text[offset - 1 : offset + 1] == "\r\n":
        offset -= 1  # between CR and LF is not a position a client can name
    assert lines.offset(lines.position(offset)) == offset


@given(TEXTS, ENCODINGS)
def test_lines_break_at_lf_crlf_and_cr_only(text, encoding):
    lines = Lines(Document(text), encoding)
    expected = text.replace("\r\n", "\n").replace("\r", "\n").count("\n")
    assert lines.position(len(text)).line == expected


def test_units_per_encoding():
    text = "😀 示例"
    assert [Lines(Document(text), e).position(len(text)).character for e in ("utf-8", "utf-16", "utf-32")] == [4 + 1 + 6, 2 + 1 + 2, 4]
