"""The command line as a user meets it: exact output, JSON schema, exit codes, bad files."""
from __future__ import annotations

import json

from click.testing import CliRunner

from linter.cli import main
from linter.registry import all_rules

REPORT = "示例国于 2021 年、2022 年和 2023 年分别捐助了 598 000 美元、605 500 美元和 240 万亿美元。\n"


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def test_text_output_with_cjk_aware_underline(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = run("check", str(path))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith(f"{path}:1:56: AMT001 error 240 万亿美元 is USD 240 000 000 000 000 (2.4 × 10^14)")
    assert lines[1] == "    1 | " + REPORT.rstrip("\n")
    # 55 characters before the span, 20 of them wide CJK: the caret starts at display column 76
    assert lines[2] == "      | " + " " * 75 + "^" * 12
    assert lines[3] == "    = note: 1:33: listed with 598 000 美元"
    assert lines[5] == "    = help: did you mean 240 万美元 (USD 2 400 000), in line with the amounts listed with it?"
    assert lines[-1] == "Checked 1 file: 1 finding (1 error)."


def test_json_output(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = run("check", "--format", "json", str(path))
    data = json.loads(result.output)
    assert data["version"] == 1
    assert data["files"] == [{"path": str(path), "language": "zh", "encoding": "utf-8", "error": None}]
    (finding,) = data["findings"]
    assert {k: finding[k] for k in ("code", "name", "severity", "line", "column", "end_line", "end_column")} == {
        "code": "AMT001", "name": "implausible-amount", "severity": "error", "line": 1, "column": 56, "end_line": 1, "end_column": 64}
    assert finding["suggestion"].startswith("did you mean 240 万美元")
    assert [(r["line"], r["column"], r["note"]) for r in finding["related"]] == [(1, 33, "listed with 598 000 美元"), (1, 44, "listed with 605 500 美元")]


def test_exit_codes_and_fail_on(tmp_path):
    clean = tmp_path / "clean.txt"
    clean.write_text("示例国捐助了 612 400 美元。\n", encoding="utf-8")
    info_only = tmp_path / "info.txt"
    info_only.write_text("见 www.un.org/a。\n见 www.un.org/a。\n", encoding="utf-8")
    assert run("check", str(clean)).exit_code == 0
    assert run("check", str(info_only)).exit_code == 0  # info is below the default fail level
    assert run("check", "--fail-on", "info", str(info_only)).exit_code == 1
    assert run("check", "--select", "NOPE", str(clean)).exit_code == 2
    assert run("check", str(tmp_path / "missing.txt")).exit_code == 3  # could not be checked


def test_select_and_ignore(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(REPORT + "专业知知识\n", encoding="utf-8")
    codes = lambda *a: [f["code"] for f in json.loads(run("check", "--format", "json", *a, str(path)).output)["findings"]]
    assert codes() == ["AMT001", "TXT001"]
    assert codes("--select", "TXT") == ["TXT001"]
    assert codes("--ignore", "implausible-amount") == ["TXT001"]
    assert codes("--select", "AMT,TXT", "--ignore", "TXT001") == ["AMT001"]


def test_bad_file_does_not_hide_the_others(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"\x00\x01binary")
    (tmp_path / "b.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "c.md").write_text("", encoding="utf-8")
    result = run("check", "--no-show-source", str(tmp_path))
    assert result.exit_code == 3  # some input could not be checked
    lines = result.output.splitlines()
    assert lines[0] == f"{tmp_path / 'a.txt'}: E002 error binary file (NUL byte at offset 0); not a text report"
    assert lines[1].startswith(f"{tmp_path / 'b.txt'}:1:56: AMT001 error")
    assert f"{tmp_path / 'c.md'}: E004 error empty file: nothing to check" in lines


def test_stdin():
    result = run("check", "--format", "json", "-", input=REPORT.encode("utf-8"))
    assert [f["path"] for f in json.loads(result.output)["findings"]] == ["<stdin>"]


def test_facts_jsonl(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("Distr.: General\n7 October 2020\n见 www.un.org/a。\n", encoding="utf-8")
    records = [json.loads(line) for line in run("facts", str(path)).output.splitlines()]
    assert [(r["type"], r["text"], r["line"], r["column"], r["start"], r["end"]) for r in records] == [
        ("date", "7 October 2020", 2, 1, 16, 30), ("url", "www.un.org/a", 3, 3, 33, 45)]
    assert records[0]["value"] == {"start": "2020-10-07", "end": "2020-10-07", "granularity": "day"}


def test_facts_events_table(tmp_path):
    """Each entity once, with its events in text order, however the text names it again."""
    path = tmp_path / "r.txt"
    path.write_text("Japan accepted the Convention on Nuclear Safety on 12 May 1995.\n\nThe Convention, which Japan joined in 1996, requires reports.\n", encoding="utf-8")
    lines = run("facts", "--events", str(path)).output.splitlines()
    assert lines[1:] == [
        "  Convention on Nuclear Safety  [title]",
        "    1:7  acceptance                 12 May 1995                  completed",
        "    3:29  accession                  1996                         completed",
    ]


def test_rules_and_rule():
    listing = run("rules").output.splitlines()
    assert len(listing) == len(all_rules()) and listing[0].startswith("AMT001  implausible-amount")  # one line per rule
    explained = run("rule", "TXT001").output
    assert explained.startswith("TXT001 doubled-character (default severity: warning)")
    assert "Bad:\n    示例国将其技术和专业知知识转让给区域中心。" in explained
    assert "Good:" in explained
    assert run("rule", "XYZ999").exit_code == 2


def test_colour_only_on_a_terminal_and_never_with_no_color(monkeypatch):
    from linter.report.text import use_colour

    class Terminal:
        def isatty(self):
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_colour(Terminal()) is True
    assert use_colour(object()) is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert use_colour(Terminal()) is False


def test_message_language_option(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = run("check", "--no-show-source", "--message-language", "zh", str(path))
    assert "240 万亿美元即 USD 240 000 000 000 000（2.4 × 10^14）：超过全球 GDP" in result.output
    assert "= help: 是否应为 240 万美元（USD 2 400 000），与同列金额相当？" in result.output
