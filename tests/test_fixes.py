"""--fix applies safe fixes only, atomically, keeping the encoding, the byte-order mark and the
line endings; --diff shows them; a file changed since it was read is left alone."""
from __future__ import annotations

import codecs

import pytest
from click.testing import CliRunner

from linter import fixes
from linter.cli import main
from linter.engine import check_file
from linter.config import Config

TEXT = "示例国将专业知知识转让给区域中心。\r\n- 三. 和平利用核能**\r\n见 [报告](https://undocs.org/A/57/124)。\r\n示例国于 2021 年、2022 年和 2023 年分别捐助了 598 000 美元、605 500 美元和 240 万亿美元。\r\n"
FIXED = "示例国将专业知识转让给区域中心。\r\n- 三. 和平利用核能\r\n见 [报告](https://undocs.org/A/57/124)。\r\n示例国于 2021 年、2022 年和 2023 年分别捐助了 598 000 美元、605 500 美元和 240 万亿美元。\r\n"


def run(*args):
    return CliRunner().invoke(main, list(args))


@pytest.mark.parametrize("encoding, bom", [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE), ("gb18030", b"")])
def test_fix_keeps_encoding_bom_and_line_endings(tmp_path, encoding, bom):
    path = tmp_path / "r.md"
    path.write_bytes(bom + (TEXT * 3).encode(encoding))
    result = run("check", "--fix", "--no-cache", "--no-show-source", str(path))
    assert f"{path}: fixed 6 findings" in result.output
    assert path.read_bytes() == bom + (FIXED * 3).encode(encoding)
    assert "AMT001" in result.output and "TXT001" not in result.output  # the unsafe amount fix is only suggested
    assert result.exit_code == 1


def test_diff_changes_nothing(tmp_path):
    path = tmp_path / "r.md"
    path.write_text(TEXT, encoding="utf-8", newline="")
    result = run("check", "--diff", "--no-cache", str(path))
    assert result.exit_code == 1
    assert "-示例国将专业知知识转让给区域中心。\n-- 三. 和平利用核能**\n+示例国将专业知识转让给区域中心。\n+- 三. 和平利用核能\n" in result.output  # click's output shows \r\n as \n
    assert f"--- {path}\n+++ {path}\n" in result.output
    assert path.read_bytes().decode("utf-8") == TEXT


def test_file_changed_since_read_is_not_overwritten(tmp_path):
    path = tmp_path / "r.md"
    path.write_text(TEXT, encoding="utf-8", newline="")
    result = check_file(str(path), Config())
    path.write_text(TEXT + "新的一行。\n", encoding="utf-8", newline="")
    new_text, applied = fixes.fixed_text(result.document.text, result.findings)
    assert len(applied) == 2
    assert fixes.write(result.document, new_text) == "it changed on disk since it was read; run treatylint again"
    assert path.read_bytes().decode("utf-8") == TEXT + "新的一行。\n"


def test_only_safe_fixes_and_no_overlaps():
    from linter.rule import Finding, Fix, Severity

    findings = [
        Finding("TXT001", "doubled-character", Severity.WARNING, 0, 2, "m", fix=Fix(1, 2, "", safe=True)),
        Finding("X", "x", Severity.WARNING, 1, 3, "m", fix=Fix(1, 3, "Z", safe=True)),
        Finding("AMT001", "implausible-amount", Severity.ERROR, 3, 4, "m", fix=Fix(3, 4, "Q", safe=False)),
    ]
    assert fixes.fixed_text("aabcd", findings) == ("abcd", [findings[0]])
