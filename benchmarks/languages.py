"""Facts census over the six-language UNPC dev set: what each language's pack chain finds.

    python benchmarks/languages.py        # reads ../shared/corpus/<lang>/unpc-v1.0-devset-2015.txt

Line N is the same sentence in every language, so a language whose pack is missing should find
only neutral facts (symbols, URLs, ISO dates, currency codes) — never an English or Chinese
reading of its text. Prints, per language: the detected language, its pack chain, fact counts by
kind (dates by precision), and the lines where a language finds a date or count on a line whose
English twin has none (the misreadings: "résolution 1990 (2011)" read as the year 1990).
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from linter import lang  # noqa: E402
from linter.document import Document, detect_language  # noqa: E402
from linter.extract import extract_facts  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
LANGUAGES = ("en", "zh", "fr", "es", "ru", "ar")


def census(language: str) -> tuple[str, Counter, list[Counter]]:
    lines = (CORPUS / language / "unpc-v1.0-devset-2015.txt").read_text(encoding="utf-8").splitlines()
    detected = detect_language("\n".join(lines))
    packs = lang.chain(detected)
    total, per_line = Counter(), []
    for line in lines:
        kinds = Counter()
        for fact in extract_facts(line, packs=packs):
            kind = f"date/{fact.when.granularity}" if fact.kind == "date" else fact.kind
            kinds[kind] += 1
        total.update(kinds)
        per_line.append(kinds)
    return detected, total, per_line


def main() -> None:
    if not (CORPUS / "en").is_dir():
        print("../shared/corpus not found: nothing to measure")
        return
    english = None
    for language in LANGUAGES:
        detected, total, per_line = census(language)
        chain = "+".join(p.code for p in lang.chain(detected))
        print(f"{language}: detected {detected}, packs {chain}: " + ", ".join(f"{k} {v}" for k, v in sorted(total.items())))
        if english is None:
            english = per_line
            continue
        extra = Counter()
        for mine, theirs in zip(per_line, english):
            for kind in ("date/year", "date/month", "date/day", "daterange", "count"):
                extra[kind] += max(0, mine[kind] - theirs[kind])
        print(f"    more than the English twin line: " + ", ".join(f"{k} {v}" for k, v in sorted(extra.items())))


if __name__ == "__main__":
    main()
