"""Facts written differently, in either language, have one comparable key; anchors name the
numbered item or block a fact is in."""
from linter.anchors import anchor
from linter.document import Document
from linter.engine import analyse
from linter.extract import extract_facts


def _keys(text):
    return [f.key() for f in extract_facts(text)]


def test_the_same_amount_in_two_languages_has_one_key():
    assert _keys("4 300 万美元") == _keys("USD 43 million") == _keys("US$ 43,000,000") == [("money", "USD", "43000000", None)]


def test_an_approximate_amount_keeps_its_qualifier():
    assert _keys("超过 5 万欧元") == _keys("more than EUR 50,000") == [("money", "EUR", "50000", "more_than")]


def test_the_same_day_in_two_languages_has_one_key():
    assert _keys("2020 年 10 月 7 日") == _keys("7 October 2020") == _keys("2020-10-07") == [("date", "2020-10-07", None)]


def test_ranges_and_symbols():
    assert _keys("2019 年 4 月 29 日至 5 月 10 日") == _keys("29 April–10 May 2019") == [("daterange", "2019-04-29", "2019-05-10")]
    assert _keys("安全理事会第 1540(2004)号决议") == _keys("resolution 1540 (2004)") == [("symbol", "S/RES/1540 (2004)")]


def test_every_key_is_hashable():
    text = "On 7 May 2020, 12 States paid USD 5 million (40%) for 3 tonnes; see https://un.org/x and CD/1299."
    facts = extract_facts(text)
    assert {f.kind for f in facts} >= {"date", "count", "money", "percentage", "symbol", "url"}
    assert len({f.key() for f in facts}) == len(facts)


def test_anchor_is_the_item_else_the_block_else_the_line():
    analysis = analyse(Document("Title\n\n1. The State paid USD 5.\n2. It paid USD 6.\n\nClosing text.\n"))
    text = analysis.document.text
    assert anchor(analysis, text.index("USD 5")) == "item 1"
    assert anchor(analysis, text.index("USD 6")) == "item 2"
    assert anchor(analysis, text.index("Title")) == "block 1"
