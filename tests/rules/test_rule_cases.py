"""One fixture file per rule (tests/rules/cases/CODE.toml): each case runs the rule alone and
must produce exactly the listed findings — `line:column CODE surface` — no more, no fewer."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from linter.document import Document
from linter.engine import lint_document
from linter.registry import all_rules, find_rule

CASES_DIR = Path(__file__).parent / "cases"


def _cases():
    for path in sorted(CASES_DIR.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for case in data["case"]:
            yield pytest.param(data["rule"], case, id=f"{data['rule']}-{case['name']}")


@pytest.mark.parametrize("code, case", list(_cases()))
def test_case(code, case):
    rule = find_rule(code)
    doc = Document(case["text"])
    others = [find_rule(c) for c in case.get("with", ())]  # rules whose findings the rule under test needs
    findings = [f for f in lint_document(doc, [rule, *others]) if f.code == code]
    got = []
    for f in findings:
        pos = doc.position(f.start)
        got.append(f"{pos.line}:{pos.column} {f.code} {doc.text[f.start:f.end]}")
    assert got == case["expect"]
    for part in case.get("message", ()):
        assert any(part in f.message for f in findings), (part, [f.message for f in findings])
    if "suggestion" in case:
        assert any(f.suggestion and f.suggestion.startswith(case["suggestion"]) for f in findings), [f.suggestion for f in findings]


def test_every_rule_has_cases_in_both_languages_positive_and_negative():
    for rule in all_rules():
        if rule.code == "SUP002":
            continue  # waivers live in files of their own: tests/test_suppressions.py
        path = CASES_DIR / f"{rule.code}.toml"
        assert path.exists(), f"{rule.code} has no fixture file"
        cases = tomllib.loads(path.read_text(encoding="utf-8"))["case"]
        for lang in ("zh", "en"):
            mine = [c for c in cases if c["name"].startswith(lang + "-")]
            assert any(c["expect"] for c in mine), f"{rule.code}: no positive {lang} case"
            assert any(not c["expect"] for c in mine), f"{rule.code}: no negative {lang} case"


def test_every_case_file_names_a_registered_rule():
    codes = {rule.code for rule in all_rules()}
    for path in CASES_DIR.glob("*.toml"):
        assert path.stem in codes
