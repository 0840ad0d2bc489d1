"""Many files: parallel checking keeps the order and the results; the cache hits, misses when it
must, and never trusts a corrupted entry."""
from __future__ import annotations

import glob
import os

import pytest

from linter import engine
from linter.config import Config
from linter.engine import Configs, check_file, lint_paths

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


def test_cache_hits_and_invalidation(folder, tmp_path_factory, monkeypatch):
    cache = str(tmp_path_factory.mktemp("cache"))
    path = str(folder / "r01.txt")
    first = check_file(path, Config(), cache)
    assert [f.code for f in first.findings] == ["AMT001", "TXT001"] * 2
    assert len(glob.glob(os.path.join(cache, "*", "*.json"))) == 1

    def no_linting(*args, **kwargs):
        raise AssertionError("the cache should have answered")

    monkeypatch.setattr(engine, "lint_document", no_linting)
    hit = check_file(path, Config(), cache)
    assert summary([hit]) == summary([first]) and hit.document.text == first.document.text
    monkeypatch.undo()
    # a different configuration is a different entry
    other = check_file(path, Config(ignore=("TXT",)), cache)
    assert [f.code for f in other.findings] == ["AMT001", "AMT001"]
    assert len(glob.glob(os.path.join(cache, "*", "*.json"))) == 2
    # a changed file is a different entry
    (folder / "r01.txt").write_text("专业知知识。\n", encoding="utf-8")
    assert [f.code for f in check_file(path, Config(), cache).findings] == ["TXT001"]


def test_corrupted_cache_entry_is_discarded(folder, tmp_path_factory):
    cache = str(tmp_path_factory.mktemp("cache"))
    path = str(folder / "r01.txt")
    expected = summary([check_file(path, Config(), cache)])
    (entry,) = glob.glob(os.path.join(cache, "*", "*.json"))
    with open(entry, "w", encoding="utf-8") as handle:
        handle.write('{"document": {"text": 5}, "findings": [')
    assert summary([check_file(path, Config(), cache)]) == expected
    with open(entry, encoding="utf-8") as handle:
        assert handle.read().startswith('{"document": {"text": "示例国')  # rewritten, whole


def test_cached_extracted_documents_keep_their_locations(tmp_path, tmp_path_factory):
    import io

    import docx

    word = docx.Document()
    word.add_paragraph("报告")
    word.add_paragraph("示例国将专业知知识转让给区域中心。")
    buffer = io.BytesIO()
    word.save(buffer)
    path = tmp_path / "r.docx"
    path.write_bytes(buffer.getvalue())
    cache = str(tmp_path_factory.mktemp("cache"))
    cold = check_file(str(path), Config(), cache)
    warm = check_file(str(path), Config(), cache)
    where = lambda r: [r.document.where(f.start) for f in r.findings]
    assert where(cold) == where(warm) == ["paragraph 2, column 7"]
