"""Facts census over the corpus, without gold: what `treatylint facts` finds in each document, and
the number-like strings it turned into no fact at all.

    python benchmarks/facts_census.py              # every document of ../shared/corpus/{en,zh}
    python benchmarks/facts_census.py --misses 20  # and up to 20 unread strings per document

A figure (or a run of Chinese numerals) right next to a word that makes it a fact — a classifier,
a currency, a scale word, a month name, 年/月 — and covered by no fact is a candidate miss: read
them to find the ways of writing a fact the packs do not know yet. The words come from the packs
of each document's language, so the census asks the packs about their own vocabulary.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from linter import lang  # noqa: E402
from linter.document import Document  # noqa: E402
from linter.engine import analyse  # noqa: E402
from linter.extract.grammar import CN_NUMERAL_CHARS, words  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
LANGUAGES = ("en", "zh")
_FIGURE = rf"(?:\d[\d,.  ]*\d|\d|[{CN_NUMERAL_CHARS}]{{2,}})"


@cache
def _candidates(packs: tuple) -> re.Pattern:
    """A figure next to a word of the packs that makes a figure a fact."""
    after = [
        *lang.merged(packs, "counts", "CLASSIFIERS"),
        *lang.merged(packs, "money", "CURRENCY_WORDS"),
        *lang.merged(packs, "numbers", "SCALE_WORDS"),
        *(m for m in lang.merged(packs, "dates", "MONTHS") if not m.endswith(".")),
        "年", "月",
    ]
    before = [*lang.merged(packs, "money", "PREFIXES"), *(m for m in lang.merged(packs, "dates", "MONTHS") if not m.endswith("."))]
    return re.compile(rf"{_FIGURE}[ \u00a0]?(?:{words(after)})(?![a-z])|(?<![A-Za-z])(?:{words(before)})[ \u00a0]?{_FIGURE}")


def census(path: Path) -> tuple[Counter, list[tuple[int, str]]]:
    document = Document(path.read_text(encoding="utf-8", errors="replace"))
    text, analysis = document.text, analyse(document)
    facts = sorted(analysis.facts, key=lambda f: f.start)
    kinds = Counter(f.kind for f in facts)
    covered = bytearray(len(text) + 1)
    for fact in (*facts, *(f for f, _ in analysis.skipped_facts)):
        covered[fact.start : fact.end] = b"\1" * (fact.end - fact.start)
    misses = []
    for m in _candidates(lang.chain(document.language)).finditer(text):
        if not any(covered[m.start() : m.end()]):
            misses.append((text.count("\n", 0, m.start()) + 1, m.group()))
    return kinds, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=int, default=0, metavar="N", help="print up to N unread strings per document")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print("../shared/corpus not found: nothing to measure")
        return
    total_kinds, total_misses = Counter(), 0
    for language in LANGUAGES:
        for path in sorted((CORPUS / language).glob("*.txt")):
            if path.name.startswith("unpc-"):
                continue  # the sentence-aligned dev set: benchmarks/languages.py
            kinds, misses = census(path)
            total_kinds.update(kinds)
            total_misses += len(misses)
            counts = ", ".join(f"{k} {v}" for k, v in sorted(kinds.items()))
            print(f"{language}/{path.name}: {counts}; unread {len(misses)}")
            for line, surface in misses[: args.misses]:
                print(f"    line {line}: {surface!r}")
    print(f"total: " + ", ".join(f"{k} {v}" for k, v in sorted(total_kinds.items())) + f"; unread {total_misses}")


if __name__ == "__main__":
    main()
