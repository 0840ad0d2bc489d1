"""The result cache: hits report exactly what a fresh run reports, entries are plain data read as
hostile input (a planted pickle never runs), a directory another user controls is refused, and
other versions' entries are pruned."""
from __future__ import annotations

import glob
import hashlib
import json
import os
import pickle
import stat

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from linter import cache as cache_module
from linter import engine
from linter.cache import ResultCache, code_fingerprint
from linter.cli import main
from linter.config import Config
from linter.document import Document, Locator
from linter.engine import check_file
from linter.results import FileResult
from linter.report import ci, html, json_report, sarif, text
from linter.rule import Finding, Fix, Related, Severity
from tests.conftest import CORPUS, SAMPLES, SEED, needs_shared
from tests.test_batch import REPORT, summary


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "r01.txt"
    path.write_text(REPORT * 2, encoding="utf-8")
    return path


def entries(cache: str) -> list[str]:
    return sorted(glob.glob(os.path.join(cache, "*", "*.json")))


def no_linting(*args, **kwargs):
    raise AssertionError("the cache should have answered")


# ---------------------------------------------------------------- hits, misses, damage

def test_cache_hits_and_invalidation(report, tmp_path_factory, monkeypatch):
    cache = str(tmp_path_factory.mktemp("cache"))
    path = str(report)
    first = check_file(path, Config(), cache)
    assert [f.code for f in first.findings] == ["AMT001", "TXT001"] * 2
    assert [os.path.basename(os.path.dirname(e)) for e in entries(cache)] == [code_fingerprint()]

    monkeypatch.setattr(engine, "lint", no_linting)
    hit = check_file(path, Config(), cache)
    assert summary([hit]) == summary([first]) and hit.document.text == first.document.text
    monkeypatch.undo()
    # a different configuration is a different entry
    other = check_file(path, Config(ignore=("TXT",)), cache)
    assert [f.code for f in other.findings] == ["AMT001", "AMT001"]
    assert len(entries(cache)) == 2
    # a changed file is a different entry
    report.write_text("专业知知识。\n", encoding="utf-8")
    assert [f.code for f in check_file(path, Config(), cache).findings] == ["TXT001"]


def test_corrupted_cache_entry_is_discarded(report, tmp_path_factory):
    cache = str(tmp_path_factory.mktemp("cache"))
    path = str(report)
    expected = summary([check_file(path, Config(), cache)])
    (entry,) = entries(cache)
    with open(entry, "rb") as handle:
        whole = handle.read()
    for damaged in (whole[: len(whole) // 2], whole[:-1] + b"x", b"not a cache entry"):
        with open(entry, "wb") as handle:
            handle.write(damaged)
        assert summary([check_file(path, Config(), cache)]) == expected
        with open(entry, "rb") as handle:
            assert handle.read() == whole  # discarded, recomputed, rewritten whole


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


def test_a_write_that_fails_leaves_no_temporary_file(report, tmp_path_factory, monkeypatch):
    cache = str(tmp_path_factory.mktemp("cache"))

    def refuse(source, target):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(cache_module.os, "replace", refuse)
    check_file(str(report), Config(), cache)
    assert os.listdir(os.path.join(cache, code_fingerprint())) == []


# ---------------------------------------------------------------- a hit reports exactly what a fresh run reports

PDF_TEXT = "第一页 第一行\n示例国捐助了 598 000 美元。\n第二页\n见 www.un.org/a。\n"
HTML_TEXT = "Report\nThe State paid USD 5 million in 2020 😀 and 2021.\n"


def extracted_documents() -> list[tuple[Document, list[Finding]]]:
    """A PDF-like and an HTML-like document built with their locators, and a Markdown one with
    ignored spans, an astral character and a legacy encoding, each with findings of every shape."""
    pdf = Document(PDF_TEXT, "r.pdf", encoding="pdf", kind="pdf",
                   locator=Locator([0, 8, 27, 31], ["page 1, line 1", "page 1, line 2", "page 2, line 1", "page 2, line 2"]))
    web = Document(HTML_TEXT, "r.html", encoding="utf-8-sig", kind="html", language="en",
                   locator=Locator([0, 7], [(3, 5), (9, 12)], source_columns=True))
    markdown = Document("# 报告\n```\nA/1\n```\n示例国 😀 捐助了 5 美元。\r\n" + "见 www.un.org/a。\n" * 2, "r.md", encoding="gb18030", kind="markdown", language="zh",
                        ignored=((5, 16),))
    for document in (pdf, web, markdown):
        document.summary = {"symbol": "A/1", "issue_date": None}
        document.source_digest = hashlib.sha256(document.text.encode("utf-8")).hexdigest()
    findings = [
        Finding("AMT001", "amount-check", Severity.ERROR, 15, 22, "amount differs", "write 598 000",
                (Related(9, 12, "first cited here"), Related(32, 45, "and here")), Fix(15, 22, "598 000", True)),
        Finding("TXT001", "typo", Severity.WARNING, 40, 40, "empty span"),
        Finding("INT001", "internal-error", Severity.INFO, 0, 0, "rule X crashed", fix=Fix(0, 1, "", False)),
    ]
    return [(document, findings) for document in (pdf, web, markdown)]


def renderings(result: FileResult) -> dict[str, str]:
    results = [result]
    return {"text": text.render(results, show_source=True), "json": json_report.render(results), "sarif": sarif.render(results, "1"),
            "html": html.render(results), "github": ci.github(results), "junit": ci.junit(results), "gitlab": ci.gitlab(results)}


def places(document: Document, findings: list[Finding]) -> list:
    offsets = [o for f in findings for o in (f.start, f.end, *(x for r in f.related for x in (r.start, r.end)))]
    return [(document.position(o), document.where(o)) for o in offsets]


@pytest.mark.parametrize("index", range(3), ids=["pdf", "html", "markdown"])
def test_a_hit_reports_exactly_what_the_fresh_result_reports(index, tmp_path):
    document, findings = extracted_documents()[index]
    store = ResultCache(str(tmp_path / "cache"))
    store.put("0" * 64, document, findings)
    cached, cached_findings = store.get("0" * 64, document.path)
    assert cached_findings == findings
    assert [type(f.severity) for f in cached_findings] == [Severity] * 3
    assert (cached.text, cached.path, cached.kind, cached.encoding, cached.language, cached.ignored, cached.summary, cached.source_digest) == (
        document.text, document.path, document.kind, document.encoding, document.language, document.ignored, document.summary,
        document.source_digest)
    assert cached.line_starts == document.line_starts
    assert places(cached, findings) == places(document, findings)
    assert renderings(FileResult(document.path, cached, cached_findings)) == renderings(FileResult(document.path, document, findings))


def test_cached_locators_name_the_same_places():
    """Exact labels, so that the comparison above cannot pass with a locator that says nothing."""
    pdf, web, markdown = (document for document, _ in extracted_documents())
    assert [pdf.where(o) for o in (0, 10, 27, 40)] == ["page 1, line 1, column 1", "page 1, line 2, column 3",
                                                      "page 2, line 1, column 1", "page 2, line 2, column 10"]
    assert [web.where(o) for o in (3, 7, 20)] == ["3:8", "9:12", "9:25"]
    assert markdown.where(24) == "5:8"


def test_a_warm_run_over_the_samples_is_all_hits_and_reports_identically(tmp_path_factory, monkeypatch):
    cache = str(tmp_path_factory.mktemp("cache"))
    paths = sorted(str(p) for p in SAMPLES.glob("*.md"))
    cold = [check_file(p, Config(), cache) for p in paths]
    monkeypatch.setattr(engine, "lint", no_linting)
    warm = [check_file(p, Config(), cache) for p in paths]
    assert len(entries(cache)) == len(paths) == 4
    assert [bool(r.findings) for r in cold] == [False, False, True, True]  # clean.en, clean.zh, defects.en, defects.zh
    for before, after in zip(cold, warm):
        assert after.findings == before.findings
        assert renderings(after) == renderings(before)


@needs_shared
def test_real_documents_round_trip(tmp_path_factory, monkeypatch):
    """A PDF and the seed: what `put` writes from real documents, `get` accepts whole."""
    cache = str(tmp_path_factory.mktemp("cache"))
    paths = [str(SEED), str(sorted((CORPUS / "pdf").glob("*.pdf"))[0])]
    cold = [check_file(p, Config(), cache) for p in paths]
    monkeypatch.setattr(engine, "lint", no_linting)
    warm = [check_file(p, Config(), cache) for p in paths]
    for before, after in zip(cold, warm):
        assert before.document is not None and after.findings == before.findings
        assert places(after.document, after.findings) == places(before.document, before.findings)
        assert (after.document.kind, after.document.encoding) == (before.document.kind, before.document.encoding)


# ---------------------------------------------------------------- a planted entry never runs

class Planted:
    """Unpickling it creates the directory `marker`: what an attacker's entry would do."""

    def __init__(self, marker: str):
        self.marker = marker

    def __reduce__(self):
        return os.mkdir, (self.marker,)


def test_a_planted_pickle_entry_never_runs(report, tmp_path):
    probe, marker = str(tmp_path / "probe"), str(tmp_path / "marker")
    pickle.loads(pickle.dumps(Planted(probe)))
    assert os.path.isdir(probe)  # the payload is live: unpickled, it runs
    payload = pickle.dumps(Planted(marker))
    legacy_entry = b"treatylint-cache-1\n" + hashlib.sha256(payload).digest() + payload  # the pickle cache's own format
    cache = str(tmp_path / "cache")
    uncached = CliRunner().invoke(main, ["check", "--format", "json", "--no-cache", str(report)])
    CliRunner().invoke(main, ["check", "--format", "json", "--cache-dir", cache, str(report)])
    (entry,) = entries(cache)
    key = os.path.basename(entry).removesuffix(".json")
    os.makedirs(os.path.join(cache, key[:2]))
    for planted in (entry, os.path.join(cache, key[:2], key[2:])):  # where JSON entries are, where pickles were
        with open(planted, "wb") as handle:
            handle.write(legacy_entry)
    cached = CliRunner().invoke(main, ["check", "--format", "json", "--cache-dir", cache, str(report)])
    assert not os.path.exists(marker)
    assert (cached.exit_code, cached.stdout) == (uncached.exit_code, uncached.stdout)
    assert json.loads(cached.stdout)["findings"]
    with open(entry, "rb") as handle:
        assert json.loads(handle.read())["findings"]  # the planted entry was replaced by a real one


# ---------------------------------------------------------------- hostile entries are discarded

def valid_entry() -> dict:
    document, findings = extracted_documents()[0]
    return json.loads(json.dumps(cache_module._plain(document, findings)))


def edit(path: tuple, value):
    """A change to one place of a valid entry: `path` names it, `value` replaces it (a callable
    gets the text's length), DELETE removes it."""
    def change(entry: dict) -> dict:
        place = entry
        for step in path[:-1]:
            place = place[step]
        size = len(entry["document"]["text"])
        if value is DELETE:
            del place[path[-1]]
        else:
            place[path[-1]] = value(size) if callable(value) else value
        return entry
    return change


DELETE = object()
HOSTILE = {
    "text is a number": edit(("document", "text"), 5),
    "severity is a name": edit(("findings", 0, 2), "error"),
    "severity out of range": edit(("findings", 0, 2), 4),
    "offset is true": edit(("findings", 0, 3), True),
    "offset is a float": edit(("findings", 0, 3), 15.0),
    "huge offset": edit(("findings", 0, 4), 10 ** 30),
    "negative offset": edit(("findings", 1, 3), -1),
    "end before start": edit(("findings", 0, 4), 14),
    "finding past the text": edit(("findings", 1, 4), lambda size: size + 1),
    "related past the text": edit(("findings", 0, 7, 1, 1), lambda size: size + 1),
    "fix past the text": edit(("findings", 0, 8, 1), lambda size: size + 1),
    "fix safety is a string": edit(("findings", 0, 8, 3), "yes"),
    "finding too short": edit(("findings", 0), ["AMT001", "x", 3, 0, 1]),
    "findings is an object": edit(("findings",), {"0": []}),
    "ignored span past the text": edit(("document", "ignored"), lambda size: [[0, size + 1]]),
    "locator start past the text": edit(("document", "locator", "starts", 3), lambda size: size + 1),
    "locator starts out of order": edit(("document", "locator", "starts"), [0, 27, 8, 31]),
    "fewer labels than starts": edit(("document", "locator", "labels"), ["page 1"]),
    "label is a number": edit(("document", "locator", "labels", 0), 1),
    "source columns flag is a string": edit(("document", "locator", "source_columns"), "yes"),
    "source columns with text labels": edit(("document", "locator", "source_columns"), True),
    "missing key": edit(("document", "summary"), DELETE),
    "unexpected key": edit(("document", "__class__"), "os.system"),
    "codec named by the entry": edit(("document", "encoding"), "rot13"),
    "an extracted format on a text kind": edit(("document", "kind"), "text"),
    "language outside the known ones": edit(("document", "language"), "xx"),
    "summary holds a list": edit(("document", "summary", "symbol"), ["A/1"]),
    "digest is a number": edit(("document", "source_digest"), 7),
    "document is a list": edit(("document",), []),
}


@pytest.fixture
def store(tmp_path):
    return ResultCache(str(tmp_path / "cache"))


def plant(store: ResultCache, blob: bytes) -> str:
    path = store._file("f" * 64)
    with open(path, "wb") as handle:
        handle.write(blob)
    return path




@pytest.mark.parametrize("change", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_entry_is_discarded(store, change):
    entry = plant(store, json.dumps(change(valid_entry())).encode())
    assert store.get("f" * 64, "r.pdf") is None
    assert not os.path.exists(entry)


def with_number(digits: str) -> bytes:
    """The valid entry with one offset written as `digits`."""
    marked = json.dumps(edit(("findings", 0, 3), 987654321)(valid_entry()))
    assert marked.count("987654321") == 1
    return marked.replace("987654321", digits).encode()


@pytest.mark.parametrize("blob", [json.dumps(valid_entry()).encode(), with_number("15")], ids=["as written", "as edited"])
def test_the_valid_entry_itself_loads(store, blob):
    """The hostile entries below differ from this one in one place only."""
    entry = plant(store, blob)
    assert store.get("f" * 64, "r.pdf") is not None and os.path.exists(entry)


RAW = {
    "truncated JSON": json.dumps(valid_entry()).encode()[:-40],
    "not UTF-8": b'{"document": "\xff\xfe"}',
    "5,000-digit number": with_number("9" * 5000),
    "deep nesting": b"[" * 100_000 + b"]" * 100_000,
    "not a number": b'{"document": NaN, "findings": []}',
    "a list": b"[]",
    "empty": b"",
}


@pytest.mark.parametrize("blob", RAW.values(), ids=RAW.keys())
def test_a_damaged_entry_is_discarded(store, blob):
    entry = plant(store, blob)
    assert store.get("f" * 64, "r.pdf") is None
    assert not os.path.exists(entry)


def test_an_entry_larger_than_any_put_writes_is_discarded(store, monkeypatch):
    blob = json.dumps(valid_entry(), ensure_ascii=False, separators=(",", ":")).encode()  # as `put` writes it
    monkeypatch.setattr(cache_module, "MAX_ENTRY_BYTES", len(blob) - 1)
    entry = plant(store, blob)
    assert store.get("f" * 64, "r.pdf") is None and not os.path.exists(entry)
    document, findings = extracted_documents()[0]
    store.put("f" * 64, document, findings)
    assert not os.path.exists(entry)  # nor is one written


@pytest.mark.parametrize("kind", ["link to a device", "fifo"])
def test_an_entry_that_is_not_a_regular_file_is_discarded_without_reading_it(store, kind):
    path = store._file("f" * 64)
    if kind == "fifo":
        os.mkfifo(path)  # opening it to read would wait forever for a writer
    else:
        os.symlink("/dev/zero", path)  # reading it would never end
    assert store.get("f" * 64, "r.pdf") is None
    assert not os.path.lexists(path)


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner, max_size=4), max_leaves=12)


def places_in(value, path=()):
    yield path
    children = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in children:
        yield from places_in(child, (*path, key))


PLACES = [p for p in places_in(valid_entry()) if p]


@settings(max_examples=300, deadline=None)
@given(place=st.sampled_from(PLACES), value=JSON)
def test_any_value_anywhere_is_either_a_sound_entry_or_discarded(tmp_path_factory, place, value):
    store = ResultCache(str(tmp_path_factory.mktemp("cache")))
    plant(store, json.dumps(edit(place, value)(valid_entry())).encode())
    loaded = store.get("f" * 64, "r.pdf")
    if loaded is not None:
        document, findings = loaded
        size = len(document.text)
        assert all(0 <= f.start <= f.end <= size and isinstance(f.severity, Severity) for f in findings)
        renderings(FileResult("r.pdf", document, findings))  # and every format reports it without an error


# ---------------------------------------------------------------- the directory

def test_a_new_cache_directory_is_private_tagged_and_ignored_by_git(tmp_path):
    root = tmp_path / "cache"
    assert ResultCache(str(root)).refused is None
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    assert stat.S_IMODE((root / code_fingerprint()).stat().st_mode) == 0o700
    assert (root / "CACHEDIR.TAG").read_text(encoding="utf-8").startswith("Signature: 8a477f597d28d172789f06886806bc55\n")
    assert (root / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"


needs_root = pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="giving a directory to another user needs root")


@needs_root
@pytest.mark.parametrize("inner", [False, True], ids=["cache directory", "version directory"])
def test_a_directory_owned_by_another_user_is_refused(tmp_path, inner):
    root = tmp_path / "cache"
    theirs = root / code_fingerprint() if inner else root
    theirs.mkdir(mode=0o700, parents=True)
    os.chown(theirs, 12345, -1)
    store = ResultCache(str(root))
    assert store.refused == f"{theirs} is owned by another user (uid 12345)"
    document, findings = extracted_documents()[0]
    store.put("0" * 64, document, findings)
    assert store.get("0" * 64, "r.pdf") is None
    assert os.listdir(theirs) == []


@pytest.mark.parametrize("mode", [0o770, 0o702])
def test_a_directory_others_can_write_is_refused(tmp_path, mode):
    root = tmp_path / "cache"
    root.mkdir()
    root.chmod(mode)
    assert ResultCache(str(root)).refused == f"{root} is writable by its group or by others (chmod go-w {root})"
    assert os.listdir(root) == []


def test_a_symbolic_link_is_refused(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    (tmp_path / "cache").symlink_to(elsewhere)
    assert ResultCache(str(tmp_path / "cache") + "/").refused == f"{tmp_path / 'cache'} is a symbolic link"
    assert os.listdir(elsewhere) == []


def test_a_file_is_refused(tmp_path):
    (tmp_path / "cache").write_text("x", encoding="utf-8")
    assert ResultCache(str(tmp_path / "cache")).refused == f"{tmp_path / 'cache'} is not a directory"


def test_check_says_once_that_it_does_not_use_the_cache_and_goes_on(tmp_path):
    for i in range(3):
        (tmp_path / f"r{i}.txt").write_text(REPORT, encoding="utf-8")
    cache = tmp_path / "cache"
    cache.mkdir()
    cache.chmod(0o777)
    files = [str(tmp_path / f"r{i}.txt") for i in range(3)]
    refused = CliRunner().invoke(main, ["check", "-j", "2", "--cache-dir", str(cache), *files])
    fresh = CliRunner().invoke(main, ["check", "-j", "2", "--no-cache", *files])
    assert refused.stderr.splitlines().count(f"treatylint: not using the cache: {cache} is writable by its group or by others (chmod go-w {cache})") == 1
    assert (refused.exit_code, refused.stdout) == (fresh.exit_code, fresh.stdout) and "AMT001" in fresh.stdout
    assert os.listdir(cache) == []


def test_opening_a_cache_prunes_other_versions_and_nothing_else(tmp_path):
    root = tmp_path / "cache"
    old_version, shard, foreign = root / "0123456789abcdef", root / "ab", root / "cd"
    for folder in (old_version, shard, foreign):
        folder.mkdir(mode=0o700, parents=True)
    root.chmod(0o700)
    outside = tmp_path / "outside"
    outside.mkdir()
    planted = {old_version / f"{'1' * 64}.json": "{}", old_version / f"{'1' * 64}.json.x1y2z3ab.tmp": "",
               shard / ("2" * 62): "pickle", shard / "tmpa1b2c3d4": "",
               foreign / ("3" * 62): "pickle", outside / f"{'4' * 64}.json": "{}"}
    kept = {root / "notes.txt": "mine", foreign / "keep.txt": "mine"}
    for path, content in {**planted, **kept}.items():
        path.write_text(content, encoding="utf-8")
    (root / "fedcba9876543210").symlink_to(outside)
    assert ResultCache(str(root)).refused is None
    assert sorted(os.listdir(root)) == sorted([code_fingerprint(), "cd", "fedcba9876543210", "notes.txt"])
    assert sorted(os.listdir(foreign)) == ["keep.txt"]  # a folder holding anything else keeps it
    assert os.listdir(outside) == [f"{'4' * 64}.json"]  # a link is never followed
    assert all(path.read_text(encoding="utf-8") == content for path, content in kept.items())
