"""Every rule, the structure and the suppressions stay linear in the length of a line and of a
document: adversarial shapes timed at n and 4n must grow less than 8× (quadratic is 16×), and
the behaviour that had to be bounded to get there is pinned down exactly."""
from __future__ import annotations

import signal
import time
from contextlib import contextmanager

import pytest

from linter import suppressions
from linter.document import Document
from linter.engine import analyse, lint_document
from linter.registry import all_rules
from linter.rule import Context, Finding, Severity

RULES = {rule.code: rule for rule in all_rules()}
FLOOR = 0.05  # seconds: below this, timings are noise on a loaded machine
GROWTH = 8  # n → 4n: linear is 4×, quadratic 16×
TIMEOUT = 20  # seconds for one run: a quadratic or exponential pattern fails instead of hanging


@contextmanager
def _deadline(seconds: float):
    def expire(*_):
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _best_time(run, prepared) -> float:
    """The best of two runs (the machine is shared), each under the deadline."""
    best = float("inf")
    for _ in range(2):
        with _deadline(TIMEOUT):
            start = time.perf_counter()
            run(prepared)
            best = min(best, time.perf_counter() - start)
    return best


def assert_linear(prepare, run, n: int) -> None:
    """`run(prepare(4n))` takes less than GROWTH times `run(prepare(n))` (or the floor)."""
    small = _best_time(run, prepare(n))
    large = _best_time(run, prepare(4 * n))
    assert large < GROWTH * max(small, FLOOR), f"n={n}: {small:.3f} s, 4n: {large:.3f} s"


def structure_of(text: str):
    """A fresh document each time: the structure is computed once per analysis."""
    return lambda: analyse(Document(text)).structure


def rule_context(code: str, make_text, path: str | None = None):
    """Prepare: the document and its facts (not timed); run: the rule alone."""
    def prepare(n: int):
        analysis = analyse(Document(make_text(n), path))
        analysis.structure, analysis.facts  # noqa: B018 — built before the timing
        return Context(analysis)

    return prepare, lambda ctx: list(RULES[code].check(ctx))


def codes_and_texts(text: str, code: str) -> list[tuple[str, str]]:
    doc = Document(text)
    return [(f.code, doc.text[f.start : f.end]) for f in lint_document(doc, [RULES[code]])]


# ---------------------------------------------------------------- structure
@pytest.mark.parametrize("shape, n", [
    ("|-|", 4000),  # a table separator row that is not one, to its last character
    ("[", 8000),  # labels that never close
    ("[a](", 4000),  # targets that never close
])
def test_structure_is_linear_in_the_line(shape, n):
    make = {"|-|": lambda n: "|" + "-|" * n + "x|", "[": lambda n: "[" * n, "[a](": lambda n: "[a](" * n}[shape]
    assert_linear(lambda n: make(n), lambda text: structure_of(text)(), n)


def test_links_and_separators_read_as_before():
    doc = Document("[a [b](x) [c](y z) [d](#)\n| --- |:-:|\n|-|\n| a | b |\n")
    links = [(doc.text[slice(*link.label)], doc.text[slice(*link.target)]) for link in analyse(doc).structure.links]
    assert links == [("a [b", "x"), ("d", "#")]
    rows = [doc.text[b.start : b.end] for b in analyse(doc).structure.blocks if b.kind == "table-row"]
    assert rows == ["| a | b |"]  # both separator rows are skipped


# ---------------------------------------------------------------- positions, ignored spans
def test_positions_on_one_long_wide_line_are_linear():
    def run(doc):
        for offset in range(0, len(doc.text), 6):
            doc.position(offset)

    assert_linear(lambda n: Document("专业知知识。" * n), run, 2000)


def test_positions_far_into_a_wide_line():
    doc = Document("a\n" + "专😀" * 100 + "x")  # 专: 2 cells, 1 UTF-16 unit; 😀: 2 cells, 2 units
    assert doc.position(2 + 200) == (2, 201, 401, 301)  # the x
    assert doc.position(2 + 129) == (2, 130, 64 * 4 + 2 + 1, 64 * 3 + 1 + 1)  # just past the second step


def test_ignored_spans_are_looked_up_by_bisection():
    def run(doc):
        for offset in range(0, len(doc.text), 3):
            doc.in_ignored(offset, offset + 1)

    assert_linear(lambda n: Document("x" * (10 * n), ignored=tuple((10 * i, 10 * i + 5) for i in range(n))), run, 2000)
    doc = Document("x" * 40, ignored=((0, 30), (5, 10), (20, 25)))
    assert [doc.in_ignored(a, a + 1) for a in (0, 29, 30, 35)] == [True, True, False, False]


# ---------------------------------------------------------------- suppressions and waivers
def _suppressed(text: str):
    doc = Document(text)
    marks = suppressions.parse(doc)
    findings = [Finding("TXT001", "doubled-character", Severity.WARNING, s, s + 1, "m") for s in doc.line_starts]
    return doc, marks, findings


@pytest.mark.parametrize("comment, n", [
    ("<!-- treatylint: disable-next-line TXT001 -->\nthe the\n", 1000),
    ("<!-- treatylint: disable TXT001 -->\nthe the\n", 1000),  # ranges left open: each covers the rest
    ("<!-- treatylint: disable TXT001 ", 2000),  # never closed
    ("# treatylint: disable TXT001" + " " * 200 + "x\n", 500),  # codes, spaces, then more
])
def test_suppressions_are_linear(comment, n):
    def run(prepared):
        doc, marks, findings = prepared
        suppressions.apply(doc, findings, suppressions.parse(doc))

    assert_linear(lambda n: _suppressed(comment * n), run, n)


def test_open_ranges_each_record_the_findings_they_silence():
    doc, marks, findings = _suppressed("<!-- treatylint: disable URL001 -->\n<!-- treatylint: disable TXT -->\nx\n<!-- treatylint: enable TXT -->\ny\n")
    kept = suppressions.apply(doc, findings, marks)
    assert [doc.position(f.start).line for f in kept] == [1, 5, 6]
    assert [(m.first_line, m.last_line, m.used) for m in marks] == [(1, 6, set()), (2, 4, {"TXT001"})]


def test_a_suppression_with_spaced_codes():
    doc = Document("# treatylint: disable-next-line TXT001 ,  URL001 \t\nthe the\n<!--  treatylint: disable-next-line  TXT001   -->\nthe the\n")
    assert [(m.selectors, m.first_line) for m in suppressions.parse(doc)] == [(("TXT001", "URL001"), 2), (("TXT001",), 4)]


def test_waivers_are_looked_up_by_code_and_text(tmp_path):
    from linter import waivers

    path = str(tmp_path / "a.txt")

    def prepare(n: int):
        doc = Document("知知 " * n)
        findings = [Finding("TXT001", "doubled-character", Severity.WARNING, 3 * i, 3 * i + 2, "m") for i in range(n)]
        entries = [waivers.Waiver("a.txt", "TXT001", f"w{i}", "why", "w.toml", str(tmp_path)) for i in range(n // 10)]
        return doc, findings, entries

    assert_linear(prepare, lambda p: waivers.apply(p[0], path, p[1], p[2]), 400)
    doc, findings, entries = prepare(3)
    entries += [waivers.Waiver("a.txt", "TXT001", " 知知\n", "why", "w.toml", str(tmp_path)),
                waivers.Waiver("b.txt", "TXT001", "知知", "why", "w.toml", str(tmp_path))]
    assert waivers.apply(doc, path, findings, entries) == []
    assert [(w.match, w.applies, w.used) for w in entries[-2:]] == [(" 知知\n", True, True), ("知知", False, False)]


# ---------------------------------------------------------------- dates
@pytest.mark.parametrize("text", [
    "Exampleland signed on 1 May 2001 the " + "A" * 60 + ".",
    "Exampleland signed on 1 May 2001 the UNITED NATIONS OFFICE FOR DISARMAMENT AFFAIRS.",  # 30 s and more before
])
def test_english_titles_take_bounded_time(text):
    with _deadline(2):
        assert codes_and_texts(text, "DAT003") == []


def test_english_titles_are_words_each_followed_by_one_space():
    def twice(title: str) -> str:
        return f"On 1 May 2001, Exampleland signed the {title}.\nOn 2 May 2001, Exampleland signed the {title}.\n"

    long_title = "Basel Convention on the Control of Transboundary Movements of Hazardous Wastes and Their Disposal and the Minamata Convention"
    assert codes_and_texts(twice(long_title), "DAT003") == [("DAT003", "2 May 2001")]  # 18 words: as long as real titles get
    assert codes_and_texts(twice("Aaa " * 25 + "Treaty"), "DAT003") == []  # more than 24 words is no title
    assert codes_and_texts(twice("Non-ProliferationTreaty"), "DAT003") == []  # a keyword glued to a word ends no title


@pytest.mark.parametrize("code, make, n", [
    ("DAT003", lambda n: "2001 年 12 月 1 日签署《条约" * n, 1000),  # titles that never close
    ("DAT004", lambda n: "Exampleland signed the Treaty on 4 December 2001 and ratified it on 16 December 2002. " * n, 1000),
    ("DAT004", lambda n: "Exampleland signed it on 4 December 2001, ratified it on 16 December 2002, " * n + ".", 500),
    ("DAT005", lambda n: "Distr.: General\n7 October 2020\n\n" + "The meeting was held on 12 May 2030, " * n + ".", 500),
])
def test_date_rules_are_linear(code, make, n):
    assert_linear(*rule_context(code, make), n)


def test_order_of_events_names_the_first_later_signature():
    text = ("Exampleland signed it on 4 December 1999 and signed it again on 4 December 2003. "
            "It was ratified on 16 December 2002; Exampleland signed it on 5 December 2004.")
    doc = Document(text)
    found = [(doc.text[f.start : f.end], doc.text[f.related[0].start : f.related[0].end]) for f in lint_document(doc, [RULES["DAT004"]])]
    assert found == [("16 December 2002", "4 December 2003")]


# ---------------------------------------------------------------- counts
@pytest.mark.parametrize("code, make, n", [
    ("CNT001", lambda n: "小组由 " + "、".join("3 名专家" for _ in range(n)) + "组成。", 500),
    ("CNT001", lambda n: "3 名专家：和 " * n + "。", 500),  # every count a total whose parts follow
    ("CNT002", lambda n: "小组由 " + "、".join("3 名专家" for _ in range(n)) + "组成。", 500),
    ("CNT002", lambda n: "3 working papers, namely " * n + "a, b and c.", 500),
    ("CNT002", lambda n: "There are 2 items:\n- a\n- b\n\n" * n, 1000),
])
def test_count_rules_are_linear(code, make, n):
    assert_linear(*rule_context(code, make), n)


def test_a_total_with_more_parts_than_a_breakdown_has_heads_a_table():
    def listed(parts: int) -> str:
        return "The board consisted of 99 experts: " + ", ".join("2 experts" for _ in range(parts - 1)) + " and 2 experts."

    text = listed(20)
    assert codes_and_texts(text, "CNT001") == [("CNT001", text[text.index(": ") + 2 : -1])]
    assert codes_and_texts(listed(21), "CNT001") == []


def test_an_enumeration_longer_than_the_bound_is_not_checked():
    def namely(length: int) -> str:
        return "Exampleland submitted three working papers, namely on a, on b, on c and on " + "d" * length + "."

    assert codes_and_texts(namely(900), "CNT002") == [("CNT002", "three working papers")]
    assert codes_and_texts(namely(1000), "CNT002") == []


# ---------------------------------------------------------------- URLs
@pytest.mark.parametrize("code, make, n", [
    ("URL002", lambda n: "www.un.org/a " * n, 1000),  # one block: its dates were collected for every URL
    ("URL002", lambda n: "16 September 2024 " + "".join(f"www.un.org/doc{i:06d}.pdf " for i in range(n)), 100),
    ("URL002", lambda n: "".join(f"{1 + i % 28} May 2019 www.un.org/doc{i:05d}.pdf " for i in range(n)), 500),
    ("URL003", lambda n: "www.un.org/a/b/c " * n + "www-sites/default/files/x.pdf " * n, 1000),
])
def test_url_rules_are_linear(code, make, n):
    assert_linear(*rule_context(code, make), n)


def _near(text: str) -> list[tuple[str, str]]:
    doc = Document(text)
    return [(doc.text[f.start : f.end], doc.text[f.related[0].start : f.related[0].end]) for f in lint_document(doc, [RULES["URL002"]])]


def test_a_url_is_reported_once_beside_the_first_near_one():
    text = "".join(f"- Statement of 16 September 2024: www.example.org/files/doc{i}.pdf\n" for i in (1, 2, 3))
    assert _near(text) == [("www.example.org/files/doc2.pdf", "www.example.org/files/doc1.pdf"),
                           ("www.example.org/files/doc3.pdf", "www.example.org/files/doc1.pdf")]


@pytest.mark.parametrize("between, found", [(15, True), (16, False)])
def test_a_url_is_compared_with_the_next_sixteen_cited_for_its_date(between, found):
    others = [f"www.example.org/{chr(97 + i) * 6}.pdf" for i in range(between)]
    text = "16 September 2024: " + " ".join(["www.example.org/doc1.pdf", *others, "www.example.org/doc2.pdf"])
    assert _near(text) == ([("www.example.org/doc2.pdf", "www.example.org/doc1.pdf")] if found else [])


def test_in_a_block_of_many_dates_a_url_is_cited_for_the_nearest():
    def page(dates: int) -> str:
        return "www.example.org/doc1.pdf " + "1 January 2001, " * dates + "5 May 2005.\n\n5 May 2005: www.example.org/doc2.pdf\n"

    assert _near(page(126)) == [("www.example.org/doc2.pdf", "www.example.org/doc1.pdf")]  # 127 dates: all of them
    assert _near(page(128)) == []  # 129 dates: 5 May 2005 is not among the 128 nearest doc1.pdf


# ---------------------------------------------------------------- symbols, text, names
def _unrelated_title(i: int) -> str:
    """A title of a law that shares next to no character with the others."""
    return "".join(chr(0x4E00 + (i * 7919 + k * 104729) % 20000) for k in range(8)) + "法"


@pytest.mark.parametrize("code, make, n, path", [
    ("SYM004", lambda n: "2020 Review Conference of the Parties\nDistr.: General\n7 October 2020\n\nThe reports " + "NPT/CONF.2015/PC.III/4 " * n + "\n", 3000, None),
    ("TXT002", lambda n: "[a link](x)\n" + "```\n**\n" * n, 2000, "r.md"),
    ("NAM001", lambda n: "".join(f"《{_unrelated_title(i)}》" for i in range(n)), 200, None),
])
def test_symbol_text_and_title_rules_are_linear(code, make, n, path):
    assert_linear(*rule_context(code, make, path), n)


@pytest.mark.parametrize("between, found", [(49, True), (50, False)])
def test_a_title_is_compared_with_the_last_fifty_of_its_kind(between, found):
    titles = ["核材料、核燃料和反应堆管理法", *(_unrelated_title(i) for i in range(between)), "核原材料、核燃料和核反应堆管制法"]
    text = "".join(f"示例国依照《{title}》实施监管。" for title in titles)
    assert codes_and_texts(text, "NAM001") == ([("NAM001", "核原材料、核燃料和核反应堆管制法")] if found else [])


# ---------------------------------------------------------------- readers
@pytest.mark.parametrize("markup, n", [("<!--", 4000), ('<a b="', 1000), ("<a", 4000), ("</", 8000), ("<![CDATA[", 4000), ("<?", 8000)])
def test_html_left_open_at_the_end_is_read_in_linear_time(markup, n):
    from linter.readers import html

    assert_linear(lambda n: ("<p>text</p>" + markup * n).encode(), lambda data: html.read(data, "r.html"), n)


def test_html_markup_open_at_the_end_is_not_text():
    from linter.readers import html

    assert html.read(b"<p>one</p><!-- never closed <p>two</p>", "r.html").text == "one\n"
    assert html.read(b"<p>one</p><a href='x", "r.html").text == "one\n"
    assert html.read(b"<p>one &amp; two</p>AT&T <", "r.html").text == "one & two\nAT&T <"
