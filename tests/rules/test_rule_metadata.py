"""Every rule declares itself fully, and its documentation examples are executed."""
from __future__ import annotations

import re

import pytest

from linter.engine import lint_text
from linter.registry import all_rules
from linter.rule import Severity

RULES = all_rules()


def test_codes_unique_sorted_and_well_formed():
    codes = [r.code for r in RULES]
    assert codes == sorted(codes)
    assert len(set(codes)) == len(codes)
    for rule in RULES:
        assert re.fullmatch(r"[A-Z]{3}\d{3}", rule.code)
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)+", rule.name)
        assert isinstance(rule.severity, Severity)
        assert rule.summary and rule.__doc__
        assert "Why it matters" in rule.__doc__ and "What it checks" in rule.__doc__


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_documented_examples_behave(rule):
    if rule.code == "SUP002":
        return  # waivers live in a file of their own: tests/test_suppressions.py
    assert len(rule.bad) >= 2 and len(rule.good) >= 2  # one Chinese and one English each
    for text in rule.bad:
        assert rule.code in [f.code for f in lint_text(text, RULES)], f"bad example not reported: {text!r}"
    for text in rule.good:
        assert rule.code not in [f.code for f in lint_text(text, RULES)], f"good example reported: {text!r}"


def test_readme_rule_table_matches_the_registry():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Rules\n", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|")[1:4] for line in section.splitlines() if re.match(r"\| [A-Z]{3}\d{3} \|", line)]
    assert [[c.strip() for c in row] for row in rows] == [[r.code, r.name, str(r.severity)] for r in RULES]
