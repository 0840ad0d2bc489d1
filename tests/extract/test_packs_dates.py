"""Dates and counts come from the chosen language packs: a language without a pack reads only
what no language owns (ISO dates), and each pack's grammar runs only in its chain."""
import pytest

from linter.extract import counts, dates
from linter.facts import Count, Date, DateRange, Day
from linter.lang import chain


def _dates(text, language):
    return [(f.text, f.start, f.end, f.lang, f.when if isinstance(f, Date) else (f.begin, f.finish)) for f in dates.extract(text, chain(language))]


def test_a_french_resolution_number_is_no_year():
    assert _dates("résolution 1990 (2011)", "fr") == []


def test_the_english_pack_reads_bare_years():
    assert _dates("in 1990 and 2011", "en") == [("1990", 3, 7, "en", Day(1990)), ("2011", 12, 16, "en", Day(2011))]


def test_a_chinese_date_needs_the_zh_pack():
    text = "2020 年 5 月 12 日"
    assert _dates(text, "en") == []
    assert _dates(text, "fr") == []
    assert _dates(text, "zh") == [(text, 0, 15, "zh", Day(2020, 5, 12))]


@pytest.mark.parametrize("language", ["fr", "en", "zh", "ru"])
def test_iso_dates_under_every_chain(language):
    text = "Distr.: General, 2020-10-07."
    found = [f for f in dates.extract(text, chain(language)) if f.text == "2020-10-07"]
    assert [(f.start, f.end, f.lang, f.when) for f in found] == [(17, 27, "und", Day(2020, 10, 7))]


def test_english_dates_and_ranges_need_the_en_pack():
    text = "held 4–28 January 2022 and on 7 October 2020"
    assert _dates(text, "fr") == []
    assert _dates(text, "en") == [
        ("4–28 January 2022", 5, 22, "en", (Day(2022, 1, 4), Day(2022, 1, 28))),
        ("7 October 2020", 30, 44, "en", Day(2020, 10, 7)),
    ]


def test_a_chinese_range_end_takes_year_and_month():
    text = "2022 年 1 月 4 日至 28 日"
    [fact] = dates.extract(text, chain("zh"))
    assert isinstance(fact, DateRange) and (fact.start, fact.end, fact.text) == (0, len(text), text)
    assert (fact.begin, fact.finish) == (Day(2022, 1, 4), Day(2022, 1, 28))


def test_qualifiers_come_from_the_chain():
    [zh] = dates.extract("1983 年以来", chain("zh"))
    assert (zh.text, zh.qualifier) == ("1983 年", "since")
    [en] = dates.extract("as of 31 August 2020", chain("en"))
    assert (en.text, en.qualifier) == ("31 August 2020", "as_of")
    [iso] = dates.extract("2020-08-31 以来", chain("fr"))  # no pack knows 以来 under fr
    assert iso.qualifier is None


def _counts(text, language):
    return [(f.text, f.start, f.end, f.lang, f.n, f.noun) for f in counts.extract(text, chain(language))]


@pytest.mark.parametrize("text", ["会议于 15 h 30 开始", "la séance a duré 10 heures", "15 h 30 et 10 heures"])
def test_no_counts_without_a_count_grammar(text):
    assert _counts(text, "fr") == []


def test_counts_need_their_pack():
    assert _counts("12 States and five meetings", "fr") == []
    assert _counts("12 States and five meetings", "en") == [("12 States", 0, 9, "en", 12, "States"), ("five meetings", 14, 27, "en", 5, "meetings")]
    assert _counts("由 17 名专家组成", "en") == []
    assert _counts("由 17 名专家组成", "zh") == [("17 名", 2, 6, "zh", 17, "专家")]


# The counted noun ends at the first stop word (a verb such as 组成 or 参加, a preposition, a
# conjunction), whatever the noun and whatever its modifiers before 的: no noun or verb is special.
@pytest.mark.parametrize(
    "text, noun",
    [
        ("由 4 名来自各国的法官组成", "来自各国的法官"),
        ("由 9 位不同地区的学者組成", "不同地区的学者"),
        ("共有 6 个成员国的代表参加了会议", "成员国的代表"),
        ("3 批年轻的工程师前往现场", "年轻的工程师"),
        ("5 名观察员组成的小组", "观察员"),
    ],
)
def test_a_counted_noun_stops_at_the_first_stop_word(text, noun):
    [fact] = counts.extract(text, chain("zh"))
    assert isinstance(fact, Count) and fact.noun == noun
    assert text[fact.start : fact.end] == fact.text
