"""A fallback pack reads only the runs of its script; the document's own pack reads everything."""
from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from linter.document import Document
from linter.engine import analyse
from linter.extract.runs import _runs, fallback_runs, within_runs
from linter.lang import pack

CHINESE = "日本的报告（2019）已于 2020 年提交，共 3 delegations 参加。\n\nDistr.: General\n7 October 2020\n"


def facts_of(text):
    return [(type(f).__name__, f.text, f.lang) for f in analyse(Document(text)).facts if type(f).__name__ in ("Date", "Count")]


def test_a_chinese_report_reads_its_english_runs_with_the_english_pack():
    assert facts_of(CHINESE) == [
        ("Date", "2019", "zh"), ("Date", "2020 年", "zh"), ("Count", "3 delegations", "en"), ("Date", "7 October 2020", "en"),
    ]


def test_only_fallback_packs_are_restricted():
    packs = analyse(Document(CHINESE)).packs
    assert [p.code for p in packs] == ["zh", "en", "und"]
    assert fallback_runs(CHINESE, packs[0], packs, "dates") is None
    assert fallback_runs(CHINESE, packs[2], packs, "dates") is None
    runs = fallback_runs(CHINESE, packs[1], packs, "dates")
    assert [CHINESE[a:b] for a, b in runs] == [" 3 delegations ", "\n\nDistr.: General\n7 October 2020\n"]
    assert within_runs(runs, CHINESE.index("delegations")) and not within_runs(runs, CHINESE.index("2019"))


RUN, LETTER = pack("und").get("detection", "RUNS")["en"]["dates"]


@given(st.text(alphabet="ab1 文，\n", max_size=80))
def test_runs_are_the_maximal_runs_holding_a_letter(text):
    expected = tuple(m.span() for m in re.finditer(f"{RUN}+", text) if re.search(LETTER, text[m.start():m.end()]))
    assert _runs(text, RUN, LETTER) == expected
