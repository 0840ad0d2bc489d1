"""Issue 8's bug reports about the run itself: one file's failure never hides another's findings,
the exit status tells "could not check" from "findings", special files are never read, standard
input is bounded, damaged containers are read errors, and the ruff-style options behave."""
from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
import zipfile

import pytest
from click.testing import CliRunner

from linter import analysis, batch, engine
from linter.cli import main
from linter.config import Config
from linter.results import FileResult

REPORT = "示例国于 2021 年、2022 年和 2023 年分别捐助了 598 000 美元、605 500 美元和 240 万亿美元。\n"
CLEAN = "The Convention entered into force on 12 May 1995.\n"


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


@pytest.fixture
def crash_on_marker(monkeypatch):
    """Extraction fails for any document holding CRASH-ME, as a bug in an extractor would."""
    real = analysis.extract_facts

    def extract(text, *args):
        if "CRASH-ME" in text:
            raise ValueError("an extractor bug")
        return real(text, *args)

    monkeypatch.setattr(analysis, "extract_facts", extract)


def test_a_crash_in_one_file_is_its_internal_error_and_the_others_are_checked(tmp_path, crash_on_marker):
    (tmp_path / "a.txt").write_text("CRASH-ME\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(REPORT, encoding="utf-8")
    result = run("check", "--no-cache", "--no-show-source", "-j", "1", str(tmp_path))
    lines = result.output.splitlines()
    assert lines[0] == f"{tmp_path / 'a.txt'}: INT001 error internal error while checking this file: ValueError: an extractor bug"
    assert lines[1].startswith(f"{tmp_path / 'b.txt'}:1:56: AMT001 error")
    assert result.exit_code == 3


def test_verbose_prints_the_traceback(tmp_path, crash_on_marker):
    (tmp_path / "a.txt").write_text("CRASH-ME\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--no-cache", "-v", str(tmp_path / "a.txt")])
    assert "Traceback (most recent call last)" in result.stderr
    assert 'raise ValueError("an extractor bug")' in result.stderr
    assert "Traceback" not in run("check", "--no-cache", str(tmp_path / "a.txt")).stderr


def test_json_and_sarif_report_the_internal_error(tmp_path, crash_on_marker):
    (tmp_path / "a.txt").write_text("CRASH-ME\n", encoding="utf-8")
    report = json.loads(run("check", "--no-cache", "--format", "json", str(tmp_path / "a.txt")).output)
    assert [f["error"] for f in report["files"]] == [
        {"code": "INT001", "message": "internal error while checking this file: ValueError: an extractor bug"}]


def _die_on(path, config, *rest):
    """A task function for the pool: the worker process dies on one file."""
    if path.endswith("die.txt"):
        os._exit(9)
    return FileResult(path, config=config, skipped="checked")


def test_a_worker_that_dies_loses_only_its_own_file():
    tasks = [(f"f{i}.txt", Config()) for i in range(5)] + [("die.txt", Config())] + [(f"g{i}.txt", Config()) for i in range(5)]
    results = list(engine.in_pool(_die_on, tasks, 2))
    assert [r.path for r in results] == [t[0] for t in tasks]
    assert [r.error.code if r.error else r.skipped for r in results] == ["checked"] * 5 + ["INT001"] + ["checked"] * 5
    assert results[5].error.message.startswith("internal error in a worker process: BrokenProcessPool")


def test_exit_codes_tell_unchecked_input_from_findings(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\x00binary")
    (tmp_path / "findings.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    assert run("check", "--no-cache", str(tmp_path / "clean.txt")).exit_code == 0
    assert run("check", "--no-cache", str(tmp_path / "findings.txt")).exit_code == 1
    assert run("check", "--no-cache", "--exit-zero", str(tmp_path / "findings.txt")).exit_code == 0
    assert run("check", "--no-cache", str(tmp_path / "bad.txt"), str(tmp_path / "findings.txt")).exit_code == 3
    assert run("check", "--no-cache", "--exit-zero", str(tmp_path / "bad.txt")).exit_code == 3
    help_text = run("check", "--help").output
    assert "3  some input could not be checked" in help_text and "1  findings at or above the fail level" in help_text


def test_fifos_are_skipped_with_a_note_never_opened(tmp_path):
    (tmp_path / "reports").mkdir()
    fifo = tmp_path / "reports" / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "reports" / "r.txt").write_text(REPORT, encoding="utf-8")
    for target in (str(fifo), str(tmp_path / "reports")):
        # a subprocess with a timeout: a hang must fail the test, not block it
        done = subprocess.run([sys.executable, "-m", "linter", "check", "--no-cache", "--no-show-source", target],
                              capture_output=True, text=True, timeout=60)
        assert f"{fifo}: note: skipped: a FIFO (named pipe), not a regular file" in done.stdout + done.stderr
    assert "AMT001" in done.stdout  # the folder's report is still checked


def test_a_device_named_on_the_command_line_is_skipped():
    done = subprocess.run([sys.executable, "-m", "linter", "check", "--no-cache", "/dev/zero"], capture_output=True, text=True, timeout=60)
    assert done.stderr.splitlines() == ["/dev/zero: note: skipped: a device, not a regular file", "treatylint: no files to check"]
    assert done.returncode == 2  # nothing left to check


def test_standard_input_is_read_up_to_the_size_limit(monkeypatch):
    monkeypatch.setattr(engine, "MAX_BYTES", 1000)
    result = run("check", "--no-cache", "-", input="1 " * 600)
    assert result.output.splitlines()[0] == "<stdin>: E009 error too large to be a report: more than 0 MB (the limit is 0 MB)"
    assert result.exit_code == 3


def test_endless_input_is_not_read_to_its_end():
    code = ("import sys; sys.argv = ['treatylint', 'check', '--no-cache', '-'];"
            "from linter import engine; engine.MAX_BYTES = 1 << 20; from linter.cli import main; main()")
    with open("/dev/zero", "rb") as zero:
        done = subprocess.run([sys.executable, "-c", code], stdin=zero, capture_output=True, text=True, timeout=60)
    assert "E009" in done.stdout and done.returncode == 3


def _docx_with_broken_xml() -> bytes:
    from docx import Document

    good = io.BytesIO()
    Document().save(good)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good.getvalue())) as source, zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            target.writestr(name, data[: len(data) // 2] if name == "word/document.xml" else data)
    return out.getvalue()


def _pdf(mediabox: bytes) -> bytes:
    """A one-page PDF with a proper cross-reference table and the given MediaBox."""
    content = b"BT /F1 12 Tf 72 712 Td (Paid 2020) Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox " + mediabox + b" /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


@pytest.mark.parametrize("name, data, message", [
    ("broken.docx", _docx_with_broken_xml(), "E005 error not a readable Word document: XMLSyntaxError: "),
    ("huge.pdf", _pdf(b"[0 0 " + b"9" * 400 + b" 792]"), "E005 error damaged PDF: OverflowError: int too large to convert to float"),
], ids=["malformed-docx-xml", "pdf-huge-integer"])
def test_damaged_containers_are_read_errors_even_in_parallel(tmp_path, name, data, message):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "z.txt").write_text(REPORT, encoding="utf-8")
    for jobs in ("1", "2"):
        result = run("check", "--no-cache", "--no-show-source", "-j", jobs, str(tmp_path))
        assert result.output.splitlines()[0].startswith(f"{tmp_path / name}: {message}")
        assert "AMT001" in result.output and result.exit_code == 3
    assert _pdf(b"[0 0 612 792]")  # the same PDF with a sane MediaBox is read (see below)


def test_the_sane_twin_pdf_is_read(tmp_path):
    (tmp_path / "ok.pdf").write_bytes(_pdf(b"[0 0 612 792]"))
    assert engine.read_document(str(tmp_path / "ok.pdf")).text == "Paid 2020\n"


def test_a_zip_bomb_docx_is_refused_before_it_is_unpacked(tmp_path, monkeypatch):
    from linter.readers import docx as docx_reader

    monkeypatch.setattr(docx_reader, "MAX_UNPACKED", 1000)
    (tmp_path / "bomb.docx").write_bytes(_docx_with_broken_xml())
    result = run("check", "--no-cache", str(tmp_path / "bomb.docx"))
    assert "E009 error unpacks to 0 MB: too large to be a report" in result.output


def test_stdin_filename_names_the_report_for_configuration_format_and_output(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    (tmp_path / "treatylint.toml").write_text('[per-file-ignores]\n"drafts/*" = ["AMT001"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    text = "```\n240 万亿美元\n```\n\n" + REPORT
    named = json.loads(run("check", "--format", "json", "--stdin-filename", "report.md", "-", input=text).output)
    assert [(f["path"], f["code"], f["line"]) for f in named["findings"]] == [("report.md", "AMT001", 5)]  # not in the code block
    ignored = json.loads(run("check", "--format", "json", "--stdin-filename", "drafts/report.md", "-", input=text).output)
    assert ignored["findings"] == []


def test_fix_never_writes_the_file_standard_input_is_named_after(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.txt").write_text("the the report\n", encoding="utf-8")
    run("check", "--fix", "--stdin-filename", "r.txt", "-", input="the the report\n")
    assert (tmp_path / "r.txt").read_text(encoding="utf-8") == "the the report\n"


def test_force_exclude_and_extend_exclude(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    (tmp_path / "treatylint.toml").write_text('exclude = ["archive/*"]\n', encoding="utf-8")
    for name in ("archive/old.txt", "drafts/new.txt", "r.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(REPORT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def checked(*args):
        return sorted({os.path.normpath(f["path"]) for f in json.loads(run("check", "--no-cache", "--format", "json", *args).output)["findings"]})

    assert checked("archive/old.txt", "r.txt") == ["archive/old.txt", "r.txt"]  # named files are checked
    assert checked("--force-exclude", "archive/old.txt", "r.txt") == ["r.txt"]
    assert checked("--extend-exclude", "drafts/*", ".") == ["r.txt"]


def test_output_format_is_an_alias_and_colour_can_be_forced(tmp_path):
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    assert json.loads(run("check", "--no-cache", "--output-format", "json", str(tmp_path)).output)["findings"]
    assert "\033[31merror\033[0m" in run("check", "--no-cache", "--color", "always", str(tmp_path)).output
    assert "\033[" not in run("check", "--no-cache", "--color", "never", str(tmp_path)).output


def test_every_option_of_every_command_has_help():
    import click

    missing = [f"{name} {p.name}" for name, command in main.commands.items() for p in command.params
               if isinstance(p, click.Option) and not p.help]
    assert missing == []


@pytest.mark.parametrize("content, message", [
    (b"not a database at all, just text", "not a SQLite database, so not a treatylint results database"),
    (None, "the database of another application (tables: notes), not a treatylint results database"),
], ids=["not-sqlite", "other-application"])
def test_batch_never_writes_into_a_file_that_is_not_its_database(tmp_path, content, message):
    db = tmp_path / "other.sqlite"
    if content is None:
        with sqlite3.connect(db) as other:
            other.execute("CREATE TABLE notes (body TEXT)")
    else:
        db.write_bytes(content)
    before = db.read_bytes()
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    for args in (["batch", str(tmp_path / "r.txt"), "--db", str(db)], ["batch", "--report", str(db)]):
        result = run(*args)
        assert result.exit_code == 2 and message in result.output and "Traceback" not in result.output
    assert db.read_bytes() == before


def test_dask_workers_get_absolute_paths(tmp_path, monkeypatch):
    from linter import distributed

    assert distributed.for_workers("reports/a.txt") == os.path.abspath("reports/a.txt")
    assert distributed.for_workers("memory://reports/a.txt") == "memory://reports/a.txt"


def test_batch_records_a_crash_as_that_documents_error(tmp_path, crash_on_marker):
    (tmp_path / "a.txt").write_text("CRASH-ME\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(REPORT, encoding="utf-8")
    checked, failed = batch.run([str(tmp_path)], str(tmp_path / "r.sqlite"), Config(), jobs=1)
    assert (checked, failed) == (2, 1)
    with sqlite3.connect(tmp_path / "r.sqlite") as db:
        rows = db.execute("SELECT path, status, error, findings FROM documents ORDER BY path").fetchall()
    assert rows[0] == (str(tmp_path / "a.txt"), "error", "INT001 internal error while checking this file: ValueError: an extractor bug", 0)
    assert rows[1][1:] == ("ok", None, 1)


def test_watch_checks_again_when_a_report_changes(tmp_path):
    import signal
    import time

    report = tmp_path / "r.txt"
    report.write_text(CLEAN, encoding="utf-8")
    process = subprocess.Popen([sys.executable, "-m", "linter", "check", "--watch", "--no-cache", "--no-show-source", str(tmp_path)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    import threading

    watchdog = threading.Timer(60, process.kill)  # a hang ends the child, so readline() returns
    watchdog.start()
    try:
        deadline = time.monotonic() + 30
        first = process.stdout.readline()
        assert first == "Checked 1 file: no findings.\n"
        time.sleep(0.5)  # the watcher is set up after the first check
        report.write_text(REPORT, encoding="utf-8")
        lines = []
        while time.monotonic() < deadline and not any(line.startswith("Checked 1 file: 1 finding") for line in lines):
            lines.append(process.stdout.readline())
        assert any(line.startswith(f"{report}:1:56: AMT001 error") for line in lines)
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)
        watchdog.cancel()
    assert process.returncode == 0
    assert "changed: " in process.stderr.read()


def test_concise_format_and_show_fixes(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("示例国的的报告。\n" + REPORT, encoding="utf-8")
    concise = run("check", "--no-cache", "--format", "concise", "--show-fixes", str(report))
    lines = concise.output.splitlines()
    assert lines[0] == f"{report}:1:4: TXT001 [*] 的 is doubled in 例国的的报告"
    assert lines[1].startswith(f"{report}:2:56: AMT001 240 万亿美元 is USD 240 000 000 000 000")
    assert lines[2:] == ["Found 2 findings.", "[*] 1 fixable with the `--fix` option."]
    fixed = run("check", "--no-cache", "--fix", "--show-fixes", "--no-show-source", str(report))
    assert fixed.stdout.splitlines()[:3] == ["Fixed 1 finding:", f"- {report}:", "    1 × TXT001 (doubled-character)"]
    assert report.read_text(encoding="utf-8").startswith("示例国的报告。\n")
