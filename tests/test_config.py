"""Configuration discovery, precedence, validation messages and their effect on a run."""
from __future__ import annotations

import datetime as dt
import json
import os

import pytest
from click.testing import CliRunner

from linter.cli import main
from linter.config import ConfigError, find_config, load_config, run_date

REPORT = "示例国于 2021 年、2022 年和 2023 年分别捐助了 598 000 美元、605 500 美元和 240 万亿美元。\n见 www.un.org/a。\n见 www.un.org/a。\n"


def run(*args, cwd=None):
    old = os.getcwd()
    if cwd:
        os.chdir(cwd)
    try:
        return CliRunner().invoke(main, list(args))
    finally:
        os.chdir(old)


def codes(result) -> list[tuple[str, str]]:
    return [(f["code"], f["severity"]) for f in json.loads(result.output)["findings"]]


@pytest.fixture
def repo(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "r.txt").write_text(REPORT, encoding="utf-8")
    return tmp_path


def test_discovery_nearest_wins_and_stops_at_the_repository_root(repo, tmp_path_factory):
    (repo / "pyproject.toml").write_text('[tool.treatylint]\nignore = ["URL001"]\n', encoding="utf-8")
    assert find_config(str(repo / "reports" / "r.txt")) == str(repo / "pyproject.toml")
    (repo / "reports" / "treatylint.toml").write_text('ignore = ["AMT001"]\n', encoding="utf-8")
    assert find_config(str(repo / "reports" / "r.txt")) == str(repo / "reports" / "treatylint.toml")
    (repo / "reports" / ".treatylint.toml").write_text("", encoding="utf-8")
    assert find_config(str(repo / "reports" / "r.txt")) == str(repo / "reports" / ".treatylint.toml")
    outside = tmp_path_factory.mktemp("outer")
    (outside / "treatylint.toml").write_text('select = ["AMT"]\n', encoding="utf-8")
    (outside / "inner").mkdir()
    (outside / "inner" / ".git").mkdir()
    (outside / "inner" / "x.txt").write_text("x", encoding="utf-8")
    assert find_config(str(outside / "inner" / "x.txt")) is None  # never above the repository root


def test_pyproject_without_a_treatylint_table_is_not_a_config(repo):
    (repo / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert find_config(str(repo / "reports" / "r.txt")) is None


def test_config_changes_selection_severity_and_ignores(repo):
    path = str(repo / "reports" / "r.txt")
    assert codes(run("check", "--format", "json", path)) == [("AMT001", "error"), ("URL001", "info")]
    (repo / "treatylint.toml").write_text(
        'fail-on = "info"\n[severity]\nURL001 = "warning"\n[per-file-ignores]\n"reports/*.txt" = ["implausible-amount"]\n', encoding="utf-8")
    result = run("check", "--format", "json", path)
    assert codes(result) == [("URL001", "warning")]
    assert result.exit_code == 1
    # --isolated ignores the file; --config names one
    assert codes(run("check", "--format", "json", "--isolated", path)) == [("AMT001", "error"), ("URL001", "info")]
    other = repo / "other.toml"
    other.write_text('select = ["URL"]\n', encoding="utf-8")
    assert codes(run("check", "--format", "json", "--config", str(other), path)) == [("URL001", "info")]
    # the command line wins over the file
    assert codes(run("check", "--format", "json", "--select", "AMT", path)) == []  # AMT001 stays ignored for reports/*.txt
    assert codes(run("check", "--format", "json", "--select", "URL", "--isolated", path)) == [("URL001", "info")]


def test_rule_options(repo):
    path = str(repo / "reports" / "r.txt")
    (repo / "treatylint.toml").write_text("[rules.AMT001]\nmax-usd = 1e15\nsibling-ratio = 1e9\ncontext-max-usd = { contribution = 1e15 }\n", encoding="utf-8")
    assert codes(run("check", "--format", "json", "--select", "AMT", path)) == []
    (repo / "treatylint.toml").write_text("[rules.implausible-amount]\ncurrency-max = { USD = 1e6 }\nsibling-ratio = 1e9\n", encoding="utf-8")
    assert codes(run("check", "--format", "json", "--select", "AMT", path)) == [("AMT001", "error")]


def test_exclude_applies_to_files_found_in_directories(repo):
    (repo / "treatylint.toml").write_text('exclude = ["reports/*"]\n', encoding="utf-8")
    assert run("check", str(repo)).exit_code == 2  # nothing left to check
    assert run("check", str(repo / "reports" / "r.txt")).exit_code == 1  # named files are checked


@pytest.mark.parametrize("content, message", [
    ('colour = "red"\n', "colour: unknown key; allowed keys: docs-url, exclude, extend-select, fail-on, ignore, language, language-fallback, message-language, per-file-ignores, rules, select, severity, today, waivers"),
    ('select = "AMT"\n', "select: expected a list of rule codes, prefixes or names, got 'AMT'"),
    ('select = ["XYZ"]\n', "select: unknown rule 'XYZ' (see `treatylint rules`)"),
    ('fail-on = "fatal"\n', "fail-on: expected one of 'error', 'warning', 'info', got 'fatal'"),
    ('language = "fr"\n', "language: expected one of 'en', 'zh', 'und', 'auto', got 'fr'"),
    ('message-language = "de"\n', "message-language: expected one of 'en', 'zh', got 'de'"),
    ('[severity]\nAMT001 = "fatal"\n', "severity.AMT001: expected one of 'error', 'warning', 'info', got 'fatal'"),
    ('[severity]\nXYZ001 = "error"\n', "severity.XYZ001: unknown rule (see `treatylint rules`)"),
    ('[rules.AMT001]\nmaximum = 5\n', "rules.AMT001.maximum: unknown option; AMT001 takes: change-ratio, context-max-usd, currency-max, max-usd, near-ratio, sibling-ratio"),
    ('[rules.AMT001]\nmax-usd = "big"\n', "rules.AMT001.max-usd: expected a positive number, got 'big'"),
    ('[rules.AMT001]\ncurrency-max = { XXX = 5 }\n', "rules.AMT001.currency-max.XXX: unknown key; allowed: USD, EUR, CHF, GBP, JPY, CNY, RUB, CAD, AUD"),
    ('[rules.DAT005]\nreference-date = "yesterday"\n', "rules.DAT005.reference-date: expected a date such as 2020-10-07, got 'yesterday'"),
    ('[language-fallback]\nfr = ["de"]\n', "language-fallback.fr: unknown pack 'de'; allowed: en, zh (und always runs, last)"),
    ('[language-fallback]\nxx = ["en"]\n', "language-fallback.xx: unknown language; allowed: en, zh, ar, es, fr, ru"),
    ('language-fallback = { fr = "en" }\n', "language-fallback.fr: expected a list of installed packs (en, zh), got 'en'"),
    ('today = "tomorrow"\n', "today: expected a date such as 2020-10-07, got 'tomorrow'"),
    ("today = 2026-12-03T10:00:00\n", "today: expected a date such as 2020-10-07, got datetime.datetime(2026, 12, 3, 10, 0)"),
    ('[rules.TXT001]\nallow = "常常"\n', "rules.TXT001.allow: expected a list of strings, got '常常'"),
    ("[[waivers]]\ncode = \"URL001\"\nmatch = \"x\"\n", "waivers[0]: 'reason' is required (a non-empty string)"),
    ("select = [\n", "not valid TOML"),
    ('docs-url = "docs/rules"\n', "docs-url: expected an http(s) URL: the base address of the published rule pages, got 'docs/rules'"),
])
def test_bad_config_is_reported_with_file_key_and_what_is_allowed(tmp_path, content, message):
    path = tmp_path / "treatylint.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(str(path))
    assert str(info.value).startswith(f"{path}: ")
    assert message in str(info.value)


@pytest.mark.parametrize("content, message", [
    (b"[tool]\ntreatylint = 5\n", "tool.treatylint: expected a table ([tool.treatylint]), got 5"),
    ("[tool.treatylint]\n# r\u00e9sum\u00e9\nselect = []\n".encode("latin-1"), "not UTF-8 (invalid continuation byte at byte 21); TOML files are UTF-8"),
])
def test_broken_pyproject_is_a_one_line_error(repo, content, message):
    (repo / "pyproject.toml").write_bytes(content)
    result = run("check", str(repo / "reports" / "r.txt"))
    assert result.exit_code == 2
    assert f"pyproject.toml: {message}" in result.output
    assert "Traceback" not in result.output


def test_bad_config_is_a_usage_error(repo):
    (repo / "treatylint.toml").write_text('colour = "red"\n', encoding="utf-8")
    result = run("check", str(repo / "reports" / "r.txt"))
    assert result.exit_code == 2
    assert "treatylint.toml: colour: unknown key" in result.output


def test_config_command_shows_values_and_sources(repo):
    (repo / "treatylint.toml").write_text('fail-on = "info"\n[rules.TXT001]\nallow = ["常常"]\n', encoding="utf-8")
    output = run("config", str(repo / "reports" / "r.txt")).output.splitlines()
    assert output[0] == f"# configuration for {repo / 'reports' / 'r.txt'}: {repo / 'treatylint.toml'}"
    assert f'fail-on = "info"  # {repo / "treatylint.toml"}' in output
    assert 'language = "auto"  # default' in output
    assert f'rules = {{"TXT001": {{"allow": ["常常"]}}}}  # {repo / "treatylint.toml"}' in output


def test_today_is_the_configured_day_else_the_day_of_the_run(repo):
    path = str(repo / "reports" / "r.txt")
    (repo / "reports" / "r.txt").write_text("See S/2030/12.\n", encoding="utf-8")
    (repo / "treatylint.toml").write_text("today = 2026-12-03\n", encoding="utf-8")
    assert load_config(str(repo / "treatylint.toml")).today == dt.date(2026, 12, 3)
    assert codes(run("check", "--format", "json", "--select", "SYM001", path)) == [("SYM001", "warning")]
    (repo / "treatylint.toml").write_text('today = "2029-06-30"\n', encoding="utf-8")
    assert codes(run("check", "--format", "json", "--select", "SYM001", path)) == []  # 2030 is next year
    assert f'today = "2029-06-30"  # {repo / "treatylint.toml"}' in run("config", path).output.splitlines()
    (repo / "treatylint.toml").unlink()
    assert f'today = "{run_date().isoformat()}"  # default' in run("config", path).output.splitlines()


def test_language_fallback_chooses_the_packs_a_document_also_runs(repo):
    path = str(repo / "reports" / "r.txt")
    # a French report: no French pack, so und alone reads it — unless English is given as its fallback
    (repo / "reports" / "r.txt").write_text("Le rapport est publié et la contribution est de 240 trillion dollars pour le fonds.\n", encoding="utf-8")
    assert codes(run("check", "--format", "json", "--select", "AMT001", path)) == []
    (repo / "treatylint.toml").write_text('[language-fallback]\nfr = ["en"]\n', encoding="utf-8")
    assert load_config(str(repo / "treatylint.toml")).language_fallback == (("fr", ("en",)), ("zh", ("en",)))
    assert codes(run("check", "--format", "json", "--select", "AMT001", path)) == [("AMT001", "error")]
    output = run("config", path).output.splitlines()
    assert f'language-fallback = {{"fr": ["en"], "zh": ["en"]}}  # {repo / "treatylint.toml"}' in output
    (repo / "treatylint.toml").unlink()
    assert 'language-fallback = {"zh": ["en"]}  # default' in run("config", path).output.splitlines()
