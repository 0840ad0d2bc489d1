"""Shared test helpers: where ../shared is (it is absent from a user's fresh clone), and a report
whose facts every view must show alike."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TREATYLINT_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seed" / "npt-2020-japan-action-plan.zh.txt"
CORPUS = SHARED / "corpus"
SAMPLES = ROOT / "samples"

# The facts of a code block, and the repeats of a running page header, are not the rules' facts:
# the HTML page and the editor's hovers show what `treatylint facts` prints.
_PAGE = "GE.19-1{n}\n\nA/HRC/WG.6/34/XYZ/1\n\nThe State reported in 2019 on paragraph {n}.\n\f"
SHOWN = "Paid USD 5 on 7 May 2020.\n\n" + "".join(_PAGE.format(n=n) for n in range(1, 5)) + "\n\n```\nUSD 9 on 8 May 2021, A/RES/75/71\n```\n"


def printed_facts(path) -> list[dict]:
    """What `treatylint facts PATH` prints, one record per fact."""
    from click.testing import CliRunner

    from linter.cli import main

    return [json.loads(line) for line in CliRunner().invoke(main, ["facts", str(path)]).output.splitlines()]


needs_shared = pytest.mark.skipif(not SEED.exists(), reason="../shared (seed, gold, corpus) is not available in this checkout")
