"""Report structure: masthead, headings, numbered items, list items, tables, links, sentences."""
from __future__ import annotations

from linter.document import Document
from linter.engine import analyse

REPORT = """不扩散核武器条约缔约国 2020 年审议大会

Distr.: General
7 October 2020
Chinese
Original: English

2022 年 1 月 4 日至 28 日，纽约

日本提交的报告

一. 核裁军

- 1 所有缔约国承诺奉行与《条约》完全相符的政策。
- 日本于 2019 年 11 月举行了会议。会议发表了联合声明。
 - 2017 年，日本成立了由 17 名专家组成的小组。
- 2 所有缔约国承诺适用透明的原则。
- [NPT/CONF.2020/PC.I/9](#) (2017 年)

二. 核不扩散

行动编号\t行动\t日本采取的行动
3\t与其他缔约国合作。\t日本所作努力的实例见以下网页。
| 4 | 向无核武器缔约国提供优惠待遇。 | 见行动 3。 |
"""


def lines_of(doc, spans):
    return [doc.position(s).line for s in spans]


def test_header():
    doc = Document(REPORT)
    header = analyse(doc).structure.header
    assert doc.text[slice(*header.distribution)] == "Distr.: General"
    assert doc.text[slice(*header.issue_date_line)] == "7 October 2020"
    assert doc.text[slice(*header.conference_title)] == "不扩散核武器条约缔约国 2020 年审议大会"
    assert header.original_language == "English"
    assert analyse(doc).structure.in_header(doc.text.index("2022 年"))
    assert not analyse(doc).structure.in_header(doc.text.index("一. 核裁军"))


def test_sections_items_and_tables():
    doc = Document(REPORT)
    s = analyse(doc).structure
    assert [sec.title for sec in s.sections] == ["一. 核裁军", "二. 核不扩散"]
    assert [(i.number, doc.position(i.start).line) for i in s.items] == [(1, 14), (2, 17), (3, 23), (4, 24)]
    item_1 = s.item_at(doc.text.index("17 名"))
    assert item_1.number == 1 and doc.position(item_1.end).line == 17  # an item runs to the next one
    rows = [b for b in s.blocks if b.kind == "table-row"]
    assert [doc.position(b.start).line for b in rows] == [22, 23, 24]
    assert [doc.text[c[0]:c[1]] for c in rows[1].cells] == ["3", "与其他缔约国合作。", "日本所作努力的实例见以下网页。"]
    assert [doc.text[c[0]:c[1]] for c in rows[2].cells] == ["4", "向无核武器缔约国提供优惠待遇。", "见行动 3。"]


def test_links_and_sentences():
    doc = Document(REPORT)
    link = analyse(doc).structure.links[0]
    assert doc.text[slice(*link.label)] == "NPT/CONF.2020/PC.I/9"
    assert doc.text[slice(*link.target)] == "#"
    start = doc.text.index("会议发表")
    sentence = analyse(doc).structure.sentence_at(start)
    assert doc.text[sentence[0]:sentence[1]] == "会议发表了联合声明。"


def test_english_sentences_skip_abbreviations():
    doc = Document("See para. 12 of the report. Mr. Smith spoke on 7 October 2020. The end")
    texts = [doc.text[a:b].strip() for a, b in analyse(doc).structure.sentences]
    assert texts == ["See para. 12 of the report.", "Mr. Smith spoke on 7 October 2020.", "The end"]
