"""Decoding and position mapping: the contract every finding's location rests on."""
from __future__ import annotations

import codecs

import pytest

from linter.document import Document, ReadError, decode, display_width

REPORT_ZH = "日本向全面禁止核试验条约组织筹备委员会提供了 803 571 美元的自愿捐款。\n截至 2020 年 8 月 31 日，共有 42 名研究员完成了课程。\n"
REPORT_HANT = "日本向全面禁止核試驗條約組織籌備委員會提供了自願捐款，以進一步提升其核查能力。日本於2017年提供了捐助。\n"


def test_positions_in_code_points_cells_and_utf16():
    doc = Document("ab\n中文 x😀y\r\nz")
    offset = doc.text.index("x")
    pos = doc.position(offset)
    assert (pos.line, pos.column, pos.display_column, pos.utf16_column) == (2, 4, 6, 4)
    after_emoji = doc.position(doc.text.index("y"))
    assert (after_emoji.column, after_emoji.display_column, after_emoji.utf16_column) == (6, 9, 7)
    assert doc.position(doc.text.index("z")) .line == 3
    assert doc.line_text(2) == "中文 x😀y"  # the \r of CRLF is not part of the line


def test_offset_at_inverts_position():
    doc = Document("第一行\n第二行 has 803 571 美元\n")
    for offset in range(len(doc.text)):
        pos = doc.position(offset)
        assert doc.offset_at(pos.line, pos.column) == offset


def test_display_width():
    assert display_width("803 571 美元") == 12
    assert display_width("abc") == 3


@pytest.mark.parametrize("encoding, bom", [("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_boms(encoding, bom):
    text, name = decode(bom + REPORT_ZH.encode(encoding))
    assert (text, name) == (REPORT_ZH, "utf-8-sig" if encoding == "utf-8" else encoding)


def test_plain_utf8():
    assert decode(REPORT_ZH.encode("utf-8")) == (REPORT_ZH, "utf-8")


def test_gb18030():
    text, name = decode((REPORT_ZH * 3).encode("gb18030"))
    assert (text, name) == (REPORT_ZH * 3, "gb18030")


def test_big5():
    text, name = decode((REPORT_HANT * 3).encode("big5"))
    assert (text, name) == (REPORT_HANT * 3, "big5")


def test_binary_is_a_clear_error():
    with pytest.raises(ReadError) as info:
        decode(b"PK\x03\x04\x00\x00binary")
    assert info.value.code == "E002"
    assert "NUL byte at offset 4" in info.value.message


def test_undecodable_is_a_clear_error():
    with pytest.raises(ReadError) as info:
        decode(bytes(range(128, 256)) * 4)
    assert info.value.code == "E003"


def test_language_detection():
    assert Document(REPORT_ZH).language == "zh"
    assert Document("Exampleland gave USD 612,400 to the centre in 2024 (see www.example-mfa.gov/a.pdf).").language == "en"
    assert Document(REPORT_ZH, language="en").language == "en"


def test_lines_end_at_lf_crlf_and_a_lone_cr():
    text = "示例国\r2021 年\r\n专业知知识\n末行"
    doc = Document(text)
    assert [doc.line_text(n) for n in range(1, 5)] == ["示例国", "2021 年", "专业知知识", "末行"]
    assert doc.position(text.index("知知")) == (3, 3, 5, 3)
    assert doc.position(text.index("末行"))[:2] == (4, 1)
