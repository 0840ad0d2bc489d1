"""The samples' findings, exactly: tests/samples/<sample>.expected lists, for every file in
samples/, each finding as `line:column CODE fragment` (the fragment is part of its message), in
order. The expectations are written and reviewed by hand — every line a real defect of the
sample — never produced from the current output; a change of findings shows as a diff to review."""
from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest

from linter.engine import lint_paths
from linter.registry import all_rules, origin
from tests.conftest import SAMPLES

EXPECTED = Path(__file__).parent / "samples"
CASES = Path(__file__).parent / "rules" / "cases"


def expectation(name: str) -> list[tuple[str, str]]:
    """(line:column CODE, message fragment) per finding."""
    lines = (EXPECTED / f"{name}.expected").read_text(encoding="utf-8").splitlines()
    return [(" ".join(parts[:2]), parts[2] if len(parts) > 2 else "") for parts in (line.split(" ", 2) for line in lines)]


@pytest.fixture(scope="module")
def results() -> dict[str, list[tuple[str, str]]]:
    """Every sample as `treatylint check samples/` sees it (the waivers file included), by file name."""
    found: dict[str, list[tuple[str, str]]] = {}
    for result in lint_paths([str(SAMPLES)]):
        listed = found.setdefault(os.path.basename(result.path), [])
        for f in result.findings:
            at = result.document.position(f.start)
            listed.append((f"{at.line}:{at.column} {f.code}", f.message))
    return found


def test_every_sample_has_an_expectation():
    assert sorted(p.name for p in EXPECTED.glob("*.expected")) == sorted(f"{p.name}.expected" for p in SAMPLES.iterdir())


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLES.iterdir()))
def test_sample_findings_exactly(results, name):
    expected = expectation(name)
    got = results.get(name, [])
    assert [where for where, _ in got] == [where for where, _ in expected]
    for (where, message), (_, fragment) in zip(got, expected):
        assert fragment in message, (where, fragment, message)


def test_every_built_in_rule_is_exercised():
    """By a sample's expectation or by a positive case of its fixture file: a new rule cannot go untested."""
    in_samples = {where.split(" ")[1] for p in EXPECTED.glob("*.expected") for where, _ in expectation(p.name[: -len(".expected")])}
    in_cases = {path.stem for path in CASES.glob("*.toml")
                if any(case["expect"] for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"])}
    untested = [r.code for r in all_rules() if origin(r) == "built-in" and r.code not in in_samples | in_cases]
    assert untested == []
