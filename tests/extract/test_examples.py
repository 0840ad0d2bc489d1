"""Every surface form the core issue lists parses to the right value with the exact span."""
from __future__ import annotations

import pytest

from linter.extract import extract_facts

CASES = [
    # money
    ("提供了 803 571 美元。", "money", "803 571 美元", {"amount": 803571, "currency": "USD"}),
    ("捐款 4 300 万美元。", "money", "4 300 万美元", {"amount": 43000000, "currency": "USD", "scale": "万"}),
    ("和 240 万亿美元的", "money", "240 万亿美元", {"amount": 240000000000000, "currency": "USD", "scale": "万亿"}),
    ("筹集 1 亿美元", "money", "1 亿美元", {"amount": 100000000, "currency": "USD", "scale": "亿"}),
    ("共计4,300万日元。", "money", "4,300万日元", {"amount": 43000000, "currency": "JPY", "scale": "万"}),
    ("捐助 100 万欧元", "money", "100 万欧元", {"amount": 1000000, "currency": "EUR", "scale": "万"}),
    ("共 51亿5600万美元", "money", "51亿5600万美元", {"amount": 5156000000, "currency": "USD"}),
    ("a contribution of USD 803,571 in", "money", "USD 803,571", {"amount": 803571, "currency": "USD"}),
    ("a further US$ 1.2 million was", "money", "US$ 1.2 million", {"amount": 1200000, "currency": "USD", "scale": "million"}),
    ("budget of $2.4 billion.", "money", "$2.4 billion", {"amount": 2400000000, "currency": "USD", "scale": "billion"}),
    ("paid 803,571 US dollars", "money", "803,571 US dollars", {"amount": 803571, "currency": "USD"}),
    ("costs ¥1,000 each", "money", "¥1,000", {"amount": 1000, "currency": "JPY"}),
    ("JPY 5 million was", "money", "JPY 5 million", {"amount": 5000000, "currency": "JPY", "scale": "million"}),
    ("and € 3.5 million for", "money", "€ 3.5 million", {"amount": 3500000, "currency": "EUR", "scale": "million"}),
    ("of CHF 120,000.", "money", "CHF 120,000", {"amount": 120000, "currency": "CHF"}),
    ("more than $43 million to", "money", "$43 million", {"amount": 43000000, "currency": "USD", "scale": "million", "approx": "more_than"}),
    # dates
    ("于 2020 年 2 月 10 日发表", "date", "2020 年 2 月 10 日", {"start": "2020-02-10", "end": "2020-02-10", "granularity": "day"}),
    ("于2020年2月10日发表", "date", "2020年2月10日", {"start": "2020-02-10", "end": "2020-02-10", "granularity": "day"}),
    ("于 2019 年 11 月在", "date", "2019 年 11 月", {"start": "2019-11-01", "end": "2019-11-30", "granularity": "month"}),
    ("2018 年，日本", "date", "2018 年", {"start": "2018-01-01", "end": "2018-12-31", "granularity": "year"}),
    ("1983 年以来，日本", "date", "1983 年", {"start": "1983-01-01", "end": "1983-12-31", "granularity": "year", "qualifier": "since"}),
    ("截至 2020 年 8 月 31 日，", "date", "2020 年 8 月 31 日", {"start": "2020-08-31", "end": "2020-08-31", "granularity": "day", "qualifier": "as_of"}),
    ("2017 年 11 月至 2019 年 7 月期间", "daterange", "2017 年 11 月至 2019 年 7 月", {"start": "2017-11-01", "end": "2019-07-31", "granularity": "month"}),
    ("日本 2015 年至 2017 年与", "daterange", "2015 年至 2017 年", {"start": "2015-01-01", "end": "2017-12-31", "granularity": "year"}),
    ("2022 年 1 月 4 日至 28 日，纽约", "daterange", "2022 年 1 月 4 日至 28 日", {"start": "2022-01-04", "end": "2022-01-28", "granularity": "day"}),
    ("于 2019 年 2 月 7 日和 8 日在东京", "daterange", "2019 年 2 月 7 日和 8 日", {"start": "2019-02-07", "end": "2019-02-08", "granularity": "day"}),
    ("于 2019 年 2 月 30 日", "date", "2019 年 2 月 30 日", {"start": None, "end": None, "granularity": "day", "invalid": ["2019-02-30"]}),
    ("Distr.: General\n7 October 2020\n", "date", "7 October 2020", {"start": "2020-10-07", "end": "2020-10-07", "granularity": "day"}),
    ("on October 7, 2020.", "date", "October 7, 2020", {"start": "2020-10-07", "end": "2020-10-07", "granularity": "day"}),
    ("in October 2020,", "date", "October 2020", {"start": "2020-10-01", "end": "2020-10-31", "granularity": "month"}),
    ("New York, 4–28 January 2022", "daterange", "4–28 January 2022", {"start": "2022-01-04", "end": "2022-01-28", "granularity": "day"}),
    ("from 4 January to 28 January 2022.", "daterange", "4 January to 28 January 2022", {"start": "2022-01-04", "end": "2022-01-28", "granularity": "day"}),
    ("co-chaired from 2015 to 2017 and", "daterange", "2015 to 2017", {"start": "2015-01-01", "end": "2017-12-31", "granularity": "year"}),
    ("the 2015-2017 period", "daterange", "2015-2017", {"start": "2015-01-01", "end": "2017-12-31", "granularity": "year"}),
    ("fellows since 1983.", "date", "1983", {"start": "1983-01-01", "end": "1983-12-31", "granularity": "year", "qualifier": "since"}),
    # symbols
    ("见 NPT/CONF.2020/PC.III/4。", "symbol", "NPT/CONF.2020/PC.III/4", "NPT/CONF.2020/PC.III/4"),
    ("研究报告(A/57/124)所载", "symbol", "A/57/124", "A/57/124"),
    ("resolution A/RES/75/71.", "symbol", "A/RES/75/71", "A/RES/75/71"),
    ("报告(CD/1299)和", "symbol", "CD/1299", "CD/1299"),
    ("文书 (INFCIRC/225/Rev.5)，", "symbol", "INFCIRC/225/Rev.5", "INFCIRC/225/Rev.5"),
    ("建议 (INFCIRC/225/Rev.4(更正本))", "symbol", "INFCIRC/225/Rev.4(更正本)", "INFCIRC/225/Rev.4 (Corrected)"),
    ("的GC(63)/RES/10号决议", "symbol", "GC(63)/RES/10", "GC(63)/RES/10"),
    ("see S/RES/1540 (2004).", "symbol", "S/RES/1540 (2004)", "S/RES/1540 (2004)"),
    ("安全理事会第 1540(2004)号决议", "symbol", "第 1540(2004)号", "S/RES/1540 (2004)"),
    ("Council resolution 1540 (2004), Japan", "symbol", "resolution 1540 (2004)", "S/RES/1540 (2004)"),
    ("report CEDAW/C/JPN/9 of", "symbol", "CEDAW/C/JPN/9", "CEDAW/C/JPN/9"),
    ("document GOV/2020/5.", "symbol", "GOV/2020/5", "GOV/2020/5"),
    ("2012 年 SSR-6 号条例", "symbol", "SSR-6", "IAEA SSR-6"),
    # URLs
    ("见以下网页：www.example-mfa.gov/files/000712345.pdf。", "url", "www.example-mfa.gov/files/000712345.pdf", "www.example-mfa.gov/files/000712345.pdf"),
    ("网络： http://jn-hrd-n.jaea.go.jp/en/ - 区域", "url", "http://jn-hrd-n.jaea.go.jp/en/", "http://jn-hrd-n.jaea.go.jp/en/"),
    ("日本 <https://cnpp.iaea.org/countryprofiles/Japan/Japan.htm>", "url", "https://cnpp.iaea.org/countryprofiles/Japan/Japan.htm", "https://cnpp.iaea.org/countryprofiles/Japan/Japan.htm"),
    # counts
    ("由 17 名专家组成", "count", "17 名", {"n": 17, "noun": "专家", "classifier": "名"}),
    ("(6 个地震台站、", "count", "6 个", {"n": 6, "noun": "地震台站", "classifier": "个"}),
    ("举行了五次知名人士小组会议", "count", "五次", {"n": 5, "noun": "知名人士小组会议", "classifier": "次"}),
    ("30 多个国家", "count", "30 多个", {"n": 30, "noun": "国家", "classifier": "个", "approx": "more_than"}),
    ("所有三个支柱", "count", "三个", {"n": 3, "noun": "支柱", "classifier": "个"}),
    ("两份工作文件", "count", "两份", {"n": 2, "noun": "工作文件", "classifier": "份"}),
    ("on behalf of 12 States.", "count", "12 States", {"n": 12, "noun": "States"}),
    ("held five meetings between", "count", "five meetings", {"n": 5, "noun": "meetings"}),
    # percentages and quantities
    ("达标率一直是 100%。", "percentage", "100%", {"percent": 100}),
    ("rose by 5.2 per cent in", "percentage", "5.2 per cent", {"percent": 5.2}),
    ("shipped 25 kg of", "quantity", "25 kg", {"magnitude": 25, "unit": "kilogram"}),
    ("a 1,100 MWe reactor", "quantity", "1,100 MWe", {"magnitude": 1100, "unit": "megawatt"}),
]


@pytest.mark.parametrize("text, kind, surface, value", CASES, ids=[c[2] for c in CASES])
def test_listed_forms(text, kind, surface, value):
    facts = [f for f in extract_facts(text) if f.kind == kind]
    assert [f.text for f in facts] == [surface]
    fact = facts[0]
    assert text[fact.start : fact.end] == surface
    assert fact.value() == value


@pytest.mark.parametrize("text", [
    "第十次部长级会议", "第 8 次审议会议", "唯一一个在战争中遭受", "每两年召开一次高级别会议",  # ordinals and articles
    "NPT/CONF.2020/PC.I/9", "S/RES/1540 (2004)",  # years inside symbols are not dates
    "over five years", "paragraph 12 calls upon",  # durations and references are not counts
])
def test_not_counts_or_dates(text):
    assert [f for f in extract_facts(text) if f.kind in ("count", "date", "daterange")] == []


def test_bare_months_take_the_year_of_their_sentence():
    text = "示例国于 2023 年 5 月在首都举行的峰会、11 月在区域论坛、12 月在双边声明中确认了这一点。"
    months = [f.value() for f in extract_facts(text) if f.kind == "date"]
    assert months == [
        {"start": "2023-05-01", "end": "2023-05-31", "granularity": "month"},
        {"start": "2023-11-01", "end": "2023-11-30", "granularity": "month", "year_from_context": True},
        {"start": "2023-12-01", "end": "2023-12-31", "granularity": "month", "year_from_context": True},
    ]


def test_money_beats_count_and_symbol_beats_date():
    facts = extract_facts("提供了 803 571 美元；见 NPT/CONF.2020/PC.I/9 (2017 年)。")
    assert [(f.kind, f.text) for f in facts] == [("money", "803 571 美元"), ("symbol", "NPT/CONF.2020/PC.I/9"), ("date", "2017 年")]
