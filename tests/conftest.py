"""Shared test helpers: where ../shared is (it is absent from a user's fresh clone)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("TREATYLINT_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seed" / "npt-2020-japan-action-plan.zh.txt"
CORPUS = SHARED / "corpus"
SAMPLES = ROOT / "samples"

needs_shared = pytest.mark.skipif(not SEED.exists(), reason="../shared (seed, gold, corpus) is not available in this checkout")
