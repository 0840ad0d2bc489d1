"""Rule plugins (entry-point group `treatylint.rules`): the example plugin is installed for real,
into a temporary folder put on PYTHONPATH of a `python -m linter` subprocess, so the user's
environment never sees it; a plugin that reuses a built-in code is a configuration error."""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys

import pytest

from linter import registry
from linter.cache import ResultCache
from linter.config import Config
from linter.engine import lint_text
from linter.rule import Rule, Severity
from tests.conftest import ROOT

PLUGINS = ROOT / "tests" / "plugins"
EXIT_USAGE = 2


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> dict[str, str]:
    """Plugin folder name → the folder it is installed in (pip --target; no index, no build isolation)."""
    base = tmp_path_factory.mktemp("plugins")
    targets = {}
    for name in ("treatylint_example", "treatylint_clash"):
        source = shutil.copytree(PLUGINS / name, base / "src" / name)  # pip builds in the tree: keep ours clean
        target = base / "site" / name
        done = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation", "--no-index",
                               "--disable-pip-version-check", "--target", str(target), str(source)], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        targets[name] = str(target)
    return targets


def treatylint(site: list[str], *args: str, cwd=None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([*site, str(ROOT)]))
    return subprocess.run([sys.executable, "-m", "linter", *args], capture_output=True, text=True, env=env, cwd=cwd)


@pytest.fixture
def todo(tmp_path):
    path = tmp_path / "todo.md"
    path.write_text("# Report\n\nThe Agency received TODO in 2020.\n", encoding="utf-8")
    return path


def codes(result: subprocess.CompletedProcess) -> list[tuple[str, int, int]]:
    return [(f["code"], f["line"], f["column"]) for f in json.loads(result.stdout)["findings"]]


def test_rules_lists_the_plugin_rule_with_its_distribution_and_version(installed):
    listing = treatylint([installed["treatylint_example"]], "rules")
    assert listing.returncode == 0, listing.stderr
    lines = listing.stdout.splitlines()
    assert [line for line in lines if line.startswith("EXA001")] == [
        "EXA001  example-todo-marker          warning  A TODO marker is left in the text  [treatylint-example 0.1.0]"]
    assert all(line.endswith("[built-in]") for line in lines if not line.startswith("EXA001"))
    assert len(lines) == len(registry.all_rules()) + 1


def test_the_plugin_rule_runs_and_is_selected_and_ignored_like_a_built_in_one(installed, todo):
    site = [installed["treatylint_example"]]
    checked = treatylint(site, "check", "--no-cache", "--format", "json", str(todo))
    assert checked.returncode == 1, checked.stderr
    assert [c for c in codes(checked) if c[0] == "EXA001"] == [("EXA001", 3, 21)]
    selected = treatylint(site, "check", "--no-cache", "--format", "json", "--select", "EXA001", str(todo))
    assert codes(selected) == [("EXA001", 3, 21)]
    by_name = treatylint(site, "check", "--no-cache", "--format", "json", "--select", "example-todo-marker", str(todo))
    assert codes(by_name) == [("EXA001", 3, 21)]
    ignored = treatylint(site, "check", "--no-cache", "--format", "json", "--ignore", "EXA001", str(todo))
    assert ignored.returncode == 0 and "EXA001" not in [c[0] for c in codes(ignored)]
    page = treatylint(site, "rule", "EXA001")
    assert page.stdout.startswith("EXA001 example-todo-marker (default severity: warning)")


@pytest.mark.parametrize("command", [("rules",), ("rule", "AMT001"), ("check", "--no-cache", "-j", "2", "{todo}", "{todo}")])
def test_a_plugin_reusing_a_built_in_code_is_a_configuration_error_naming_both(installed, todo, command):
    args = [part.format(todo=todo) for part in command]
    result = treatylint([installed["treatylint_example"], installed["treatylint_clash"]], *args)
    assert result.returncode == EXIT_USAGE, result.stderr
    error = result.stderr.strip().splitlines()[-1]
    assert error == ("Error: rule AMT001 clashing-amount (treatylint-clash 0.2.0) clashes with rule AMT001 implausible-amount (built-in): "
                     "both are 'AMT001'; a plugin's rules need codes and names of their own")
    assert "Traceback" not in result.stderr and not result.stdout


def test_the_example_rule_keeps_its_own_examples():
    """How a plugin tests its rule: its bad examples give its finding, its good ones none."""
    spec = importlib.util.spec_from_file_location("example_rules", PLUGINS / "treatylint_example" / "treatylint_example" / "rules.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rule = module.TodoMarker()
    assert registry._unusable(module.TodoMarker) is None
    for text in rule.bad:
        assert [f.code for f in lint_text(text, [rule])] == ["EXA001"]
    for text in rule.good:
        assert lint_text(text, [rule]) == []


def test_what_a_plugin_must_declare():
    class Nameless(Rule):
        code = "EXA002"

    class Lowercase(Rule):
        code, name, severity, summary = "exa003", "lower-code", None, ""

    assert registry._unusable(int) == "<class 'int'> is not a subclass of linter.rule.Rule"
    assert registry._unusable(Nameless) == "Nameless does not define name, severity, summary"
    assert registry._unusable(Lowercase) == "Lowercase.code 'exa003' is not capital letters then digits (EXA001)"


def test_two_plugins_with_one_code_or_name_are_an_error_naming_both(monkeypatch):
    class First(Rule):
        code, name, severity, summary = "EXA001", "example-todo-marker", Severity.INFO, "One"

    class Second(First):
        name = "another-marker"

    class Third(First):
        code = "EXA002"

    for other, key in ((Second, "EXA001"), (Third, "example-todo-marker")):
        monkeypatch.setattr(registry, "_plugin_rules", lambda other=other: [(First, "first 1.0"), (other, "second 2.0")])
        with pytest.raises(registry.PluginError) as error:
            registry._registered.__wrapped__()
        assert str(error.value).startswith(f"rule {other.code} {other.name} (second 2.0) clashes with rule EXA001 example-todo-marker "
                                           f"(first 1.0): both are {key!r}")


def test_the_cache_key_changes_with_the_installed_plugins(tmp_path, monkeypatch):
    cache = ResultCache(str(tmp_path / "cache"))
    keys = []
    for plugins in ((), ("treatylint-example 0.1.0",), ("treatylint-example 0.2.0",), ("treatylint-example 0.1.0", "other 1.0")):
        monkeypatch.setattr(registry, "plugins", lambda plugins=plugins: plugins)
        keys.append(cache.key(b"text", "r.md", Config()))
    assert len(set(keys)) == len(keys)


def test_help_does_not_read_entry_points():
    """Start-up stays fast: entry points are read when rules are first needed."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "linter", "--help"], capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert done.returncode == 0
    assert "importlib.metadata" not in done.stderr and " rules" not in done.stderr
