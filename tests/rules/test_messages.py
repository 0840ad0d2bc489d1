"""Every rule speaks English and Chinese, and both say the same values."""
from __future__ import annotations

import re
import string

import pytest

from linter.config import Config
from linter.document import Document
from linter.engine import lint_document
from linter.registry import all_rules

RULES = all_rules()


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_every_message_exists_in_both_languages_with_the_same_values(rule):
    assert rule.messages, f"{rule.code} has no message table"
    for key, (english, chinese) in rule.messages.items():
        assert english.strip() and chinese.strip(), (rule.code, key)
        assert placeholders(english) == placeholders(chinese), (rule.code, key)
        assert any("\u4e00" <= c <= "\u9fff" for c in chinese), (rule.code, key, "the Chinese template is not in Chinese")


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
