"""`treatylint facts` prints the facts the rules see, and marks those they skip."""
import json

import pytest

from click.testing import CliRunner

from linter.cli import main


def _facts(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["facts", str(path)])
    return result.exit_code, [json.loads(line) for line in result.output.splitlines()]


def test_code_blocks_yield_no_facts(tmp_path):
    status, records = _facts(tmp_path, "r.md", "Paid USD 5 on 7 May 2020.\n\n```\nUSD 9 on 8 May 2021\n```\n")
    assert status == 0
    assert [(r["type"], r["text"], r["line"]) for r in records] == [("money", "USD 5", 1), ("date", "7 May 2020", 1)]


def test_the_language_chooses_the_packs(tmp_path):
    text = "Le Conseil de sécurité rappelle sa résolution 1990 (2011) et la résolution 2325 (2016) du Conseil.\n"
    _, records = _facts(tmp_path, "fr.txt", text)
    assert [r for r in records if r["type"] in ("date", "daterange")] == []


def test_running_header_facts_are_marked_skipped(tmp_path):
    page = "GE.19-1{n}\n\nA/HRC/WG.6/34/XYZ/1\n\nThe State reported in 2019 on paragraph {n}.\n\f"
    _, records = _facts(tmp_path, "r.txt", "".join(page.format(n=n) for n in range(1, 5)))
    header = [r for r in records if r["type"] == "symbol"]
    assert len(header) == 4
    assert {r.get("skipped") for r in header[1:]} == {"running-header"}
