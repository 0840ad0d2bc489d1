"""The seed report, the gold facts and the corpus (read from ../shared, skipped when absent),
and the project's own samples."""
from __future__ import annotations

import importlib.util
import json

import pytest

from linter.document import Document
from linter.engine import lint_document, read_document
from linter.extract import extract_facts
from linter.registry import all_rules
from tests.conftest import CORPUS, SAMPLES, SEED, SHARED, needs_shared

RULES = all_rules()

# ../shared/seed/DEFECTS.md, as (line, code): everything that must be reported, and nothing else.
SEED_FINDINGS = [
    (3, "DOC001"), (102, "AMT001"), (111, "TXT001"), (121, "URL004"), (122, "URL004"), (123, "URL004"),
    (124, "URL004"), (183, "TXT001"), (197, "URL001"), (203, "NAM001"), (224, "TXT002"), (232, "URL001"),
    (238, "URL001"), (246, "URL003"), (255, "URL002"), (275, "NAM001"), (284, "URL001"), (285, "URL001"),
]


@needs_shared
def test_seed_defects_exactly():
    doc = read_document(str(SEED))
    findings = lint_document(doc, RULES)
    assert [(doc.position(f.start).line, f.code) for f in findings] == SEED_FINDINGS
    by_code = {f.code: f for f in findings}
    amount = by_code["AMT001"]
    assert doc.text[amount.start : amount.end] == "240 万亿美元" and str(amount.severity) == "error"
    assert amount.suggestion.startswith("did you mean 240 万美元 (USD 2 400 000)")
    near = by_code["URL002"]
    assert [doc.position(r.start).line for r in near.related] == [201]
    assert by_code["URL003"].suggestion == "did you mean www.iaea.org/sites/default/files/gc/gc63-res10.pdf?"


def _gold_scorer():
    spec = importlib.util.spec_from_file_location("gold_common", SHARED / "tools" / "gold_common.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@needs_shared
@pytest.mark.parametrize("text_path, gold_path", [
    (SEED, SHARED / "gold" / "npt-2020-japan-action-plan.zh.facts.jsonl"),
    (SHARED / "gold" / "en-sample.txt", SHARED / "gold" / "en-sample.facts.jsonl"),
])
def test_gold_facts_recall_and_precision(text_path, gold_path):
    gc = _gold_scorer()
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
    for g in gold:
        g["cat"] = "date" if g["type"] in ("date", "daterange") else g["type"]
        g["s"], g["e"] = g["col"], g["col"] + len(g["text"])
    doc = read_document(str(text_path))
    preds = []
    for fact in extract_facts(doc.text):
        kind = "date" if fact.kind in ("date", "daterange") else fact.kind
        if kind not in gc.TYPES:
            continue
        pos = doc.position(fact.start)
        preds.append({"type": kind, "line": pos.line, "s": pos.column - 1, "e": pos.column - 1 + len(fact.text), "value": fact.value(), "text": fact.text})
    for kind, result in gc.score(gold, preds).items():
        if result["gold"]:
            assert result["value_ok"] / result["gold"] >= 0.95, (kind, result["misses"])
        if result["pred"]:
            assert result["tp"] / result["pred"] >= 0.95, (kind, result["fps"])


def _corpus_files():
    if not CORPUS.exists():
        return []
    return sorted(p for p in CORPUS.rglob("*.txt"))


@needs_shared
@pytest.mark.parametrize("path", _corpus_files(), ids=lambda p: str(p.relative_to(CORPUS)))
def test_corpus_no_crash_and_spans_round_trip(path):
    doc = read_document(str(path))
    for fact in extract_facts(doc.text):
        assert doc.text[fact.start : fact.end] == fact.text
    findings = lint_document(doc, RULES)
    assert [f.message for f in findings if f.code == "INT001"] == []
    for f in findings:
        assert 0 <= f.start <= f.end <= len(doc.text)


def test_samples_language_detection():
    assert Document((SAMPLES / "npt-report-defects.zh.md").read_text(encoding="utf-8")).language == "zh"
    assert Document((SAMPLES / "npt-report-defects.en.md").read_text(encoding="utf-8")).language == "en"
