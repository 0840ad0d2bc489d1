"""Machine-readable outputs: SARIF against the official schema, GitHub escaping, JUnit, GitLab."""
from __future__ import annotations

import json
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
    assert len(first["partialFingerprints"]["treatylint/v1"]) == 32
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
