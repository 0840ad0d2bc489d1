"""Inline suppressions, waivers and baselines: what they hide, and that stale ones are reported."""
from __future__ import annotations

import json
import os

from click.testing import CliRunner

from linter.cli import main
from linter.document import Document
from linter.engine import lint_document
from linter.registry import all_rules

RULES = all_rules()
DOUBLED = "示例国将专业知知识转让给区域中心。"


def found(text: str) -> list[tuple[int, str]]:
    doc = Document(text)
    return [(doc.position(f.start).line, f.code) for f in lint_document(doc, RULES)]


def test_disable_next_line_in_markdown_and_plain_text():
    assert found(f"{DOUBLED}\n") == [(1, "TXT001")]
    assert found(f"<!-- treatylint: disable-next-line TXT001 -->\n{DOUBLED}\n") == []
    assert found(f"# treatylint: disable-next-line doubled-character\n\n{DOUBLED}\n") == []  # by name, blank lines skipped
    assert found(f"# treatylint: disable-next-line\n{DOUBLED}\n") == []  # no code: every rule
    assert found(f"<!-- treatylint: disable-next-line URL001 -->\n{DOUBLED}\n") == [(1, "SUP001"), (2, "TXT001")]


def test_disable_enable_range():
    text = f"<!-- treatylint: disable TXT -->\n{DOUBLED}\n{DOUBLED}\n<!-- treatylint: enable TXT -->\n{DOUBLED}\n"
    assert found(text) == [(5, "TXT001")]


def test_unused_suppression_reported_only_for_rules_that_ran():
    text = "# treatylint: disable-next-line TXT001\n示例国将专业知识转让给区域中心。\n"
    assert found(text) == [(1, "SUP001")]
    doc = Document(text)
    only_amounts = [r for r in RULES if r.code in ("AMT001", "SUP001")]
    assert lint_document(doc, only_amounts) == []


def run(*args, cwd):
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, list(args))
    finally:
        os.chdir(old)


def test_waivers_match_by_content_and_report_unused(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text(f"前言。\n{DOUBLED}\n", encoding="utf-8")
    (tmp_path / "treatylint-waivers.toml").write_text(
        '[[waiver]]\nfile = "a.txt"\ncode = "TXT001"\nmatch = "知知"\nreason = "As written in the quoted source."\n'
        '[[waiver]]\nfile = "a.txt"\ncode = "URL001"\nmatch = "www.un.org/a"\nreason = "Stale."\n'
        '[[waiver]]\nfile = "other.txt"\ncode = "URL001"\nmatch = "www.un.org/b"\nreason = "Not checked in this run."\n',
        encoding="utf-8")
    result = run("check", "--format", "json", "--fail-on", "info", ".", cwd=tmp_path)
    findings = [(f["path"], f["line"], f["code"]) for f in json.loads(result.output)["findings"]]
    assert findings == [("treatylint-waivers.toml", 9, "SUP002")]
    assert result.exit_code == 1


def test_waiver_without_reason_is_an_error(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text(DOUBLED, encoding="utf-8")
    (tmp_path / "treatylint-waivers.toml").write_text('[[waiver]]\ncode = "TXT001"\nmatch = "知知"\n', encoding="utf-8")
    result = run("check", "a.txt", cwd=tmp_path)
    assert result.exit_code == 2
    assert "treatylint-waivers.toml: waiver[0]: 'reason' is required (a non-empty string)" in result.output


def test_baseline_survives_inserted_lines_and_a_renamed_file(tmp_path):
    (tmp_path / ".git").mkdir()
    report = tmp_path / "draft.txt"
    report.write_text(f"{DOUBLED}\n见 www.un.org/a。\n见 www.un.org/a。\n", encoding="utf-8")
    assert run("check", "--write-baseline", "baseline.json", "draft.txt", cwd=tmp_path).exit_code == 0
    assert [e["code"] for e in json.loads((tmp_path / "baseline.json").read_text(encoding="utf-8"))["findings"]] == ["TXT001", "URL001"]
    # lines inserted above, the file renamed, and one new finding
    report.rename(tmp_path / "final.txt")
    (tmp_path / "final.txt").write_text(f"新的一段。\n\n{DOUBLED}\n见 www.un.org/a。\n见 www.un.org/a。\n永不用用于军事目的。\n", encoding="utf-8")
    result = run("check", "--format", "json", "--baseline", "baseline.json", "final.txt", cwd=tmp_path)
    assert [(f["line"], f["code"]) for f in json.loads(result.output)["findings"]] == [(6, "TXT001")]
    # the new finding fixed, an old one fixed too: the stale entry is listed
    (tmp_path / "final.txt").write_text(f"{DOUBLED}\n见 www.un.org/a。\n", encoding="utf-8")
    result = run("check", "--baseline", "baseline.json", "--show-stale", "final.txt", cwd=tmp_path)
    assert result.exit_code == 0
    assert "stale baseline entry: draft.txt:3: URL001 www.un.org/a is cited again (first on line 2)" in result.output


def test_unused_suppressions_are_found_by_the_rules_findings_hook():
    """SUP001 is a rule like any other: it runs through `check_findings`, with the rules given."""
    by_code = {r.code: r for r in RULES}
    doc = Document(f"<!-- treatylint: disable-next-line URL001 TXT001 -->\n{DOUBLED}\n<!-- treatylint: disable-next-line TXT001 -->\nclean.\n")
    findings = lint_document(doc, [by_code["TXT001"], by_code["SUP001"]])
    assert [(doc.position(f.start).line, f.code, f.message) for f in findings] == [
        (3, "SUP001", "this suppression of TXT001 suppresses nothing")]
    assert doc.text[findings[0].start:findings[0].end] == "<!-- treatylint: disable-next-line TXT001 -->"
    assert lint_document(doc, [by_code["SUP001"]]) == []  # alone, no rule it could name ran


def test_a_findings_hook_sees_what_the_suppressions_left_and_may_crash_alone():
    from linter.api import Outcome, Rule, Severity

    seen: list[Outcome] = []

    class Counting(Rule):
        code, name, severity, summary = "TST001", "counting", Severity.INFO, "counts"

        def check_findings(self, ctx, outcome):
            seen.append(outcome)
            yield self.finding(0, 0, f"{len(outcome.findings)} findings")

    class Crashing(Rule):
        code, name, severity, summary = "TST002", "crashing", Severity.INFO, "crashes"

        def check_findings(self, ctx, outcome):
            raise ValueError("broken")

    by_code = {r.code: r for r in RULES}
    doc = Document(f"# treatylint: disable-next-line TXT001\n{DOUBLED}\n{DOUBLED}\n")
    findings = lint_document(doc, [by_code["TXT001"], Counting(), Crashing()])
    assert [(f.code, f.message) for f in findings if f.start == 0] == [
        ("INT001", "rule TST002 (crashing) crashed: ValueError: broken"), ("TST001", "1 findings")]
    assert [f.code for f in seen[0].findings] == ["TXT001"] and [r.code for r in seen[0].rules] == ["TXT001", "TST001", "TST002"]
    assert [s.used for s in seen[0].suppressions] == [{"TXT001"}]
