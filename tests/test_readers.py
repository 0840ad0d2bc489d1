"""Readers: every format becomes the same Document, and findings point back into the original.

DOCX and PDF fixtures are generated here from the project's own text (python-docx, reportlab
with its built-in CJK font), so nothing is downloaded."""
from __future__ import annotations

import io
import os
import zipfile

import pytest
from hypothesis import given, strategies as st

from linter.document import Document, ReadError
from linter.engine import lint_document, lint_paths, read_document
from linter.extract import extract_facts
from linter.registry import all_rules
from tests.conftest import CORPUS

RULES = all_rules()
AMOUNTS = "示例国于 2021 年、2022 年和 2023 年分别捐助了 598 000 美元、605 500 美元和 240 万亿美元。"


def codes_at(doc) -> list[tuple[str, str]]:
    return [(f.code, doc.where(f.start)) for f in lint_document(doc, RULES)]


def test_markdown_code_blocks_are_not_linted(tmp_path):
    path = tmp_path / "r.md"
    path.write_text(f"# 报告\n\n{AMOUNTS}\n\n```\n{AMOUNTS}\n```\n\n    专业知知识\n", encoding="utf-8")
    doc = read_document(str(path))
    assert doc.kind == "markdown"
    assert codes_at(doc) == [("AMT001", "3:56")]
    money = [f for f in extract_facts(doc.text, doc.ignored) if f.kind == "money"]
    assert len(money) == 3 and all(doc.text[f.start:f.end] == f.text for f in money)


def _docx(paragraphs, table=None) -> bytes:
    import docx

    word = docx.Document()
    for text in paragraphs:
        word.add_paragraph(text)
    if table:
        grid = word.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                grid.cell(r, c).text = text
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def test_docx_paragraphs_and_table_cells(tmp_path):
    path = tmp_path / "r.docx"
    path.write_bytes(_docx(["示例国提交的报告", AMOUNTS], table=[["行动", "执行情况"], ["14", "示例国将专业知知识转让给区域中心。"]]))
    doc = read_document(str(path))
    assert doc.kind == "docx"
    assert codes_at(doc) == [("AMT001", "paragraph 2, column 56"), ("TXT001", "table 1, row 2, cell 2, column 7")]


def _pdf(lines, *, encrypt=None, font="STSong-Light") -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(font))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, encrypt=encrypt)
    for page in lines:
        y = 800
        for text in page:
            pdf.setFont(font, 11)
            pdf.drawString(60, y, text)
            y -= 16
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_pdf_pages_lines_and_an_amount_split_over_two_lines(tmp_path):
    path = tmp_path / "r.pdf"
    path.write_bytes(_pdf([["示例国提交的报告"], ["示例国于 2021 年、2022 年和 2023 年分别捐助了 598", "000 美元、605 500 美元和 240 万亿美元。"]]))
    doc = read_document(str(path))
    assert doc.kind == "pdf"
    money = [(f.text, int(f.amount)) for f in extract_facts(doc.text) if f.kind == "money"]
    assert money == [("598 000 美元", 598000), ("605 500 美元", 605500), ("240 万亿美元", 240_000_000_000_000)]
    assert codes_at(doc) == [("AMT001", "page 2, line 2, column 20")]


def test_html_visible_text_only(tmp_path):
    path = tmp_path / "r.html"
    path.write_text(f"<html><head><title>x</title><script>var a = '专业知知识';</script></head>"
                    f"<body>\n<h1>报告</h1>\n<p>{AMOUNTS}</p><style>p {{}}</style></body></html>", encoding="utf-8")
    doc = read_document(str(path))
    assert "var a" not in doc.text and "p {}" not in doc.text
    assert codes_at(doc) == [("AMT001", "3:59")]


@pytest.mark.parametrize("name, data, code, message", [
    ("empty.txt", b"", "E004", "empty file"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "E002", "binary file"),
    ("corrupt.docx", b"PK\x03\x04not really a zip", "E005", "not a readable Word document"),
    ("zip.docx", None, "E005", "not a readable Word document"),
    ("truncated.pdf", None, "E005", ""),
    ("locked.pdf", None, "E007", "password-protected PDF"),
    ("scan.pdf", None, "E006", "no text layer"),
])
def test_bad_input_is_a_clear_error(tmp_path, name, data, code, message):
    path = tmp_path / name
    if name == "zip.docx":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("hello.txt", "not a document")
        data = buffer.getvalue()
    elif name == "truncated.pdf":
        data = _pdf([["示例国提交的报告"]])[:300]
    elif name == "locked.pdf":
        data = _pdf([["示例国提交的报告"]], encrypt="secret")
    elif name == "scan.pdf":
        from reportlab.pdfgen import canvas

        buffer = io.BytesIO()
        blank = canvas.Canvas(buffer)
        blank.rect(50, 50, 200, 200, fill=1)
        blank.showPage()
        blank.save()
        data = buffer.getvalue()
    path.write_bytes(data)
    with pytest.raises(ReadError) as info:
        read_document(str(path))
    assert info.value.code == code
    assert message in info.value.message


def test_one_bad_file_does_not_hide_the_others(tmp_path):
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4 truncated")
    (tmp_path / "b.txt").write_text(AMOUNTS, encoding="utf-8")
    (tmp_path / "c.png").write_bytes(b"\x89PNG")
    with open(os.path.join(os.fsencode(tmp_path), b"d\xff.txt"), "wb") as handle:  # a file name that is not UTF-8
        handle.write("专业知知识".encode("utf-8"))
    os.symlink(tmp_path / "loop", tmp_path / "loop")
    results = list(lint_paths([str(tmp_path), str(tmp_path / "loop")]))
    summary = [(os.path.basename(r.path), r.error.code if r.error else None, r.skipped is not None, [f.code for f in r.findings]) for r in results]
    assert summary == [
        ("a.pdf", "E005", False, []),
        ("b.txt", None, False, ["AMT001"]),
        ("c.png", None, True, []),
        ("d\udcff.txt", None, False, ["TXT001"]),
        ("loop", None, True, []),
        ("loop", "E001", False, []),
    ]


@pytest.mark.skipif(not (CORPUS / "pdf").exists(), reason="../shared/corpus/pdf is not available")
def test_real_pdfs(tmp_path):
    damaged = CORPUS / "pdf" / "g0917123.pdf"
    with pytest.raises(ReadError):
        read_document(str(damaged))
    doc = read_document(str(CORPUS / "pdf" / "g1923444.pdf"))
    assert doc.text.startswith("United Nations\nGeneral Assembly\nA/HRC/WG.6/34/SVN/1\n")
    assert [f.canonical for f in extract_facts(doc.text) if f.kind == "symbol"][0] == "A/HRC/WG.6/34/SVN/1"


def test_a_huge_file_is_refused_quickly(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: 200 MB without writing them
    with pytest.raises(ReadError) as info:
        read_document(str(path))
    assert (info.value.code, info.value.message) == ("E009", "too large to be a report: 200 MB (the limit is 64 MB)")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_an_unreadable_file_is_a_clear_error(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("专业知知识", encoding="utf-8")
    path.chmod(0)
    with pytest.raises(ReadError) as info:
        read_document(str(path))
    assert info.value.code == "E001" and "Permission denied" in info.value.message


@given(st.lists(st.sampled_from(["文本 240 万亿美元", "", "- 项目", "    缩进", "\t制表", "   \t代码", "```", " ~~~", "| a | b |", "  - 嵌套"]), max_size=12))
def test_markdown_prefilter_never_misses_a_code_block(lines):
    """Skipping the parse when no line could open a code block gives what the parse would."""
    from linter.readers import markdown

    text = "\n".join(lines) + "\n"
    document = markdown.read(text.encode("utf-8"), "r.md")
    assert document.ignored == tuple(markdown.code_blocks(Document(text)))
