"""Many files: parallel checking keeps the order and the results (the cache: tests/test_cache.py)."""
from __future__ import annotations

import os

import pytest

from linter.config import Config
from linter.engine import lint_paths

REPORT = "示例国于 2021 年、2022 年和 2023 年分别捐助了 598 000 美元、605 500 美元和 240 万亿美元。\n专业知知识。\n"


def summary(results):
    return [(os.path.basename(r.path), r.error.code if r.error else None, [(f.code, f.start, f.message) for f in r.findings]) for r in results]


@pytest.fixture
def folder(tmp_path):
    (tmp_path / ".git").mkdir()
    for i in range(12):
        body = REPORT if i % 3 else "见 www.un.org/a。\n见 www.un.org/a。\n"
        (tmp_path / f"r{i:02d}.txt").write_text(body * (i + 1), encoding="utf-8")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 nothing")
    return tmp_path


def test_parallel_results_equal_sequential_ones_in_the_same_order(folder):
    sequential = summary(lint_paths([str(folder)], jobs=1))
    parallel = summary(lint_paths([str(folder)], jobs=2))
    assert parallel == sequential
    assert [name for name, _, _ in sequential] == ["broken.pdf"] + [f"r{i:02d}.txt" for i in range(12)]
    assert sequential[0][1] == "E005"


# ---------------------------------------------------------------- the SQLite archive run
import json  # noqa: E402
import signal  # noqa: E402
import sqlite3  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

from linter import batch  # noqa: E402
from tests.conftest import SAMPLES  # noqa: E402


def database(db: str) -> tuple[list, list]:
    connection = sqlite3.connect(db)
    documents = connection.execute("SELECT * FROM documents ORDER BY id").fetchall()
    findings = connection.execute("SELECT * FROM findings ORDER BY document_id, seq").fetchall()
    connection.close()
    return documents, findings


@pytest.fixture
def archive(tmp_path):
    root = tmp_path / "archive"
    root.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.md"))]
    for i in range(48):
        (root / f"{i:03d}-report.md").write_text(texts[i % len(texts)] + f"\n<!-- copy {i} -->\n", encoding="utf-8")
    (root / "zz-broken.txt").write_bytes(b"\x00binary")
    return root


def test_archive_run_report_and_export(archive, tmp_path):
    db = str(tmp_path / "results.sqlite")
    checked, failed = batch.run([str(archive)], db, Config(), jobs=2)
    assert (checked, failed) == (49, 1)
    documents, findings = database(db)
    assert len(documents) == 49 and documents[-1][8:10] == ("error", "E002 binary file (NUL byte at offset 0); not a text report")
    assert documents[0][3:7] == ("markdown", "en", "NPT/CONF.2026/PC.III/21", "2025-03-12")
    assert len(findings) == sum(d[10] for d in documents) > 0
    assert batch.run([str(archive)], db, Config()) == (0, 0)  # everything recorded: nothing to do
    (archive / "000-report.md").write_text("专业知知识。\n", encoding="utf-8")
    assert batch.run([str(archive)], db, Config()) == (1, 0)  # a changed document is checked again
    summary = batch.report(db)
    assert summary.startswith("49 documents, 1 could not be read, ")
    assert "Findings per rule:" in summary and "Most affected documents:" in summary
    lines = batch.export(db, "jsonl").splitlines()
    assert json.loads(lines[0])["path"].endswith("000-report.md") and json.loads(lines[0])["code"] == "TXT001"
    assert batch.export(db, "csv").splitlines()[0] == ",".join(batch.EXPORT_COLUMNS)


def test_memory_filesystem(tmp_path):
    fsspec = pytest.importorskip("fsspec")
    fs = fsspec.filesystem("memory")
    fs.pipe("/drafts/a.txt", "专业知知识。\n".encode("utf-8"))
    fs.pipe("/drafts/b.md", "见 www.un.org/a。\n见 www.un.org/a。\n".encode("utf-8"))
    db = str(tmp_path / "m.sqlite")
    assert batch.run(["memory://drafts"], db, Config()) == (2, 0)
    documents, findings = database(db)
    assert [(d[1], d[10]) for d in documents] == [("memory://drafts/a.txt", 1), ("memory://drafts/b.md", 1)]


def _command(*args) -> list[str]:
    return [sys.executable, "-m", "linter", "batch", *args]


@pytest.mark.parametrize("kill_after", [3, 17, 40])
def test_killed_and_resumed_run_equals_an_uninterrupted_one(archive, tmp_path, kill_after):
    whole = str(tmp_path / "whole.sqlite")
    subprocess.run(_command(str(archive), "--db", whole, "-j", "1", "-q"), check=False, capture_output=True, timeout=300)
    resumed = str(tmp_path / "resumed.sqlite")
    process = subprocess.Popen(_command(str(archive), "--db", resumed, "-j", "1", "-q"), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        try:
            connection = sqlite3.connect(resumed, timeout=1)
            done = connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
            connection.close()
        except sqlite3.Error:
            done = 0
        if done >= kill_after:
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(0.01)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL, "the run finished before it could be killed"
    subprocess.run(_command(str(archive), "--db", resumed, "-j", "1", "-q"), check=False, capture_output=True, timeout=300)
    assert database(resumed) == database(whole)


def test_dask_local_cluster_equals_the_local_run(archive, tmp_path):
    pytest.importorskip("dask.distributed")
    local = str(tmp_path / "local.sqlite")
    on_dask = str(tmp_path / "dask.sqlite")
    batch.run([str(archive)], local, Config(), jobs=1)
    batch.run([str(archive)], on_dask, Config(), dask="local")
    assert database(on_dask) == database(local)
