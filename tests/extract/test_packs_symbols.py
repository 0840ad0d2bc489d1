"""Symbol citation forms come from the packs the document's language chose."""
from linter import lang
from linter.extract import symbols


def _found(text, language):
    return [(f.canonical, text[f.start:f.end]) for f in symbols.extract(text, lang.chain(language))]


def test_neutral_symbols_under_every_chain():
    text = "Voir S/RES/1540 (2004) et NPT/CONF.2020/PC.III/9."
    expected = [("S/RES/1540 (2004)", "S/RES/1540 (2004)"), ("NPT/CONF.2020/PC.III/9", "NPT/CONF.2020/PC.III/9")]
    for language in ("fr", "en", "zh"):
        assert _found(text, language) == expected


def test_a_chinese_citation_needs_the_zh_pack():
    text = "安全理事会第 1540(2004)号决议"
    assert _found(text, "zh") == [("S/RES/1540 (2004)", "第 1540(2004)号")]
    assert _found(text, "en") == []


def test_an_english_citation_needs_the_en_pack():
    text = "General Assembly resolution 78/123 and Security Council resolution 1540 (2004)"
    assert _found(text, "en") == [("A/RES/78/123", "resolution 78/123"), ("S/RES/1540 (2004)", "resolution 1540 (2004)")]
    assert _found("la résolution 1540 (2004)", "fr") == []


def test_the_corrected_mark_is_the_packs():
    assert _found("NPT/CONF.2020/1 (Corrected)", "en") == [("NPT/CONF.2020/1 (Corrected)", "NPT/CONF.2020/1 (Corrected)")]
    assert _found("NPT/CONF.2020/1 (更正本)", "zh") == [("NPT/CONF.2020/1 (Corrected)", "NPT/CONF.2020/1 (更正本)")]
    assert _found("NPT/CONF.2020/1 (更正本)", "en") == [("NPT/CONF.2020/1", "NPT/CONF.2020/1")]
