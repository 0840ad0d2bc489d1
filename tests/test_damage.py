"""Damaged and foreign input (linter.damage, rules/input.py): every region is found at its
exact span, the rules see no facts inside it, and the document's own symbol is still read once.
The fixture cases (tests/rules/cases/INP*.toml) hold the surface forms; these tests hold what
the engine does with them, PDF pages, real documents and adversarial shapes."""
from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter import damage
from linter.document import Document, Locator
from linter.engine import lint_document, read_document
from linter.facts import Money, Symbol, Url
from linter.registry import all_rules, find_rule
from linter.rule import Rule, Severity
from tests.conftest import CORPUS, SAMPLES, needs_shared

RULES = all_rules()
INP = [rule for rule in RULES if rule.code.startswith("INP")]


class FactProbe(Rule):
    """Records the facts the rules are given (not registered: the tests pass it in)."""

    code = "TST001"
    name = "fact-probe"
    severity = Severity.INFO
    summary = "records ctx.facts"
    messages = {}

    def __init__(self):
        self.facts = []

    def check(self, ctx):
        self.facts = list(ctx.facts)
        return iter(())


def facts_seen(document: Document, *rules: Rule) -> list:
    probe = FactProbe()
    lint_document(document, [probe, *rules])
    return probe.facts


def codes(document: Document, rules=RULES) -> list[tuple[str, str]]:
    return [(f.code, document.text[f.start : f.end]) for f in lint_document(document, rules)]


# ---------------------------------------------------------------- facts stay out of damaged regions
def test_spaced_digits_give_no_amount():
    # the issue: "7 4 7 7 2 亿元" was read as 200 000 007 CNY
    doc = Document("全年财政收入 7 4 7 7 2 亿元，另有 612 400 美元。")
    money = [f for f in facts_seen(doc) if isinstance(f, Money)]
    assert [(f.text, f.amount) for f in money] == [("612 400 美元", 612400)]


def test_a_glyph_inside_a_figure_keeps_the_figure_out():
    doc = Document("示例国捐助了 1(cid:20)5 000 美元和 3 000 美元。")
    assert [f.text for f in facts_seen(doc) if isinstance(f, Money)] == ["3 000 美元"]


def test_binary_residue_gives_no_facts():
    doc = Document("Exampleland reported in 2020.\n\x01\x02 2019 年 \x13 500 万美元\x14 www.example.org\n")
    assert [f.text for f in facts_seen(doc)] == ["2020"]


def test_a_footer_url_on_every_page_is_not_a_duplicate_url():
    pages = "".join(f"\x0c{n}. Exampleland acted in 20{10 + n}.\nwww.example.org/report\n" for n in range(1, 6))
    doc = Document("Report of Exampleland\n" + pages)
    found = codes(doc, [find_rule("URL001"), find_rule("INP005")])
    assert found == [("INP005", "www.example.org/report")]
    urls = [f for f in facts_seen(doc) if isinstance(f, Url)]
    assert [doc.position(f.start).line for f in urls] == [3]  # read once, where it first appears


def test_two_copies_of_a_licence_notice_cite_no_url_twice():
    notice = "This work is licensed under a Creative Commons Attribution 4.0 International License (https://creativecommons.org/licenses/by/4.0/).\n"
    doc = Document(notice + "\nExampleland reported in 2020.\n\n" + notice)
    assert codes(doc, [find_rule("URL001"), find_rule("INP007")]) == [("INP007", notice.strip())] * 2
    assert [f.text for f in facts_seen(doc)] == ["2020"]


def test_masthead_symbol_is_read_once_and_doc001_still_sees_it():
    text = ("2026 Review Conference of the Parties\nNPT/CONF.2026/1\nDistr.: General\n7 October 2025\n\n"
            "1. Exampleland reported.\n\x0cNPT/CONF.2026/1\n2. More.\n\x0cNPT/CONF.2026/1\n3. More.\n\x0cNPT/CONF.2026/1\n4. End.\n")
    doc = Document(text)
    found = lint_document(doc, [find_rule("DOC001"), find_rule("INP005")])
    assert [(f.code, doc.position(f.start).line) for f in found] == [("INP005", 7)]
    assert doc.summary == {"symbol": "NPT/CONF.2026/1", "issue_date": "2025-10-07"}
    assert [doc.position(f.start).line for f in facts_seen(doc) if isinstance(f, Symbol)] == [2]


def test_own_findings_survive_but_code_blocks_stay_unlinted():
    from linter.readers import markdown

    doc = markdown.read("Text (cid:3)here.\n\n```\n(cid:4)\n```\n".encode(), "x.md")
    assert codes(doc, INP) == [("INP001", "(cid:3)here")]


# ---------------------------------------------------------------- PDF pages from the reader's locator
def pdf_document(pages: list[list[str]]) -> Document:
    """A Document shaped as the PDF reader builds it: one line per text box, page labels."""
    text, starts, labels = "", [], []
    for number, lines in enumerate(pages, 1):
        for index, line in enumerate(lines, 1):
            starts.append(len(text))
            labels.append(f"page {number}, line {index}")
            text += line + "\n"
    return Document(text, "x.pdf", locator=Locator(starts, labels), kind="pdf")


def test_pdf_running_header_with_page_numbers():
    body = ["United Nations", "A/HRC/28/15", "Distr.: General 10 December 2014", "GE.14-23930  (E)", "\uf02a\uf031\uf034\uf032\uf033\uf039\uf033\uf030\uf02a"]
    pages = [body] + [["A/HRC/28/15", f"{n}. Paragraph {n} adopted on 4 November 2014.", str(n)] for n in range(2, 7)]
    doc = pdf_document(pages)
    found = lint_document(doc, INP)
    assert [(f.code, doc.where(f.start), doc.text[f.start : f.end]) for f in found] == [
        ("INP006", "page 1, line 4, column 1", "GE.14-23930  (E)\n" + body[4]),
        ("INP005", "page 2, line 1, column 1", "A/HRC/28/15"),
    ]
    assert found[0].message.startswith("printing job number GE.14-23930 (E) *1423930*: a production mark")
    assert found[1].message.startswith("“A/HRC/28/15” is a running header or footer, repeated 5 more time(s)")
    assert [doc.where(r.start) for r in found[1].related] == ["page 1, line 2, column 1", "page 3, line 1, column 1",
                                                              "page 4, line 1, column 1", "page 5, line 1, column 1"]
    assert doc.summary["symbol"] == "A/HRC/28/15"


def test_pdf_heading_on_a_few_page_tops_is_text():
    pages = [["Report"]] + [["(a)" if n < 5 else f"Paragraph {n}.", f"Body {n}."] for n in range(2, 11)]
    assert damage.of_kind(pdf_document(pages), "running-header") == []


def test_page_starts_from_pdf_labels_and_form_feeds():
    doc = pdf_document([["a", "b"], ["c"], ["d"]])
    assert damage.page_starts(doc) == [0, 4, 6]
    assert damage.page_starts(Document("one\x0ctwo\x0cthree")) == [0, 4, 8]
    assert damage.page_starts(Document("no pages")) == [0]


# ---------------------------------------------------------------- severities and fixes
def test_severity_follows_what_the_damage_touches():
    doc = Document("(cid:129) Item.\nUSD 1(cid:20)5 000\nTotal\x07 12\n\x01\x02 residue\n")
    assert [(f.code, str(f.severity)) for f in lint_document(doc, INP)] == [
        ("INP001", "info"), ("INP001", "warning"), ("INP002", "info"), ("INP002", "warning")]


def test_mojibake_and_spaced_digits_offer_editor_fixes_only():
    doc = Document("The Ministerâ€™s fund paid USD 1 2 3 4 5.")
    fixes = [(f.code, f.fix.replacement, f.fix.safe) for f in lint_document(doc, INP)]
    assert fixes == [("INP003", "’", False), ("INP004", "12345", False)]


def test_messages_in_chinese():
    doc = Document("全年财政收入 7 4 7 7 2 亿元。")
    from linter.config import Config

    [finding] = lint_document(doc, INP, Config(message_language="zh"))
    assert finding.message == "“7 4 7 7 2”似乎是被转换工具拆散了的数字 74772：无法确定其含义，因此不检查该数字"
    assert finding.suggestion == "请对照原文核对该数字；如原文如此，请写作 74772"


def test_the_damaged_sample_carries_every_input_finding():
    doc = read_document(str(SAMPLES / "damaged-input.txt"))
    assert sorted({f.code for f in lint_document(doc, RULES) if f.code.startswith("INP")}) == [r.code for r in INP]


# ---------------------------------------------------------------- properties
DAMAGE = {
    "(cid:129)": "glyph", "\ufffd": "glyph", "\uf0b7": "glyph", "â€™": "mojibake", "Ã©": "mojibake", "鎶ュ憡": "mojibake",
    "\x01\x02\x03": "binary", "7 4 7 7 2 亿元": "spaced-digits", "USD 1 2 3": "spaced-digits",
}
CLEAN = st.text(st.sampled_from("示例国捐助了美元 Exampleland paid in 2020 ，。.;-"), max_size=30)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(CLEAN, st.sampled_from(sorted(DAMAGE))), max_size=6), CLEAN)
def test_every_inserted_damage_is_found_at_its_span(pieces, tail):
    text, expected = "", []
    for clean, snippet in pieces:
        text += f"x{clean}\n"  # binary residue takes its whole line
        core = snippet.removeprefix("USD ").removesuffix(" 亿元")
        expected.append((DAMAGE[snippet], len(text) + snippet.index(core), core))
        text += snippet + "\n"
    text += tail
    found = damage.regions(Document(text))
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))  # sorted, no overlaps
    assert [(r.kind, r.start, text[r.start : r.end]) for r in found] == expected


ADVERSARIAL = {
    "numbers on one line": "1 " * 50_000,
    "spaced figures": "1 2 亿元 " * 12_000,
    "glyphs": "(cid:1)" * 15_000,
    "control characters": "\x01a" * 50_000,
    "mojibake": "Ã©" * 50_000,
    "a symbol on every line": "A/HRC/1/1\n" * 10_000,
    "a page per line": "A/1/1\n\x0c" * 15_000,
    "notices": "All rights reserved:\n- a\n" * 5_000,
    "barcode font": "\uf02a" * 100_000,
    "one long word": "abc" * 40_000 + "(cid:1)",
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_shapes_stay_linear(name):
    doc = Document(ADVERSARIAL[name])
    started = time.perf_counter()
    damage.regions(doc)
    assert time.perf_counter() - started < 3.0  # about 0.1 s per 100 KB on a quiet machine


# ---------------------------------------------------------------- the corpus
@needs_shared
def test_corpus_text_running_header_and_job_number():
    doc = read_document(str(CORPUS / "en" / "a-hrc-28-15.txt"))
    found = [f for f in lint_document(doc, RULES) if f.code.startswith("INP")]
    assert [(f.code, doc.position(f.start).line, doc.text[f.start : f.end]) for f in found] == [
        ("INP006", 24, "GE.14-23930 (E)\n\n" + "\uf02a\uf031\uf034\uf032\uf033\uf039\uf033\uf030\uf02a"),
        ("INP005", 29, "A/HRC/28/15"),
    ]
    assert "repeated 24 more time(s)" in found[1].message
    symbols = [f for f in facts_seen(doc) if isinstance(f, Symbol) and f.canonical == "A/HRC/28/15"]
    assert [doc.position(f.start).line for f in symbols] == [1]
    assert doc.summary["symbol"] == "A/HRC/28/15"


@needs_shared
def test_corpus_pdf_bullets_the_font_did_not_map():
    doc = read_document(str(CORPUS / "pdf" / "g1413493.pdf"))
    glyphs = [f for f in lint_document(doc, [find_rule("INP001")])]
    assert len(glyphs) == 14 and {doc.text[f.start : f.end] for f in glyphs} == {"(cid:129)"}
    assert {str(f.severity) for f in glyphs} == {"info"} and doc.where(glyphs[0].start) == "page 7, line 26, column 1"


@needs_shared
@pytest.mark.parametrize("folder", ["en", "zh", "fr", "es", "ru", "ar"])
def test_corpus_text_has_no_damage_it_does_not_have(folder):
    """The text corpus holds no binary residue, mojibake or spaced digits: any such finding is a false positive."""
    for path in sorted((CORPUS / folder).glob("*.txt")):
        kinds = {r.kind for r in damage.regions(read_document(str(path)))}
        assert kinds <= {"glyph", "job-number", "running-header"}, (path.name, kinds)
