"""Runs every spec file in tests/specs/<language>/ (format: tests/specs/README.md)."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from linter.document import Document
from linter.engine import analyse

SPECS = Path(__file__).parent / "specs"
KINDS = {
    "money": ("money",),
    "dates": ("date", "daterange"),
    "counts": ("count",),
    "symbols": ("symbol",),
    "events": ("event",),
}


def _cases():
    for path in sorted(SPECS.glob("*/*.toml")):
        spec = tomllib.loads(path.read_text(encoding="utf-8"))
        for i, case in enumerate(spec.get("case", [])):
            reason = spec.get("skip") or case.get("skip")
            marks = [pytest.mark.skip(reason=reason)] if reason else []
            yield pytest.param(path.parent.name, path.stem, case, id=f"{path.parent.name}/{path.stem}/{case.get('name', i)}", marks=marks)


@pytest.mark.parametrize("language, family, case", list(_cases()))
def test_spec(language, family, case):
    document = Document(case["text"], language=language)
    if family == "structure":
        assert [item.number for item in analyse(document).structure.items] == case["items"]
        return
    facts = [f for f in analyse(document).facts if f.kind in KINDS[family]]
    for fact in facts:
        assert document.text[fact.start:fact.end] == fact.text
    assert [[f.kind, f.text, f.value()] for f in facts] == case["expect"]
