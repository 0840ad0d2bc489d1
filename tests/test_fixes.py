"""--fix applies safe fixes only and changes only their spans' bytes (encoding, byte-order mark,
line endings and every other byte kept); it writes through symbolic links, keeps hard links, mode
and owner, refuses read-only files and files changed since they were read, and leaves no temporary
file when a write fails; --diff shows the fixes."""
from __future__ import annotations

import codecs
import errno
import hashlib
import os
import stat

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter import fixes
from linter.cli import main
from linter.engine import check_file
from linter.config import Config
from linter.document import Document
from linter.rule import Finding, Fix, Severity

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
    assert fixes.write(result.document, [f.fix for f in applied]) == "it changed on disk since it was read; run treatylint again"
    assert path.read_bytes().decode("utf-8") == TEXT + "新的一行。\n"


def test_only_safe_fixes_and_no_overlaps():
    findings = [
        Finding("TXT001", "doubled-character", Severity.WARNING, 0, 2, "m", fix=Fix(1, 2, "", safe=True)),
        Finding("X", "x", Severity.WARNING, 1, 3, "m", fix=Fix(1, 3, "Z", safe=True)),
        Finding("AMT001", "implausible-amount", Severity.ERROR, 3, 4, "m", fix=Fix(3, 4, "Q", safe=False)),
    ]
    assert fixes.fixed_text("aabcd", findings) == ("abcd", [findings[0]])


# --- writing safely: links, permissions, byte-exact splicing, failures -------------------------

# (the encoding name `linter.document.decode` gives, the byte-order mark, the codec of the rest)
ENCODINGS = [("utf-8", b"", "utf-8"), ("utf-8-sig", codecs.BOM_UTF8, "utf-8"),
             ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"), ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
             ("gb18030", b"", "gb18030"), ("big5", b"", "big5")]


def _is_big5_character(pair: bytes) -> bool:
    try:
        return len(pair.decode("big5")) == 1
    except UnicodeDecodeError:
        return False


def _big5_pairs() -> list[bytes]:
    """Every two-byte sequence Big5 decodes to one character."""
    pairs = (bytes((lead, trail)) for lead in range(0x81, 0xFF) for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)))
    return [pair for pair in pairs if _is_big5_character(pair)]


BIG5_PAIRS = _big5_pairs()
BIG5_NOT_ROUND_TRIP = [pair for pair in BIG5_PAIRS if pair.decode("big5").encode("big5") != pair]


def _document(path, encoding: str, kind: str = "text"):
    """The Document check would build for the file, in a known encoding (detection aside)."""
    data = path.read_bytes()
    bom, codec = next((bom, codec) for name, bom, codec in ENCODINGS if name == encoding)
    document = Document(data[len(bom):].decode(codec), str(path), encoding=encoding, kind=kind)
    document.source_digest = hashlib.sha256(data).hexdigest()
    return document


def _fix(document, *edits):
    findings = [Finding("TXT001", "doubled-character", Severity.WARNING, s, e, "m", fix=Fix(s, e, r, safe=True)) for s, e, r in edits]
    return fixes.write(document, [f.fix for f in fixes.fixed_text(document.text, findings)[1]])


def test_a_symlink_is_written_through_to_its_target(tmp_path):
    (tmp_path / "docs").mkdir()
    real = tmp_path / "docs" / "real.md"
    real.write_text(TEXT, encoding="utf-8", newline="")
    link = tmp_path / "link.md"
    link.symlink_to("docs/real.md")
    result = run("check", "--fix", "--no-cache", str(link))
    assert f"{link}: fixed 2 findings" in result.output
    assert link.is_symlink() and os.readlink(link) == "docs/real.md"
    assert real.read_bytes() == FIXED.encode("utf-8")


@pytest.mark.parametrize("break_it, reason", [
    (lambda real, link: real.unlink(), "symbolic link to 'real.md' that cannot be followed (No such file or directory)"),
    (lambda real, link: (real.unlink(), real.symlink_to("link.md")), "symbolic link to 'real.md' that cannot be followed (Too many levels of symbolic links)"),
], ids=["dangling", "loop"])
def test_a_link_that_leads_nowhere_is_refused(tmp_path, break_it, reason):
    real, link = tmp_path / "real.md", tmp_path / "link.md"
    real.write_text("知知识\n", encoding="utf-8")
    link.symlink_to("real.md")
    document = _document(link, "utf-8")
    break_it(real, link)
    names = sorted(p.name for p in tmp_path.iterdir())
    assert _fix(document, (1, 2, "")) == reason
    assert link.is_symlink() and os.readlink(link) == "real.md"
    assert sorted(p.name for p in tmp_path.iterdir()) == names and not real.is_file()


def test_hard_links_keep_their_inode_and_all_see_the_fix(tmp_path):
    first, second = tmp_path / "a.md", tmp_path / "b.md"
    first.write_text(TEXT, encoding="utf-8", newline="")
    os.link(first, second)
    inode = first.stat().st_ino
    result = run("check", "--fix", "--no-cache", str(first))
    assert f"{first}: fixed 2 findings" in result.output
    assert first.stat().st_ino == second.stat().st_ino == inode and first.stat().st_nlink == 2
    assert second.read_bytes() == first.read_bytes() == FIXED.encode("utf-8")


def test_a_failed_write_in_place_puts_the_original_back(tmp_path, monkeypatch):
    first, second = tmp_path / "a.md", tmp_path / "b.md"
    first.write_text(TEXT, encoding="utf-8", newline="")
    os.link(first, second)
    document = _document(first, "utf-8", kind="markdown")
    monkeypatch.setattr(os, "fsync", _raise(errno.ENOSPC))
    assert _fix(document, (len("示例国将专业知"), len("示例国将专业知知"), "")) == "cannot write it: No space left on device"
    assert first.read_bytes() == second.read_bytes() == TEXT.encode("utf-8")
    assert first.stat().st_ino == second.stat().st_ino
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "b.md"]


def test_another_users_file_is_rewritten_in_place(tmp_path, monkeypatch):
    path = tmp_path / "r.md"
    path.write_text("知知识\n", encoding="utf-8")
    inode = path.stat().st_ino
    monkeypatch.setattr(os, "geteuid", lambda: path.stat().st_uid + 1)  # not root and not the owner
    assert _fix(_document(path, "utf-8"), (1, 2, "")) is None
    assert path.read_bytes() == "知识\n".encode("utf-8") and path.stat().st_ino == inode


def test_a_read_only_file_is_refused_even_for_root(tmp_path):
    path = tmp_path / "r.md"
    path.write_text(TEXT, encoding="utf-8", newline="")
    path.chmod(0o444)
    result = run("check", "--fix", "--no-cache", str(path))
    assert f"{path}: not fixed: read-only file (no write permission)" in result.output
    assert path.read_bytes() == TEXT.encode("utf-8")
    assert stat.S_IMODE(path.stat().st_mode) == 0o444


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another owner needs root")
def test_an_ordinary_file_is_replaced_keeping_its_mode_and_owner(tmp_path):
    path = tmp_path / "r.md"
    path.write_text(TEXT, encoding="utf-8", newline="")
    path.chmod(0o640)
    os.chown(path, 1234, 2345)
    inode = path.stat().st_ino
    result = run("check", "--fix", "--no-cache", str(path))
    assert f"{path}: fixed 2 findings" in result.output
    status = path.stat()
    assert (stat.S_IMODE(status.st_mode), status.st_uid, status.st_gid) == (0o640, 1234, 2345)
    assert status.st_ino != inode  # replaced by a rename, not rewritten
    assert [p.name for p in tmp_path.iterdir()] == ["r.md"]


def test_big5_bytes_outside_the_fix_are_kept(tmp_path):
    assert BIG5_NOT_ROUND_TRIP  # Big5 has characters whose bytes re-encode to other bytes
    path = tmp_path / "r.txt"
    prefix = b"Big5 " + b"".join(BIG5_NOT_ROUND_TRIP) + "知".encode("big5")
    suffix = "識".encode("big5") + b"".join(BIG5_NOT_ROUND_TRIP) + b"\r\n"
    path.write_bytes(prefix + "知".encode("big5") + suffix)
    document = _document(path, "big5")
    doubled = 5 + len(BIG5_NOT_ROUND_TRIP) + 1
    assert document.text[doubled] == "知"
    assert _fix(document, (doubled, doubled + 1, "")) is None
    assert path.read_bytes() == prefix + suffix


def test_a_text_that_starts_with_a_zero_width_no_break_space_after_the_bom(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes(codecs.BOM_UTF8 + "\ufeff知知識\r\n".encode("utf-8"))
    assert _fix(_document(path, "utf-8-sig"), (2, 3, "")) is None
    assert path.read_bytes() == codecs.BOM_UTF8 + "\ufeff知識\r\n".encode("utf-8")


def test_a_replacement_the_encoding_cannot_hold_is_refused(tmp_path):
    path = tmp_path / "r.txt"
    data = "知知識\r\n".encode("big5")
    path.write_bytes(data)
    assert _fix(_document(path, "big5"), (1, 2, "国")) == "the replacement '国' cannot be written in big5"
    assert path.read_bytes() == data


def _raise(number):
    def fail(*args, **kwargs):
        raise OSError(number, os.strerror(number))
    return fail


@pytest.mark.parametrize("name, number", [("replace", errno.EXDEV), ("fsync", errno.ENOSPC), ("open", errno.EACCES)])
def test_a_failed_write_leaves_no_temporary_file(tmp_path, monkeypatch, name, number):
    path = tmp_path / "r.md"
    path.write_text("知知识\n", encoding="utf-8")
    document = _document(path, "utf-8")
    monkeypatch.setattr(os, name, _raise(number))  # os.open: the folder refuses a new file
    assert _fix(document, (1, 2, "")) == f"cannot write it: {os.strerror(number)}"
    assert [p.name for p in tmp_path.iterdir()] == ["r.md"]
    assert path.read_bytes() == "知知识\n".encode("utf-8")


def _units(codec: str):
    """One character's bytes in `codec`: CJK, CRLF, astral characters where the encoding has them,
    and for Big5 every byte pair it decodes (those that re-encode differently too)."""
    line_ends = st.sampled_from(["\r\n", "\n", "\r"]).map(lambda end: [c.encode(codec) for c in end])
    if codec == "big5":
        one = st.one_of(st.sampled_from(BIG5_PAIRS), st.sampled_from(BIG5_NOT_ROUND_TRIP),
                        st.characters(min_codepoint=0x20, max_codepoint=0x7E).map(str.encode))
    else:
        one = st.one_of(st.characters(exclude_categories=("Cs",)), st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
                        st.characters(min_codepoint=0x10000, exclude_categories=("Cs",))).map(lambda c: c.encode(codec))
    return st.lists(st.one_of(one.map(lambda unit: [unit]), line_ends), max_size=40).map(lambda runs: [u for run in runs for u in run])


def _replacements(codec: str):
    if codec == "big5":
        return st.lists(st.sampled_from(BIG5_PAIRS).map(lambda pair: pair.decode("big5")), max_size=3).map("".join)
    return st.text(max_size=3)


@pytest.mark.parametrize("encoding, bom, codec", ENCODINGS)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_written_bytes_change_only_inside_the_fixed_spans(tmp_path, encoding, bom, codec, data):
    units = data.draw(_units(codec))
    cuts = sorted(data.draw(st.lists(st.integers(0, len(units)), max_size=6)))
    spans = [(cuts[i], cuts[i + 1], data.draw(_replacements(codec))) for i in range(0, len(cuts) - 1, 2)]
    path = tmp_path / "r.txt"
    path.write_bytes(bom + b"".join(units))
    document = _document(path, encoding)
    assert _fix(document, *spans) is None
    expected, text, previous = [bom], [], 0  # the original characters' bytes, the replacements between
    for start, end, replacement in spans:
        expected += [*units[previous:start], replacement.encode(codec)]
        text += [document.text[previous:start], replacement]
        previous = end
    expected += units[previous:]
    written = path.read_bytes()
    assert written == b"".join(expected)
    assert written[len(bom):].decode(codec) == "".join(text) + document.text[previous:]
