"""Every rule speaks every catalogued language, and each says the same values as English."""
from __future__ import annotations

import re
import string

import pytest

from linter import lang
from linter.config import Config
from linter.document import Document
from linter.engine import analyse, lint_document
from linter.registry import all_rules
from linter.rule import Context, Rule

RULES = all_rules()
ENGLISH = lang.pack("en").messages
CATALOGUED = [p for p in lang.installed().values() if p.messages]


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_every_rule_has_english_messages(rule):
    assert ENGLISH.get(rule.code) or rule.messages, f"{rule.code} has no message table"
    for key, template in ENGLISH.get(rule.code, {}).items():
        assert template.strip(), (rule.code, key)


@pytest.mark.parametrize("pack", CATALOGUED, ids=lambda p: p.code)
def test_every_catalogue_has_the_english_keys_and_values(pack):
    assert pack.messages.keys() == ENGLISH.keys(), pack.code
    for code, templates in ENGLISH.items():
        assert pack.messages[code].keys() == templates.keys(), (pack.code, code)
        for key, english in templates.items():
            assert placeholders(pack.messages[code][key]) == placeholders(english), (pack.code, code, key)


def test_the_chinese_catalogue_is_in_chinese():
    for code, templates in lang.pack("zh").messages.items():
        for key, chinese in templates.items():
            assert any("\u4e00" <= c <= "\u9fff" for c in chinese), (code, key)


def test_a_plugin_rule_may_carry_its_own_english_templates():
    class Plugin(Rule):
        code, name = "PLG001", "plugin"
        messages = {"found": "found {what}"}

    for language in ("en", "zh"):
        ctx = Context(analyse(Document("x")), language=language)
        assert Plugin().say(ctx, "found", what="x") == "found x"


def test_separators_follow_the_message_language():
    english = Context(analyse(Document("x")), language="en")
    chinese = Context(analyse(Document("x")), language="zh")
    assert (english.join(["a", "b"]), english.listing(["a", "b"])) == ("a, and b", "a, b")
    assert (chinese.join(["a", "b"]), chinese.listing(["a", "b"])) == ("a，且b", "a、b")


def numbers(text: str) -> list[str]:
    return sorted(re.findall(r"\d+(?:[.,]\d+)*", text))


@pytest.mark.parametrize("rule", [r for r in RULES if r.code != "SUP002"], ids=lambda r: r.code)
def test_rendered_messages_name_the_same_values(rule):
    for text in rule.bad:
        doc = Document(text)
        english = [f for f in lint_document(doc, RULES, Config(message_language="en")) if f.code == rule.code]
        chinese = [f for f in lint_document(doc, RULES, Config(message_language="zh")) if f.code == rule.code]
        assert [(f.start, f.end) for f in english] == [(f.start, f.end) for f in chinese]
        for en, zh in zip(english, chinese):
            assert any("\u4e00" <= c <= "\u9fff" for c in zh.message)
            # every figure the English message gives, the Chinese one gives too (it may add month
            # numbers where English writes "September")
            assert set(numbers(en.message)) <= set(numbers(zh.message)), (en.message, zh.message)
            if en.suggestion:
                assert set(numbers(en.suggestion)) <= set(numbers(zh.suggestion)), (en.suggestion, zh.suggestion)
            assert (en.suggestion is None) == (zh.suggestion is None)


def test_a_date_in_a_message_is_written_as_the_message_language_writes_dates():
    text = "缔约国审议大会\n\nDistr.: General\n12 March 2025\nChinese\nOriginal: English\n\n- 截至 2025 年 6 月 30 日，示例国已接待 42 名研究员。\n"
    doc = Document(text)
    rule = [r for r in RULES if r.code == "DAT005"]
    english = [f.message for f in lint_document(doc, rule, Config(message_language="en"))]
    chinese = [f.message for f in lint_document(doc, rule, Config(message_language="zh"))]
    assert english and "(12 March 2025)" in english[0]
    assert chinese and "（2025 年 3 月 12 日）" in chinese[0]
