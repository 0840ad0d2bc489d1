"""Machine-readable outputs: SARIF against the official schema, GitHub escaping, JUnit, GitLab."""
from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from linter.cli import main
from linter.report.ci import github_data, github_property
from tests.conftest import SHARED

REPORT = "示例国于 2021 年、2022 年和 2023 年分别捐助了 598 000 美元、605 500 美元和 240 万亿美元。\n见 www.un.org/a。\n见 www.un.org/a。\n"


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def run(*args):
    return CliRunner().invoke(main, list(args))


def sarif_log(report) -> dict:
    return json.loads(run("check", "--format", "sarif", str(report)).output)


def test_sarif_structure(report):
    log = sarif_log(report)
    assert log["version"] == "2.1.0"
    (sarif_run,) = log["runs"]
    assert sarif_run["columnKind"] == "unicodeCodePoints"
    rules = sarif_run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules][:3] == ["AMT001", "CNT001", "CNT002"]
    assert all(r["shortDescription"]["text"] and r["fullDescription"]["text"] and r["help"]["text"] for r in rules)
    first, second = sarif_run["results"]
    assert (first["ruleId"], first["level"], rules[first["ruleIndex"]]["id"]) == ("AMT001", "error", "AMT001")
    assert first["locations"][0]["physicalLocation"]["region"] == {"startLine": 1, "startColumn": 56, "endLine": 1, "endColumn": 64}
    assert first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("r.txt")
    assert len(first["partialFingerprints"]["treatylint/v2"]) == 32
    assert (second["ruleId"], second["level"]) == ("URL001", "note")
    assert second["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 2


@pytest.mark.skipif(not (SHARED / "schemas" / "sarif-schema-2.1.0.json").exists(), reason="../shared/schemas is not available")
def test_sarif_validates_against_the_official_schema(report):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((SHARED / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.validate(sarif_log(report), schema)


def test_github_escaping():
    assert github_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert github_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_annotations(report):
    lines = run("check", "--format", "github", str(report)).output.splitlines()
    assert lines[0].startswith(f"::error file={report},line=1,col=56,endLine=1,endColumn=64,title=AMT001 implausible-amount::240 万亿美元 is USD")
    assert lines[1].startswith(f"::notice file={report},line=3,col=3,endLine=3,endColumn=15,title=URL001 duplicate-url::www.un.org/a is cited again")


def test_junit_parses_back(report, tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("示例国捐助了 612 400 美元。\n", encoding="utf-8")
    root = ET.fromstring(run("check", "--format", "junit", str(clean), str(report)).output)
    suite = root.find("testsuite")
    assert (suite.get("tests"), suite.get("failures")) == ("2", "2")
    cases = {case.get("name"): [f.get("type") for f in case.findall("failure")] for case in suite.findall("testcase")}
    assert cases == {str(clean): [], str(report): ["AMT001", "URL001"]}


def test_gitlab_code_quality(report):
    issues = json.loads(run("check", "--format", "gitlab", str(report)).output)
    assert [(i["check_name"], i["severity"], i["location"]["lines"]["begin"]) for i in issues] == [("AMT001", "major", 1), ("URL001", "info", 3)]
    assert len({i["fingerprint"] for i in issues}) == 2


def test_output_file_and_statistics(report, tmp_path):
    out = tmp_path / "out.sarif"
    result = run("check", "--format", "sarif", "--output-file", str(out), str(report))
    assert result.output == "" and json.loads(out.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert run("check", "--statistics", str(report)).output == "    1  AMT001  implausible-amount\n    1  URL001  duplicate-url\n"


@pytest.mark.parametrize("fail_on, expected", [("error", 1), ("warning", 1), ("info", 1)])
def test_exit_codes_with_an_error(report, fail_on, expected):
    assert run("check", "--fail-on", fail_on, str(report)).exit_code == expected


@pytest.mark.parametrize("fail_on, expected", [("error", 0), ("warning", 1), ("info", 1)])
def test_exit_codes_with_a_warning(tmp_path, fail_on, expected):
    path = tmp_path / "w.txt"
    path.write_text("示例国将专业知知识转让给区域中心。\n", encoding="utf-8")
    assert run("check", "--fail-on", fail_on, str(path)).exit_code == expected


@pytest.mark.parametrize("fail_on, expected", [("error", 0), ("warning", 0), ("info", 1)])
def test_exit_codes_with_an_info(tmp_path, fail_on, expected):
    path = tmp_path / "i.txt"
    path.write_text("见 www.un.org/a。\n见 www.un.org/a。\n", encoding="utf-8")
    assert run("check", "--fail-on", fail_on, str(path)).exit_code == expected


def test_sarif_uri_is_relative_to_the_repository_root(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "reports").mkdir()
    path = tmp_path / "reports" / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    log = sarif_log(path)
    assert log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "reports/r.txt"


def test_fixes_in_json_and_sarif(tmp_path):
    path = tmp_path / "r.md"
    path.write_text("😀 示例国将专业知知识转让给区域中心。\n" + REPORT, encoding="utf-8")
    findings = json.loads(run("check", "--format", "json", str(path)).output)["findings"]
    fixes = {f["code"]: f["fix"] for f in findings}
    assert fixes["TXT001"] == {"line": 1, "column": 10, "end_line": 1, "end_column": 11, "replacement": "", "safe": True}
    assert fixes["AMT001"] == {"line": 2, "column": 56, "end_line": 2, "end_column": 64, "replacement": "240 万美元", "safe": False}
    assert fixes["URL001"] is None

    results = {r["ruleId"]: r for r in json.loads(run("check", "--format", "sarif", str(path)).output)["runs"][0]["results"]}
    (change,) = results["TXT001"]["fixes"][0]["artifactChanges"]
    assert change["replacements"] == [{"deletedRegion": {"startLine": 1, "startColumn": 10, "endLine": 1, "endColumn": 11},
                                       "insertedContent": {"text": ""}}]
    assert results["AMT001"]["fixes"][0]["description"]["text"].startswith("did you mean 240 万美元")
    assert "fixes" not in results["URL001"]


@pytest.mark.skipif(not (SHARED / "schemas" / "sarif-schema-2.1.0.json").exists(), reason="../shared/schemas is not available")
def test_sarif_with_fixes_validates(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    path = tmp_path / "r.md"
    path.write_text("示例国将专业知知识转让给区域中心。\n三. 和平利用核能**\n见 [报告](https://undocs.org/A/57/124)。\n" + REPORT, encoding="utf-8")
    log = json.loads(run("check", "--format", "sarif", str(path)).output)
    assert sum("fixes" in r for r in log["runs"][0]["results"]) == 3
    jsonschema.validate(log, json.loads((SHARED / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")))


# ---------------------------------------------------------------- results without a document, fingerprints, paths
from linter.config import Config  # noqa: E402
from linter.document import Document, ReadError  # noqa: E402
from linter.results import FileResult  # noqa: E402
from linter.fingerprint import fingerprints  # noqa: E402
from linter.report import ci, json_report, sarif, text  # noqa: E402
from linter.report.paths import artifact_uri, printable, repository_path, typed_path  # noqa: E402
from linter.rule import Finding, Fix, Related, Severity  # noqa: E402
from tests.conftest import SAMPLES  # noqa: E402

SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"
DOUBLED = Finding("TXT001", "doubled-character", Severity.WARNING, 4, 5, "知 is doubled", "remove one", fix=Fix(4, 5, "", True))

# every renderer, as a function of the results only
RENDERERS = {
    "text": text.render, "concise": text.concise, "json": json_report.render, "sarif": lambda r: sarif.render(r, "0"),
    "github": ci.github, "junit": ci.junit, "gitlab": ci.gitlab,
}


def result_for(path, body: str, findings, **config) -> FileResult:
    return FileResult(str(path), Document(body, str(path)), list(findings), config=Config(**config))


def mixed_results(tmp_path) -> list[FileResult]:
    return [FileResult(str(tmp_path / "notes.toml"), skipped="not a report format treatylint reads (.toml)"),
            FileResult(str(tmp_path / "gone.txt"), error=ReadError("E001", "cannot read: No such file or directory")),
            result_for(tmp_path / "a.txt", "专业知知识\n", [DOUBLED])]


@pytest.mark.parametrize("fmt", sorted(RENDERERS))
def test_every_format_renders_skipped_files_read_errors_and_findings(tmp_path, fmt):
    out = RENDERERS[fmt](mixed_results(tmp_path))
    assert "gone.txt" in out and "TXT001" in out and "E001" in out


def test_check_samples_folder_as_sarif_validates_and_as_gitlab_lists_every_finding():
    # samples/ holds treatylint-waivers.toml, a file treatylint skips: it crashed both formats
    result = run("check", "--no-cache", "--format", "sarif", str(SAMPLES))
    log = json.loads(result.output)
    assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]} == {
        "samples/damaged-input.txt", "samples/npt-report-defects.en.md", "samples/npt-report-defects.zh.md", "samples/treatylint-waivers.toml"}
    if SARIF_SCHEMA.exists():
        jsonschema = pytest.importorskip("jsonschema")
        jsonschema.validate(log, json.loads(SARIF_SCHEMA.read_text(encoding="utf-8")))
    issues = json.loads(run("check", "--no-cache", "--format", "gitlab", str(SAMPLES)).output)
    assert len(issues) == len(log["runs"][0]["results"])


def test_the_same_finding_in_two_files_has_two_ci_fingerprints(tmp_path):
    (tmp_path / ".git").mkdir()
    sample = (SAMPLES / "npt-report-defects.zh.md").read_text(encoding="utf-8")
    for name in ("first.md", "second.md"):
        (tmp_path / name).write_text(sample, encoding="utf-8")
    paths = [str(tmp_path / "first.md"), str(tmp_path / "second.md")]
    issues = json.loads(run("check", "--no-cache", "--format", "gitlab", *paths).output)
    assert len(issues) == 2 * 22  # the sample's 22 findings, in each copy
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    results = json.loads(run("check", "--no-cache", "--format", "sarif", *paths).output)["runs"][0]["results"]
    prints = {r["partialFingerprints"]["treatylint/v2"] for r in results}
    assert len(prints) == len(results) == 2 * 22


def test_ci_fingerprints_name_the_repository_path_and_baselines_do_not():
    doc_text = "专业知知识\n"
    baseline = fingerprints(doc_text, [DOUBLED])
    # the baseline fingerprint of v1: code, surface and occurrence only (a moved file keeps it)
    assert baseline == ["193d6e0c93124babec0f6d4264d5d03d"]
    first, second = fingerprints(doc_text, [DOUBLED], "docs/a.md"), fingerprints(doc_text, [DOUBLED], "docs/b.md")
    assert len({baseline[0], first[0], second[0]}) == 3


@pytest.fixture
def repository(tmp_path, monkeypatch):
    """A repository with docs/a.md (one doubled character), the working directory its docs/ folder."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "docs").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "docs" / "a.md").write_text("专业知知识\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "docs")
    return tmp_path


def machine_paths(*args) -> dict[str, list[str]]:
    """The path each machine format writes, per format."""
    out = {fmt: run("check", "--no-cache", "--format", fmt, *args).output for fmt in ("json", "sarif", "gitlab", "github", "junit")}
    return {
        "json": [f["path"] for f in json.loads(out["json"])["files"] + json.loads(out["json"])["findings"]],
        "sarif": [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in json.loads(out["sarif"])["runs"][0]["results"]],
        "gitlab": [i["location"]["path"] for i in json.loads(out["gitlab"])],
        "github": [line.split("file=", 1)[1].split(",", 1)[0] for line in out["github"].splitlines()],
        "junit": [case.get("name") for case in ET.fromstring(out["junit"]).iter("testcase")],
    }


@pytest.mark.parametrize("typed, cwd", [("./a.md", "docs"), ("a.md", "docs"), ("../docs/a.md", "other"), ("docs/a.md", ".")])
def test_machine_formats_name_files_relative_to_the_repository_root(repository, monkeypatch, typed, cwd):
    monkeypatch.chdir(repository / cwd)
    paths = machine_paths(typed)
    assert paths == {"json": ["docs/a.md"] * 2, "sarif": ["docs/a.md"], "gitlab": ["docs/a.md"], "github": ["docs/a.md"], "junit": ["docs/a.md"]}
    # the text format keeps the path as typed, which the terminal resolves, less a leading ./
    assert run("check", "--no-cache", typed).output.startswith(f"{typed.removeprefix('./')}:1:3: TXT001 warning")


def test_paths_outside_a_repository(tmp_path, monkeypatch):
    (tmp_path / "here").mkdir()
    monkeypatch.chdir(tmp_path / "here")
    assert repository_path("./sub/a.md") == "sub/a.md"
    assert repository_path("../a.md") == (tmp_path / "a.md").as_posix()  # outside the working directory: absolute
    assert artifact_uri(repository_path("../a b.md")) == (tmp_path / "a b.md").as_uri()
    assert (repository_path("<stdin>"), artifact_uri("<stdin>")) == ("<stdin>", "stdin")
    assert repository_path("memory://bucket/a.md") == "memory://bucket/a.md"
    assert typed_path("././docs/a.md") == "docs/a.md" and typed_path("../a.md") == "../a.md"


def test_reports_are_valid_utf8_with_an_undecodable_file_name(tmp_path):
    (tmp_path / ".git").mkdir()
    raw = os.fsencode(tmp_path) + b"/caf\xe9 \xe7\xa4\xba.txt"  # Latin-1 é: not UTF-8; then 示 in UTF-8
    with open(raw, "wb") as handle:
        handle.write("专业知知识\n".encode("utf-8"))
    path = os.fsdecode(raw)
    assert "\udce9" in path
    results = [result_for(path, "专业知知识\n", [DOUBLED]), FileResult(path, error=ReadError("E002", "binary file"))]
    decoded = {fmt: render(results).encode("utf-8").decode("utf-8") for fmt, render in RENDERERS.items()}  # strictly, both ways
    assert {f["path"] for f in json.loads(decoded["json"])["findings"]} == {"caf\\xe9 示.txt"}
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in json.loads(decoded["sarif"])["runs"][0]["results"]}
    assert uris == {"caf%E9%20%E7%A4%BA.txt"}
    assert [i["location"]["path"] for i in json.loads(decoded["gitlab"])] == ["caf\\xe9 示.txt"] * 2
    assert decoded["text"].startswith(f"{printable(path)}:1:5: TXT001 warning") and "caf\\xe9 示.txt" in printable(path)
    assert {case.get("name") for case in ET.fromstring(decoded["junit"]).iter("testcase")} == {"caf\\xe9 示.txt"}


def test_printable_escapes_lone_surrogates_only():
    assert printable("a\udce9\ud800示\U0001F600") == "a\\xe9\\ud800示\U0001F600"
    assert json.loads(json_report.dumps({"p": "a\udce9"})) == {"p": "a\\xe9"}


def test_json_writer_indents_the_frame_and_writes_rows_one_a_line():
    data = {"a": [1, {"b": json_report.Rows(iter([{"x": "示"}, [2]]))}], "c": json_report.Rows(iter(())), "d": "rows-0"}
    assert json_report.dumps(data) == (
        '{\n  "a": [\n    1,\n    {\n      "b": [\n        {"x": "示"},\n        [2]\n      ]\n    }\n  ],\n'
        '  "c": [],\n  "d": "rows-0"\n}\n')
    assert json_report.dumps(json_report.Rows(iter([1, 2]))) == "[\n  1,\n  2\n]\n"


@pytest.mark.parametrize("stream, render", [(json_report.stream, json_report.render), (ci.gitlab_stream, ci.gitlab),
                                            (lambda r: sarif.stream(r, "0"), RENDERERS["sarif"])])
def test_streamed_reports_are_the_rendered_ones(tmp_path, stream, render):
    results = mixed_results(tmp_path)
    pieces = list(stream(results))
    assert len(pieces) > 3 and "".join(pieces) == render(results)


def test_junit_with_xml_forbidden_characters_parses(tmp_path):
    body = "页\x0c专业知知识\ufffe\n"  # a form feed from PDF text, a non-character
    finding = Finding("TXT001", "doubled-character", Severity.WARNING, 4, 6, "知\x0c知 \ufffe is doubled\x01")
    out = ci.junit([result_for(tmp_path / "r\udcff.txt", body, [finding])])
    (failure,) = ET.fromstring(out).iter("failure")
    assert failure.get("message") == "知\\x0c知 \\ufffe is doubled\\x01"
    assert failure.text.endswith(": TXT001 warning 知\\x0c知 \\ufffe is doubled\\x01")
    junitparser = pytest.importorskip("junitparser")
    path = tmp_path / "junit.xml"
    path.write_text(out, encoding="utf-8")
    (suite,) = junitparser.JUnitXml.fromfile(str(path))
    (case,) = suite
    assert case.name.endswith("r\\xff.txt") and case.result[0].message == "知\\x0c知 \\ufffe is doubled\\x01"


# ---------------------------------------------------------------- the text report's window
def excerpt(body: str, start: int, end: int) -> list[str]:
    doc = Document(body, "r.txt")
    return text.format_finding(doc, Finding("TXT001", "doubled-character", Severity.WARNING, start, end, "m")).splitlines()[1:3]


def test_text_excerpt_is_a_window_around_the_span():
    body = "a" * 1000 + "知知" + "b" * 1000 + "\n"
    assert excerpt(body, 1000, 1002) == ["    1 | …" + "a" * 80 + "知知" + "b" * 80 + "…", "      | " + " " * 81 + "^^^^"]


def test_text_window_counts_display_cells_and_shows_tabs_and_controls():
    body = "示" * 100 + "\t知知\x0c" + "c" * 10 + "\r\n"
    # 80 cells on the left: the tab and the last 39 wide characters; the tab is a space, the form feed ␌, the CR not shown
    assert excerpt(body, 101, 103) == ["    1 | …" + "示" * 39 + " 知知␌" + "c" * 10, "      | " + " " * 80 + "^^^^"]


def test_text_window_of_a_long_span_and_at_a_line_end():
    body = "x" * 10 + "y" * 300 + "\nz\n"
    assert excerpt(body, 10, 310) == ["    1 | " + "x" * 10 + "y" * 80 + "…", "      | " + " " * 10 + "^" * 80]
    assert excerpt(body, 310, 310) == ["    1 | …" + "y" * 80, "      | " + " " * 81 + "^"]
    assert excerpt("ab\r\n", 2, 3) == ["    1 | ab", "      |   ^"]


def long_line(length: int, every: int = 50) -> FileResult:
    """One line of `length` characters with a finding every `every` characters (CJK, as reports are)."""
    unit = "示例国捐助了 598 000 美元，" * (every // 18 + 1)
    body = (unit * (length // len(unit) + 1))[:length] + "\n"
    findings = [Finding("AMT001", "implausible-amount", Severity.ERROR, i, i + 8, "m", related=(Related(max(0, i - 400), i - 390, "n"),))
                for i in range(400, length - 10, every)]
    return FileResult("long.txt", Document(body, "long.txt"), findings)


def test_a_long_line_with_many_findings_renders_quickly_in_every_format():
    import time

    result = long_line(100_000)
    for fmt, render in RENDERERS.items():
        began = time.perf_counter()
        out = render([result])
        assert time.perf_counter() - began < 5, fmt
        if fmt == "text":  # short excerpts, not the whole line under each of the ~2000 findings
            assert max(len(line) for line in out.splitlines()) < 200 and len(out) < 2000 * 600


# ---------------------------------------------------------------- concise, fixes, rule links
FIXABLE = "示例国将专业知知识转让给区域中心。\n" + REPORT


@pytest.fixture
def fixable_report(tmp_path):
    path = tmp_path / "r.md"
    path.write_text(FIXABLE, encoding="utf-8")
    return path


def test_concise_format(fixable_report):
    from linter.engine import lint_paths

    results = list(lint_paths([str(fixable_report)]))
    doubled, amount, url = (f.message for f in results[0].findings)
    assert text.concise(results).splitlines() == [
        f"{fixable_report}:1:7: TXT001 [*] {doubled}", f"{fixable_report}:2:56: AMT001 {amount}", f"{fixable_report}:4:3: URL001 {url}",
        "Found 3 findings.",
    ]
    assert text.concise(results, show_fixes=True).splitlines()[-2:] == ["Found 3 findings.", "[*] 1 fixable with the `--fix` option."]
    assert text.concise(results, quiet=True).count("\n") == 3
    errors = text.concise([FileResult("x.txt", error=ReadError("E004", "empty file: nothing to check"))])
    assert errors == "x.txt: E004 empty file: nothing to check\nFound 1 finding.\n"


def test_show_fixes_marks_fixable_findings_and_lists_what_was_fixed(fixable_report):
    from linter.engine import lint_paths

    results = list(lint_paths([str(fixable_report)]))
    marked = text.render(results, show_fixes=True).splitlines()
    assert marked[0] == f"{fixable_report}:1:7: TXT001 [*] warning {results[0].findings[0].message}"
    assert [line for line in marked if "[*]" in line][1:] == ["[*] 1 fixable with the `--fix` option."]
    assert "[*]" not in text.render(results)
    doubled = results[0].findings[0]
    assert text.fixed_summary({"./r.md": [doubled, doubled], "b.txt": [], "c.txt": [results[0].findings[1]]}) == (
        "Fixed 3 findings:\n- r.md:\n    2 × TXT001 (doubled-character)\n- c.txt:\n    1 × AMT001 (implausible-amount)\n")
    assert text.fixed_summary({"r.md": []}) == ""


def test_text_links_rule_pages_when_a_docs_url_is_configured(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(FIXABLE, encoding="utf-8")
    (tmp_path / "treatylint.toml").write_text('docs-url = "https://docs.example.org/treatylint/"\n', encoding="utf-8")
    lines = run("check", "--no-cache", str(path)).output.splitlines()
    assert [line for line in lines if "= see:" in line] == [
        "    = see: https://docs.example.org/treatylint/rules/TXT001/",
        "    = see: https://docs.example.org/treatylint/rules/AMT001/",
        "    = see: https://docs.example.org/treatylint/rules/URL001/"]
    (tmp_path / "treatylint.toml").unlink()
    assert "= see:" not in run("check", "--no-cache", str(path)).output
    internal = Finding("INT001", "internal-error", Severity.ERROR, 0, 0, "rule crashed")
    assert "= see:" not in text.render([result_for(path, "x\n", [internal], docs_url="https://docs.example.org")])
