"""Money and measures read only the words of the packs a document's language chose."""
from decimal import Decimal

from linter import lang
from linter.extract import measures, money


def spans(facts):
    return [(f.start, f.end, f.text) for f in facts]


def test_a_comma_figure_under_und_alone_is_no_amount():
    # No pack of the French chain says whether "3,5" is 3.5 or 3 500: no amount, neither 3 nor 35.
    assert money.extract("EUR 3,5 Mio.", lang.chain("fr")) == []
    assert money.extract("EUR 3,500 et USD 1.2", lang.chain("fr")) == []


def test_an_iso_code_and_a_space_grouped_figure_need_no_language():
    (fact,) = money.extract("soit EUR 3 500 au total", lang.chain("fr"))
    assert (fact.start, fact.end, fact.text) == (5, 14, "EUR 3 500")
    assert (fact.amount, fact.currency, fact.lang, fact.scale) == (Decimal(3500), "EUR", "und", None)


def test_chinese_words_are_not_read_under_the_english_chain():
    text = "约 4 300 万美元 and about 5 million dollars, 百分之五, 25 吨"
    facts = money.extract(text, lang.chain("en"))
    assert spans(facts) == [(22, 39, "5 million dollars")]
    assert (facts[0].amount, facts[0].lang, facts[0].scale, facts[0].qualifier) == (Decimal(5_000_000), "en", "million", "about")
    assert measures.extract(text, lang.chain("en")) == []

    zh = money.extract(text, lang.chain("zh"))
    assert spans(zh) == [(2, 11, "4 300 万美元"), (22, 39, "5 million dollars")]
    assert (zh[0].amount, zh[0].lang, zh[0].qualifier) == (Decimal(43_000_000), "zh", "about")
    assert spans(measures.extract(text, lang.chain("zh"))) == [(41, 45, "百分之五"), (47, 51, "25 吨")]


def test_a_bare_code_keeps_the_language_of_the_scale_words_that_may_follow_it():
    assert [f.lang for f in money.extract("USD 5 and USD 5 million", lang.chain("zh"))] == ["en", "en"]
    assert [f.lang for f in money.extract("USD 5", lang.chain("fr"))] == ["und"]
